// The cold path, measured as a console's user meets it: a fresh headless
// Chromium per run (Debian's, new profile, so no code cache) loading the
// packed package's web build, and a fresh Node process per run. Prints
// medians over RUNS runs (default 7) and the ratios against CASL's answers
// to the same questions in the same page. Run through scripts/bench-cold.sh.
import { execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { chromium } from "playwright-core";

const RUNS = Number(process.env.RUNS ?? 7);
const dir = new URL(".", import.meta.url).pathname;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const ms = (x) => `${x.toFixed(1)} ms`;

const types = { ".html": "text/html", ".js": "text/javascript", ".wasm": "application/wasm" };
const server = createServer((req, res) => {
  const path = join(dir, new URL(req.url, "http://x").pathname);
  try {
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    res.end(readFileSync(path.endsWith("/") ? join(path, "index.html") : path));
  } catch { res.writeHead(404).end(); }
}).listen(0, "127.0.0.1");
const port = await new Promise((ok) => server.on("listening", () => ok(server.address().port)));

async function chromiumRun(n) {
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update"],
  });
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/index.html?n=${n}`);
    await page.waitForFunction(() => window.results, null, { timeout: 120_000 });
    return await page.evaluate(() => window.results);
  } finally {
    await browser.close();
  }
}

console.log(`# The cold path: ${RUNS} runs each, medians (fresh Chromium per run, fresh Node process per run)`);
for (const n of [500, 2000]) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) runs.push(await chromiumRun(n));
  const m = (key) => median(runs.map((x) => x[key]));
  const first = m("firstMs"), next = m("nextMs"), caslCold = m("caslColdMs"), caslWarm = m("caslWarmMs");
  console.log(`\n## Chromium, ${n} images, ${runs[0].cells} matrix cells (aliyun, one acting account)`);
  console.log(`  module init (fetch, compile, instantiate)   ${ms(m("initMs"))}`);
  console.log(`  first render: new Engine + actionMatrix     ${ms(first)}   CASL cold ${ms(caslCold)}   ratio ${(first / caslCold).toFixed(2)}x (target <= 0.5x)`);
  console.log(`  next render: apply + actionMatrix           ${ms(next)}   CASL warm ${ms(caslWarm)}   ratio ${(next / caslWarm).toFixed(2)}x (target <= 1x)`);
  console.log(`  a render later: apply + actionMatrix        ${ms(m("warmMs"))}`);
  const wait = median(runs.map((x) => x.initMs + x.firstMs)), caslWait = median(runs.map((x) => x.caslImportMs + x.caslColdMs));
  console.log(`  the wait with the data in hand: init + first render ${ms(wait)}   CASL import + first answers ${ms(caslWait)}   ratio ${(wait / caslWait).toFixed(2)}x`);
  console.log(`  first render, every run: ${runs.map((x) => x.firstMs.toFixed(1)).join(", ")} ms`);
}
for (const n of [500, 2000]) {
  const runs = [];
  for (let r = 0; r < RUNS; r++) {
    runs.push(JSON.parse(execFileSync(process.execPath, [join(dir, "node.mjs"), String(n)], { encoding: "utf8", env: process.env })));
  }
  const cold = median(runs.map((x) => x.coldMs)), warm = median(runs.map((x) => x.warmMs));
  console.log(`\n## Node ${process.version}, ${n} images: new Engine + actionMatrix`);
  console.log(`  first (cold) ${ms(cold)}   warm ${ms(warm)}   ratio ${(cold / warm).toFixed(2)}x (target <= 3x)   module load ${ms(median(runs.map((x) => x.loadMs)))}`);
}
server.close();
