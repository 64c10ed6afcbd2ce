// Bundled by esbuild for the browser, then run in headless Chromium.
import { canDelete } from "image-policy";
import { world } from "../world.mjs";

const decision = canDelete(world, { actor: "a1", imageId: "m-1" });
document.getElementById("result").textContent = `bundled: ${decision.allowed} ${decision.reasons[0].rule}`;
