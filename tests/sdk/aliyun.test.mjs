// Alibaba Cloud through its official Node SDKs: @alicloud/ecs20140526 (the
// SDK Alibaba's docs lead with, on @alicloud/openapi-core) and
// @alicloud/pop-core, each pointed at a local server that replays the ECS
// API reference's published examples (core/tests/fixtures/aliyun).
import http from "node:http";
import { test } from "node:test";
import assert from "node:assert/strict";
import Ecs, * as $Ecs from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import * as $dara from "@darabonba/typescript";
import RPCClient from "@alicloud/pop-core";
import { applyCommand, explainProviderError, InputError, stateFrom, toProviderRequests } from "image-policy";
import { fixture, providerData, replay, rpcWire } from "./replay.mjs";

const ACCOUNT = "100001";
const REGION = "cn-hangzhou";
const LISTINGS = {
  DescribeImages: fixture("aliyun/DescribeImages.json"),
  DescribeInstances: fixture("aliyun/DescribeInstances.json"),
  DescribeSnapshots: fixture("aliyun/DescribeSnapshots.json"),
  DescribeImageSharePermission: fixture("aliyun/DescribeImageSharePermission.json"),
};
const IMAGE = LISTINGS.DescribeImages.Images.Image[0].ImageId;

const current = (host) =>
  new Ecs.default(new $OpenApi.$OpenApiUtil.Config({
    accessKeyId: "ak", accessKeySecret: "sk", regionId: REGION, endpoint: host, protocol: "http",
  }));
const pop = (host) =>
  new RPCClient({ accessKeyId: "ak", accessKeySecret: "sk", endpoint: `http://${host}`, apiVersion: "2014-05-26" });

/** docs/providers.md's line for @alicloud/ecs20140526: the SDK's own request class, from the reference's names. */
const sendCurrent = (client, req) =>
  client[req.action[0].toLowerCase() + req.action.slice(1)]($dara.cast(req.parameters, new $Ecs[`${req.action}Request`]({})));
/** docs/providers.md's line for pop-core. */
const sendPop = (client, req) => client.request(req.action, req.parameters, { method: "POST" });

const data = (pages, shares) => providerData(ACCOUNT, REGION, pages, { imageId: IMAGE, page: shares });

test("listings through each SDK read as the published JSON does", async () => {
  const server = await replay((call) => ({ body: LISTINGS[call.action] }));
  const expected = stateFrom("aliyun", data({
    images: LISTINGS.DescribeImages, instances: LISTINGS.DescribeInstances, snapshots: LISTINGS.DescribeSnapshots,
  }, LISTINGS.DescribeImageSharePermission));
  assert.deepEqual(expected.images.map((i) => [i.id, i.kind, i.ownerId, i.status, i.sharedWith]),
    [[IMAGE, "custom", ACCOUNT, "available", ["1234567890"]]]);

  const client = current(server.host);
  const response = {
    images: await client.describeImages(new $Ecs.DescribeImagesRequest({ regionId: REGION })),
    instances: await client.describeInstances(new $Ecs.DescribeInstancesRequest({ regionId: REGION })),
    snapshots: await client.describeSnapshots(new $Ecs.DescribeSnapshotsRequest({ regionId: REGION })),
  };
  const shares = await client.describeImageSharePermission(new $Ecs.DescribeImageSharePermissionRequest({ regionId: REGION, imageId: IMAGE }));
  // What the SDK resolves to: { headers, statusCode, body } with camelCase fields.
  assert.equal(response.images.body.images.image[0].imageId, IMAGE);
  assert.deepEqual(stateFrom("aliyun", data(response, shares)), expected);
  const bodies = Object.fromEntries(Object.entries(response).map(([k, v]) => [k, v.body]));
  assert.deepEqual(stateFrom("aliyun", data(bodies, shares.body)), expected);

  const popClient = pop(server.host);
  const popPages = {
    images: await popClient.request("DescribeImages", { RegionId: REGION }, { method: "POST" }),
    instances: await popClient.request("DescribeInstances", { RegionId: REGION }, { method: "POST" }),
    snapshots: await popClient.request("DescribeSnapshots", { RegionId: REGION }, { method: "POST" }),
  };
  const popShares = await popClient.request("DescribeImageSharePermission", { RegionId: REGION, ImageId: IMAGE }, { method: "POST" });
  assert.deepEqual(stateFrom("aliyun", data(popPages, popShares)), expected);
  await server.close();
});

