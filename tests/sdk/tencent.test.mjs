// Tencent Cloud through its official Node SDK (tencentcloud-sdk-nodejs:
// cvm and cbs v20170312), pointed at a local server that replays the
// Tencent Cloud CLI's published examples (core/tests/fixtures/tencent).
import { test } from "node:test";
import assert from "node:assert/strict";
import tencentcloud from "tencentcloud-sdk-nodejs";
import { applyCommand, explainProviderError, InputError, stateFrom, toProviderRequests } from "image-policy";
import { fixture, providerData, replay } from "./replay.mjs";

const ACCOUNT = "100001";
const REGION = "ap-guangzhou";
const LISTINGS = {
  DescribeImages: fixture("tencent/DescribeImages.private.json"),
  DescribeInstances: fixture("tencent/DescribeInstances.json"),
  DescribeSnapshots: fixture("tencent/DescribeSnapshots.json"),
  DescribeImageSharePermission: fixture("tencent/DescribeImageSharePermission.json"),
};
const IMAGE = LISTINGS.DescribeImages.Response.ImageSet[0].ImageId;

const profile = (host) => ({ httpProfile: { endpoint: host, protocol: "http://" } });
const cvm = (host, region = REGION) =>
  new tencentcloud.cvm.v20170312.Client({ credential: { secretId: "id", secretKey: "key" }, region, profile: profile(host) });
const cbs = (host) =>
  new tencentcloud.cbs.v20170312.Client({ credential: { secretId: "id", secretKey: "key" }, region: REGION, profile: profile(host) });
/** docs/providers.md's line: a client for the request's region, then the action by name. */
const send = (host, req) => cvm(host, req.region)[req.action](req.parameters);

const data = (pages, shares) => providerData(ACCOUNT, REGION, pages, { imageId: IMAGE, page: shares });

test("listings through the SDK read as the published JSON does", async () => {
  const server = await replay((call) => ({ body: LISTINGS[call.action] }));
  const expected = stateFrom("tencent", data({
    images: LISTINGS.DescribeImages, instances: LISTINGS.DescribeInstances, snapshots: LISTINGS.DescribeSnapshots,
  }, LISTINGS.DescribeImageSharePermission));
  const client = cvm(server.host);
  const pages = {
    images: await client.DescribeImages({}),
    instances: await client.DescribeInstances({}),
    snapshots: await cbs(server.host).DescribeSnapshots({}),
  };
  assert.equal(pages.images.Response, undefined, "the SDK resolves without the envelope");
  const shares = await client.DescribeImageSharePermission({ ImageId: IMAGE });
  const state = stateFrom("tencent", data(pages, shares));
  assert.deepEqual(state, expected);
  assert.ok(state.images[0].sharedWith.length > 0);
  await server.close();
});

const FRIEND = "200002";
const world = {
  provider: "tencent",
  images: [
    { id: "img-own", name: "web", kind: "custom", ownerId: ACCOUNT, region: REGION, status: "available" },
    { id: "img-shared", name: "db", kind: "custom", ownerId: ACCOUNT, region: REGION, status: "available", sharedWith: [FRIEND] },
    { id: "img-pub", name: "CentOS", kind: "public", region: REGION, status: "available" },
  ],
  instances: [{ id: "ins-own", ownerId: ACCOUNT, region: REGION, imageId: "img-pub" }],
  snapshots: [{ id: "snap-1", ownerId: ACCOUNT, region: REGION }],
};
const actor = ACCOUNT;

