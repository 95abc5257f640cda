import { invalidValue } from "../errors/invalid-value.js";
import type { FieldPath } from "../errors/technopark-error.js";

/**
 * The canonical JSON of a value, as RFC 8785 (JSON Canonicalization Scheme, JCS) fixes it: no whitespace,
 * object keys sorted by their UTF-16 code units, numbers written as ECMAScript writes them (`1e+21`, `0.1`,
 * `-0` as `0`), strings escaped as `JSON.stringify` does (only `"`, `\`, and control characters). Use it to
 * see exactly what {@link ruleHash} hashes, or to hash other plain data the same way in any language.
 *
 * The value must be JSON: `null`, booleans, finite numbers, strings without lone surrogates, arrays and plain
 * objects (an object property whose value is `undefined` is left out, as `JSON.stringify` leaves it out).
 * Anything else (`NaN`, `Infinity`, a `bigint`, a `Date`, a `Map`, a function, a cycle, an `undefined`
 * array element) throws a `ValidationError` (`code: "VALIDATION"`) naming its path.
 *
 * @param value - a JSON value
 * @category Audit
 * @example
 * ```ts
 * import { canonicalJson } from "technopark";
 * canonicalJson({ value: 30, op: "gte", fact: "company.regularWorkers" });
 * // '{"fact":"company.regularWorkers","op":"gte","value":30}'
 * canonicalJson({ b: [1e21, 0.000001, -0], a: "é\n" }); // '{"a":"é\\n","b":[1e+21,0.000001,0]}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  const path: (string | number)[] = [];
  const open = new Set<object>();
  const parts: string[] = [];
  write(value, path, open, parts);
  return parts.join("");
}

// Lone surrogates: a high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function string(text: string, path: FieldPath): string {
  if (LONE_SURROGATE.test(text)) throw invalidValue(path, "a string of Unicode characters (RFC 8785 refuses lone surrogates)", text);
  return JSON.stringify(text);
}

function write(value: unknown, path: (string | number)[], open: Set<object>, parts: string[]): void {
  switch (typeof value) {
    case "string":
      parts.push(string(value, path));
      return;
    case "number":
      if (!Number.isFinite(value)) throw invalidValue(path, "a finite number (JSON has no NaN or Infinity)", value);
      parts.push(JSON.stringify(value)); // ECMAScript Number::toString, which RFC 8785 §3.2.2.3 adopts; -0 → "0"
      return;
    case "boolean":
      parts.push(value ? "true" : "false");
      return;
    case "object":
      if (value === null) {
        parts.push("null");
        return;
      }
      break;
    default:
      throw invalidValue(path, "a JSON value (null, boolean, number, string, array or plain object)", value);
  }
  if (open.has(value)) throw invalidValue(path, "a JSON value without cycles", value);
  if (Array.isArray(value)) {
    open.add(value);
    parts.push("[");
    for (let i = 0; i < value.length; i++) {
      if (i > 0) parts.push(",");
      path.push(i);
      const item: unknown = value[i];
      if (item === undefined) throw invalidValue(path, "a JSON value (arrays cannot hold undefined)", item);
      write(item, path, open, parts);
      path.pop();
    }
    parts.push("]");
    open.delete(value);
    return;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw invalidValue(path, "a plain object or an array", value);
  open.add(value);
  const record = value as Record<string, unknown>;
  // Array.prototype.sort without a comparator orders by UTF-16 code units, as RFC 8785 §3.2.3 requires.
  const keys = Object.keys(record).sort();
  parts.push("{");
  let first = true;
  for (const key of keys) {
    const item = record[key];
    if (item === undefined) continue;
    path.push(key);
    if (!first) parts.push(",");
    first = false;
    parts.push(string(key, path), ":");
    write(item, path, open, parts);
    path.pop();
  }
  parts.push("}");
  open.delete(value);
}
