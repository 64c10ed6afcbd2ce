// Engine.actionMatrix agrees with allowedActions, row by row, on every image
// of the demo worlds, for every account, through the packed package.
import assert from "node:assert/strict";
import { Engine } from "image-policy";
import { ACCOUNTS, WORLDS } from "../../www/worlds.js";

let rows = 0;
for (const world of Object.values(WORLDS)) {
  const engine = new Engine(world);
  for (const actor of [...ACCOUNTS, "nobody"]) {
    const matrix = engine.actionMatrix(actor);
    for (const row of matrix) {
      const full = engine.allowedActions(actor, row.imageId);
      assert.deepEqual(Object.keys(row.allowed), Object.keys(full));
      for (const [action, decision] of Object.entries(full)) {
        assert.equal(row.allowed[action], decision.allowed, `${row.imageId} ${action}`);
        assert.deepEqual(row.rules[action], decision.allowed ? undefined : decision.reasons.map((r) => r.rule));
      }
      rows++;
    }
    // Every image not in the matrix is one the actor cannot see (VIS-1).
    const seen = new Set(matrix.map((row) => row.imageId));
    for (const image of world.images.filter((i) => !seen.has(i.id))) {
      assert.equal(engine.allowedActions(actor, image.id).createInstance.reasons[0].rule, "VIS-1");
    }
  }
  const given = engine.actionMatrix("alice", [world.images[0].id, "missing", world.images[0].id]);
  assert.equal(given.length, 3);
  assert.deepEqual(given[0], given[2]);
  assert.ok(Object.values(given[1].rules).every((rules) => rules.join() === "VIS-1"));
  assert.throws(() => engine.actionMatrix("alice", ["ok", 7]), (e) => e.argument === "imageIds" && e.path === "[1]");
  engine.free();
}
assert.ok(rows > 20);
console.log("action matrix: ok");
