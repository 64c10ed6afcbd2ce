// Deno, no deno.json: a bare import and an npm: import of the package as npm
// installed it, typed by its own declarations.
import { canDelete, type State } from "image-policy";
import { rules } from "npm:image-policy";

const world: State = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available", sharedWith: ["a2"] }],
};
const rule = canDelete(world, { actor: "a1", imageId: "m-1" }).reasons[0].rule;
if (rule !== "DEL-1" || rules("aliyun").length === 0) throw new Error(`Deno decided ${rule}`);
console.log(`client deno ${Deno.version.deno}: ok`);
