// Parcel, default configuration: a plain import of the package.
import { canDelete } from "image-policy";

const world = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};
document.getElementById("result").textContent = `result: ${canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule}`;
