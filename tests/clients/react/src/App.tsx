// The pattern of the README's "Use it with React": the state lives in React,
// the list is one actionMatrix per render, a dialog checks as the user types,
// an Engine memoized over the state answers the dialog and is never freed by
// hand.
import { useMemo, useState } from "react";
import {
  actionMatrix, applyCommand, commandFor, Engine, vocabulary,
  type ActionName, type Decision, type State,
} from "image-policy";
import { ACTOR, world } from "./world";

const BUTTONS: ActionName[] = ["shareImage", "unshareImage", "forceDeleteImage", "deprecateImage"];

export function App() {
  const [state, setState] = useState<State>(world);
  const [locale, setLocale] = useState("en");
  const [sharing, setSharing] = useState<string | null>(null);
  const [log, setLog] = useState<string[]>([]);
  const words = useMemo(() => vocabulary({ locale }), [locale]);
  const rows = useMemo(() => actionMatrix(state, ACTOR), [state]);
  const images = useMemo(() => new Map(state.images.map((image) => [image.id, image])), [state]);
  // StrictMode renders twice and runs effects twice: no free() in an effect.
  const engine = useMemo(() => new Engine(state), [state]);

  const run = (action: ActionName, imageId: string, fields: Record<string, unknown> = {}) => {
    const command = commandFor(action, { actor: ACTOR, imageId, ...fields });
    const result = applyCommand(state, command, { locale });
    if (result.ok) setState(result.state);
    setLog((lines) => [...lines, `${action} ${imageId}: ${result.ok ? "ok" : result.decision.reasons[0].rule}`]);
  };

  return (
    <main>
      <label>
        Language{" "}
        <select id="lang" value={locale} onChange={(e) => setLocale(e.target.value)}>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <p id="count">{rows.length} images</p>
      <table>
        <tbody>
          {rows.map((row) => {
            const image = images.get(row.imageId)!;
            return (
              <tr key={row.imageId} data-image={row.imageId}>
                <td>{row.imageId}</td>
                <td className="status">{words.statuses[image.status]}</td>
                <td className="shares">{image.sharedWith?.length ?? 0}</td>
                {BUTTONS.map((action) => (
                  <td key={action}>
                    <button
                      data-action={action}
                      disabled={!row.allowed[action]}
                      title={row.rules[action]?.join(", ")}
                      onClick={() => (action === "shareImage" ? setSharing(row.imageId) : run(action, row.imageId))}
                    >
                      {words.actions[action]}
                    </button>
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {sharing && (
        <ShareDialog
          key={sharing}
          engine={engine}
          imageId={sharing}
          locale={locale}
          confirmLabel={words.actions.shareImage}
          onClose={() => setSharing(null)}
          onShare={(accountIds) => {
            run("shareImage", sharing, { accountIds });
            setSharing(null);
          }}
        />
      )}
      <ol id="log">{log.map((line, k) => <li key={k}>{line}</li>)}</ol>
    </main>
  );
}

/** Checks on every keystroke, during render: a typed value never throws. */
function ShareDialog(props: {
  engine: Engine; imageId: string; locale: string; confirmLabel: string;
  onClose(): void; onShare(accountIds: string[]): void;
}) {
  const [typed, setTyped] = useState("");
  // One account per comma, as typed: "bob carol" is one (malformed) account.
  const accountIds = typed.split(",").map((a) => a.trim()).filter(Boolean);
  const decision: Decision = props.engine.canShare({ actor: ACTOR, imageId: props.imageId, accountIds }, { locale: props.locale });
  return (
    <div role="dialog" aria-label={`share ${props.imageId}`}>
      <input id="accounts" value={typed} onChange={(e) => setTyped(e.target.value)} />
      <ul id="reasons">
        {decision.reasons.map((reason, k) => <li key={k} data-rule={reason.rule}>{reason.message}</li>)}
      </ul>
      <button id="confirm" disabled={!decision.allowed || accountIds.length === 0} onClick={() => props.onShare(accountIds)}>
        {props.confirmLabel}
      </button>
      <button id="close" onClick={props.onClose}>×</button>
    </div>
  );
}
