// One account, shared with a2: deleting m-1 breaks DEL-1.
export const world = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};
export const remove = { actor: "a1", imageId: "m-1" };
