// Benchmarks: printed figures, not timed tests. Run through scripts/bench.sh,
// which builds the release package for Node first (PKG names its folder).
// Every figure is what a user pays: a decision made afresh, a state just
// changed, a first render. Per-call figures are medians of interleaved rounds.
import { createRequire } from "node:module";
import { readFileSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { createMongoAbility } from "@casl/ability";
import * as cedar from "@cedar-policy/cedar-wasm/nodejs";

const require = createRequire(import.meta.url);
const pkgDir = process.env.PKG;
const policy = require(`${pkgDir}/image_policy.js`);
const ROUNDS = 7;

/** ns per call of fn(i), over enough calls to take about `ms` milliseconds. */
function nsPerCall(fn, ms = 100) {
  const warm = performance.now();
  for (let i = 0; i < 200 && performance.now() - warm < 50; i++) fn(i);
  let calls = 0;
  let batch = 1;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) fn(calls + i);
    calls += batch;
    elapsed = performance.now() - start;
    batch *= 2;
  }
  return (elapsed * 1e6) / calls;
}

/** Median ns per call of each named fn, over ROUNDS interleaved rounds. */
function medians(fns, ms) {
  const samples = Object.fromEntries(Object.keys(fns).map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(fns)) samples[name].push(nsPerCall(fn, ms));
  }
  return Object.fromEntries(Object.entries(samples).map(([name, xs]) => [name, [...xs].sort((a, b) => a - b)[xs.length >> 1]]));
}

