import type { FieldPath } from "./technopark-error.js";

/**
 * Renders a field path as `a.b[0].c`; the empty path is `(root)`.
 * @internal
 */
export function formatPath(path: FieldPath): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (key.length <= 80 && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key.length > 80 ? `${key.slice(0, 77)}…` : key)}]`; // a hostile 10 MB key stays short
  }
  return out;
}

/**
 * Renders any value for an error message, briefly and safely (long strings are cut).
 * @internal
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return "undefined";
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  if (typeof value === "bigint") return `${value}n`;
  if (typeof value === "string") {
    const cut = value.length > 80 ? `${value.slice(0, 77)}…` : value;
    return JSON.stringify(cut);
  }
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : `Date ${value.toISOString()}`;
  if (typeof value === "function") return "a function";
  if (typeof value === "symbol") return "a symbol";
  return "an object";
}
