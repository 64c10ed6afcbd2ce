// Makes a freed Engine forgiving (API.md v3): `free()` may be called twice,
// and any other call on a freed Engine throws an Error that says so, where
// wasm-bindgen's glue would pass a null pointer and throw "null pointer
// passed to rust". wasm-bindgen has no option for either, so its generated
// class is patched here; a pattern that is not found fails the build.
// Usage: node scripts/engine-guard.mjs DIR...
import { existsSync, readFileSync, writeFileSync } from "node:fs";

const guard = `
function liveEngine(engine) {
    if (engine.__wbg_ptr === 0) {
        throw new Error("image-policy: this Engine was freed; make a new Engine(state) to decide again");
    }
    return engine.__wbg_ptr;
}
`;

for (const dir of process.argv.slice(2)) {
  // The bundler target keeps its classes in image_policy_bg.js.
  const file = [`${dir}/image_policy_bg.js`, `${dir}/image_policy.js`].find(
    (f) => existsSync(f) && readFileSync(f, "utf8").includes("class Engine {"));
  if (!file) throw new Error(`${dir}: no glue with class Engine`);
  let glue = readFileSync(file, "utf8");
  const replace = (pattern, replacement, what) => {
    const count = glue.split(pattern).length - 1;
    if (count === 0) throw new Error(`${file}: ${what} not found; wasm-bindgen's glue changed`);
    glue = glue.replaceAll(pattern, replacement);
    return count;
  };
  replace(
    "free() {\n        const ptr = this.__destroy_into_raw();\n        wasm.__wbg_engine_free(",
    "free() {\n        if (this.__wbg_ptr === 0) return;\n        const ptr = this.__destroy_into_raw();\n        wasm.__wbg_engine_free(",
    "Engine.free",
  );
  const calls = /(wasm\.engine_\w+\()this\.__wbg_ptr/g;
  const methods = glue.match(calls)?.length ?? 0;
  if (methods === 0) throw new Error(`${file}: Engine method calls not found; wasm-bindgen's glue changed`);
  glue = glue.replace(calls, "$1liveEngine(this)");
  // Before the class, and before its `export` where the glue has one.
  const declaration = /^(export )?class Engine \{/m;
  if (!declaration.test(glue)) throw new Error(`${file}: class Engine not found`);
  glue = glue.replace(declaration, (found) => `${guard}\n${found}`);
  writeFileSync(file, glue);
  console.log(`${file}: free() idempotent, ${methods} method calls guarded`);
}
