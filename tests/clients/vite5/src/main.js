// Vite 5, default configuration: its build target has no top-level await, so
// the app uses image-policy/web and awaits init() itself.
import init, { canDelete } from "image-policy/web";

const world = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};
init().then(() => {
  document.getElementById("result").textContent = `result: ${canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule}`;
});
