// Makes the Node build read no file: its WebAssembly bytes inline (base64)
// in place of `readFileSync(`${__dirname}/image_policy_bg.wasm`)`. Server
// bundles (Next.js) move or rewrite `__dirname`, so a file beside the module
// is not there at run time; inline bytes go wherever the code goes.
// Usage: node scripts/node-inline.mjs pkg/node
import { readFileSync, rmSync, writeFileSync } from "node:fs";

const dir = process.argv[2];
const file = `${dir}/image_policy.js`;
const glue = readFileSync(file, "utf8");
const reading = /const wasmPath = `\$\{__dirname\}\/image_policy_bg\.wasm`;\nconst wasmBytes = require\('fs'\)\.readFileSync\(wasmPath\);/;
if (!reading.test(glue)) throw new Error("the Node glue no longer reads its wasm this way: update node-inline.mjs");
const wasm = readFileSync(`${dir}/image_policy_bg.wasm`).toString("base64");
writeFileSync(file, glue.replace(reading, `const wasmBytes = Buffer.from("${wasm}", "base64");`));
rmSync(`${dir}/image_policy_bg.wasm`);
console.log(`node/image_policy.js: ${Math.round(wasm.length / 1024)} KB of base64 inline`);
