// A package packed with `scripts/package.sh --clouds tencent`, as a
// one-cloud console installs it: tencent answers, the other clouds are
// unknown providers, the types name tencent alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { check, stateFrom, rules, InputError } from "image-policy";

const state = {
  provider: "tencent",
  images: [{ id: "img-1", name: "web", kind: "custom", ownerId: "1", region: "ap-guangzhou", status: "available", sharedWith: ["2"] }],
};
const deleteImage = { type: "deleteImage", actor: "1", imageId: "img-1" };

test("tencent decides as in the full package", () => {
  const decision = check(state, deleteImage);
  assert.equal(decision.allowed, false);
  assert.deepEqual(decision.reasons.map((r) => r.rule), ["DEL-1"]);
});

test("another cloud's name is an unknown provider", () => {
  assert.throws(() => stateFrom("aliyun", { accountId: "1", regions: {} }), (e) =>
    e instanceof InputError && e.argument === "provider" && e.message.includes('expected one of "tencent"'));
  assert.throws(() => check({ ...state, provider: "jdcloud" }, deleteImage), (e) =>
    e instanceof InputError && e.argument === "state" && e.path === "provider");
});

test("rules() lists tencent's profile alone", () => {
  const profiles = new Set(rules().flatMap((rule) => rule.profiles));
  assert.deepEqual([...profiles], ["tencent"]);
});

test("its types name tencent alone", () => {
  const require = createRequire(import.meta.url);
  const types = readFileSync(require.resolve("image-policy/package.json").replace("package.json", "image_policy.d.ts"), "utf8");
  assert.match(types, /^export type Provider = "tencent";$/m);
});