const fmt = (ns) => (ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(0)} ns`);
function table(rows) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows) console.log("  " + row.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
}

/** n images of `owners` owners; a third shared with 2 accounts; every other one in use. */
function world(n, owners = 100) {
  const images = [];
  const instances = [];
  for (let k = 0; k < n; k++) {
    const owner = `a${k % owners}`;
    images.push({ id: `m-${k}`, name: `img-${k}`, kind: "custom", ownerId: owner, region: "r1", status: "available",
      ...(k % 3 === 0 ? { sharedWith: [`b${(k + 1) % 100}`, `b${(k + 2) % 100}`] } : {}) });
    if (k % 2 === 0) instances.push({ id: `i-${k}`, ownerId: owner, region: "r1", imageId: `m-${k}` });
  }
  return { provider: "aliyun", images, instances };
}

// Requests as instances of a class: a package that remembers decisions per
// plain request (releases before the serde boundary) cannot answer them from
// memory, so every call below decides afresh in every release.
class Request { constructor(fields) { Object.assign(this, fields); } }

// ---------------------------------------------------------------------------
// 1. Decisions made afresh: 10,000 distinct images, none asked twice in a round.
const N = 10000;
const big = world(N);
const owners = big.images.map((img) => img.ownerId);
const shareCount = big.images.map((img) => (img.sharedWith ?? []).length);
const instanceCount = big.images.map((_, k) => (k % 2 === 0 ? 1 : 0));
const expectedAllowed = big.images.map((_, k) => shareCount[k] === 0 && instanceCount[k] === 0);
const engine = new policy.Engine(big);
const requests = big.images.map((img) => new Request({ actor: img.ownerId, imageId: img.id }));
const allowedIds = [...expectedAllowed.keys()].filter((k) => expectedAllowed[k]);
const deniedIds = [...expectedAllowed.keys()].filter((k) => !expectedAllowed[k]);

const caslSubjects = big.images.map((img, k) => {
  const subject = { id: img.id, ownerId: img.ownerId, shareCount: shareCount[k], instanceCount: instanceCount[k] };
  Object.defineProperty(subject, "__caslSubjectType__", { value: "Image" });
  return subject;
});
// CASL's ability is per user: the owner of subject k asks about it.
const abilities = new Map([...new Set(owners)].map((owner) => [owner, createMongoAbility([
  { action: "delete", subject: "Image", conditions: { ownerId: owner, shareCount: 0, instanceCount: 0 } }])]));

const pset = "permit(principal, action == Action::\"delete\", resource) when { resource.owner == principal && resource.shareCount == 0 && resource.instanceCount == 0 };";
const parsed = cedar.preparsePolicySet("images", { staticPolicies: pset });
if (parsed.type !== "success") throw new Error(JSON.stringify(parsed));
// Cedar gets only the entities one decision needs (its cost grows with them).
const cedarEntities = big.images.map((img, k) => [
  { uid: { type: "Image", id: img.id }, attrs: { owner: { __entity: { type: "User", id: img.ownerId } }, shareCount: shareCount[k], instanceCount: instanceCount[k] }, parents: [] },
  { uid: { type: "User", id: img.ownerId }, attrs: {}, parents: [] },
]);
const cedarAllows = (k) => {
  const answer = cedar.statefulIsAuthorized({
    principal: { type: "User", id: owners[k] }, action: { type: "Action", id: "delete" },
    resource: { type: "Image", id: big.images[k].id }, context: {},
    preparsedPolicySetId: "images", entities: cedarEntities[k],
  });
  if (answer.type !== "success") throw new Error(JSON.stringify(answer));
  return answer.response.decision === "allow";
};

const everyId = [...expectedAllowed.keys()];
// name -> [image indexes asked in turn, decide(k) -> allowed]
const fresh = {
  "Engine.canDelete, 10,000 images": [everyId, (k) => engine.canDelete(requests[k]).allowed],
  "  allowed only": [allowedIds, (k) => engine.canDelete(requests[k]).allowed],
  "  denied only (DEL-1 and/or DEL-2, with reasons)": [deniedIds, (k) => engine.canDelete(requests[k]).allowed],
  "CASL ability.can, same 10,000 subjects": [everyId, (k) => abilities.get(owners[k]).can("delete", caslSubjects[k])],
  "Cedar statefulIsAuthorized (pre-parsed)": [everyId, cedarAllows],
};
for (const [name, [ids, decide]] of Object.entries(fresh)) {
  for (const k of ids.slice(0, 300)) {
    if (decide(k) !== expectedAllowed[k]) throw new Error(`${name} answers m-${k} wrongly`);
  }
}
console.log(`\n## 1. canDelete decided afresh over ${N.toLocaleString("en")} distinct images (answers checked against each other)\n`);
const freshNs = medians(Object.fromEntries(
  Object.entries(fresh).map(([name, [ids, decide]]) => [name, (i) => decide(ids[i % ids.length])]),
), 100);
const casl = freshNs["CASL ability.can, same 10,000 subjects"];
const cedarNs = freshNs["Cedar statefulIsAuthorized (pre-parsed)"];
table([["decider", "per decision", "vs CASL", "Cedar vs it"]].concat(
  Object.entries(freshNs).map(([name, ns]) => [name, fmt(ns), `${(ns / casl).toFixed(2)}x`, `${(cedarNs / ns).toFixed(1)}x`]),
));

// ---------------------------------------------------------------------------
// 2. actionMatrix: a whole image list in one call.
if (typeof policy.Engine.prototype.actionMatrix === "function") {
  console.log(`\n## 2. Engine.actionMatrix: every action of every image in one call\n`);
  console.log("  (one owner, a0, owns every image: a row per image)\n");
  const rows = [["images", "per call", "actions", "per decision", "vs CASL"]];
  for (const n of [1000, 10000]) {
    const e = new policy.Engine(world(n, 1));
    const matrix = e.actionMatrix("a0");
    const actions = Object.keys(matrix[0].allowed).length;
    if (matrix.length !== n) throw new Error(`a0 sees ${matrix.length} of ${n} images`);
    const ns = medians({ matrix: () => e.actionMatrix("a0") }, 300).matrix;
    const perDecision = ns / (n * actions);
    rows.push([n, fmt(ns), actions, fmt(perDecision), `${(perDecision / casl).toFixed(2)}x`]);
    e.free();
  }
  table(rows);
} else {
  console.log(`\n## 2. Engine.actionMatrix: not in this package\n`);
}

