// Node ESM: import by name from the package.
import assert from "node:assert/strict";
import { canDelete, Engine, InputError, rules } from "image-policy";
import { world } from "./world.mjs";

const decision = canDelete(world, { actor: "a1", imageId: "m-1" });
assert.equal(decision.allowed, false);
assert.equal(decision.reasons[0].rule, "DEL-1");
const engine = new Engine(world);
assert.equal(engine.canDelete({ actor: "a1", imageId: "m-2" }).allowed, true);
engine.free();
assert.throws(() => new Engine({ provider: "aliyun" }), (e) => e instanceof InputError && e.path === "images");
assert.equal(rules("aliyun").length, 43);
assert.equal(rules().length, 55);
const zh = canDelete(world, { actor: "a1", imageId: "m-1" }, { locale: "zh-CN" });
assert.equal(zh.reasons[0].rule, "DEL-1");
assert.match(zh.reasons[0].message, /取消/);
assert.match(rules("jdcloud", { locale: "zh" })[0].text, /镜像/);
assert.throws(() => canDelete(world, { actor: "a1", imageId: "m-1" }, { locale: "x y" }), (e) => e instanceof InputError && e.path === "locale");
console.log("node esm: ok");

