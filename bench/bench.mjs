// Benchmarks: printed figures, not timed tests. Run through scripts/bench.sh,
// which builds the release package for Node first (PKG names its folder).
import { createRequire } from "node:module";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { createMongoAbility } from "@casl/ability";
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";

const require = createRequire(import.meta.url);
const pkgDir = process.env.PKG;
const policy = require(`${pkgDir}/image_policy.js`);

/** ns per call of fn, over enough calls to take about `ms` milliseconds. */
function nsPerCall(fn, ms = 300) {
  // Warm up: 200 calls, or 50 ms for slow ones.
  const warm = performance.now();
  for (let i = 0; i < 200 && performance.now() - warm < 50; i++) fn(i);
  let calls = 0;
  let batch = 1;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) fn(i);
    calls += batch;
    elapsed = performance.now() - start;
    batch *= 2;
  }
  return (elapsed * 1e6) / calls;
}

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows) console.log("  " + row.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
}

// ---------------------------------------------------------------------------
// 1. canDelete on the four-image world, against CASL and Cedar.
const ACTOR = "a1";
const fourImages = {
  provider: "aliyun",
  images: [
    { id: "idle", name: "idle", kind: "custom", ownerId: ACTOR, region: "r1", status: "available" },
    { id: "shared", name: "shared", kind: "custom", ownerId: ACTOR, region: "r1", status: "available", sharedWith: ["a2"] },
    { id: "in-use", name: "in-use", kind: "custom", ownerId: ACTOR, region: "r1", status: "available" },
    { id: "not-owned", name: "not-owned", kind: "custom", ownerId: "a9", region: "r1", status: "available", sharedWith: [ACTOR] },
  ],
  instances: [{ id: "i-1", ownerId: ACTOR, region: "r1", imageId: "in-use" }],
};
const expected = { idle: true, shared: false, "in-use": false, "not-owned": false };
const ids = Object.keys(expected);

// CASL: the same rule as conditions on a subject that carries its counts.
const ability = createMongoAbility([
  { action: "delete", subject: "Image", conditions: { ownerId: ACTOR, shareCount: 0, instanceCount: 0 } },
]);
const caslSubjects = Object.fromEntries(
  fourImages.images.map((img) => {
    const subject = {
      id: img.id,
      ownerId: img.ownerId,
      shareCount: (img.sharedWith ?? []).length,
      instanceCount: fourImages.instances.filter((i) => i.imageId === img.id).length,
    };
    Object.defineProperty(subject, "__caslSubjectType__", { value: "Image" });
    return [img.id, subject];
  }),
);

// Cedar: the same rule as a policy, pre-parsed once.
const pset = "permit(principal, action == Action::\"delete\", resource) when { resource.owner == principal && resource.shareCount == 0 && resource.instanceCount == 0 };";
const parsed = cedar.preparsePolicySet("images", { staticPolicies: pset });
if (parsed.type !== "success") throw new Error(JSON.stringify(parsed));
const cedarEntities = fourImages.images.map((img) => ({
  uid: { type: "Image", id: img.id },
  attrs: {
    owner: { __entity: { type: "User", id: img.ownerId } },
    shareCount: (img.sharedWith ?? []).length,
    instanceCount: fourImages.instances.filter((i) => i.imageId === img.id).length,
  },
  parents: [],
})).concat([{ uid: { type: "User", id: ACTOR }, attrs: {}, parents: [] }]);
const cedarAllows = (id) => {
  const answer = cedar.statefulIsAuthorized({
    principal: { type: "User", id: ACTOR },
    action: { type: "Action", id: "delete" },
    resource: { type: "Image", id },
    context: {},
    preparsedPolicySetId: "images",
    entities: cedarEntities,
  });
  if (answer.type !== "success") throw new Error(JSON.stringify(answer));
  return answer.response.decision === "allow";
};

const engine = new policy.Engine(fourImages);
const requests = Object.fromEntries(ids.map((id) => [id, { actor: ACTOR, imageId: id }]));
// The same requests as instances of a class: never remembered, so every
// call decides afresh (JSON in, rules, JSON out).
class Request { constructor(fields) { Object.assign(this, fields); } }
const freshRequests = Object.fromEntries(ids.map((id) => [id, new Request(requests[id])]));
// The same world plus an unrelated snapshot: alternating the two makes every
// stateless call decode its state again.
const otherWorld = { ...fourImages, snapshots: [{ id: "s-x", ownerId: "a8", region: "r1" }] };
let flip = 0;
const deciders = {
  "image-policy canDelete (stateless)": (id) => policy.canDelete(fourImages, requests[id]).allowed,
  "image-policy Engine.canDelete": (id) => engine.canDelete(requests[id]).allowed,
  "  Engine.canDelete, decided afresh": (id) => engine.canDelete(freshRequests[id]).allowed,
  "  canDelete (stateless), state changed each call": (id) =>
    policy.canDelete((flip ^= 1) ? otherWorld : fourImages, requests[id]).allowed,
  "CASL ability.can": (id) => ability.can("delete", caslSubjects[id]),
  "Cedar statefulIsAuthorized (pre-parsed)": cedarAllows,
};
for (const [name, decide] of Object.entries(deciders)) {
  for (const id of ids) {
    if (decide(id) !== expected[id]) throw new Error(`${name} answers ${id} wrongly`);
  }
}
console.log(`\n## canDelete on the four-image world (same inputs, same answers asserted)\n`);
console.log("  (indented rows: the same calls with nothing remembered)\n");
// Seven rounds, the deciders interleaved in each, and the median kept: a
// busy moment of the machine then moves one sample, not one decider.
const samples = Object.fromEntries(Object.keys(deciders).map((name) => [name, []]));
for (let round = 0; round < 7; round++) {
  for (const [name, decide] of Object.entries(deciders)) {
    samples[name].push(nsPerCall((i) => decide(ids[i & 3]), name.startsWith("Cedar") ? 150 : 80));
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const perDecision = Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, median(xs)]));
const casl = perDecision["CASL ability.can"];
const cedarNs = perDecision["Cedar statefulIsAuthorized (pre-parsed)"];
table([["decider", "per decision", "vs CASL", "Cedar vs it"]].concat(
  Object.entries(perDecision).map(([name, ns]) => [name, fmt(ns), `${(ns / casl).toFixed(2)}x`, `${(cedarNs / ns).toFixed(1)}x`]),
));

