// A world shaped like a real aliyun account, for the cold-path benchmark:
// public and marketplace images in two regions, the account's own custom
// images (some shared with one or two accounts, some creating, deprecated,
// exporting, copying, encrypted), images other accounts share with it,
// instances and snapshots of its own. `n` images in all (500 or 2,000).
export const ACTOR = "100001";

export function world(n = 500) {
  const regions = ["cn-hangzhou", "cn-shanghai"];
  const scale = n / 500;
  const images = [];
  const snapshots = [];
  const instances = [];
  const region = (k) => regions[k % 2];
  for (let k = 0; k < 40 * scale; k++) {
    images.push({ id: `m-pub-${k}`, name: `CentOS ${k}`, kind: "public", region: region(k), status: "available" });
  }
  for (let k = 0; k < 20 * scale; k++) {
    images.push({ id: `m-mkt-${k}`, name: `LAMP ${k}`, kind: "marketplace", region: region(k), status: "available" });
  }
  const own = 300 * scale;
  for (let k = 0; k < own; k++) {
    const image = { id: `m-own-${k}`, name: `app-${k}`, kind: "custom", ownerId: ACTOR, region: region(k), status: "available" };
    if (k % 10 === 0) image.sharedWith = [`2000${k % 7}`];
    if (k % 10 === 1) image.sharedWith = [`2000${k % 7}`, `3000${k % 5}`];
    if (k % 25 === 2) image.status = "creating";
    if (k % 30 === 3) image.status = "deprecated";
    if (k % 40 === 4) image.task = "exporting";
    if (k % 35 === 5) image.encrypted = true;
    if (k % 50 === 6) Object.assign(image, { status: "creating", task: "copying", copiedFrom: `m-own-${k - 1}` });
    if (k % 4 === 0) {
      snapshots.push({ id: `s-${k}`, ownerId: ACTOR, region: image.region });
      image.snapshotIds = [`s-${k}`];
    }
    images.push(image);
  }
  for (let k = 0; k < 140 * scale; k++) {
    images.push({ id: `m-in-${k}`, name: `partner-${k}`, kind: "custom", ownerId: `4000${k % 20}`,
      region: region(k), status: "available", sharedWith: [ACTOR] });
  }
  for (let k = 0; k < 100 * scale; k++) {
    const imageId = k % 5 === 0 ? `m-pub-${k % (40 * scale)}` : `m-own-${(k * 3) % own}`;
    const image = images.find((i) => i.id === imageId);
    instances.push({ id: `i-${k}`, ownerId: ACTOR, region: image.region, imageId });
  }
  return { provider: "aliyun", images, instances, snapshots };
}

/** The share the "next render" applies: an idle own image, one new account. */
export const SHARE = { type: "shareImage", actor: ACTOR, imageId: "m-own-7", accountIds: ["5000"] };

/** The 12 questions of a row, as CASL is asked them. */
export const ACTIONS = ["deleteImage", "forceDeleteImage", "deleteImageAndSnapshots", "shareImage", "unshareImage",
  "copyImage", "exportImage", "modifyImage", "createInstance", "cancelCopy", "deprecateImage", "restoreImage"];