test("an owner ID past 2^53: pop-core's BigNumber reads as its digits; the current SDK has lost them already", async () => {
  const shared = structuredClone(LISTINGS.DescribeImages);
  Object.assign(shared.Images.Image[0], { ImageOwnerAlias: "others", IsSelfShared: "" });
  // Written as text: a JavaScript number cannot hold these digits.
  const text = JSON.stringify(shared).replace(/"ImageOwnerAlias"/, '"ImageOwnerId":1234567890123456789,"ImageOwnerAlias"');
  const exact = await replayText(text);
  const popPage = await pop(exact.host).request("DescribeImages", { RegionId: REGION }, { method: "POST" });
  assert.equal(typeof popPage.Images.Image[0].ImageOwnerId, "object", "json-bigint's BigNumber");
  const read = (page) => stateFrom("aliyun", { accountId: ACCOUNT, regions: { [REGION]: { images: [page] } } }).images[0].ownerId;
  assert.equal(read(popPage), "1234567890123456789");
  const currentPage = await current(exact.host).describeImages(new $Ecs.DescribeImagesRequest({ regionId: REGION }));
  assert.equal(read(currentPage), "1234567890123456800", "the current SDK parses with JSON.parse: a quirk left to the caller");
  await exact.close();
});

/** A server that answers every call with `text` as it is. */
async function replayText(text) {
  const server = http.createServer((req, res) => { req.resume(); req.on("end", () => { res.setHeader("content-type", "application/json"); res.end(text); }); });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { host: `127.0.0.1:${server.address().port}`, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) };
}

// A world with every kind of request: an own image, one shared with FRIEND,
// a copy still running, an instance of the account's.
const FRIEND = "200002";
const world = {
  provider: "aliyun",
  images: [
    { id: "m-own", name: "web", kind: "custom", ownerId: ACCOUNT, region: REGION, status: "available" },
    { id: "m-shared", name: "db", kind: "custom", ownerId: ACCOUNT, region: REGION, status: "available", sharedWith: [FRIEND] },
    { id: "m-copy", name: "web", kind: "custom", ownerId: ACCOUNT, region: "cn-beijing", status: "creating", copiedFrom: "m-shared", task: "copying" },
    { id: "m-pub", name: "CentOS", kind: "public", region: REGION, status: "available" },
  ],
  instances: [{ id: "i-own", ownerId: ACCOUNT, region: REGION, imageId: "m-pub" }],
  snapshots: [{ id: "s-1", ownerId: ACCOUNT, region: REGION }],
};
const actor = ACCOUNT;

// Each request kind and what the ECS API reference (2014-05-26) names on the
// wire for it; common parameters (Action, Version, signing) aside.
const KINDS = [
  [{ type: "shareImage", actor, imageId: "m-own", accountIds: [FRIEND, "300003"] }, "ModifyImageSharePermission",
    { RegionId: REGION, ImageId: "m-own", "AddAccount.1": FRIEND, "AddAccount.2": "300003" }],
  [{ type: "unshareImage", actor, imageId: "m-shared", accountIds: [FRIEND] }, "ModifyImageSharePermission",
    { RegionId: REGION, ImageId: "m-shared", "RemoveAccount.1": FRIEND }],
  [{ type: "deleteImage", actor, imageId: "m-own", force: true }, "DeleteImage", { RegionId: REGION, ImageId: "m-own", Force: "true" }],
  [{ type: "copyImage", actor, imageId: "m-own", destinationRegion: "cn-beijing", name: "web-bj", description: "copy", encrypted: true }, "CopyImage",
    { RegionId: REGION, ImageId: "m-own", DestinationRegionId: "cn-beijing", DestinationImageName: "web-bj", DestinationDescription: "copy", Encrypted: "true" }],
  [{ type: "exportImage", actor, imageId: "m-own", bucket: "backups" }, "ExportImage", { RegionId: REGION, ImageId: "m-own", OSSBucket: "backups" }],
  [{ type: "modifyImage", actor, imageId: "m-own", name: "web2", description: "d2" }, "ModifyImageAttribute",
    { RegionId: REGION, ImageId: "m-own", ImageName: "web2", Description: "d2" }],
  [{ type: "modifyImage", actor, imageId: "m-own", status: "deprecated" }, "ModifyImageAttribute", { RegionId: REGION, ImageId: "m-own", Status: "Deprecated" }],
  [{ type: "cancelCopy", actor, imageId: "m-copy" }, "CancelCopyImage", { RegionId: "cn-beijing", ImageId: "m-copy" }],
  [{ type: "createImage", actor, name: "from-vm", from: "instance", instanceId: "i-own" }, "CreateImage",
    { RegionId: REGION, ImageName: "from-vm", InstanceId: "i-own" }],
  [{ type: "createImage", actor, name: "from-snap", from: "snapshots", snapshotIds: ["s-1"] }, "CreateImage",
    { RegionId: REGION, ImageName: "from-snap", "DiskDeviceMapping.1.SnapshotId": "s-1" }],
  [{ type: "createImage", actor, name: "imported", from: "import", region: REGION }, "ImportImage", { RegionId: REGION, ImageName: "imported" }],
  [{ type: "createInstance", actor, imageId: "m-own", region: REGION }, "RunInstances", { RegionId: REGION, ImageId: "m-own" }],
  [{ type: "deleteInstance", actor, instanceId: "i-own" }, "DeleteInstance", { InstanceId: "i-own" }],
  [{ type: "reinitDisk", actor, instanceId: "i-own" }, "ReInitDisk", {}],
  [{ type: "replaceSystemDisk", actor, instanceId: "i-own", imageId: "m-own" }, "ReplaceSystemDisk", { InstanceId: "i-own", ImageId: "m-own" }],
];

