// The action dialog: the fields an action needs, the engine's decision on
// what is typed (live), and Confirm only when it is allowed.
import { check, toProviderRequests } from "./pkg/image_policy.js";
import { decisionView, el, inputErrorView } from "./decision-view.js";
import { locale, t } from "./i18n.js";

const dialog = document.getElementById("dialog");
const title = document.getElementById("dialog-title");
const fields = document.getElementById("dialog-fields");
const decisionBox = document.getElementById("dialog-decision");
const confirm = document.getElementById("dialog-confirm");
document.getElementById("dialog-cancel").addEventListener("click", () => dialog.close("cancel"));

function field(label, name, value = "", hint = "") {
  const id = `field-${name}`;
  return el("p", {}, el("label", { for: id }, t(label)),
    el("input", { id, name, value, autocomplete: "off", "aria-describedby": hint ? `${id}-hint` : false }),
    hint ? el("small", { id: `${id}-hint`, class: "muted" }, t(hint)) : null);
}

function select(label, name, options, value) {
  const id = `field-${name}`;
  return el("p", {}, el("label", { for: id }, t(label)),
    el("select", { id, name }, options.map(([v, text]) => el("option", { value: v, selected: v === value }, t(text)))));
}

const list = (text) => text.split(/[\s,]+/).filter(Boolean);
const optional = (text) => (text.trim() === "" ? undefined : text);

/** The provider requests an allowed command would send, or why none can. */
function requestsView(state, command) {
  let body;
  try {
    const requests = toProviderRequests(state, command);
    body = requests.length
      ? el("pre", { class: "requests" }, requests.map((r) => JSON.stringify(r, null, 2)).join("\n"))
      : el("p", { class: "muted" }, t("Nothing to send: the provider already has it."));
  } catch (error) {
    body = el("p", { class: "muted" }, error.message);
  }
  return el("section", { "aria-label": t("Requests to send") }, el("h3", {}, t("Requests to send")), body);
}

/**
 * Opens the dialog for `spec` = { title, fields: [nodes], command(form) → Command }
 * and calls `onConfirm(command)` when the user confirms an allowed command.
 */
export function openDialog(state, spec, onConfirm) {
  title.textContent = spec.title;
  fields.replaceChildren(...spec.fields);
  let current = null;
  const refresh = () => {
    const values = Object.fromEntries(new FormData(dialog.querySelector("form")));
    try {
      current = spec.command(values);
      const decision = check(state, current, { locale: locale() });
      decisionBox.replaceChildren(decisionView(decision), ...(decision.allowed ? [requestsView(state, current)] : []));
      confirm.disabled = !decision.allowed;
    } catch (error) {
      current = null;
      decisionBox.replaceChildren(error.name === "InputError" ? inputErrorView(error) : el("p", {}, String(error)));
      confirm.disabled = true;
    }
  };
  fields.oninput = refresh;
  fields.onchange = refresh;
  dialog.onclose = () => {
    if (dialog.returnValue === "confirm" && current) onConfirm(current);
  };
  refresh();
  dialog.returnValue = "";
  dialog.showModal();
  (fields.querySelector("input, select") ?? confirm).focus();
}

/** The dialog spec of an image action. */
export function imageActionSpec(action, image, actor, state) {
  const base = { actor, imageId: image.id };
  const label = `${image.name} (${image.id})`;
  const regions = [...new Set(state.images.map((i) => i.region).concat(["cn-shanghai", "cn-north-2"]))];
  switch (action) {
    case "deleteImage":
      return { title: t("Delete {label}", { label }), fields: [], command: () => ({ type: "deleteImage", ...base }) };
    case "forceDeleteImage":
      return { title: t("Force delete {label}", { label }), fields: [], command: () => ({ type: "deleteImage", ...base, force: true }) };
    case "deleteImageAndSnapshots":
      return { title: t("Delete {label} and its snapshots", { label }), fields: [],
        command: () => ({ type: "deleteImage", ...base, deleteSnapshots: true }) };
    case "shareImage":
      return { title: t("Share {label}", { label }), fields: [field("Account IDs", "accounts", "", "Separated by commas or spaces.")],
        command: (v) => ({ type: "shareImage", ...base, accountIds: list(v.accounts ?? "") }) };
    case "unshareImage":
      return { title: t("Unshare {label}", { label }),
        fields: [field("Account IDs", "accounts", (image.sharedWith ?? []).join(", "), "Separated by commas or spaces.")],
        command: (v) => ({ type: "unshareImage", ...base, accountIds: list(v.accounts ?? "") }) };
    case "copyImage":
      return { title: t("Copy {label} to another region", { label }),
        fields: [select("Destination region", "region", regions.map((r) => [r, r]), regions.find((r) => r !== image.region)),
          field("New name (optional)", "name"),
          select("Encrypted copy", "encrypted", [["no", "no"], ["yes", "yes"]], image.encrypted ? "yes" : "no")],
        command: (v) => ({ type: "copyImage", ...base, destinationRegion: v.region, name: optional(v.name ?? ""),
          ...(v.encrypted === "yes" ? { encrypted: true } : {}) }) };
    case "exportImage":
      return { title: t("Export {label}", { label }), fields: [field("Bucket", "bucket", "my-images", "3 to 63 lowercase letters, digits and '-'.")],
        command: (v) => ({ type: "exportImage", ...base, bucket: v.bucket ?? "" }) };
    case "modifyImage":
      return { title: t("Modify {label}", { label }),
        fields: [field("Name", "name", image.name), field("Description", "description", image.description ?? "")],
        command: (v) => ({ type: "modifyImage", ...base, name: optional(v.name ?? ""), description: optional(v.description ?? "") }) };
    case "cancelCopy":
      return { title: t("Cancel the copy {label}", { label }), fields: [], command: () => ({ type: "cancelCopy", ...base }) };
    case "deprecateImage":
      return { title: t("Deprecate {label}", { label }), fields: [], command: () => ({ type: "modifyImage", ...base, status: "deprecated" }) };
    case "restoreImage":
      return { title: t("Restore {label}", { label }), fields: [], command: () => ({ type: "modifyImage", ...base, status: "available" }) };
    case "createInstance":
      return { title: t("Create an instance from {label}", { label }),
        fields: [select("Region", "region", regions.map((r) => [r, r]), image.region)],
        command: (v) => ({ type: "createInstance", ...base, region: v.region }) };
    default:
      throw new Error(`unknown action ${action}`);
  }
}

