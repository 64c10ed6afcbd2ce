// The JavaScript contract (API.md v3), as TypeScript. Injected into the
// generated .d.ts by src/lib.rs; tests/package/usage.ts checks it with tsc --strict.

export type Provider = "aliyun" | "jdcloud" | "tencent";
export type ImageKind = "public" | "marketplace" | "custom";
/** `deprecated` exists only in the aliyun profile (DEP-*): an input error in a jdcloud or tencent state. */
export type ImageStatus = "creating" | "available" | "error" | "unavailable" | "deprecated";
/** A provider task still running on an image (TSK-*). */
export type ImageTask = "copying" | "importing" | "exporting";
export type DiskKind = "cloud" | "local";

export interface State {
  provider: Provider;
  images: Image[];
  instances?: Instance[];
  snapshots?: Snapshot[];
}
export interface Image {
  id: string;
  name: string;
  description?: string;
  kind: ImageKind;
  /** Required for custom images, except one shared with an account (`sharedWith`) whose owner the provider does not name. */
  ownerId?: string;
  region: string;
  status: ImageStatus;
  marketplaceBased?: boolean;
  sourceInstanceId?: string;
  systemDisk?: DiskKind;
  sharedWith?: string[];
  snapshotIds?: string[];
  copiedFrom?: string;
  /** A provider task still running (TSK-*). */
  task?: ImageTask;
  /** The image contains encrypted snapshots (ENC-*). */
  encrypted?: boolean;
  /** The provider reports instances made from it, listed in `instances` or not (aliyun `Usage: "instance"`; DEL-2). */
  inUse?: boolean;
  /** tencent only: its deprecation flag (DEP-1); the status stays. An input error in another profile's state. */
  deprecated?: boolean;
  /** tencent only: a bring-your-own-licence image (SHR-8). An input error in another profile's state. */
  byol?: boolean;
}
export interface Instance { id: string; ownerId: string; region: string; imageId: string }
export interface Snapshot { id: string; ownerId: string; region: string; shared?: boolean; busy?: boolean }
/** A state as the module returns it: defaulted lists are present. */
export interface FullState extends State { instances: Instance[]; snapshots: Snapshot[] }

export interface CreateImageRequest {
  actor: string; imageId?: string; name: string; description?: string; region?: string;
  from: "instance" | "snapshots" | "import"; instanceId?: string; snapshotIds?: string[]; systemDisk?: DiskKind;
}
export interface CopyImageRequest {
  actor: string; imageId: string; destinationRegion: string; newImageId?: string; name?: string; description?: string;
  /** Ask for an encrypted copy (ENC-2: aliyun into any region, tencent within the source's; jdcloud refuses it). */
  encrypted?: boolean;
}
export interface ShareImageRequest { actor: string; imageId: string; accountIds: string[] }
export interface UnshareImageRequest { actor: string; imageId: string; accountIds: string[] }
export interface DeleteImageRequest { actor: string; imageId: string; force?: boolean; deleteSnapshots?: boolean }
export interface ExportImageRequest { actor: string; imageId: string; bucket: string }
export interface ModifyImageRequest {
  actor: string; imageId: string; name?: string; description?: string;
  /** Deprecate or restore (DEP-1: aliyun's status, tencent's flag; jdcloud refuses it). */
  status?: "deprecated" | "available";
}
export interface CancelCopyRequest { actor: string; imageId: string }
export interface CreateInstanceRequest { actor: string; imageId: string; region: string; instanceId?: string }
export interface DeleteInstanceRequest { actor: string; instanceId: string }
export interface ReinitDiskRequest { actor: string; instanceId: string }
export interface ReplaceSystemDiskRequest { actor: string; instanceId: string; imageId: string }

export type Command =
  | ({ type: "createImage" } & CreateImageRequest)
  | ({ type: "copyImage" } & CopyImageRequest)
  | ({ type: "shareImage" } & ShareImageRequest)
  | ({ type: "unshareImage" } & UnshareImageRequest)
  | ({ type: "deleteImage" } & DeleteImageRequest)
  | ({ type: "exportImage" } & ExportImageRequest)
  | ({ type: "modifyImage" } & ModifyImageRequest)
  | ({ type: "cancelCopy" } & CancelCopyRequest)
  | ({ type: "createInstance" } & CreateInstanceRequest)
  | ({ type: "deleteInstance" } & DeleteInstanceRequest)
  | ({ type: "reinitDisk" } & ReinitDiskRequest)
  | ({ type: "replaceSystemDisk" } & ReplaceSystemDiskRequest);
