// CASL deciding the same questions as actionMatrix: one ability for the
// acting account (visibility, ownership, status and task conditions), asked
// every action of every image. Its rules are simpler than the engine's (no
// reasons, no provider codes, no per-profile tables): a floor, not a twin.
import { createMongoAbility } from "@casl/ability";
import { ACTIONS } from "./world.mjs";

export function caslAbility(actor) {
  const mine = { ownerId: actor };
  const idle = { ownerId: actor, status: "available", task: { $exists: false } };
  return createMongoAbility([
    { action: "createInstance", subject: "Image", conditions: { kind: { $in: ["public", "marketplace"] }, status: "available" } },
    { action: "createInstance", subject: "Image", conditions: { ownerId: actor, status: { $in: ["available", "deprecated"] } } },
    { action: "createInstance", subject: "Image", conditions: { sharedWith: actor, status: "available" } },
    { action: ["deleteImage", "deleteImageAndSnapshots"], subject: "Image", conditions: { ...mine, shareCount: 0, instanceCount: 0, task: { $exists: false } } },
    { action: "forceDeleteImage", subject: "Image", conditions: { ...mine, shareCount: 0, task: { $exists: false } } },
    { action: ["shareImage", "copyImage", "exportImage"], subject: "Image", conditions: { ...idle, encrypted: { $ne: true } } },
    { action: "unshareImage", subject: "Image", conditions: { ...mine, shareCount: { $gt: 0 } } },
    { action: "modifyImage", subject: "Image", conditions: mine },
    { action: "cancelCopy", subject: "Image", conditions: { ...mine, task: "copying" } },
    { action: "deprecateImage", subject: "Image", conditions: { ...idle, shareCount: 0 } },
    { action: "restoreImage", subject: "Image", conditions: { ...mine, status: "deprecated" } },
  ]);
}

/** CASL subjects for `state`, built once (what a console would keep). */
export function caslSubjects(state) {
  const instances = new Map();
  for (const i of state.instances ?? []) instances.set(i.imageId, (instances.get(i.imageId) ?? 0) + 1);
  return state.images.map((image) => {
    const subject = { ...image, shareCount: image.sharedWith?.length ?? 0, instanceCount: instances.get(image.id) ?? 0 };
    Object.defineProperty(subject, "__caslSubjectType__", { value: "Image" });
    return subject;
  });
}

/** Every action of every subject: the count of allowed answers. */
export function caslMatrix(ability, subjects) {
  let allowed = 0;
  for (const subject of subjects) for (const action of ACTIONS) if (ability.can(action, subject)) allowed++;
  return allowed;
}
