// JD Cloud through its official Node SDK (jdcloud-sdk-js: vm and disk),
// pointed at a local server that replays responses built from the SDK's
// models (core/tests/fixtures/jdcloud; JD publishes no example responses).
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { applyCommand, explainProviderError, InputError, stateFrom, toProviderRequests } from "image-policy";
import { fixture, providerData, replay } from "./replay.mjs";

const require = createRequire(import.meta.url);
const VM = require("jdcloud-sdk-js/src/services/vm");
const DISK = require("jdcloud-sdk-js/src/services/disk");

const ACCOUNT = "jdcloud-user-1";
const REGION = "cn-north-1";
const IMAGE = "img-m5s0****29";
const config = (host) => ({
  credentials: { accessKeyId: "ak", secretAccessKey: "sk" }, regionId: REGION,
  endpoint: { host, protocol: "http" }, logger: () => {},
});
/** docs/providers.md's line: the action by name, its parameters as `opts`, the region second. */
const send = (vm, req) => vm[req.action](req.parameters, req.region);

const LISTINGS = {
  "/v1/regions/cn-north-1/images": fixture("jdcloud/describeImages.json"),
  "/v1/regions/cn-north-1/instances": fixture("jdcloud/describeInstances.json"),
  "/v1/regions/cn-north-1/snapshots": fixture("jdcloud/describeSnapshots.json"),
  [`/v1/regions/cn-north-1/images/${IMAGE}/members`]: fixture("jdcloud/describeImageMembers.json"),
};
const data = (pages, shares) => providerData(ACCOUNT, REGION, pages, { imageId: IMAGE, page: shares });

test("listings through the SDK ({ requestId, result, responseObj }) read as the JSON does", async () => {
  const server = await replay((call) => ({ body: LISTINGS[call.path] }));
  const vm = new VM(config(server.host));
  const pages = {
    images: await vm.describeImages({}, REGION),
    instances: await vm.describeInstances({}, REGION),
    snapshots: await new DISK(config(server.host)).describeSnapshots({}, REGION),
  };
  assert.ok("responseObj" in pages.images);
  const shares = await vm.describeImageMembers({ imageId: IMAGE }, REGION);
  const expected = stateFrom("jdcloud", data({
    images: LISTINGS["/v1/regions/cn-north-1/images"], instances: LISTINGS["/v1/regions/cn-north-1/instances"],
    snapshots: LISTINGS["/v1/regions/cn-north-1/snapshots"],
  }, LISTINGS[`/v1/regions/cn-north-1/images/${IMAGE}/members`]));
  assert.deepEqual(stateFrom("jdcloud", data(pages, shares)), expected);
  await server.close();
});

test("an image whose listed cloud disk is encrypted is encrypted without a snapshot listing (ENC-1)", async () => {
  const page = structuredClone(fixture("jdcloud/describeImages.json"));
  // InstanceDiskAttachment.cloudDisk is disk's Disk model, whose `encrypted` says 云盘是否为加密盘.
  page.result.images[0].dataDisks = [{ diskCategory: "cloud", cloudDisk: { diskId: "vol-1", encrypted: true } }];
  const server = await replay(() => ({ body: page }));
  const listed = await new VM(config(server.host)).describeImages({}, REGION);
  const state = stateFrom("jdcloud", { accountId: ACCOUNT, regions: { [REGION]: { images: [listed] } } });
  assert.equal(state.images[0].encrypted, true);
  assert.throws(() => toProviderRequests(state, { type: "shareImage", actor: ACCOUNT, imageId: IMAGE, accountIds: ["jd-2"] }),
    (e) => e instanceof InputError && /ENC-1/.test(e.message));
  await server.close();
});

const FRIEND = "jd-friend";
const world = {
  provider: "jdcloud",
  images: [
    { id: "img-own", name: "web", kind: "custom", ownerId: ACCOUNT, region: REGION, status: "available" },
    { id: "img-shared", name: "db", kind: "custom", ownerId: ACCOUNT, region: REGION, status: "available", sharedWith: [FRIEND] },
    { id: "img-pub", name: "CentOS", kind: "public", region: REGION, status: "available" },
  ],
  instances: [{ id: "i-own", ownerId: ACCOUNT, region: REGION, imageId: "img-pub" }],
  snapshots: [{ id: "snapshot-1", ownerId: ACCOUNT, region: REGION }],
};
const actor = ACCOUNT;

// Each request kind: the REST call jdcloud-sdk-go's services/vm/apis writes,
// and the body or query it carries (path IDs are in the path).
const KINDS = [
  [{ type: "shareImage", actor, imageId: "img-own", accountIds: [FRIEND] }, "POST", "/v1/regions/cn-north-1/images/img-own:share", { pins: [FRIEND] }],
  [{ type: "unshareImage", actor, imageId: "img-shared", accountIds: [FRIEND] }, "POST", "/v1/regions/cn-north-1/images/img-shared:unshare", { pins: [FRIEND] }],
  [{ type: "deleteImage", actor, imageId: "img-own", deleteSnapshots: true }, "DELETE", "/v1/regions/cn-north-1/images/img-own", { deleteSnapshot: "true" }],
  [{ type: "copyImage", actor, imageId: "img-own", destinationRegion: "cn-east-2" }, "POST", "/v1/regions/cn-north-1/images:copyImages",
    { sourceImageIds: ["img-own"], destinationRegion: "cn-east-2" }],
  [{ type: "modifyImage", actor, imageId: "img-own", name: "web2", description: "d2" }, "POST", "/v1/regions/cn-north-1/images/img-own:modifyImageAttribute",
    { name: "web2", description: "d2" }],
  [{ type: "createImage", actor, name: "from-vm", from: "instance", instanceId: "i-own" }, "POST", "/v1/regions/cn-north-1/instances/i-own:createImage", { name: "from-vm" }],
  [{ type: "createInstance", actor, imageId: "img-own", region: REGION }, "POST", "/v1/regions/cn-north-1/instances", { instanceSpec: { imageId: "img-own" } }],
  [{ type: "deleteInstance", actor, instanceId: "i-own" }, "DELETE", "/v1/regions/cn-north-1/instances/i-own", {}],
  [{ type: "reinitDisk", actor, instanceId: "i-own" }, "POST", "/v1/regions/cn-north-1/instances/i-own:rebuildInstance", {}],
  [{ type: "replaceSystemDisk", actor, instanceId: "i-own", imageId: "img-own" }, "POST", "/v1/regions/cn-north-1/instances/i-own:rebuildInstance", { imageId: "img-own" }],
];

