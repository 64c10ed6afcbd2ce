// A local stand-in for a provider's endpoint: it records what an official
// SDK put on the wire and answers with the response the test gives, so the
// SDKs run unchanged (signing, serialization, parsing) with no network.
import http from "node:http";
import { readFileSync } from "node:fs";

/** A published response kept in core/tests/fixtures (sources in its README). */
export const fixture = (path) =>
  JSON.parse(readFileSync(new URL(`../../core/tests/fixtures/${path}`, import.meta.url), "utf8"));

// What every call carries beside its own parameters: signing, versions, ids.
const COMMON = /^(Action|Version|Format|AccessKeyId|Signature.*|Timestamp|SignatureNonce|SignatureMethod|SignatureVersion|RegionId)$/;

/**
 * Starts a server on 127.0.0.1. `answer(call)` returns `{ status?, body }`
 * for each call; `calls` lists what arrived: `{ method, path, action,
 * region, params }`, params as the wire had them (query, form or JSON body).
 */
export async function replay(answer) {
  const calls = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => {
      const url = new URL(req.url, "http://127.0.0.1");
      const call = { method: req.method, path: decodeURIComponent(url.pathname), params: {} };
      const json = (req.headers["content-type"] ?? "").includes("json") && body.startsWith("{");
      if (json) Object.assign(call.params, JSON.parse(body));
      const form = new URLSearchParams(url.search);
      if (!json) for (const [k, v] of new URLSearchParams(body)) form.append(k, v);
      for (const [key, value] of form) {
        if (key === "Action") call.action = value;
        if (key === "RegionId") call.region = value;
        if (!COMMON.test(key) || key === "RegionId") call.params[key] = value;
      }
      call.action ??= req.headers["x-acs-action"] ?? req.headers["x-tc-action"];
      call.region ??= req.headers["x-tc-region"];
      calls.push(call);
      const { status = 200, body: reply } = answer(call) ?? { body: {} };
      res.statusCode = status;
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    host: `127.0.0.1:${server.address().port}`,
    calls,
    // The SDKs keep connections alive: close them, or close() waits for them.
    close: () => new Promise((resolve) => { server.close(resolve); server.closeAllConnections(); }),
  };
}

/** stateFrom's data for one region: `pages` holds one page of each listing, `shares` one image's share list. */
export const providerData = (accountId, region, pages, shares) => ({
  accountId,
  regions: { [region]: { images: [pages.images], instances: [pages.instances], snapshots: [pages.snapshots] } },
  shares: { [shares.imageId]: shares.page },
});

/** Aliyun's RPC wire writes a repeated parameter as `Key.N` (and `Key.N.Field`). */
export function rpcWire(parameters) {
  const out = {};
  const put = (key, value) => {
    if (Array.isArray(value)) value.forEach((item, i) => put(`${key}.${i + 1}`, item));
    else if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) put(`${key}.${k}`, v);
    else out[key] = String(value);
  };
  for (const [key, value] of Object.entries(parameters)) put(key, value);
  return out;
}
