// Node CommonJS: require the package.
const assert = require("node:assert/strict");
const { canDelete, applyCommand, InputError } = require("image-policy");
const world = {
  provider: "jdcloud",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};
assert.equal(canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule, "DEL-1");
const result = applyCommand(world, { type: "unshareImage", actor: "a1", imageId: "m-1", accountIds: ["a2"] });
assert.equal(result.ok, true);
assert.deepEqual(world.images[0].sharedWith, ["a2"], "input not mutated");
try {
  canDelete(world, { actor: "a1", imageid: "m-1" });
  assert.fail("expected an InputError");
} catch (error) {
  assert.equal(error.name, "InputError");
  assert.ok(error instanceof InputError && error instanceof Error);
  assert.equal(error.path, "imageid");
}
console.log("node cjs: ok");
