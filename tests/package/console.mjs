// A console's first day (API.md v3, "Console ergonomics"), through the packed
// package in Node: typed values are denials in the locale, never thrown;
// options on every Engine method; the stateless actionMatrix; commandFor;
// vocabulary; locales negotiated as Intl does; forgiving free(); and every
// InputError.argument the runtime produces is in the declared union.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import * as api from "image-policy";

const { Engine, InputError } = api;
const world = {
  provider: "aliyun",
  images: [
    { id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "cn-hangzhou", status: "available", sharedWith: ["a2"] },
    { id: "m-2", name: "db", kind: "custom", ownerId: "a1", region: "cn-hangzhou", status: "available" },
  ],
  instances: [{ id: "i-1", ownerId: "a2", region: "cn-hangzhou", imageId: "m-1" }],
};
const zh = { locale: "zh-CN" };

// 1. What a person types is judged as they type it: no throw, a reason in Chinese.
for (const typed of [["bob carol"], ["bob", ""], Array.from({ length: 51 }, (_, i) => `a${i + 3}`)]) {
  const decision = api.canShare(world, { actor: "a1", imageId: "m-2", accountIds: typed }, zh);
  assert.equal(decision.allowed, false);
  assert.equal(decision.reasons[0].rule, "SHR-6");
  assert.match(decision.reasons[0].message, /[\u4e00-\u9fff]/);
}
assert.deepEqual(
  api.canShare(world, { actor: "a1", imageId: "m-2", accountIds: ["bob carol"] }, zh).reasons[0].message,
  "“bob carol” 不是有效的账号 ID：账号 ID 为 1～64 个字母、数字、“_”、“.”、“@”或“-”。");
for (const region of ["cn hangzhou", ""]) {
  const decision = api.canCopy(world, { actor: "a1", imageId: "m-2", destinationRegion: region }, zh);
  assert.deepEqual([decision.reasons[0].rule, decision.reasons[0].code], ["CPY-3", "InvalidRegion"]);
}
assert.throws(() => api.canShare(world, { actor: "a1", imageId: "m-2", accountIds: [7] }),
  (e) => e instanceof InputError && e.path === "accountIds[0]");

// 2. options on every Engine method; the call's locale wins.
const engine = new Engine(world, { locale: "zh" });
const missing = { actor: "a1", imageId: "m-9" };
assert.equal(engine.canDelete(missing).reasons[0].message, "未找到镜像 m-9。");
assert.equal(engine.canDelete(missing, { locale: "en" }).reasons[0].message, "Image m-9 was not found.");
assert.equal(engine.check({ type: "deleteImage", ...missing }, { locale: "en-GB" }).reasons[0].message, "Image m-9 was not found.");
assert.equal(engine.allowedActions("a1", "m-9", { locale: "en" }).deleteImage.reasons[0].message, "Image m-9 was not found.");
assert.equal(engine.apply({ type: "deleteImage", ...missing }, { locale: ["fr", "en"] }).decision.reasons[0].message, "Image m-9 was not found.");
assert.throws(() => engine.canDelete(missing, { locale: "zh CN" }), (e) => e instanceof InputError && e.argument === "options" && e.path === "locale");

// 3. The stateless actionMatrix agrees with the Engine's, row by row.
assert.deepEqual(api.actionMatrix(world, "a1"), engine.actionMatrix("a1"));
assert.deepEqual(api.actionMatrix(world, "a1", ["m-2", "m-9"], zh), engine.actionMatrix("a1", ["m-2", "m-9"]));
// UNS-2: an image shared with nobody cannot be unshared; m-1 can.
const [m1, m2] = api.actionMatrix(world, "a1");
assert.deepEqual([m1.allowed.unshareImage, m2.allowed.unshareImage, m2.rules.unshareImage], [true, false, ["UNS-2"]]);

// 4. commandFor: every action key to the command allowedActions decided.
const typedFields = { shareImage: { accountIds: ["a3"] }, unshareImage: { accountIds: ["a2"] },
  copyImage: { destinationRegion: "cn-beijing" }, exportImage: { bucket: "backups" },
  modifyImage: { name: "web2" }, createInstance: { region: "cn-hangzhou" } };
