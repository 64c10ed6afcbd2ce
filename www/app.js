// The demo page: a console user's view of the custom-image lifecycle. Every
// enabled or disabled action comes from the engine's own decisions.
import init, { Engine, rules, stateFrom, warmUp } from "./pkg/image_policy.js";
import { ACCOUNTS, WORLDS } from "./worlds.js";
import { el, reasonsText } from "./decision-view.js";
import { createImageSpec, imageActionSpec, instanceActionSpec, openDialog, openTextDialog, showDialogError } from "./dialog.js";
import { drawLifecycle, stageOf } from "./lifecycle.js";
import { locale, setLocale, t, translatePage } from "./i18n.js";

await init();
warmUp(); // as the package's browser entries do: the first list renders compiled

const $ = (id) => document.getElementById(id);
const ACTIONS = [
  ["createInstance", "Create instance"], ["shareImage", "Share"], ["unshareImage", "Unshare"], ["copyImage", "Copy"],
  ["exportImage", "Export"], ["modifyImage", "Modify"], ["deleteImage", "Delete"], ["forceDeleteImage", "Force delete"],
  ["deleteImageAndSnapshots", "Delete with snapshots"], ["cancelCopy", "Cancel copy"], ["deprecateImage", "Deprecate"],
  ["restoreImage", "Restore"],
];
const INSTANCE_ACTIONS = [["reinitDisk", "Re-initialize disks"], ["replaceSystemDisk", "Replace system disk"],
  ["deleteInstance", "Delete"]];

/** The first allowed decision of `decide` over `items`, or the first one (its reasons say why not). */
function firstAllowed(items, decide) {
  let first;
  for (const item of items) {
    const decision = decide(item);
    if (decision.allowed) return decision;
    first ??= decision;
  }
  return first ?? { allowed: false, reasons: [], warnings: [], consequences: [] };
}

// `engine` holds `state`: read once when the state is set from outside
// (a world loaded, an undo, another language), then changed by `apply`.
const view = { state: null, engine: null, history: [], log: [], actor: ACCOUNTS[0], selected: null, ruleText: {} };

/** A new engine holding `state`, timed in `dataset.loadMs`; a malformed
 * state throws its `InputError` before anything changes. */
function readEngine(state) {
  const start = performance.now();
  const engine = new Engine(state, { locale: locale() });
  document.body.dataset.loadMs = (performance.now() - start).toFixed(2);
  delete document.body.dataset.applyMs;
  return engine;
}

/** Holds `view.state` in a new engine (or in `engine`, read from it already). */
function loadEngine(engine = readEngine(view.state)) {
  view.engine?.free();
  view.engine = engine;
}

function setWorld(world, { keepHistory = false, engine } = {}) {
  if (keepHistory && view.state) view.history.push(view.state);
  else view.history = [];
  view.state = structuredClone(world);
  view.selected = null;
  $("profile").value = view.state.provider;
  loadEngine(engine);
  render();
}

/** Applies a command to the engine; the log records what happened. */
function perform(command) {
  const start = performance.now();
  const result = view.engine.apply(command);
  if (!result.ok) {
    $("status").textContent = t("Denied: {why}", { why: reasonsText(result.decision) });
    return;
  }
  document.body.dataset.applyMs = (performance.now() - start).toFixed(2);
  delete document.body.dataset.loadMs;
  view.history.push(view.state);
  view.state = view.engine.toJSON();
  view.log.unshift({ command, events: result.events });
  $("status").textContent = t("{type}: {n} events.", { type: command.type, n: result.events.length });
  render();
}

function kindLabel(image) {
  if (image.kind !== "custom") return t(image.kind === "public" ? "Public" : "Marketplace");
  // tencent flags an image deprecated or BYOL, and names no owner of one shared with you.
  const flags = [image.deprecated ? t("deprecated") : "", image.byol ? "BYOL" : ""].filter(Boolean).join(", ");
  const label = image.ownerId === view.actor ? t("Custom (yours)")
    : image.ownerId ? t("Shared by {owner}", { owner: image.ownerId }) : t("Shared with you");
  return flags ? `${label} (${flags})` : label;
}

/**
 * A button enabled or not; a denied one names the rules that deny it (the
 * full decision, with its messages, is made when the dialog opens).
 */
