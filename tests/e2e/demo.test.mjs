// The demo page, driven as a person would in headless Chromium: a shared
// image's delete is refused with DEL-1, the user unshares, deletes, and the
// view and the log follow; on both profiles. Saves a screenshot.
// Needs DEMO_URL (the served www/) and SCREENSHOT (where to save it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { chromium } from "playwright-core";

const url = process.env.DEMO_URL;
const screenshot = process.env.SCREENSHOT;

async function open() {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  const page = await browser.newPage({ viewport: { width: 1300, height: 1400 } });
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.getByRole("status").filter({ hasText: "Ready." }).waitFor();
  return { browser, page, errors };
}

const row = (page, id) => page.locator(`tr[data-image="${id}"]`);
const button = (page, id, label) => row(page, id).getByRole("button", { name: new RegExp(`^${label} ${id}`) });
const dialog = (page) => page.locator("dialog[open]");

/** Confirms the open dialog and waits until the command reached the log. */
async function confirm(page) {
  const before = await page.locator("#log > li").count();
  await page.locator("#dialog-confirm").click();
  await page.waitForFunction((n) => document.querySelectorAll("#log > li").length === n, before + 1);
}

test("aliyun: delete refused (DEL-1), unshare, force delete; view and log follow", async () => {
  const { browser, page, errors } = await open();
  try {
    const del = button(page, "m-web", "Delete");
    assert.equal(await del.getAttribute("aria-disabled"), "true");
    // The list is decided by one actionMatrix call: a denied button names its
    // rules; the dialog makes the full decision with its messages.
    assert.match(await del.getAttribute("title"), /^DEL-1: An image shared with any account cannot be deleted/);

    // Opening the disabled action (keyboard) shows every reason; Confirm stays off.
    await del.focus();
    await page.keyboard.press("Enter");
    const reasons = dialog(page).locator(".group.reasons li");
    assert.match(await reasons.first().innerText(), /DEL-1/);
    assert.match(await dialog(page).innerText(), /bob and carol/);
    assert.ok(await page.locator("#dialog-confirm").isDisabled());
    if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, "-dialog.png") });
    await page.keyboard.press("Escape");
    await dialog(page).waitFor({ state: "detached" });

    // Unshare both accounts.
    await button(page, "m-web", "Unshare").click();
    assert.equal(await page.locator("#field-accounts").inputValue(), "bob, carol");
    assert.match(await dialog(page).innerText(), /AccessRevoked/);
    await confirm(page);
    assert.equal(await row(page, "m-web").locator("td").nth(3).innerText(), "—");
    assert.equal(await page.locator('#log [data-event="imageUnshared"]').count(), 2);

    // Bob's instance still needs force delete (DEL-2); its consequence is shown first.
    assert.match(await button(page, "m-web", "Delete").getAttribute("title"), /^DEL-2/);
    await button(page, "m-web", "Force delete").click();
    assert.match(await dialog(page).locator(".group.consequences").innerText(), /i-bob-web/);
    await confirm(page);
    assert.equal(await row(page, "m-web").count(), 0, "the image left the view");
    assert.equal(await page.locator('#log [data-event="imageDeleted"]').count(), 1);

    // Undo brings it back.
    await page.getByRole("button", { name: "Undo" }).click();
    assert.equal(await row(page, "m-web").count(), 1);

    // A bad import keeps the current world.
    await page.getByRole("button", { name: "Import world…" }).click();
    await page.locator("#world-json").fill("{ not json");
    await page.locator("#dialog-confirm").click();
    await dialog(page).getByRole("alert").filter({ hasText: /not JSON.*unchanged/ }).waitFor();
    await page.locator("#world-json").fill('{"provider":"aliyun","images":[{"id":"x"}]}');
    await page.locator("#dialog-confirm").click();
    await dialog(page).getByRole("alert").filter({ hasText: /images\[0\]\.name/ }).waitFor();
    await page.keyboard.press("Escape");
    assert.equal(await row(page, "m-web").count(), 1, "world unchanged");

    await row(page, "m-web").getByRole("button", { name: "Show m-web in the lifecycle" }).click();
    assert.equal(await page.locator(".stage.current text.label").textContent(), "available");
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("provider data: a pasted DescribeImages response is the world; a share shows the ECS request it sends", async () => {
  const { browser, page, errors } = await open();
  try {
    const data = {
      accountId: "100001",
      regions: { "cn-hangzhou": { images: [{ Images: { Image: [
        { ImageId: "m-web", ImageName: "web", ImageOwnerAlias: "self", Status: "Available", Usage: "instance", IsSelfShared: "True" },
        { ImageId: "m-pub", ImageName: "CentOS", ImageOwnerAlias: "system", Status: "Available" },
      ] } }] } },
      shares: { "m-web": { Accounts: { Account: [{ AliyunId: "200002" }] } } },
    };
    await page.locator("#import-world").click();
    await page.locator("#world-json").fill(JSON.stringify(data));
    await page.locator("#dialog-confirm").click();
    await page.getByRole("status").filter({ hasText: "Provider data imported." }).waitFor();
    assert.equal(await page.locator("#actor").inputValue(), "100001", "the account of the data acts");
    assert.match(await button(page, "m-web", "Delete").getAttribute("title"), /^DEL-1: [^\n]*\nDEL-2: /);
    await button(page, "m-web", "Share").click();
    await page.locator("#field-accounts").fill("300003");
    const requests = dialog(page).getByRole("region", { name: "Requests to send" });
    await requests.locator("pre").filter({ hasText: "ModifyImageSharePermission" }).waitFor();
    assert.match(await requests.innerText(), /"AddAccount": \[\s*"300003"\s*\]/);
    await page.keyboard.press("Escape");
    // Unknown values are refused with their path into the data.
    data.regions["cn-hangzhou"].images[0].Images.Image[0].Status = "Frozen";
    await page.locator("#import-world").click();
    await page.locator("#world-json").fill(JSON.stringify(data));
    await page.locator("#dialog-confirm").click();
    await dialog(page).getByRole("alert").filter({ hasText: /Image\[0\]\.Status/ }).waitFor();
    await page.keyboard.press("Escape");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("tencent: BYOL is not shared (SHR-8), deprecation is a flag (DEP-1), no force delete (DEL-2), a sharee copies in region", async () => {
  const { browser, page, errors } = await open();
  try {
    await page.locator("#profile").selectOption("tencent");
    assert.match(await button(page, "img-byol", "Share").getAttribute("title"), /^SHR-8/);
    assert.match(await button(page, "img-web", "Force delete").getAttribute("title"), /^DEL-1: [^\n]*\nDEL-2: /);
    assert.match(await button(page, "img-old", "Deprecate").getAttribute("title"), /^DEP-1/);
    // The flag puts the image at the lifecycle's deprecated stage, as aliyun's status does.
    await row(page, "img-old").getByRole("button", { name: "Show img-old in the lifecycle" }).click();
    assert.equal(await page.locator(".stage.current text.label").textContent(), "deprecated");
    await button(page, "img-old", "Restore").click();
    await confirm(page);
    assert.match(await button(page, "img-old", "Restore").getAttribute("title"), /^DEP-1/);
    assert.equal(await page.locator('#log [data-event="imageRestored"]').count(), 1);
    // bob, a sharee, copies alice's image within its region only.
    await page.locator("#actor").selectOption("bob");
    await button(page, "img-web", "Copy").click();
    await page.locator("#field-region").selectOption("ap-guangzhou");
    await dialog(page).getByRole("region", { name: "Requests to send" }).locator("pre").filter({ hasText: "SyncImages" }).waitFor();
    await page.keyboard.press("Escape");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("jdcloud: delete refused (DEL-1), unshare, delete with snapshots", async () => {
  const { browser, page, errors } = await open();
  try {
    await page.locator("#profile").selectOption("jdcloud");
    const del = button(page, "img-web", "Delete");
    assert.match(await del.getAttribute("title"), /^DEL-1/);
    await button(page, "img-web", "Unshare").click();
    await confirm(page);
    await button(page, "img-web", "Delete with snapshots").click();
    const consequences = await dialog(page).locator(".group.consequences").innerText();
    assert.match(consequences, /snap-web will be deleted/);
    assert.match(consequences, /snap-shared will stay/);
    await confirm(page);
    assert.equal(await row(page, "img-web").count(), 0);
    assert.equal(await page.locator('#log [data-event="snapshotDeleted"]').count(), 1);
    assert.equal(await page.locator('#log [data-event="snapshotKept"]').count(), 1);
    // DEL-6 and DEL-7 on this profile's other images.
    assert.match(await button(page, "img-new", "Delete").getAttribute("title"), /DEL-6/);
    assert.match(await button(page, "img-local", "Delete").getAttribute("title"), /DEL-7/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("a 500-image world: decision time of a full render, first and after a share (figures, not limits)", async () => {
  const { browser, page, errors } = await open();
  try {
    const images = Array.from({ length: 500 }, (_, k) => ({
      id: `m-${k}`, name: `image-${k}`, kind: "custom", ownerId: "alice", region: "cn-hangzhou", status: "available",
      ...(k % 3 === 0 ? { sharedWith: ["bob"] } : {}),
    }));
    const instances = Array.from({ length: 250 }, (_, k) => ({ id: `i-${k}`, ownerId: "alice", region: "cn-hangzhou", imageId: `m-${2 * k}` }));
    await page.locator("#import-world").click();
    await page.locator("#world-json").fill(JSON.stringify({ provider: "aliyun", images, instances }));
    await page.locator("#dialog-confirm").click();
    await page.getByRole("status").filter({ hasText: "World imported." }).waitFor();
    assert.equal(await page.locator("#images tbody tr").count(), 500);
    const first = await page.evaluate(() => ({ ...document.body.dataset }));
    await button(page, "m-1", "Share").click();
    await page.locator("#field-accounts").fill("carol");
    await confirm(page);
    const after = await page.evaluate(() => ({ ...document.body.dataset }));
    assert.equal(await row(page, "m-1").locator("td").nth(3).innerText(), "carol");
    assert.ok(first.loadMs && after.applyMs, "the state was read, then changed by apply");
    const ms = (x) => Number(x).toFixed(2);
    console.log(`# 500 images x 12 actions in Chromium: first render ${ms(+first.loadMs + +first.decideMs)} ms ` +
      `(state read ${first.loadMs} + actionMatrix ${first.decideMs}; whole render ${first.renderMs}); ` +
      `after one share ${ms(+after.applyMs + +after.decideMs)} ms (apply ${after.applyMs} + actionMatrix ${after.decideMs}; ` +
      `whole render ${after.renderMs})`);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});

test("简体中文: the page and the engine's messages switch language; a denied delete shows its reasons", async () => {
  const { browser, page, errors } = await open();
  try {
    await page.locator("#language").selectOption("zh-CN");
    assert.equal(await page.locator("#images-title").innerText(), "可见镜像，账号 alice");
    const del = row(page, "m-web").getByRole("button", { name: /^删除 m-web/ });
    assert.equal(await del.getAttribute("aria-disabled"), "true");
    assert.match(await del.getAttribute("title"), /^DEL-1: 已共享给任何账号的镜像/);
    await del.focus();
    await page.keyboard.press("Enter");
    const text = await dialog(page).innerText();
    assert.match(text, /不允许：违反 2 条规则/);
    assert.match(text, /请先取消镜像 m-web 与 2 个账号的共享（bob、carol）/);
    assert.match(text, /将产生的影响/);
    if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, "-zh.png") });
    await page.keyboard.press("Escape");
    await page.locator("#language").selectOption("en");
    assert.equal(await page.locator("#images-title").innerText(), "Images visible to alice");
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
  }
});
