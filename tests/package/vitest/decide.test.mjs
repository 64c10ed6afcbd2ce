// Vitest with no configuration: the package loads as an ES module in Node.
import { expect, test } from "vitest";
import { check, Engine, InputError } from "image-policy";

const world = {
  provider: "jdcloud",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "creating" }],
};

test("DEL-6: jdcloud deletes only available or error images", () => {
  const decision = check(world, { type: "deleteImage", actor: "a1", imageId: "m-1" });
  expect(decision.allowed).toBe(false);
  expect(decision.reasons[0].rule).toBe("DEL-6");
  expect(decision.reasons[0].details.providerCode).toBe("FAILED_PRECONDITION");
});

test("VIS-1 for a stranger, through the Engine", () => {
  const engine = new Engine(world);
  expect(engine.canDelete({ actor: "a9", imageId: "m-1" }).reasons[0].code).toBe("NotFound");
  engine.free();
});

test("an InputError is an Error with a path", () => {
  expect(() => new Engine({ provider: "aws", images: [] })).toThrow(InputError);
  try {
    new Engine({ provider: "aws", images: [] });
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    expect(error.path).toBe("provider");
  }
});
