// Hostile input through the packed package in Node: every case is an
// InputError at the path being read; afterwards good calls answer right and
// the engine used still works and frees; over 100,000 hostile calls of each
// kind the module's memory and its JavaScript references stay flat.
import assert from "node:assert/strict";
import { canDelete, canShare, Engine, InputError, moduleStats } from "image-policy";

const world = { provider: "aliyun", images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }] };
const throwing = (thrower) => {
  const request = { actor: "a1" };
  Object.defineProperty(request, "imageId", { enumerable: true, get: thrower });
  return request;
};
class NoMessage extends Error { get message() { throw new Error("no message"); } }
const kinds = {
  "Error whose message getter throws": throwing(() => { throw new NoMessage(); }),
  "Proxy around an Error whose trap throws": throwing(() => { throw new Proxy(new Error("x"), { get() { throw new Error("trap"); } }); }),
  "Error whose message is 42": throwing(() => { const e = new Error("x"); Object.defineProperty(e, "message", { value: 42 }); throw e; }),
  "a thrown number": throwing(() => { throw 42; }),
  "a BigInt": { actor: "a1", imageId: "m-1", force: 10n },
  "a cycle": (() => { const r = { actor: "a1", imageId: "m-1" }; r.self = r; return r; })(),
  "a 10,000-character unknown key": { actor: "a1", imageId: "m-1", ["k".repeat(10_000)]: 1 },
};
const paths = { "a BigInt": "force", "a cycle": "self", "a 10,000-character unknown key": `${"k".repeat(256)}…` };

function isInputError(error, argument, path) {
  assert.ok(error instanceof InputError && error instanceof Error, String(error));
  assert.equal(error.argument, argument);
  assert.equal(error.path, path);
  assert.ok(error.message.length < 2_000, `${error.message.length} characters`);
  return true;
}

const engine = new Engine(world);
const good = () => {
  assert.equal(canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
  assert.equal(engine.canDelete({ actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
  assert.equal(engine.toJSON().images.length, 1);
};
for (const [kind, request] of Object.entries(kinds)) {
  const path = paths[kind] ?? "imageId";
  assert.throws(() => canDelete(world, request), (e) => isInputError(e, "request", path), kind);
  assert.throws(() => engine.canDelete(request), (e) => isInputError(e, "request", path), kind);
  good();
  const before = moduleStats();
  for (let i = 0; i < 100_000; i++) {
    try { (i & 1 ? engine : { canDelete: (r) => canDelete(world, r) }).canDelete(request); } catch {}
  }
  const after = moduleStats();
  console.log(`# ${kind}: 100,000 calls; wasm memory ${before.memoryBytes} -> ${after.memoryBytes} bytes, ` +
    `live references ${before.liveReferences} -> ${after.liveReferences}`);
  assert.ok(after.liveReferences <= before.liveReferences + 16, kind);
  assert.ok(after.memoryBytes <= before.memoryBytes + 65_536, kind);
  good();
}

// Caps are checked from `length` before a single element is read.
const start = performance.now();
assert.throws(() => new Engine({ provider: "aliyun", images: new Array(1e8) }), (e) => isInputError(e, "state", "images"));
assert.throws(() => canShare(world, { actor: "a1", imageId: "m-1", accountIds: new Array(1e8) }), (e) => isInputError(e, "request", "accountIds"));
assert.ok(performance.now() - start < 1_000, "refused at once");

// A lone surrogate gets one answer everywhere: an input error.
assert.throws(() => engine.allowedActions("a1", "\ud800"), (e) => isInputError(e, "imageId", ""));
assert.throws(() => engine.canDelete({ actor: "a1", imageId: "\ud800" }), (e) => isInputError(e, "request", "imageId"));
assert.throws(() => canDelete(world, { actor: "\udc00", imageId: "m-1" }), (e) => isInputError(e, "request", "actor"));
good();
engine.free();
console.log("hostile input: ok");