// ---------------------------------------------------------------------------
// 2. How cost grows with the state.
function world(n) {
  const images = [];
  const instances = [];
  for (let k = 0; k < n; k++) {
    const owner = `a${k % 100}`;
    images.push({ id: `m-${k}`, name: `img-${k}`, kind: "custom", ownerId: owner, region: "r1", status: "available",
      ...(k % 3 === 0 ? { sharedWith: [`a${(k + 1) % 100}`, `a${(k + 2) % 100}`] } : {}) });
    if (k % 2 === 0) instances.push({ id: `i-${k}`, ownerId: owner, region: "r1", imageId: `m-${k}` });
  }
  return { provider: "aliyun", images, instances };
}
console.log(`\n## Cost by size (images; instances n/2; a third of images shared with 2 accounts)\n`);
const rows = [["images", "Engine.canDelete", "Engine.apply (share+unshare)", "canDelete (stateless)", "new Engine"]];
for (const n of [10, 1000, 100000]) {
  const state = world(n);
  const e = new policy.Engine(state);
  const target = `m-${n - 2}`;
  const check = nsPerCall(() => e.canDelete({ actor: `a${(n - 2) % 100}`, imageId: target }));
  const share = { type: "shareImage", actor: `a${(n - 2) % 100}`, imageId: target, accountIds: ["zz"] };
  const unshare = { ...share, type: "unshareImage" };
  const apply = nsPerCall(() => { e.apply(share); e.apply(unshare); }) / 2;
  const statelessMs = 300;
  const stateless = nsPerCall(() => policy.canDelete(state, { actor: `a${(n - 2) % 100}`, imageId: target }), statelessMs);
  const build = nsPerCall(() => new policy.Engine(state).free(), statelessMs);
  e.free();
  rows.push([n, fmt(check), fmt(apply), fmt(stateless), fmt(build)]);
}
table(rows);

// ---------------------------------------------------------------------------
// 3. Replay: random well-formed commands through Engine.apply.
console.log(`\n## Replay: 100,000 random commands through Engine.apply\n`);
let seed = 42;
const rand = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const replay = new policy.Engine(world(1000));
const commands = [];
for (let k = 0; k < 100000; k++) {
  const actor = `a${rand(100)}`;
  const imageId = `m-${rand(1200)}`;
  switch (rand(8)) {
    case 0: commands.push({ type: "shareImage", actor, imageId, accountIds: [`a${rand(100)}`] }); break;
    case 1: commands.push({ type: "unshareImage", actor, imageId, accountIds: [`a${rand(100)}`] }); break;
    case 2: commands.push({ type: "deleteImage", actor, imageId, force: rand(2) === 0 }); break;
    case 3: commands.push({ type: "createInstance", actor, imageId, region: "r1" }); break;
    case 4: commands.push({ type: "copyImage", actor, imageId, destinationRegion: "r2" }); break;
    case 5: commands.push({ type: "createImage", actor, name: "made", from: "import", region: "r1" }); break;
    case 6: commands.push({ type: "modifyImage", actor, imageId, name: `n${rand(9)}x` }); break;
    default: commands.push({ type: "deleteInstance", actor, instanceId: `i-${rand(1200)}` });
  }
}
let applied = 0;
const start = performance.now();
for (const command of commands) if (replay.apply(command).ok) applied++;
const seconds = (performance.now() - start) / 1000;
console.log(`  ${(commands.length / seconds).toFixed(0)} commands/s (${applied} applied, ${commands.length - applied} denied, ${seconds.toFixed(2)} s)`);

// ---------------------------------------------------------------------------
// 4. Size of the release package.
console.log(`\n## Size of the release package (${pkgDir})\n`);
const sizes = [["file", "raw", "gzip -9"]];
let totalGz = 0;
for (const file of ["image_policy_bg.wasm", "image_policy.js"]) {
  const bytes = readFileSync(`${pkgDir}/${file}`);
  const gz = gzipSync(bytes, { level: 9 }).length;
  totalGz += gz;
  sizes.push([file, `${(statSync(`${pkgDir}/${file}`).size / 1024).toFixed(1)} KB`, `${(gz / 1024).toFixed(1)} KB`]);
}
sizes.push(["total", "", `${(totalGz / 1024).toFixed(1)} KB`]);
table(sizes);
console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