export type CommandType = Command["type"];

export type RuleId = string;
export type ReasonCode =
  | "NotFound" | "ImageIsPublic" | "NotOwner" | "MarketplaceBased" | "ShareLimitExceeded" | "ShareWithOwner"
  | "IncorrectImageStatus" | "ImageShared" | "ImageInUse" | "SourceInstanceExists" | "SameRegion" | "RegionMismatch"
  | "LocalSystemDisk" | "InvalidBucketName" | "InvalidName" | "InvalidDescription" | "SourceImageUnavailable" | "IdInUse"
  | "ImageCopying" | "ImageImporting" | "ImageExporting" | "CopyConflict" | "NotACopy" | "NotSupported" | "EncryptedSnapshot"
  | "InvalidAccountId" | "TooManyAccounts" | "InvalidRegion"
  | "AlreadyShared" | "NotShared" | "DuplicateAccount" | "OptionIgnored"
  | "ReinitLost" | "NoNewInstances" | "AccessRevoked" | "AccessGranted" | "CopiesUnaffected" | "SnapshotsKept"
  | "SnapshotsDeleted" | "CopyDeleted" | "InstancesUnaffected";
export type KeptBecause = "notRequested" | "providerKeepsSnapshots" | "shared" | "usedByAnotherImage" | "busy";
export interface KeptSnapshot { snapshotId: string; because: KeptBecause[] }
export interface ReasonDetails {
  providerCode?: string;
  accounts?: string[];
  instances?: string[];
  snapshots?: string[];
  images?: string[];
  kept?: KeptSnapshot[];
  /** Values a person typed that the rule refuses, as typed (SHR-6, CPY-3). */
  values?: string[];
  status?: ImageStatus;
  task?: ImageTask;
  region?: string;
  limit?: number;
  current?: number;
  requested?: number;
  field?: "name" | "description" | "bucket" | "encrypted" | "status" | "accountIds" | "destinationRegion";
}
export interface Reason { rule: RuleId; code: ReasonCode; message: string; details?: ReasonDetails }
/** Every call returns a new, plain object: the caller owns it. */
export interface Decision { allowed: boolean; reasons: Reason[]; warnings: Reason[]; consequences: Reason[] }

export type Event =
  | { type: "imageCreated"; imageId: string; source: "instance" | "snapshots" | "import"; region: string }
  | { type: "snapshotCreated"; snapshotId: string; imageId: string }
  | { type: "imageCopied"; imageId: string; sourceImageId: string; region: string }
  | { type: "imageShared"; imageId: string; accountId: string }
  | { type: "imageUnshared"; imageId: string; accountId: string }
  | { type: "imageDeleted"; imageId: string; forced: boolean }
  | { type: "snapshotDeleted"; snapshotId: string }
  | { type: "snapshotKept"; snapshotId: string; because: KeptBecause[] }
  | { type: "imageExported"; imageId: string; bucket: string }
  | { type: "imageModified"; imageId: string; name?: string; description?: string }
  | { type: "copyCancelled"; imageId: string; sourceImageId: string }
  | { type: "imageDeprecated"; imageId: string }
  | { type: "imageRestored"; imageId: string }
  | { type: "instanceCreated"; instanceId: string; imageId: string; region: string }
  | { type: "instanceDeleted"; instanceId: string }
  | { type: "diskReinitialized"; instanceId: string; imageId: string }
  | { type: "systemDiskReplaced"; instanceId: string; previousImageId: string; imageId: string };

/** An allowed step carries `requests`: what to send to carry it out (`[]` when nothing needs sending). */
export type ApplyResult =
  | { ok: true; state: FullState; events: Event[]; decision: Decision; requests: ProviderRequest[] }
  | { ok: false; decision: Decision };
export type EngineApplyResult =
  | { ok: true; events: Event[]; decision: Decision; requests: ProviderRequest[] }
  | { ok: false; decision: Decision };

export type ImageAction =
  | "deleteImage" | "forceDeleteImage" | "deleteImageAndSnapshots" | "shareImage" | "unshareImage"
  | "copyImage" | "exportImage" | "modifyImage" | "createInstance"
  | "cancelCopy" | "deprecateImage" | "restoreImage";
export type AllowedActions = Record<ImageAction, Decision>;
/** One image's row of `Engine.actionMatrix`. */
export interface ActionRow {
  imageId: string;
  allowed: Record<ImageAction, boolean>;
  /** For each denied action: the rule IDs of its reasons, in order. */
  rules: Partial<Record<ImageAction, RuleId[]>>;
}
/** The API's name for an action of `allowedActions`. */
export type ActionName = ImageAction;

