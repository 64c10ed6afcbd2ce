// Jest with its default configuration (CommonJS, node environment): the
// package loads with require() and decides.
const { canDelete, applyCommand, Engine, InputError } = require("image-policy");

const world = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};

test("DEL-1: a shared image cannot be deleted, and the denial names the account", () => {
  const decision = canDelete(world, { actor: "a1", imageId: "m-1" });
  expect(decision.allowed).toBe(false);
  expect(decision.reasons.map((r) => r.rule)).toEqual(["DEL-1"]);
  expect(decision.reasons[0].details.accounts).toEqual(["a2"]);
});

test("UNS-1 through applyCommand, then the Engine agrees", () => {
  const result = applyCommand(world, { type: "unshareImage", actor: "a1", imageId: "m-1", accountIds: ["a2"] });
  expect(result.ok).toBe(true);
  const engine = new Engine(result.state);
  expect(engine.canDelete({ actor: "a1", imageId: "m-1" }).allowed).toBe(true);
  engine.free();
});

test("malformed input throws an InputError with its path", () => {
  let thrown;
  try {
    canDelete(world, { actor: "a1", imageid: "m-1" });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(InputError);
  expect(thrown).toBeInstanceOf(Error);
  expect(thrown.path).toBe("imageid");
});
