// Browser entry: initializes the module (fetching image_policy_bg.wasm next
// to this file) before anything is imported, so `import { canDelete }` works,
// then compiles the console's path (warmUp) while the page waits for data.
import init, { warmUp } from "./image_policy.js";

try {
  await init();
} catch (error) {
  throw new Error(
    `image-policy could not load its WebAssembly (${error.message}). The bundler did not serve ` +
      "node_modules/image-policy/web/image_policy_bg.wasm beside this module: copy that file there " +
      '(Angular: an "assets" entry, see the README\'s "Use it with ..."), or import "image-policy/inline", ' +
      "which carries the WebAssembly inside.",
    { cause: error },
  );
}
warmUp();

export * from "./image_policy.js";
