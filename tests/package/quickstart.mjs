// The README's quick start, run as written against the installed package:
// the first ```js block under "## Quick start" is written beside this file
// and run; each `// → text` in it must be what that line printed, in order.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const section = readme.slice(readme.indexOf("## Quick start"));
const block = section.match(/```js\n([\s\S]*?)```/)[1];
const expected = [...block.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1].trim());
assert.ok(expected.length >= 5, `${expected.length} expectations`);

const file = new URL("./quickstart.generated.mjs", import.meta.url);
writeFileSync(file, block);
const printed = execFileSync(process.execPath, [file.pathname], { encoding: "utf8" }).trim().split("\n");
assert.deepEqual(printed, expected);
console.log(`readme quick start: ok`);