/** The dialog spec of an instance action. */
export function instanceActionSpec(action, instance, actor, visibleImages) {
  const base = { actor, instanceId: instance.id };
  switch (action) {
    case "reinitDisk":
      return { title: t("Re-initialize the disks of {id}", { id: instance.id }), fields: [], command: () => ({ type: "reinitDisk", ...base }) };
    case "replaceSystemDisk":
      return { title: t("Replace the system disk of {id}", { id: instance.id }),
        fields: [select("Image", "image", visibleImages.map((i) => [i.id, `${i.name} (${i.id}, ${i.region})`]), visibleImages[0]?.id)],
        command: (v) => ({ type: "replaceSystemDisk", ...base, imageId: v.image }) };
    case "deleteInstance":
      return { title: t("Delete instance {id}", { id: instance.id }), fields: [], command: () => ({ type: "deleteInstance", ...base }) };
    default:
      throw new Error(`unknown action ${action}`);
  }
}

/** The dialog spec of "Create image…". */
export function createImageSpec(actor, state) {
  const own = state.instances?.filter((i) => i.ownerId === actor) ?? [];
  return {
    title: t("Create or import an image"),
    fields: [
      select("From", "from", [["instance", "an instance"], ["snapshots", "snapshots"], ["import", "an imported file"]], own.length ? "instance" : "import"),
      field("Name", "name", "my-image"),
      select("Instance (from an instance)", "instance", own.map((i) => [i.id, i.id]).concat([["", "none"]]), own[0]?.id ?? ""),
      field("Snapshot IDs (from snapshots)", "snapshots", ""),
      field("Region (import)", "region", state.images[0]?.region ?? "cn-hangzhou"),
      select("System disk", "disk", [["cloud", "cloud disk"], ["local", "local disk"]], "cloud"),
    ],
    command: (v) => ({
      type: "createImage", actor, name: v.name, from: v.from, systemDisk: v.disk,
      ...(v.from === "instance" ? { instanceId: v.instance || undefined } : {}),
      ...(v.from === "snapshots" ? { snapshotIds: list(v.snapshots ?? "") } : {}),
      ...(v.from === "import" ? { region: v.region } : {}),
    }),
  };
}

/** A dialog with a text area, for exporting and importing the world. */
export function openTextDialog({ heading, text, readOnly, onLoad }) {
  title.textContent = heading;
  const area = el("textarea", { id: "world-json", rows: 16, cols: 70, "aria-label": t("World as JSON") });
  area.value = text;
  area.readOnly = readOnly;
  const extra = [];
  if (readOnly) {
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    extra.push(el("p", {}, el("a", { href: url, download: "image-world.json" }, t("Download image-world.json"))));
  } else {
    const file = el("input", { type: "file", accept: "application/json,.json", id: "world-file" });
    file.addEventListener("change", async () => { area.value = await file.files[0].text(); });
    extra.push(el("p", {}, el("label", { for: "world-file" }, t("Or load a file ")), file));
  }
  fields.replaceChildren(area, ...extra);
  decisionBox.replaceChildren();
  confirm.disabled = false;
  fields.oninput = null;
  fields.onchange = null;
  dialog.returnValue = "";
  dialog.onclose = () => {
    if (dialog.returnValue === "confirm" && onLoad) onLoad(area.value);
  };
  dialog.showModal();
  area.focus();
}

/** Keeps the dialog open with an error message (for a bad import). */
export function showDialogError(message) {
  decisionBox.replaceChildren(el("p", { class: "verdict denied", role: "alert" }, message));
  dialog.showModal();
}
