// The one line Rollup needs for any npm package: resolve bare imports.
import { nodeResolve } from "@rollup/plugin-node-resolve";

export default { input: "src/index.js", output: { dir: "dist", format: "es" }, plugins: [nodeResolve({ browser: true })] };
