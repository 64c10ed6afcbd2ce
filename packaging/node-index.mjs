// ES module entry for Node: the CommonJS build, re-exported by name.
import policy from "./image_policy.js";

export const {
  check, applyCommand, rules, moduleStats, Engine, InputError,
  canDelete, canShare, canUnshare, canCopy, canExport, canModify, canCancelCopy,
  canCreateInstance, canReinitDisk, canReplaceSystemDisk,
  actionMatrix, commandFor, vocabulary, supportedLocales,
  stateFrom, toProviderRequests, explainProviderError, warmUp,
} = policy;
