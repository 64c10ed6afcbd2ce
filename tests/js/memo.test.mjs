// The JavaScript half of remembering decisions (src/memo.js), in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Memo, sameJson, snapshotOf, deepFreeze } from "../../src/memo.js";

test("a remembered request is found again, whatever its key order", () => {
  const memo = new Memo(2);
  assert.equal(memo.lookup(0, { actor: "a1", imageId: "m-1" }), undefined);
  assert.equal(memo.requestJson(), '{"actor":"a1","imageId":"m-1"}');
  const decision = memo.store({ allowed: false, reasons: [{ rule: "DEL-1" }] });
  assert.equal(memo.lookup(0, { actor: "a1", imageId: "m-1" }), decision);
  assert.equal(memo.lookup(1, { actor: "a1", imageId: "m-1" }), undefined, "slots are apart");
  assert.equal(memo.lookup(0, { imageId: "m-1", actor: "a1" }), undefined, "another key order is another key");
  assert.ok(Object.isFrozen(decision) && Object.isFrozen(decision.reasons[0]));
});

test("strings and booleans are told apart, and values from names", () => {
  const memo = new Memo(1);
  memo.lookup(0, { actor: "a1", imageId: "m", force: true });
  const forced = memo.store({ allowed: true });
  assert.equal(memo.lookup(0, { actor: "a1", imageId: "m", force: "true" }), undefined);
  assert.equal(memo.lookup(0, { actor: "a1", imageId: "m", force: false }), undefined);
  assert.equal(memo.lookup(0, { actor: "a1", imageId: "m", force: true }), forced);
});

test("requests that cannot be keyed exactly are never remembered", () => {
  const memo = new Memo(1);
  const proto = Object.create(null);
  const withProtoField = JSON.parse('{"actor":"a1","__proto__":"x"}');
  const requests = [
    { actor: "a1", accountIds: ["a2"] },
    { actor: "a1", toJSON: () => ({}) },
    Object.assign(Object.create({ inherited: "x" }), { actor: "a1" }),
    Object.assign(Object.create(proto), { actor: "a1" }),
    ["a1"],
    null,
    "a1",
    { get actor() { throw new Error("boom"); } },
  ];
  for (const [index, request] of requests.entries()) {
    assert.equal(memo.lookup(0, request), undefined);
    assert.equal(memo.requestJson(), undefined, `request ${index}`);
    memo.store({ allowed: true }); // must not be found by anything
  }
  assert.equal(memo.lookup(0, withProtoField), undefined);
  assert.equal(memo.requestJson(), '{"actor":"a1","__proto__":"x"}', "a __proto__ field stays a field");
});

test("getters are read once: the key and the decided text agree", () => {
  const memo = new Memo(1);
  let reads = 0;
  const request = { actor: "a1", get imageId() { reads++; return `m-${reads}`; } };
  assert.equal(memo.lookup(0, request), undefined);
  assert.equal(memo.requestJson(), '{"actor":"a1","imageId":"m-1"}');
  const decision = memo.store({ allowed: true });
  assert.equal(memo.lookup(0, { actor: "a1", imageId: "m-1" }), decision);
});

test("the memo starts over instead of growing without bound", () => {
  const memo = new Memo(1);
  for (let i = 0; i < 5000; i++) {
    memo.lookup(0, { actor: "a1", name: `n${i}` });
    memo.store({ allowed: true });
  }
  assert.ok(memo.nodes <= 4096, `${memo.nodes} nodes`);
});

test("pairs of strings: allowedActions", () => {
  const memo = new Memo(1);
  assert.equal(memo.lookupPair(0, "a1", "m-1"), undefined);
  const actions = memo.store({ deleteImage: { allowed: true } });
  assert.equal(memo.lookupPair(0, "a1", "m-1"), actions);
  assert.equal(memo.lookupPair(0, "a1", "m-2"), undefined);
  assert.equal(memo.lookupPair(0, "a1", 7), undefined);
  memo.store({});
  assert.equal(memo.lookupPair(0, "a1", 7), undefined, "a non-string pair is not stored");
});

test("sameJson: equal up to key order, and nothing JSON would read differently", () => {
  const state = { provider: "aliyun", images: [{ id: "m", sharedWith: ["a"] }], instances: [] };
  const snapshot = snapshotOf(JSON.stringify(state));
  assert.equal(sameJson(state, snapshot), true);
  assert.equal(sameJson({ instances: [], images: [{ sharedWith: ["a"], id: "m" }], provider: "aliyun" }, snapshot), true);
  const different = [
    { ...state, provider: "jdcloud" },
    { ...state, extra: 1 },
    { ...state, extra: undefined },
    { provider: "aliyun", images: [{ id: "m", sharedWith: ["a", "b"] }], instances: [] },
    { provider: "aliyun", images: [{ id: "m" }], instances: [] },
    { provider: "aliyun", images: [{ id: "m", sharedWith: ["a"], x: undefined }] , instances: [], y: 1 },
    { ...state, toJSON: () => state },
    { ...state, images: [{ id: "m", sharedWith: ["a"], n: NaN }] },
    Object.assign(Object.create({}), state),
  ];
  for (const value of different) assert.equal(sameJson(value, snapshot), false, JSON.stringify(value));
  const cyclic = { ...state };
  cyclic.self = cyclic;
  assert.equal(sameJson(cyclic, snapshot), false);
  const mutated = JSON.parse(JSON.stringify(state));
  assert.equal(sameJson(mutated, snapshot), true);
  mutated.images[0].sharedWith.pop();
  assert.equal(sameJson(mutated, snapshot), false, "a change in place is seen");
});

test("deepFreeze freezes nested objects and arrays", () => {
  const value = deepFreeze({ a: [{ b: 1 }] });
  assert.ok(Object.isFrozen(value.a[0]));
});
