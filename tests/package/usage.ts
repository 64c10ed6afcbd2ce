// Compiled with tsc --noEmit --strict against the installed package: the
// lines marked @ts-expect-error must fail to compile, the rest must not.
import { canDelete, check, applyCommand, Engine, InputError, rules } from "image-policy";
import type { ActionRow, Command, Decision, Event, State, Reason, ReasonCode } from "image-policy";

const state: State = {
  provider: "aliyun",
  images: [{ id: "m-1", name: "web", kind: "custom", ownerId: "a1", region: "r1", status: "available" }],
};

const decision: Decision = canDelete(state, { actor: "a1", imageId: "m-1", force: true });
const codes: ReasonCode[] = decision.reasons.map((reason: Reason) => reason.code);
const share: Command = { type: "shareImage", actor: "a1", imageId: "m-1", accountIds: ["a2"] };
check(state, share);

const result = applyCommand(state, share);
if (result.ok) {
  const first: Event | undefined = result.events[0];
  if (first?.type === "imageShared") {
    const account: string = first.accountId;
    void account;
  }
  const images = result.state.instances.length;
  void images;
}

const engine = new Engine(state);
const actions = engine.allowedActions("a1", "m-1");
const canShare: boolean = actions.shareImage.allowed;
const matrix: ActionRow[] = engine.actionMatrix("a1", ["m-1"] as const);
const canCancel: boolean = matrix[0]?.allowed.cancelCopy ?? false;
const denying: string[] | undefined = matrix[0]?.rules.deleteImage;
engine.free();
const ids: string[] = rules("jdcloud").map((rule) => rule.id);
const every: number = rules().length + rules(undefined, { locale: "zh-CN" }).length;
const whole: ActionRow[] = new Engine(state, { locale: "zh-CN" }).actionMatrix("a1");
const chinese: Decision = canDelete(state, { actor: "a1", imageId: "m-1" }, { locale: "zh-CN" });

function describe(error: unknown): string {
  if (error instanceof InputError) return `${error.code} at ${error.argument}.${error.path}`;
  return String(error);
}

// @ts-expect-error: misspelled command type
const misspelled: Command = { type: "deleteImag", actor: "a1", imageId: "m-1" };
// @ts-expect-error: missing accountIds
const missing: Command = { type: "shareImage", actor: "a1", imageId: "m-1" };
// @ts-expect-error: unknown provider
const badState: State = { provider: "aws", images: [] };
// @ts-expect-error: canDelete takes a delete request, not a share's fields
canDelete(state, { actor: "a1", accountIds: [] });
// @ts-expect-error: not a reason code
const badCode: ReasonCode = "Forbidden";

void [codes, canShare, canCancel, denying, ids, every, whole, chinese, describe, misspelled, missing, badState, badCode];
// @ts-expect-error: options is an object with a locale
canDelete(state, { actor: "a1", imageId: "m-1" }, "zh-CN");