function actionButton(label, allowed, why, onOpen, target) {
  return el("button", {
    type: "button", class: allowed ? "action" : "action denied",
    "aria-disabled": allowed ? false : "true",
    "aria-label": `${t(label)} ${target}${allowed ? "" : ` ${t("(not allowed; opens the reasons)")}`}`,
    title: allowed ? `${t(label)} ${target}` : why,
    "data-allowed": String(allowed),
    "data-action": label,
    onclick: onOpen,
  }, t(label));
}

/** "DEL-1: <the rule's text>", one line per rule. */
const rulesText = (ids) => ids.map((id) => `${id}: ${view.ruleText[id] ?? ""}`).join("\n");

/** The images the actor sees, every action decided in one call. */
function visibleImages(engine) {
  const byId = new Map(view.state.images.map((image) => [image.id, image]));
  return engine.actionMatrix(view.actor).map((row) => ({ image: byId.get(row.imageId), row }));
}

function renderImages(visible) {
  const rows = [];
  for (const { image, row } of visible) {
    const buttons = ACTIONS.map(([action, label]) => actionButton(label, row.allowed[action], rulesText(row.rules[action] ?? []),
      () => openDialog(view.state, imageActionSpec(action, image, view.actor, view.state), perform), image.id));
    rows.push(el("tr", { "data-image": image.id, class: view.selected === image.id ? "selected" : "" },
      el("th", { scope: "row" }, el("button", { type: "button", class: "link", onclick: () => { view.selected = image.id; render(); },
        "aria-label": t("Show {image} in the lifecycle", { image: image.id }) }, image.name), el("div", { class: "muted" }, image.id)),
      el("td", {}, kindLabel(image), image.marketplaceBased ? el("div", { class: "muted" }, t("marketplace-based")) : null),
      el("td", {}, image.region),
      el("td", {}, t(image.status), image.task ? el("div", { class: "muted" }, t("task: {task}", { task: t(image.task) })) : null,
        image.encrypted ? el("div", { class: "muted" }, t("encrypted")) : null),
      el("td", {}, (image.sharedWith ?? []).join(", ") || "—"),
      el("td", { class: "actions" }, buttons)));
  }
  $("images").tBodies[0].replaceChildren(...rows);
  return rows.length;
}

function renderInstances(engine, visible) {
  const mine = (view.state.instances ?? []).filter((i) => i.ownerId === view.actor);
  $("instances").replaceChildren(...mine.map((instance) => {
    const ask = { actor: view.actor, instanceId: instance.id };
    const decisions = {
      reinitDisk: engine.canReinitDisk(ask),
      // Allowed if some visible image can replace the system disk.
      replaceSystemDisk: firstAllowed(visible, (image) => engine.canReplaceSystemDisk({ ...ask, imageId: image.id })),
      deleteInstance: engine.check({ type: "deleteInstance", ...ask }),
    };
    const buttons = INSTANCE_ACTIONS.map(([action, label]) => actionButton(label, decisions[action].allowed,
      reasonsText(decisions[action]),
      () => openDialog(view.state, instanceActionSpec(action, instance, view.actor, visible), perform), instance.id));
    return el("li", { "data-instance": instance.id }, el("strong", {}, instance.id),
      el("span", { class: "muted" }, ` ${t("from {image} in {region}", { image: instance.imageId, region: instance.region })}`),
      el("div", { class: "actions" }, buttons));
  }));
  if (!mine.length) $("instances").replaceChildren(el("li", { class: "muted" }, t("No instances.")));
}

function renderLog() {
  $("log").replaceChildren(...view.log.map(({ command, events }) => el("li", {},
    el("code", {}, `${command.type} by ${command.actor}`),
    el("ul", {}, events.map((e) => el("li", { "data-event": e.type }, describeEvent(e)))))));
}

