// Browser entry: initializes the module (fetching image_policy_bg.wasm next
// to this file) before anything is imported, so `import { canDelete }` works.
import init from "./image_policy.js";

await init();

export * from "./image_policy.js";
