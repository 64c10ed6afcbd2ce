// `image-policy/web` before and after init(): a clear Error first, answers after.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import init, { canDelete, Engine } from "image-policy/web";

const world = { provider: "aliyun", images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }] };
assert.throws(() => canDelete(world, { actor: "a1", imageId: "m-1" }), /canDelete was called before init\(\) finished/);
assert.throws(() => new Engine(world), /new Engine was called before init\(\) finished/);
const wasm = `${dirname(fileURLToPath(import.meta.resolve("image-policy/web")))}/image_policy_bg.wasm`;
await init({ module_or_path: readFileSync(wasm) });
assert.equal(canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
const engine = new Engine(world);
assert.ok(engine instanceof Engine);
assert.equal(engine.canDelete({ actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
engine.free();
console.log("web before and after init: ok");