function describeEvent(event) {
  const { type, ...rest } = event;
  return `${type} ${Object.entries(rest).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join("+") : v}`).join(" ")}`;
}

function renderRules() {
  const filter = $("rules-filter").value || undefined;
  $("rules").tBodies[0].replaceChildren(...rules(filter, { locale: locale() }).map((r) => el("tr", { id: `rule-${r.id}` },
    el("th", { scope: "row" }, r.id), el("td", {}, r.profiles.join(", ")), el("td", {}, r.seed), el("td", {}, r.text))));
}

function render() {
  $("actor-name").textContent = view.actor;
  $("actor-name-2").textContent = view.actor;
  const start = performance.now();
  translatePage();
  const catalogue = rules(view.state.provider, { locale: locale() });
  view.ruleText = Object.fromEntries(catalogue.map((r) => [r.id, r.text]));
  // Every row decided in one call: with the state's read (loadMs) or the
  // command's apply (applyMs) before it, what a console pays before it can
  // draw its list.
  const decideStart = performance.now();
  const visible = visibleImages(view.engine);
  document.body.dataset.decideMs = (performance.now() - decideStart).toFixed(2);
  const count = renderImages(visible);
  renderInstances(view.engine, visible.map(({ image }) => image));
  $("status").textContent ||= t("{n} images visible.", { n: count });
  document.body.dataset.renderMs = (performance.now() - start).toFixed(2);
  const image = view.state.images.find((i) => i.id === view.selected);
  $("lifecycle-image").textContent = view.selected
    ? t("of {image}", { image: view.selected }) + (image ? "" : ` ${t("(deleted)")}`)
    : t("(choose an image by its name)");
  drawLifecycle($("lifecycle"), catalogue, view.selected ? stageOf(image) : null);
  $("undo").disabled = view.history.length === 0;
  renderLog();
}

function setup() {
  setAccounts();
  $("actor").addEventListener("change", (e) => { view.actor = e.target.value; render(); });
  $("profile").addEventListener("change", (e) => { view.log = []; setWorld(WORLDS[e.target.value]); });
  $("reset").addEventListener("click", () => { view.log = []; setWorld(WORLDS[view.state.provider]); $("status").textContent = t("World reset."); });
  $("undo").addEventListener("click", () => {
    if (!view.history.length) return;
    view.state = view.history.pop();
    view.log.shift();
    loadEngine();
    $("status").textContent = t("Undone.");
    render();
  });
  $("create-image").addEventListener("click", () => openDialog(view.state, createImageSpec(view.actor, view.state), perform));
  $("export-world").addEventListener("click", () => openTextDialog({ heading: t("The world as JSON"), text: JSON.stringify(view.state, null, 2), readOnly: true }));
  $("import-world").addEventListener("click", () => openTextDialog({ heading: t("Import a world, or your cloud's listing responses ({ accountId, regions, shares })"), text: "", readOnly: false, onLoad: importWorld }));
  $("rules-filter").addEventListener("change", renderRules);
  $("language").addEventListener("change", (e) => {
    setLocale(e.target.value);
    $("status").textContent = "";
    loadEngine();
    renderRules();
    render();
  });
}

/** Sets the acting accounts: the built-in ones, and `account` first when given. */
function setAccounts(account) {
  const accounts = account && !ACCOUNTS.includes(account) ? [account, ...ACCOUNTS] : ACCOUNTS;
  $("actor").replaceChildren(...accounts.map((a) => el("option", { value: a }, a)));
  view.actor = account ?? view.actor;
  $("actor").value = view.actor;
}

/**
 * Loads a world from JSON text: a state, or the provider's own listing
 * responses (`{ accountId, regions, shares? }`, read by `stateFrom` for the
 * chosen profile, the account acting); on any error the current world stays.
 */
function importWorld(text) {
  let world;
  try {
    world = JSON.parse(text);
  } catch (error) {
    showDialogError(t("That is not JSON: {message}. The current world is unchanged.", { message: error.message }));
    return;
  }
  const providerData = world && typeof world === "object" && "regions" in world && "accountId" in world;
  if (providerData) {
    try {
      world = stateFrom($("profile").value, world);
    } catch (error) {
      const where = error.path ? ` at ${error.path}` : "";
      showDialogError(t("Not valid provider data{where}: {message}. The current world is unchanged.", { where, message: error.message }));
      return;
    }
  }
  // The world is read once: the engine that checks it is the one kept.
  let engine;
  try {
    engine = readEngine(world);
  } catch (error) {
    const where = error.path ? ` at ${error.path}` : "";
    showDialogError(t("Not a valid world{where}: {message}. The current world is unchanged.", { where, message: error.message }));
    return;
  }
  if (providerData) setAccounts(JSON.parse(text).accountId);
  view.log.unshift({ command: { type: "importWorld", actor: view.actor }, events: [] });
  setWorld(world, { keepHistory: true, engine });
  $("status").textContent = t(providerData ? "Provider data imported." : "World imported.");
}

setup();
renderRules();
setWorld(WORLDS.aliyun);
$("status").textContent = t("Ready. Choose an action; disabled ones open their reasons.");
