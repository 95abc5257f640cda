/**
 * Path segments a fact path may never contain: they would reach into prototypes instead of data.
 * @internal
 */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);

/**
 * Splits a dotted fact path into its segments (`"company.location.sigungu"` → `["company", "location", "sigungu"]`).
 * @internal
 */
export function splitFactPath(path: string): readonly string[] {
  // Property keys are internalized strings; using the segments as keys once gives us the internalized
  // copies, so compiled rules look properties up without re-hashing the key on every call.
  return path.split(".").map((segment) => Object.keys({ [segment]: true })[0]!);
}

/**
 * Reads the value at pre-split path segments. Descends only into non-null objects and arrays (array
 * elements by index, e.g. `"0"`, and an array's own `length`) and reads own properties only, so inherited
 * members (`toString`, `__proto__`, anything planted on `Object.prototype`) are never mistaken for facts;
 * a function value counts as absent too. Returns `undefined` for anything absent.
 *
 * `guards` (from {@link prototypeGuards}) marks the segments that need the own-property check while
 * `Object.prototype` is clean (keys it has, such as `toString`); without `guards` every segment is checked.
 * @internal
 */
export function readPath(root: unknown, segments: readonly string[], guards?: readonly boolean[]): unknown {
  let current: unknown = root;
  for (let i = 0; i < segments.length; i++) {
    if (typeof current !== "object" || current === null) return undefined;
    const key = segments[i]!;
    const next: unknown = (current as Record<string, unknown>)[key];
    if (next === undefined || ((guards === undefined || guards[i] === true) && !hasOwn(current, key))) return undefined;
    current = next;
  }
  return typeof current === "function" ? undefined : current;
}

const hasOwn = Object.hasOwn;
const EMPTY: object = /* @__PURE__ */ Object.freeze({});

/**
 * Which segments name a member `Object.prototype` has (`toString`, `constructor`, `__proto__`…): only
 * those can be inherited by a plain object while the prototype is clean.
 * @internal
 */
export function prototypeGuards(segments: readonly string[]): readonly boolean[] {
  return segments.map((segment) => segment in Object.prototype);
}

/**
 * Whether `Object.prototype` carries enumerable properties (prototype pollution): then every segment of
 * every path gets the own-property check. One `for…in` over an empty object, cheap enough per evaluation.
 * @internal
 */
export function prototypeIsPolluted(): boolean {
  for (const _ in EMPTY) return true;
  return false;
}

/**
 * Whether a fact value counts as present (`undefined` and `null` are missing).
 * @internal
 */
export function isPresent(value: unknown): boolean {
  return value !== undefined && value !== null;
}