test("every request kind reaches the wire through each SDK as the API reference names it", async () => {
  const server = await replay(() => ({ body: { RequestId: "r" } }));
  const clients = [["@alicloud/ecs20140526", current(server.host), sendCurrent], ["@alicloud/pop-core", pop(server.host), sendPop]];
  for (const [command, action, wire] of KINDS) {
    const requests = toProviderRequests(world, command);
    assert.equal(requests.length, 1, command.type);
    assert.deepEqual(rpcWire(requests[0].parameters), wire, "the request names what the reference names");
    const applied = applyCommand(world, command);
    assert.ok(applied.ok, command.type);
    assert.deepEqual(applied.requests, requests, "a confirmed step carries the same requests");
    for (const [sdk, client, send] of clients) {
      server.calls.length = 0;
      await send(client, requests[0]);
      const [call] = server.calls;
      assert.equal(call.action, action, `${sdk} ${command.type}`);
      assert.deepEqual(call.params, wire, `${sdk} ${command.type}: nothing dropped, renamed or invented`);
    }
  }
  await server.close();
});

test("a share of 12 accounts is two calls of at most 10, each through the SDK", async () => {
  const server = await replay(() => ({ body: { RequestId: "r" } }));
  const accountIds = Array.from({ length: 12 }, (_, k) => `2000${10 + k}`);
  const requests = toProviderRequests(world, { type: "shareImage", actor, imageId: "m-own", accountIds });
  const client = current(server.host);
  for (const req of requests) await sendCurrent(client, req);
  assert.deepEqual(server.calls.map((c) => Object.keys(c.params).filter((k) => k.startsWith("AddAccount")).length), [10, 2]);
  await server.close();
});

test("a denied command never reaches the wire", () => {
  assert.throws(() => toProviderRequests(world, { type: "deleteImage", actor, imageId: "m-shared" }),
    (e) => e instanceof InputError && e.argument === "command" && e.path === "" && /DEL-1/.test(e.message));
  assert.equal(applyCommand(world, { type: "deleteImage", actor, imageId: "m-shared" }).requests, undefined);
});

test("what each SDK throws reads as the rules behind it, and narrows to the command refused", async () => {
  const server = await replay(() => ({ status: 400, body: { Code: "IncorrectImageStatus", Message: "The current status of the image does not support this operation.", RequestId: "r" } }));
  const refused = { type: "copyImage", actor, imageId: "m-copy", destinationRegion: REGION };
  const thrown = [];
  try { await sendCurrent(current(server.host), { action: "CopyImage", parameters: { RegionId: REGION, ImageId: "m-copy" } }); } catch (e) { thrown.push(e); }
  try { await sendPop(pop(server.host), { action: "CopyImage", parameters: { RegionId: REGION, ImageId: "m-copy" } }); } catch (e) { thrown.push(e); }
  assert.equal(thrown.length, 2);
  for (const error of thrown) {
    assert.equal(error.code, "IncorrectImageStatus");
    assert.deepEqual(explainProviderError("aliyun", error).map((r) => r.id), ["CPY-3", "EXP-1", "INS-1", "TSK-4", "DEP-3"]);
    // The copy is refused because the image is not available: CPY-3 alone.
    assert.deepEqual(explainProviderError("aliyun", error, { state: world, command: refused }).map((r) => r.id), ["CPY-3"]);
    // A state that shows no reason: [] says refresh and decide again.
    assert.deepEqual(explainProviderError("aliyun", error, { state: world, command: { ...refused, imageId: "m-own", destinationRegion: "cn-beijing" } }), []);
  }
  assert.throws(() => explainProviderError("aliyun", { message: "no code" }), (e) => e instanceof InputError && e.argument === "error");
  await server.close();
});
