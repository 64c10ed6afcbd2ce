export const world = {
  provider: "aliyun",
  images: [
    { id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] },
    { id: "m-2", name: "db", kind: "custom", ownerId: "a1", region: "r1", status: "available" },
  ],
};
