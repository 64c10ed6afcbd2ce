// The documents of the repository hold together: every relative link of
// every tracked Markdown file resolves inside the repository, and nothing
// a reader is shown points outside it or at a machine's paths.
// Run: node --test tests/docs.test.mjs (the test command runs it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const root = resolve(dirname(new URL(import.meta.url).pathname), "..");
const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
const markdown = tracked.filter((f) => f.endsWith(".md"));

test("every relative link of every Markdown file resolves inside the repository", () => {
  assert.ok(markdown.length >= 8, `${markdown.length} Markdown files`);
  const broken = [];
  for (const file of markdown) {
    const text = readFileSync(join(root, file), "utf8").replace(/```[\s\S]*?```/g, "");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/.test(target) || target.startsWith("#")) continue;
      const path = resolve(root, dirname(file), target.split("#")[0]);
      if (relative(root, path).startsWith("..") || !existsSync(path)) broken.push(`${file}: ${target}`);
    }
  }
  assert.deepEqual(broken, []);
});

test("what a reader is shown names no file outside the repository and no machine path", () => {
  const shown = [...markdown, "src/types.d.ts", "Cargo.toml", "core/Cargo.toml", "packaging/package.json"];
  const outside = [];
  for (const file of shown) {
    readFileSync(join(root, file), "utf8").split("\n").forEach((line, at) => {
      if (/\.\.\/shared|\/work\/|\/root\/|\/home\//.test(line)) outside.push(`${file}:${at + 1}: ${line.trim()}`);
    });
  }
  assert.deepEqual(outside, []);
});

test("the README's first screen answers what, install, which clouds and the first call", () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const headings = [...readme.matchAll(/^## (.*)$/gm)].map((m) => m[1]);
  assert.deepEqual(headings.slice(0, 3), ["Install", "Clouds", "Quick start"]);
  assert.match(readme.slice(0, 1200), /WebAssembly/);
});
