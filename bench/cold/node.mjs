// One fresh Node process: the first new Engine + actionMatrix (cold), then
// five more (warm). Prints one JSON line.
import { createRequire } from "node:module";
import { performance } from "node:perf_hooks";
import { ACTOR, world } from "./world.mjs";

const require = createRequire(import.meta.url);
const t = performance.now();
const { Engine } = require(process.env.PKG ? `${process.env.PKG}/image_policy.js` : "image-policy");
const loadMs = performance.now() - t;
const state = world(Number(process.argv[2] ?? 500));
const once = () => { const s = performance.now(); const e = new Engine(state); e.actionMatrix(ACTOR); e.free(); return performance.now() - s; };
const coldMs = once();
const warm = Array.from({ length: 5 }, once).sort((a, b) => a - b);
console.log(JSON.stringify({ loadMs, coldMs, warmMs: warm[2] }));