test("every request kind reaches the wire through the SDK, path and body as the API names them", async () => {
  const server = await replay(() => ({ body: { requestId: "r", result: {} } }));
  const vm = new VM(config(server.host));
  for (const [command, method, path, wire] of KINDS) {
    const requests = toProviderRequests(world, command);
    assert.equal(requests.length, 1, command.type);
    assert.deepEqual(applyCommand(world, command).requests, requests);
    assert.equal(requests[0].path, path);
    server.calls.length = 0;
    await send(vm, requests[0]);
    const [call] = server.calls;
    assert.deepEqual([call.method, call.path, call.params], [method, path, wire], command.type);
  }
  await server.close();
});

test("export, import and createImageFromSnapshots need what the engine cannot know, or a method this SDK lacks", async () => {
  const server = await replay(() => ({ body: { requestId: "r", result: {} } }));
  const vm = new VM(config(server.host));
  const [exportRequest] = toProviderRequests(world, { type: "exportImage", actor, imageId: "img-own", bucket: "backups" });
  assert.deepEqual(exportRequest.parameters, { imageId: "img-own" });
  assert.throws(() => send(vm, exportRequest), /roleName/, "the SDK requires the export's role and OSS URL: the caller adds them");
  server.calls.length = 0;
  await vm[exportRequest.action]({ ...exportRequest.parameters, roleName: "imgRole", ossUrl: "https://backups.s3.cn-north-1.jdcloud-oss.com" }, exportRequest.region);
  assert.deepEqual([server.calls[0].path, server.calls[0].params],
    ["/v1/regions/cn-north-1/images/img-own:exportImage", { roleName: "imgRole", ossUrl: "https://backups.s3.cn-north-1.jdcloud-oss.com" }]);
  const [imported] = toProviderRequests(world, { type: "createImage", actor, name: "imp", from: "import", region: REGION });
  assert.deepEqual(imported.parameters, { imageName: "imp" });
  assert.throws(() => send(vm, imported), /architecture/, "the image file's facts are the caller's to add");
  const [fromSnapshots] = toProviderRequests(world, { type: "createImage", actor, name: "snap", from: "snapshots", snapshotIds: ["snapshot-1"] });
  assert.equal(fromSnapshots.action, "createImageFromSnapshots");
  assert.equal(typeof vm[fromSnapshots.action], "undefined", "jdcloud-sdk-js 1.2.202 has no createImageFromSnapshots (jdcloud-sdk-go has)");
  await server.close();
});

test("what jdcloud cannot express is refused before the wire (CPY-5)", () => {
  for (const [field, value] of [["name", "web-copy"], ["description", "d"]]) {
    const command = { type: "copyImage", actor, imageId: "img-own", destinationRegion: "cn-east-2", [field]: value };
    assert.throws(() => toProviderRequests(world, command),
      (e) => e instanceof InputError && e.path === field && /CPY-5/.test(e.message));
    assert.equal(applyCommand(world, command).ok, false);
  }
  // More accounts than jdcloud's limit of 20 (SHR-2): no request.
  const accountIds = Array.from({ length: 23 }, (_, k) => `jd-${k}`);
  assert.throws(() => toProviderRequests(world, { type: "shareImage", actor, imageId: "img-own", accountIds }), /SHR-2/);
});

test("the plain object jdcloud-sdk-js rejects with reads by its status, narrowed to the command", async () => {
  const server = await replay(() => ({ status: 400, body: { requestId: "r", error: { code: 400, status: "FAILED_PRECONDITION", message: "Can't delete shared image" } } }));
  const refused = { type: "deleteImage", actor, imageId: "img-shared" };
  const error = await send(new VM(config(server.host)), toProviderRequests(world, { ...refused, imageId: "img-own" })[0]).catch((e) => e);
  assert.equal(error instanceof Error, false);
  assert.equal(error.error.status, "FAILED_PRECONDITION");
  assert.ok(explainProviderError("jdcloud", error).length > 5, "one status stands for many rules");
  assert.deepEqual(explainProviderError("jdcloud", error, { state: world, command: refused }).map((r) => r.id), ["DEL-1"]);
  assert.deepEqual(explainProviderError("jdcloud", error, { state: world, command: { ...refused, imageId: "img-own" } }), []);
  assert.throws(() => explainProviderError("jdcloud", { error: { code: 400 } }), (e) => e instanceof InputError && e.argument === "error");
  await server.close();
});
