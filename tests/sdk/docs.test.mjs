// docs/providers.md's "Through the SDK" modules and the README's, run as
// written: each ```js block whose first line is `// sdk: <package>` is
// written beside this file and imported; its `load` must read the replayed listings into the
// state the published JSON gives, its `confirm` must send an allowed share
// through the SDK and turn a refusal into the rule behind it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ecs from "@alicloud/ecs20140526";
import * as $OpenApi from "@alicloud/openapi-core";
import RPCClient from "@alicloud/pop-core";
import tencentcloud from "tencentcloud-sdk-nodejs";
import { stateFrom } from "image-policy";
import { fixture, replay } from "./replay.mjs";

const require = createRequire(import.meta.url);
const VM = require("jdcloud-sdk-js/src/services/vm");
const DISK = require("jdcloud-sdk-js/src/services/disk");

const sdkBlocks = (path, prefix) => {
  const text = readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
  return [...text.matchAll(/```js\n\/\/ sdk: (\S+)\n[\s\S]*?```/g)].map((m) => [`${prefix}${m[1]}`, m[0].slice(6, -3)]);
};
const blocks = Object.fromEntries([...sdkBlocks("docs/providers.md", ""), ...sdkBlocks("README.md", "README ")]);
assert.deepEqual(Object.keys(blocks).sort(),
  ["@alicloud/ecs20140526", "@alicloud/pop-core", "README @alicloud/ecs20140526", "jdcloud-sdk-js", "tencentcloud-sdk-nodejs"]);

async function module(name) {
  const file = new URL(`./docs.${name.replace(/\W+/g, "-")}.generated.mjs`, import.meta.url);
  writeFileSync(file, blocks[name]);
  return import(file.href);
}

/** Each check: the listings the server replays, how `load` is called, a share allowed and a delete refused. */
const cases = {
  "@alicloud/ecs20140526": () => ({
    provider: "aliyun", account: "100001", region: "cn-hangzhou",
    listings: { DescribeImages: fixture("aliyun/DescribeImages.json"), DescribeInstances: fixture("aliyun/DescribeInstances.json"), DescribeSnapshots: fixture("aliyun/DescribeSnapshots.json") },
    client: (host) => new Ecs.default(new $OpenApi.$OpenApiUtil.Config({ accessKeyId: "ak", accessKeySecret: "sk", regionId: "cn-hangzhou", endpoint: host, protocol: "http" })),
    refusal: { status: 400, body: { Code: "ImageUseShared", Message: "shared", RequestId: "r" } },
  }),
  "@alicloud/pop-core": () => ({
    ...cases["@alicloud/ecs20140526"](),
    client: (host) => new RPCClient({ accessKeyId: "ak", accessKeySecret: "sk", endpoint: `http://${host}`, apiVersion: "2014-05-26" }),
  }),
  "tencentcloud-sdk-nodejs": () => ({
    provider: "tencent", account: "100001", region: "ap-guangzhou",
    listings: { DescribeImages: fixture("tencent/DescribeImages.private.json"), DescribeInstances: fixture("tencent/DescribeInstances.json"),
      DescribeSnapshots: fixture("tencent/DescribeSnapshots.json"), DescribeImageSharePermission: fixture("tencent/DescribeImageSharePermission.json") },
    client: (host) => {
      const options = (region) => ({ credential: { secretId: "id", secretKey: "key" }, region, profile: { httpProfile: { endpoint: host, protocol: "http://" } } });
      return { load: [new tencentcloud.cvm.v20170312.Client(options("ap-guangzhou")), new tencentcloud.cbs.v20170312.Client(options("ap-guangzhou"))],
        confirm: (region) => new tencentcloud.cvm.v20170312.Client(options(region)) };
    },
    refusal: { body: { Response: { Error: { Code: "InvalidImageId.InShared", Message: "shared" }, RequestId: "r" } } },
  }),
  "jdcloud-sdk-js": () => ({
    provider: "jdcloud", account: "jdcloud-user-1", region: "cn-north-1",
    listings: { "/v1/regions/cn-north-1/images": fixture("jdcloud/describeImages.json"), "/v1/regions/cn-north-1/instances": fixture("jdcloud/describeInstances.json"),
      "/v1/regions/cn-north-1/snapshots": fixture("jdcloud/describeSnapshots.json"), "/v1/regions/cn-north-1/images/img-m5s0****29/members": fixture("jdcloud/describeImageMembers.json") },
    client: (host) => {
      const config = { credentials: { accessKeyId: "ak", secretAccessKey: "sk" }, regionId: "cn-north-1", endpoint: { host, protocol: "http" }, logger: () => {} };
      const vm = new VM(config);
      return { load: [vm, new DISK(config)], confirm: vm };
    },
    refusal: { status: 400, body: { requestId: "r", error: { code: 400, status: "FAILED_PRECONDITION", message: "Can't delete shared image" } } },
  }),
};

for (const name of Object.keys(blocks)) {
  test(`${name.startsWith("README") ? "README.md" : "docs/providers.md"}, ${name}: load, confirm, refusal`, async () => {
    const c = cases[name.replace("README ", "")]();
    const { load, confirm } = await module(name);
    let refuse = false;
    const server = await replay((call) => (refuse ? c.refusal : { body: c.listings[call.action] ?? c.listings[call.path] ?? { RequestId: "r", Response: { RequestId: "r" }, result: {} } }));
    const client = c.client(server.host);
    const loadArgs = Array.isArray(client.load) ? client.load : [client];
    const state = await load(...loadArgs, c.account, c.region);
    // The same listings as the published JSON give them, without the SDK.
    const pages = Object.values(c.listings);
    const raw = { accountId: c.account, regions: { [c.region]: { images: [pages[0]], instances: [pages[1]], snapshots: [pages[2]] } } };
    if (pages[3]) raw.shares = { [state.images.find((i) => i.ownerId === c.account).id]: pages[3] };
    assert.deepEqual(state, stateFrom(c.provider, raw));

    const own = state.images.find((i) => i.ownerId === c.account && i.status === "available");
    const share = { type: "shareImage", actor: c.account, imageId: own.id, accountIds: ["300003"] };
    server.calls.length = 0;
    const shared = await confirm(client.confirm ?? client, state, share);
    assert.ok(shared.state, JSON.stringify(shared));
    assert.ok(shared.state.images.find((i) => i.id === own.id).sharedWith.includes("300003"));
    assert.equal(server.calls.length, 1, "one call on the wire");
    assert.match(JSON.stringify(server.calls[0].params), /300003/);

    // The provider refuses a delete the state allowed: the state is out of date.
    refuse = true;
    const remove = { type: "deleteImage", actor: c.account, imageId: own.id };
    const refused = await confirm(client.confirm ?? client, shared.state, remove);
    assert.deepEqual(refused, { denied: refused.denied }, "the state after the share denies the delete itself (DEL-1)");
    assert.ok(refused.denied.some((r) => r.rule === "DEL-1"));
    // A state loaded before any share of the image shows no reason for it.
    const before = structuredClone(state);
    delete before.images.find((i) => i.id === own.id).sharedWith;
    const stale = await confirm(client.confirm ?? client, before, remove);
    assert.deepEqual(stale, { refused: [] }, "the old state shows no reason: reload and decide again");
    await server.close();
  });
}
