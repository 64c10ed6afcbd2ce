// Loads a page in Debian's Chromium (playwright-core never downloads a
// browser) and checks that each `#id` shows its text and that the page
// raised no error and loaded nothing that failed (but a favicon). Usage: node check-page.mjs URL LABEL id=text [id=text ...]
// Run from a client folder, whose node_modules holds playwright-core.
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(pathToFileURL(`${process.cwd()}/`).href);
const { chromium } = require("playwright-core");
const [url, label, ...expected] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
let failed = "";
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // A failed load is reported by its response below, with its URL.
  page.on("console", (message) => message.type() === "error" && !message.text().startsWith("Failed to load resource")
    && errors.push(message.text()));
  page.on("response", (response) => response.status() >= 400 && !response.url().endsWith("/favicon.ico")
    && errors.push(`HTTP ${response.status()} ${response.url()}`));
  const response = await page.goto(url);
  if (!response.ok()) failed = `HTTP ${response.status()}`;
  await page.waitForLoadState("networkidle").catch(() => {});
  if (errors.length) failed ||= `page errors: ${errors.join(" | ")}`;
  for (const pair of expected) {
    const [id, text] = pair.split("=");
    try {
      await page.locator(`#${id}`).filter({ hasText: text }).waitFor({ timeout: 60_000 });
    } catch {
      failed ||= `#${id} said ${JSON.stringify(await page.locator(`#${id}`).textContent({ timeout: 1000 }).catch(() => null))}`;
    }
  }
  if (errors.length) failed ||= `page errors: ${errors.join(" | ")}`;
} finally {
  await browser.close();
}
console.log(failed ? `client ${label}: FAILED (${failed})` : `client ${label}: ok`);
process.exit(failed ? 1 : 0);
