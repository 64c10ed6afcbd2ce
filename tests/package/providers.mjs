// Provider data in, provider requests out (API.md v3), through the packed
// package: Alibaba's published example responses and JD's SDK-shaped ones
// (core/tests/fixtures, sources in its README) read into a state the engine
// decides on; errors point into `data`; requests and error codes.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { actionMatrix, Engine, explainProviderError, InputError, stateFrom, toProviderRequests } from "image-policy";

const fixture = (path) => JSON.parse(readFileSync(new URL(`../../core/tests/fixtures/${path}`, import.meta.url), "utf8"));

const aliyun = {
  accountId: "100001",
  regions: { "cn-hangzhou": {
    images: [fixture("aliyun/DescribeImages.json")],
    instances: [fixture("aliyun/DescribeInstances.json")],
    snapshots: [fixture("aliyun/DescribeSnapshots.json")],
  } },
};
const state = stateFrom("aliyun", aliyun);
assert.deepEqual(state.images.map((i) => [i.id, i.kind, i.ownerId, i.status]),
  [["m-bp1g7004ksh0oeuc****", "custom", "100001", "available"]]);
assert.equal(state.instances[0].imageId, "m-bp67acfmxazb4p****");
const engine = new Engine(state);
assert.deepEqual(engine.actionMatrix("100001"), actionMatrix(state, "100001"));
assert.equal(actionMatrix(state, "100001")[0].allowed.deleteImage, true);
engine.free();

// An unknown status is an InputError whose path points into data.
const broken = structuredClone(aliyun);
broken.regions["cn-hangzhou"].images[0].Images.Image[0].Status = "Frozen";
assert.throws(() => stateFrom("aliyun", broken), (e) => e instanceof InputError && e.argument === "data"
  && e.path === "regions.cn-hangzhou.images[0].Images.Image[0].Status");
assert.throws(() => stateFrom("aws", aliyun), (e) => e instanceof InputError && e.argument === "provider");

const jd = stateFrom("jdcloud", {
  accountId: "jdcloud-user-1",
  regions: { "cn-north-1": { images: [fixture("jdcloud/describeImages.json")] } },
  shares: { "img-m5s0****29": fixture("jdcloud/describeImageMembers.json") },
});
assert.deepEqual(jd.images[0].sharedWith, ["jdcloud-friend"]);

// Requests in the provider's words; a share of 12 new accounts is 2 calls on aliyun.
const accountIds = Array.from({ length: 12 }, (_, k) => `2000${k}`);
const share = { type: "shareImage", actor: "100001", imageId: "m-bp1g7004ksh0oeuc****", accountIds };
const requests = toProviderRequests(state, share);
assert.deepEqual(requests.map((r) => [r.action, r.version, r.region, r.parameters.AddAccount.length]),
  [["ModifyImageSharePermission", "2014-05-26", "cn-hangzhou", 10], ["ModifyImageSharePermission", "2014-05-26", "cn-hangzhou", 2]]);
const [jdShare] = toProviderRequests(jd, { type: "shareImage", actor: "jdcloud-user-1", imageId: "img-m5s0****29", accountIds: ["jd-2"] });
assert.deepEqual(jdShare, { action: "shareImage", version: "v1", region: "cn-north-1", method: "POST",
  path: "/v1/regions/cn-north-1/images/img-m5s0****29:share", parameters: { imageId: "img-m5s0****29", pins: ["jd-2"] } });
assert.throws(() => toProviderRequests(jd, { type: "cancelCopy", actor: "jdcloud-user-1", imageId: "img-m5s0****29" }),
  (e) => e instanceof InputError && e.path === "type");

// A provider's refusal reads as the engine's, in the locale.
const [entry] = explainProviderError("aliyun", "ImageUseShared", { locale: "zh-CN" });
assert.equal(entry.id, "DEL-1");
assert.match(entry.text, /共享/);
assert.deepEqual(explainProviderError("jdcloud", "Throttling"), []);
console.log("provider data: ok");
