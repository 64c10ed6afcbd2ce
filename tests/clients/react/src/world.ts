import type { Image, State } from "image-policy";

/** A 30-image aliyun account: 20 own images (some shared, one deprecated), 10 public. */
export const ACTOR = "100001";
const own: Image[] = Array.from({ length: 20 }, (_, k) => ({
  id: `m-${k}`, name: `app-${k}`, kind: "custom", ownerId: ACTOR, region: "cn-hangzhou",
  status: k === 7 ? "deprecated" : "available",
  ...(k % 4 === 0 ? { sharedWith: ["200002"] } : {}),
}));
const provided: Image[] = Array.from({ length: 10 }, (_, k) => ({
  id: `pub-${k}`, name: `CentOS ${k}`, kind: "public", region: "cn-hangzhou", status: "available",
}));
export const world: State = {
  provider: "aliyun",
  images: [...own, ...provided],
  instances: [{ id: "i-1", ownerId: ACTOR, region: "cn-hangzhou", imageId: "m-1" }],
};