const expected = {
  deleteImage: { type: "deleteImage" }, forceDeleteImage: { type: "deleteImage", force: true },
  deleteImageAndSnapshots: { type: "deleteImage", deleteSnapshots: true },
  shareImage: { type: "shareImage", accountIds: ["a3"] }, unshareImage: { type: "unshareImage", accountIds: ["a2"] },
  copyImage: { type: "copyImage", destinationRegion: "cn-beijing" }, exportImage: { type: "exportImage", bucket: "backups" },
  modifyImage: { type: "modifyImage", name: "web2" }, createInstance: { type: "createInstance", region: "cn-hangzhou" },
  cancelCopy: { type: "cancelCopy" }, deprecateImage: { type: "modifyImage", status: "deprecated" },
  restoreImage: { type: "modifyImage", status: "available" },
};
const actions = Object.keys(engine.allowedActions("a1", "m-2"));
assert.deepEqual(actions, Object.keys(expected));
for (const action of actions) {
  const command = api.commandFor(action, { actor: "a1", imageId: "m-2", ...typedFields[action] });
  assert.deepEqual(command, { actor: "a1", imageId: "m-2", ...expected[action] }, action);
  if (!typedFields[action]) {
    assert.equal(engine.check(command).allowed, engine.allowedActions("a1", "m-2")[action].allowed, action);
  }
}
assert.throws(() => api.commandFor("forceDeleteImage", { actor: "a1", imageId: "m-2", force: false }),
  (e) => e instanceof InputError && e.argument === "fields" && e.path === "force");
assert.throws(() => api.commandFor("launch", { actor: "a1", imageId: "m-2" }), (e) => e.argument === "action");
assert.throws(() => api.commandFor("shareImage", { actor: "a1", imageId: "m-2" }), (e) => e.argument === "fields" && e.path === "accountIds");

// 5. vocabulary: every key in both locales, the consoles' own words.
for (const locale of ["en", "zh-CN"]) {
  const words = api.vocabulary({ locale });
  assert.deepEqual(Object.keys(words.actions), actions);
  assert.deepEqual(Object.keys(words.statuses), ["creating", "available", "error", "unavailable", "deprecated"]);
  assert.deepEqual(Object.keys(words.kinds), ["public", "marketplace", "custom"]);
  assert.deepEqual(Object.keys(words.tasks), ["copying", "importing", "exporting"]);
  for (const group of Object.values(words)) for (const word of Object.values(group)) assert.ok(word.length > 0);
}
const words = api.vocabulary({ locale: "zh" });
assert.deepEqual([words.actions.deleteImage, words.actions.forceDeleteImage, words.statuses.deprecated], ["删除", "强制删除", "已弃用"]);
assert.equal(api.vocabulary().actions.forceDeleteImage, "Force delete");

// 6. Locales as Intl takes them.
assert.deepEqual(api.supportedLocales(), ["en", "zh-CN"]);
for (const [locale, word] of [["zh-TW", "删除"], [["fr-CA", "zh-Hant"], "删除"], ["fr", "Delete"], [[], "Delete"], ["EN-us", "Delete"]]) {
  assert.equal(api.vocabulary({ locale }).actions.deleteImage, word, String(locale));
}
assert.throws(() => api.vocabulary({ locale: ["en", "zh CN"] }), (e) => e.argument === "options" && e.path === "locale[1]");

// 7. free() is forgiving; a freed Engine says so.
const freed = new Engine(world);
freed.free();
freed.free();
assert.throws(() => freed.actionMatrix("a1"), (e) => e instanceof Error && !(e instanceof InputError) && /freed/.test(e.message));
assert.throws(() => freed.toJSON(), /freed/);

// 8. Types match the runtime: each InputError.argument, produced for real, is declared.
const require = createRequire(import.meta.url);
const dts = readFileSync(new URL("image_policy.d.ts", `file://${require.resolve("image-policy/package.json")}`), "utf8");
const declared = dts.match(/export type InputArgument =([^;]+);/)[1].match(/"[a-zA-Z]+"/g).map((s) => JSON.parse(s));
const produced = new Set();
const note = (call) => { try { call(); } catch (e) { assert.ok(e instanceof InputError, String(e)); produced.add(e.argument); } };
note(() => api.check(7, {}));
note(() => api.check(world, 7));
note(() => api.canDelete(world, 7));
note(() => engine.allowedActions(7, "m-1"));
note(() => engine.allowedActions("a1", 7));
note(() => engine.actionMatrix("a1", 7));
note(() => api.rules(7));
note(() => api.rules("aliyun", 7));
note(() => api.commandFor(7, {}));
note(() => api.commandFor("deleteImage", 7));
note(() => api.stateFrom("aliyun", 7));
note(() => api.explainProviderError("aliyun", 7));
assert.deepEqual([...produced].sort(), [...declared].sort());
assert.throws(() => engine.actionMatrix("a1", [5]), (e) => e.message.startsWith("imageIds[0]:"));

engine.free();

// 9. The ESM entry names every export of the CommonJS build.
const cjs = require("image-policy");
assert.deepEqual(Object.keys(api).sort(), Object.keys(cjs).sort());
console.log("console ergonomics: ok");