export interface RuleEntry {
  id: RuleId;
  profiles: Provider[];
  seed: string;
  /** What every cloud does, then each cloud's own clause after its name; for `rules(provider)`, that cloud's clause alone. */
  text: string;
}

/**
 * The last, optional argument of every function and of every `Engine`
 * method (there it wins over the Engine's own locale for that call).
 * `locale`: a BCP 47 tag or a list of them (`navigator.languages`); the
 * first that resolves by lookup wins (`zh-TW` -> `zh` -> Simplified
 * Chinese, `en-GB` -> `en`, `fr-CA` -> `fr` -> none), English when none
 * does. A string that is not a well-formed tag is an `InputError` at
 * `locale` (or `locale[i]`). Only `message` and the catalogue's `text`
 * change with it. `supportedLocales()` lists what resolves.
 */
export interface Options { locale?: string | readonly string[] }

/** `commandFor(action, fields)`: the fields a user typed for an action. */
export interface CommandFields { actor: string; imageId: string; [field: string]: unknown }

/** `vocabulary()`: the consoles' own words for buttons and columns. */
export interface Vocabulary {
  actions: Record<ActionName, string>;
  statuses: Record<ImageStatus, string>;
  kinds: Record<ImageKind, string>;
  tasks: Record<ImageTask, string>;
}

/** Every argument an `InputError` can be about (a test holds this list against the runtime). */
export type InputArgument =
  | "state" | "command" | "request" | "actor" | "imageId" | "imageIds" | "provider" | "options"
  | "action" | "fields" | "data" | "error";

/**
 * What a provider's SDK throws or rejects with, as `explainProviderError`
 * reads it: aliyun's `ClientError` / pop-core's `Error` and tencent's
 * `TencentCloudSDKHttpException` carry `code`; jdcloud-sdk-js rejects with
 * a plain `{ requestId, error: { code: 400, status: "FAILED_PRECONDITION", message } }`.
 */
export type ProviderError =
  | { readonly code: string }
  | { readonly error: { readonly status: string; readonly code?: number; readonly message?: string } };

/**
 * `explainProviderError`'s options: with `state` and `command` (together),
 * only the rules that command breaks in that state; `[]` then means the
 * state shows no reason for the refusal: refresh it and decide again.
 */
export interface ExplainOptions extends Options { state?: State; command?: Command }

/**
 * `stateFrom`'s input: the provider's own listing responses, as its API
 * reference shows them and its SDKs return them (jdcloud with or without the
 * `result` envelope, tencent with or without `Response`). One entry per region; each listing is a list of pages.
 */
export interface ProviderData {
  /** The caller's account: owner of its own images, instances and snapshots. */
  accountId: string;
  regions: Record<string, { images?: unknown[]; instances?: unknown[]; snapshots?: unknown[] }>;
  /** imageId -> that image's share-list response (DescribeImageSharePermission, describeImageMembers). */
  shares?: Record<string, unknown>;
}

/** One request of `toProviderRequests`, in the provider's own words. */
export interface ProviderRequest {
  /** The API's own action name, e.g. "ModifyImageSharePermission", "shareImage". */
  action: string;
  /** "2014-05-26" (aliyun ECS), "v1" (jdcloud vm), "2017-03-12" (tencent CVM). */
  version: string;
  /** The region the request is sent to. */
  region: string;
  /** The API's own parameter names; a repeated parameter (aliyun `AddAccount.N`) is one array. */
  parameters: Record<string, unknown>;
  /** jdcloud (REST). */
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** jdcloud, e.g. "/v1/regions/cn-north-1/images/img-1:share". */
  path?: string;
}

/**
 * What every malformed input throws: `e instanceof InputError` and
 * `e instanceof Error` both hold. Only the module constructs it.
 */
export class InputError extends Error {
  private constructor();
  readonly name: "InputError";
  readonly code: "InvalidInput";
  /** Which argument the path is inside. */
  readonly argument: InputArgument;
  /** Where inside it, e.g. `images[2].sharedWith[0]`; "" for the whole argument. */
  readonly path: string;
}

/** `moduleStats()`: for leak checks. */
export interface ModuleStats {
  /** The module's WebAssembly memory. */
  memoryBytes: number;
  /** JavaScript values the module holds references to. */
  liveReferences: number;
}
