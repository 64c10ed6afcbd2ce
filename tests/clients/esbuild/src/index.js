// esbuild: it does not copy the .wasm asset, so the app uses image-policy/inline
// (the WebAssembly inline) and awaits its init().
import init, { canDelete } from "image-policy/inline";

const world = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};
init().then(() => {
  document.getElementById("result").textContent = `result: ${canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule}`;
});