// ---------------------------------------------------------------------------
// 3. The stateless canDelete on a 4-image state that changes on every call.
const fourImages = {
  provider: "aliyun",
  images: [
    { id: "idle", name: "idle", kind: "custom", ownerId: "a1", region: "r1", status: "available" },
    { id: "shared", name: "shared", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] },
    { id: "in-use", name: "in-use", kind: "custom", ownerId: "a1", region: "r1", status: "available" },
    { id: "not-owned", name: "not-owned", kind: "custom", ownerId: "a9", region: "r1", status: "available", sharedWith: ["a1"] },
  ],
  instances: [{ id: "i-1", ownerId: "a1", region: "r1", imageId: "in-use" }],
};
const fourIds = ["idle", "shared", "in-use", "not-owned"];
const fourRequests = fourIds.map((id) => new Request({ actor: "a1", imageId: id }));
// A new state object each call, as after every change in a frontend store.
const changing = (i) => ({ ...fourImages, images: fourImages.images.map((img) => ({ ...img, name: `${img.id}-${i}` })) });
console.log(`\n## 3. Stateless canDelete, 4-image state changed on every call\n`);
const statelessNs = medians({ stateless: (i) => policy.canDelete(changing(i), fourRequests[i & 3]).allowed }, 100).stateless;
table([["call", "per decision", "vs CASL"], ["canDelete(state, request)", fmt(statelessNs), `${(statelessNs / casl).toFixed(2)}x`]]);

// ---------------------------------------------------------------------------
// 4. Engine cost by size, and replay.
console.log(`\n## 4. Engine by size (images; instances n/2; a third of images shared with 2 accounts)\n`);
const sizeRows = [["images", "new Engine", "Engine.apply (share, unshare)", "Engine.canDelete afresh"]];
for (const n of [10, 1000, 100000]) {
  const state = world(n);
  const e = new policy.Engine(state);
  const actor = `a${(n - 2) % 100}`;
  const share = { type: "shareImage", actor, imageId: `m-${n - 2}`, accountIds: ["zz"] };
  const unshare = { ...share, type: "unshareImage" };
  const probe = new Request({ actor, imageId: `m-${n - 2}` });
  const ns = medians({
    build: () => new policy.Engine(state).free(),
    apply: (i) => e.apply(i & 1 ? unshare : share),
    check: () => e.canDelete(probe),
  }, n >= 100000 ? 600 : 100);
  e.free();
  sizeRows.push([n, fmt(ns.build), fmt(ns.apply), fmt(ns.check)]);
}
table(sizeRows);

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
console.log(`\n  replay: ${(commands.length / seconds).toFixed(0)} commands/s through Engine.apply (${applied} applied, ${commands.length - applied} denied, ${seconds.toFixed(2)} s)`);

// ---------------------------------------------------------------------------
// 5. Size of the release package.
console.log(`\n## 5. Size of the release package (${pkgDir})\n`);
const sizes = [["file", "raw", "gzip -9"]];
let totalRaw = 0;
let totalGz = 0;
for (const file of ["image_policy_bg.wasm", "image_policy.js"]) {
  const bytes = readFileSync(`${pkgDir}/${file}`);
  const gz = gzipSync(bytes, { level: 9 }).length;
  totalRaw += statSync(`${pkgDir}/${file}`).size;
  totalGz += gz;
  sizes.push([file, `${(bytes.length / 1024).toFixed(1)} KB`, `${(gz / 1024).toFixed(1)} KB`]);
}
sizes.push(["total", `${(totalRaw / 1024).toFixed(1)} KB`, `${(totalGz / 1024).toFixed(1)} KB`]);
table(sizes);
console.log(`\nnode ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
