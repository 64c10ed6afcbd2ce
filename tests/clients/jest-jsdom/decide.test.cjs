/**
 * @jest-environment jsdom
 */
// Jest in its jsdom (browser) environment, default configuration.
const { canDelete, InputError } = require("image-policy");

const world = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};

test("DEL-1 in jsdom", () => {
  expect(typeof document).toBe("object");
  expect(canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule).toBe("DEL-1");
  expect(() => canDelete(world, {})).toThrow(InputError);
});
