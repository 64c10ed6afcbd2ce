// One cold page: module init, the first render (state read + actionMatrix),
// the render after a share (apply + actionMatrix), then CASL imported and
// answering the same 12 questions per image, cold and warm. Results on window.results.
import init, { Engine } from "image-policy/web";
import { ACTOR, SHARE, world } from "./world.mjs";

const n = Number(new URLSearchParams(location.search).get("n") ?? 500);
const state = world(n);
const time = (fn) => { const t = performance.now(); const value = fn(); return [performance.now() - t, value]; };

const t0 = performance.now();
await init();
const initMs = performance.now() - t0;
const [firstMs, rows] = time(() => { const engine = new Engine(state); return [engine, engine.actionMatrix(ACTOR)]; });
const [engine, matrix] = rows;
const [nextMs] = time(() => { engine.apply(SHARE); return engine.actionMatrix(ACTOR); });
const [warmMs] = time(() => { engine.apply({ ...SHARE, accountIds: ["5001"] }); return engine.actionMatrix(ACTOR); });
// CASL loads only now, as its own chunk, so its import is timed on its own
// and does not share the page's first moments with our module.
const tCasl = performance.now();
const { caslAbility, caslMatrix, caslSubjects } = await import("./casl.mjs");
const caslImportMs = performance.now() - tCasl;
const subjects = caslSubjects(state);
const [caslColdMs] = time(() => caslMatrix(caslAbility(ACTOR), subjects));
const ability = caslAbility(ACTOR);
for (let i = 0; i < 3; i++) caslMatrix(ability, subjects);
const [caslWarmMs, caslAllowed] = time(() => caslMatrix(ability, subjects));
window.results = { n, cells: matrix.length * 12, initMs, firstMs, nextMs, warmMs, caslImportMs, caslColdMs, caslWarmMs, caslAllowed };
document.body.dataset.done = "1";