// Each request kind and the parameters tencentcloud-sdk-go's models.go names for it.
const KINDS = [
  [{ type: "shareImage", actor, imageId: "img-own", accountIds: [FRIEND, "300003"] }, "ModifyImageSharePermission",
    { ImageId: "img-own", AccountIds: [FRIEND, "300003"], Permission: "SHARE" }],
  [{ type: "unshareImage", actor, imageId: "img-shared", accountIds: [FRIEND] }, "ModifyImageSharePermission",
    { ImageId: "img-shared", AccountIds: [FRIEND], Permission: "CANCEL" }],
  [{ type: "deleteImage", actor, imageId: "img-own", deleteSnapshots: true }, "DeleteImages", { ImageIds: ["img-own"], DeleteBindedSnap: true }],
  [{ type: "copyImage", actor, imageId: "img-own", destinationRegion: "ap-shanghai", name: "web-sh" }, "SyncImages",
    { ImageIds: ["img-own"], DestinationRegions: ["ap-shanghai"], ImageName: "web-sh" }],
  [{ type: "copyImage", actor, imageId: "img-own", destinationRegion: REGION, encrypted: true, name: "web-enc" }, "SyncImages",
    { ImageIds: ["img-own"], DestinationRegions: [REGION], ImageName: "web-enc", Encrypt: true }],
  [{ type: "exportImage", actor, imageId: "img-own", bucket: "examplebucket-1250000000" }, "ExportImages",
    { BucketName: "examplebucket-1250000000", ImageIds: ["img-own"] }],
  [{ type: "modifyImage", actor, imageId: "img-own", name: "web2", description: "d2" }, "ModifyImageAttribute",
    { ImageId: "img-own", ImageName: "web2", ImageDescription: "d2" }],
  [{ type: "modifyImage", actor, imageId: "img-own", status: "deprecated" }, "ModifyImageAttribute", { ImageId: "img-own", ImageDeprecated: true }],
  [{ type: "createImage", actor, name: "from-vm", from: "instance", instanceId: "ins-own" }, "CreateImage", { ImageName: "from-vm", InstanceId: "ins-own" }],
  [{ type: "createImage", actor, name: "from-snap", from: "snapshots", snapshotIds: ["snap-1"] }, "CreateImage", { ImageName: "from-snap", SnapshotIds: ["snap-1"] }],
  [{ type: "createImage", actor, name: "imported", from: "import", region: REGION }, "ImportImage", { ImageName: "imported" }],
  [{ type: "createInstance", actor, imageId: "img-own", region: REGION }, "RunInstances", { ImageId: "img-own" }],
  [{ type: "deleteInstance", actor, instanceId: "ins-own" }, "TerminateInstances", { InstanceIds: ["ins-own"] }],
  [{ type: "reinitDisk", actor, instanceId: "ins-own" }, "ResetInstance", { InstanceId: "ins-own" }],
  [{ type: "replaceSystemDisk", actor, instanceId: "ins-own", imageId: "img-own" }, "ResetInstance", { InstanceId: "ins-own", ImageId: "img-own" }],
];

test("every request kind reaches the wire through the SDK as its models name it", async () => {
  const server = await replay(() => ({ body: { Response: { RequestId: "r" } } }));
  for (const [command, action, wire] of KINDS) {
    const requests = toProviderRequests(world, command);
    assert.equal(requests.length, 1, command.type);
    assert.deepEqual(applyCommand(world, command).requests, requests);
    server.calls.length = 0;
    await send(server.host, requests[0]);
    const [call] = server.calls;
    assert.deepEqual([call.action, call.region, call.params], [action, REGION, wire], command.type);
  }
  await server.close();
});

test("a share of 500 accounts is one request (no cap per request, SHR-6)", () => {
  const accountIds = Array.from({ length: 499 }, (_, k) => String(500000 + k));
  const requests = toProviderRequests(world, { type: "shareImage", actor, imageId: "img-shared", accountIds });
  assert.equal(requests.length, 1);
  assert.equal(requests[0].parameters.AccountIds.length, 499);
});

test("what tencent cannot express is refused before the wire", () => {
  for (const [command, path, rule] of [
    [{ type: "deleteImage", actor, imageId: "img-own", force: true }, "force", "DEL-2"],
    [{ type: "copyImage", actor, imageId: "img-own", destinationRegion: "ap-shanghai", description: "d" }, "description", "NAME-3"],
    [{ type: "cancelCopy", actor, imageId: "img-own" }, "type", "TSK-4"],
  ]) {
    assert.throws(() => toProviderRequests(world, command),
      (e) => e instanceof InputError && e.argument === "command" && e.path === path && e.message.includes(rule), command.type);
  }
});

test("TencentCloudSDKHttpException reads as the rules behind its code", async () => {
  const server = await replay(() => ({ body: { Response: { Error: { Code: "InvalidImageId.InShared", Message: "shared" }, RequestId: "r" } } }));
  const refused = { type: "deleteImage", actor, imageId: "img-shared" };
  const error = await send(server.host, { action: "DeleteImages", region: REGION, parameters: { ImageIds: ["img-shared"] } }).catch((e) => e);
  assert.equal(error.code, "InvalidImageId.InShared");
  assert.deepEqual(explainProviderError("tencent", error).map((r) => r.id), ["DEL-1"]);
  assert.deepEqual(explainProviderError("tencent", error, { state: world, command: refused }).map((r) => r.id), ["DEL-1"]);
  assert.deepEqual(explainProviderError("tencent", error, { state: world, command: { ...refused, imageId: "img-own" } }), []);
  await server.close();
});
