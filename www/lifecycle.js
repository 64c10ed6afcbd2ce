// The image lifecycle as an SVG: stages, the rules that govern each step
// (taken from the engine's catalogue for the profile), and where the selected
// image stands.

import { t } from "./i18n.js";

const NS = "http://www.w3.org/2000/svg";
const STAGES = [
  { key: "created", label: "created / imported", prefixes: ["CRT-"], x: 10, y: 70 },
  { key: "task", label: "task running", prefixes: ["TSK-"], x: 10, y: 160 },
  { key: "available", label: "available", prefixes: ["VIS-", "OWN-", "INS-"], x: 230, y: 70 },
  { key: "deprecated", label: "deprecated", prefixes: ["DEP-"], x: 230, y: 0 },
  { key: "shared", label: "shared", prefixes: ["SHR-", "UNS-"], x: 470, y: 10 },
  { key: "copied", label: "copied", prefixes: ["CPY-"], x: 470, y: 70 },
  { key: "exported", label: "exported", prefixes: ["EXP-", "ENC-"], x: 470, y: 130 },
  { key: "deleted", label: "deleted", prefixes: ["DEL-"], x: 230, y: 160 },
];
const EDGES = [["created", "available"], ["created", "task"], ["task", "available"], ["available", "shared"],
  ["available", "copied"], ["available", "exported"], ["available", "deleted"], ["shared", "available"],
  ["available", "deprecated"], ["deprecated", "available"]];

function node(tag, attrs, text) {
  const n = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
  if (text !== undefined) n.textContent = text;
  return n;
}

/** Which stage an image is at; `undefined` image means it was deleted. */
export function stageOf(image) {
  if (!image) return "deleted";
  if (image.task) return "task";
  // aliyun deprecates by status, tencent by a flag beside it (DEP-1).
  if (image.status === "deprecated" || image.deprecated) return "deprecated";
  if (image.status !== "available") return "created";
  if (image.sharedWith?.length) return "shared";
  if (image.copiedFrom) return "copied";
  return "available";
}

/** Draws the lifecycle for `rules` (the profile's catalogue) with `stage` marked. */
export function drawLifecycle(container, rules, stage) {
  const W = 190, H = 44;
  const svg = node("svg", { viewBox: "0 -5 670 220", role: "img", "aria-labelledby": "lifecycle-desc" });
  svg.append(node("title", { id: "lifecycle-desc" }, `Image lifecycle; the selected image is ${stage ?? "not chosen"}.`));
  const defs = node("defs", {});
  const marker = node("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto" });
  marker.append(node("path", { d: "M0,0 L10,5 L0,10 z", class: "arrowhead" }));
  defs.append(marker);
  svg.append(defs);
  const at = Object.fromEntries(STAGES.map((s) => [s.key, s]));
  for (const [from, to] of EDGES) {
    const a = at[from], b = at[to];
    const back = from === "shared";
    // Boxes one above the other are joined vertically; a pair of opposite
    // edges (deprecate, restore) is drawn side by side.
    const vertical = a.x === b.x;
    const side = vertical ? (b.y > a.y ? 25 : -25) : 0;
    const [x1, y1] = back ? [a.x + 30, a.y + H] : vertical ? [a.x + W / 2 + side, b.y > a.y ? a.y + H : a.y]
      : [a.x + W, a.y + H / 2];
    const [x2, y2] = back ? [b.x + W - 30, b.y] : vertical ? [b.x + W / 2 + side, b.y > a.y ? b.y : b.y + H]
      : [b.x, b.y + H / 2];
    svg.append(node("line", { x1, y1, x2, y2, class: back ? "edge back" : "edge", "marker-end": "url(#arrow)" }));
  }
  for (const s of STAGES) {
    const ids = rules.filter((r) => s.prefixes.some((p) => r.id.startsWith(p))).map((r) => r.id);
    const g = node("g", { class: s.key === stage ? "stage current" : "stage" });
    const box = node("rect", { x: s.x, y: s.y, width: W, height: H, rx: 8 });
    box.append(node("title", {}, rules.filter((r) => ids.includes(r.id)).map((r) => `${r.id}: ${r.text}`).join("\n")));
    g.append(box, node("text", { x: s.x + W / 2, y: s.y + 18, "text-anchor": "middle", class: "label" }, t(s.label)),
      node("text", { x: s.x + W / 2, y: s.y + 34, "text-anchor": "middle", class: "rules" }, compact(ids)));
    svg.append(g);
  }
  container.replaceChildren(svg);
}

/** "SHR-1..4, SHR-6, UNS-1": runs of 3 or more consecutive IDs shortened. */
function compact(ids) {
  const groups = new Map();
  for (const id of ids) {
    const [prefix, n] = id.split("-");
    groups.set(prefix, [...(groups.get(prefix) ?? []), Number(n)]);
  }
  const parts = [];
  for (const [prefix, numbers] of groups) {
    let start = 0;
    for (let i = 1; i <= numbers.length; i++) {
      if (i < numbers.length && numbers[i] === numbers[i - 1] + 1) continue;
      const run = numbers.slice(start, i);
      parts.push(run.length >= 3 ? `${prefix}-${run[0]}..${run[run.length - 1]}` : run.map((n) => `${prefix}-${n}`).join(", "));
      start = i;
    }
  }
  return parts.join(", ");
}
