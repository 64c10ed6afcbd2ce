// Revoked and throwing Proxies at every position of every argument of every
// entry point, through the packed package in Node (issue: a Proxy in a list
// poisoned the Engine). Each is an InputError at its own path; afterwards the
// stateless functions answer, the Engine it was given answers, toJSON()s and
// frees.
import assert from "node:assert/strict";
import * as api from "image-policy";

const { Engine, InputError } = api;

const state = {
  provider: "aliyun",
  images: [
    { id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"], snapshotIds: ["s-1"] },
    { id: "m-2", name: "db", kind: "custom", ownerId: "a1", region: "r1", status: "available" },
  ],
  instances: [{ id: "i-1", ownerId: "a1", region: "r1", imageId: "m-1" }],
  snapshots: [{ id: "s-1", ownerId: "a1", region: "r1" }],
};
const requests = {
  canDelete: { actor: "a1", imageId: "m-2", force: true },
  canShare: { actor: "a1", imageId: "m-2", accountIds: ["a3", "a4"] },
  canUnshare: { actor: "a1", imageId: "m-1", accountIds: ["a2"] },
  canCopy: { actor: "a1", imageId: "m-2", destinationRegion: "r2" },
  canExport: { actor: "a1", imageId: "m-2", bucket: "bucket-1" },
  canModify: { actor: "a1", imageId: "m-2", name: "db2" },
  canCancelCopy: { actor: "a1", imageId: "m-2" },
  canCreateInstance: { actor: "a1", imageId: "m-2", region: "r1" },
  canReinitDisk: { actor: "a1", instanceId: "i-1" },
  canReplaceSystemDisk: { actor: "a1", instanceId: "i-1", imageId: "m-2" },
};
const commands = [
  { type: "shareImage", actor: "a1", imageId: "m-2", accountIds: ["a3"] },
  { type: "createImage", actor: "a1", name: "snap", from: "snapshots", region: "r1", snapshotIds: ["s-1"] },
];
const options = { locale: "zh-CN" };

// Every way a Proxy can fail a read: revoked, or every trap throwing.
const revoked = (target) => { const { proxy, revoke } = Proxy.revocable(target, {}); revoke(); return proxy; };
const traps = ["get", "has", "ownKeys", "getOwnPropertyDescriptor", "getPrototypeOf", "defineProperty", "set", "deleteProperty"];
const throwing = (target) => new Proxy(target, Object.fromEntries(traps.map((t) => [t, () => { throw new Error(`${t} trap`); }])));
const proxies = { revoked, throwing };

/** [path, a copy of `value` with a Proxy at that path] for every position. */
function* positions(value, makeProxy, path = "") {
  const target = Array.isArray(value) ? [] : {};
  yield [path, makeProxy(target)];
  if (value === null || typeof value !== "object") return;
  for (const [key, child] of Object.entries(value)) {
    const at = Array.isArray(value) ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    for (const [inner, replaced] of positions(child, makeProxy, at)) {
      const copy = Array.isArray(value) ? [...value] : { ...value };
      copy[key] = replaced;
      yield [inner, copy];
    }
  }
}

// Every entry point: its arguments (name, good value) and how to call it on
// a fresh Engine (`null` for the stateless functions).
const entryPoints = [
  ["check", [["state", state], ["command", commands[0]], ["options", options]], (a) => api.check(...a)],
  ["applyCommand", [["state", state], ["command", commands[1]], ["options", options]], (a) => api.applyCommand(...a)],
  ["rules", [["options", options]], (a) => api.rules("aliyun", ...a)],
  ["new Engine", [["state", state], ["options", options]], (a) => new Engine(...a)],
  ...Object.entries(requests).map(([name, request]) =>
    [name, [["state", state], ["request", request], ["options", options]], (a) => api[name](...a)]),
  ...commands.map((command) => ["Engine.check", [["command", command]], (a, e) => e.check(...a)]),
  ...commands.map((command) => ["Engine.apply", [["command", command]], (a, e) => e.apply(...a)]),
  ...Object.entries(requests).map(([name, request]) =>
    [`Engine.${name}`, [["request", request]], (a, e) => e[name](...a)]),
  ["Engine.allowedActions", [["actor", "a1"], ["imageId", "m-1"]], (a, e) => e.allowedActions(...a)],
  ["Engine.actionMatrix", [["actor", "a1"], ["imageIds", ["m-1", "m-2"]]], (a, e) => e.actionMatrix(...a)],
];

const stillAnswers = (engine) => {
  assert.equal(api.canDelete(state, { actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
  assert.equal(engine.canDelete({ actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
  assert.deepEqual(engine.toJSON().images.map((i) => i.id), ["m-1", "m-2"]);
};

let cases = 0;
for (const [name, args, call] of entryPoints) {
  for (const [index, [argument]] of args.entries()) {
    for (const [kind, makeProxy] of Object.entries(proxies)) {
      for (const [path, hostile] of positions(args[index][1], makeProxy)) {
        const given = args.map(([, value], i) => (i === index ? hostile : value));
        const engine = new Engine(state);
        const what = `${name}: ${kind} Proxy at ${argument}${path ? `.${path}` : ""}`;
        assert.throws(() => call(given, engine), (e) => {
          assert.ok(e instanceof InputError, `${what}: ${e}`);
          assert.equal(e.argument, argument, what);
          // A string argument (actor, imageId) is refused whole, as not a string.
          assert.equal(e.path, typeof args[index][1] === "string" ? "" : path, `${what}: ${e.message}`);
          return true;
        }, what);
        stillAnswers(engine);
        engine.free();
        cases++;
      }
    }
  }
}
console.log(`# ${cases} Proxy positions over ${entryPoints.length} entry points`);
assert.ok(cases > 400, `${cases} cases`);
console.log("proxies at every position: ok");
