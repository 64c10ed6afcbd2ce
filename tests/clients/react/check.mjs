// Drives the React app in Debian's Chromium (playwright-core never downloads
// a browser): the list from actionMatrix, a share dialog checked as the user
// types (a malformed account included), apply, the language switch, and no
// page error. Usage: node check.mjs URL LABEL
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const [url, label] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(url);
  await page.locator("#count").filter({ hasText: "30 images" }).waitFor({ timeout: 30_000 });

  const button = (image, action) => page.locator(`tr[data-image="${image}"] button[data-action="${action}"]`);
  // UNS-2: shared with nobody, no unshare; m-0 is shared, m-1 has an instance.
  assert.equal(await button("m-3", "unshareImage").isDisabled(), true);
  assert.equal(await button("m-0", "unshareImage").isDisabled(), false);
  assert.equal(await button("pub-0", "shareImage").isDisabled(), true);
  assert.equal(await button("m-1", "forceDeleteImage").isDisabled(), false);

  // A dialog that checks as the user types: a malformed account is a denial.
  await button("m-3", "shareImage").click();
  await page.locator("#accounts").pressSequentially("bob carol");
  await page.locator('#reasons li[data-rule="SHR-6"]').waitFor();
  assert.match(await page.locator("#reasons").innerText(), /^"bob carol": an account ID is/);
  assert.equal(await page.locator("#confirm").isDisabled(), true);
  await page.locator("#accounts").fill("300003");
  await page.locator("#reasons li").waitFor({ state: "detached" });
  await page.locator("#confirm").click();
  await page.locator("#log li").filter({ hasText: "shareImage m-3: ok" }).waitFor();
  assert.equal(await page.locator('tr[data-image="m-3"] .shares').innerText(), "1");
  assert.equal(await button("m-3", "unshareImage").isDisabled(), false);

  // The console's own words after a language switch; reasons in Chinese.
  await page.locator("#lang").selectOption("zh-CN");
  await button("m-3", "forceDeleteImage").filter({ hasText: "强制删除" }).waitFor();
  assert.equal(await page.locator('tr[data-image="m-7"] .status').innerText(), "已弃用");
  await button("m-5", "shareImage").click();
  await page.locator("#accounts").pressSequentially("bob carol");
  await page.locator('#reasons li[data-rule="SHR-6"]').filter({ hasText: "不是有效的账号 ID" }).waitFor();
  await page.locator("#close").click();

  // Force delete through commandFor: the row goes, the list follows.
  await button("m-1", "forceDeleteImage").click();
  await page.locator("#count").filter({ hasText: "29 images" }).waitFor();

  assert.deepEqual(errors, [], "no page errors");
  console.log(`client react ${label}: ok`);
} finally {
  await browser.close();
}
