// Decisions remembered per request, for one state (an Engine's, or the last
// state the stateless functions decoded). A decision is a pure function of
// the state and the request, so a repeated check is a few Map lookups.
//
// A request is remembered only when every own field is a string or a
// boolean (so share and unshare requests, with their accountIds lists, are
// always decided afresh). Its fields are read once: they are the key, and a
// plain copy of them is what gets decided, so a getter or toJSON can never
// make the key and the decision disagree.

const DECISION = Symbol("decision");
// Remembered keys before the memo starts over: bounds memory when a caller
// checks ever-new requests (e.g. a name typed one key at a time).
const MAX_NODES = 4096;

export class Memo {
  constructor(slots) {
    this.slots = slots;
    this.clear();
  }

  clear() {
    this.roots = [];
    for (let i = 0; i < this.slots; i++) this.roots.push(new Map());
    this.nodes = 0;
    this.pending = undefined;
    this.names = undefined;
    this.values = undefined;
  }

  // The remembered decision, or undefined. After a miss, `requestJson`
  // gives the text to decide and `store` remembers the decision. Never
  // throws: a request whose reading throws is not remembered, and the
  // caller's own JSON.stringify reports it.
  lookup(slot, request) {
    this.pending = undefined;
    this.names = undefined;
    try {
      if (typeof request !== "object" || request === null) return undefined;
      // Plain objects only: for them for...in reads the own fields, as
      // JSON.stringify does (and is faster than Object.keys).
      if (Object.getPrototypeOf(request) !== Object.prototype) return undefined;
      if (typeof request.toJSON === "function") return undefined;
      const names = [];
      const values = [];
      let node = this.roots[slot];
      for (const name in request) {
        const value = request[name];
        if (typeof value !== "string" && typeof value !== "boolean") return undefined;
        names.push(name);
        values.push(value);
        node = this.child(this.child(node, name), value);
      }
      const hit = node.get(DECISION);
      if (hit !== undefined) return hit;
      this.pending = node;
      this.names = names;
      this.values = values;
    } catch {
      // Not remembered; reading it again will report the error.
    }
    return undefined;
  }

  // The JSON text of the request of the last missed lookup, made of the
  // values that lookup read; undefined when that request is not remembered.
  requestJson() {
    if (this.names === undefined) return undefined;
    const copy = Object.create(null); // so that a "__proto__" field stays a field
    for (let i = 0; i < this.names.length; i++) copy[this.names[i]] = this.values[i];
    return JSON.stringify(copy);
  }

  // The same for a call whose arguments are two strings.
  lookupPair(slot, first, second) {
    this.pending = undefined;
    this.names = undefined;
    if (typeof first !== "string" || typeof second !== "string") return undefined;
    const node = this.child(this.child(this.roots[slot], first), second);
    const hit = node.get(DECISION);
    if (hit === undefined) this.pending = node;
    return hit;
  }

  child(node, key) {
    let next = node.get(key);
    if (next === undefined) {
      next = new Map();
      if (++this.nodes > MAX_NODES) {
        this.clear(); // and leave `next` detached: this request is not remembered
      } else {
        node.set(key, next);
      }
    }
    return next;
  }

  // Freezes `decision` and remembers it for the last lookup's request, if
  // that one can be remembered.
  store(decision) {
    deepFreeze(decision);
    if (this.pending !== undefined) this.pending.set(DECISION, decision);
    this.pending = undefined;
    return decision;
  }
}

// Remembered decisions are shared by every caller, so none may change one.
export function deepFreeze(value) {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze(value[key]);
  }
  return value;
}

// The state as the last decode saw it, to compare the next call's with.
export function snapshotOf(jsonText) {
  return countKeys(JSON.parse(jsonText));
}

const KEY_COUNT = Symbol("keys");

function countKeys(value) {
  if (typeof value === "object" && value !== null) {
    let count = 0;
    for (const key in value) {
      countKeys(value[key]);
      count++;
    }
    if (!Array.isArray(value)) value[KEY_COUNT] = count;
  }
  return value;
}

// Whether `value` would give the same JSON as `snapshot` (from snapshotOf),
// up to the order of object keys, which decoding ignores. Anything this
// cannot judge cheaply and exactly (toJSON, class instances, undefined or
// non-finite values, cycles, deep nesting) answers false, and the caller
// then reads the value as JSON.
export function sameJson(value, snapshot) {
  try {
    return same(value, snapshot, 0);
  } catch {
    return false;
  }
}

function same(value, snapshot, depth) {
  if (value === snapshot) {
    const type = typeof value; // not undefined: JSON leaves that field out
    return type === "string" || type === "boolean" || type === "number" || value === null;
  }
  if (typeof value !== "object" || value === null) {
    return false; // different primitives, or a function, symbol or undefined
  }
  if (typeof snapshot !== "object" || snapshot === null || depth > 64) return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(snapshot) || value.length !== snapshot.length) return false;
    if (Object.getPrototypeOf(value) !== Array.prototype) return false;
    for (let i = 0; i < value.length; i++) {
      if (!same(value[i], snapshot[i], depth + 1)) return false;
    }
    return true;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype || typeof value.toJSON === "function") {
    return false;
  }
  let count = 0;
  for (const key in value) {
    if (!same(value[key], snapshot[key], depth + 1)) return false;
    count++;
  }
  return count === snapshot[KEY_COUNT];
}
