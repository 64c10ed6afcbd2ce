// Renders a Decision (reasons, warnings, consequences) as HTML elements.
import { t } from "./i18n.js";

export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === undefined || value === null) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) node.append(child);
  }
  return node;
}

function reasonItem(reason) {
  const provider = reason.details?.providerCode ? ` (${reason.details.providerCode})` : "";
  return el("li", {}, el("span", { class: "rule" }, reason.rule), " ", reason.message,
    el("span", { class: "muted" }, ` ${reason.code}${provider}`));
}

function group(title, reasons, kind) {
  if (!reasons.length) return null;
  return el("div", { class: `group ${kind}` }, el("h3", {}, t(title)), el("ul", {}, reasons.map(reasonItem)));
}

/** The whole decision: why not, warnings, and what it will cause. */
export function decisionView(decision) {
  return el("div", { class: "decision" },
    el("p", { class: decision.allowed ? "verdict allowed" : "verdict denied" },
      decision.allowed ? t("Allowed.")
        : decision.reasons.length === 1 ? t("Not allowed: 1 rule broken.") : t("Not allowed: {n} rules broken.", { n: decision.reasons.length })),
    group("Why not", decision.reasons, "reasons"),
    group("Warnings", decision.warnings, "warnings"),
    group("What it will cause", decision.consequences, "consequences"));
}

/** One line per reason, for a button's tooltip. */
export function reasonsText(decision) {
  return decision.reasons.map((r) => `${r.rule}: ${r.message}`).join("\n");
}

/** An InputError as a short message. */
export function inputErrorView(error) {
  const where = error.path ? ` at ${error.argument}.${error.path}` : "";
  return el("p", { class: "verdict denied", role: "alert" }, t("Input error{where}: {message}", { where, message: error.message }));
}
