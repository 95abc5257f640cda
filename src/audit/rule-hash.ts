import { sha256 } from "@noble/hashes/sha2.js";
import type { Rule } from "../rules/rule.js";
import { canonicalJson } from "./canonical-json.js";

const HEX = /* @__PURE__ */ Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, "0"));

/** Lowercase hex SHA-256 of a string's UTF-8 bytes. @internal */
export function sha256Hex(text: string): string {
  const digest = sha256(new TextEncoder().encode(text));
  let out = "";
  for (let i = 0; i < digest.length; i++) out += HEX[digest[i]!]!;
  return out;
}

/**
 * Hashes of deeply frozen rules (the rules of `technopark/data` are), so that stamping a million programme
 * results hashes each rule once. Only frozen rules are kept: freezing cannot be undone, so their hash cannot
 * go stale; a rule that can still be changed is hashed on every call.
 */
const frozenHashes = /* @__PURE__ */ new WeakMap<object, string>();

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!deeplyFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

/**
 * The fingerprint of a rule: the lowercase hex SHA-256 of its RFC 8785 canonical JSON (see {@link canonicalJson}),
 * 64 characters. Key order and whitespace do not change it; any value, operator, id or label does. Store it
 * with each decision (every programme result carries it in its `stamp`) to prove later, or from Python or SQL,
 * which exact rule decided. Synchronous, and the same in Node, Deno and browsers. The hash of a deeply frozen
 * rule (those of `technopark/data` are) is computed once and remembered; a rule that can still change is hashed
 * on every call (tens of microseconds for a programme rule), so freeze the rules of programmes you judge in bulk.
 *
 * @param rule - the rule (plain JSON; a value that is not JSON throws `VALIDATION` naming its path)
 * @category Audit
 * @example
 * ```ts
 * import { ruleHash } from "technopark";
 * const a = ruleHash({ fact: "company.regularWorkers", op: "gte", value: 30 });
 * a === ruleHash({ value: 30, op: "gte", fact: "company.regularWorkers" }); // true
 * a === ruleHash({ fact: "company.regularWorkers", op: "gte", value: 25 }); // false
 * a.length; // 64
 * ```
 */
export function ruleHash(rule: Rule): string {
  const known = typeof rule === "object" && rule !== null ? frozenHashes.get(rule) : undefined;
  if (known !== undefined) return known;
  const hash = sha256Hex(canonicalJson(rule));
  if (typeof rule === "object" && rule !== null && deeplyFrozen(rule)) frozenHashes.set(rule, hash);
  return hash;
}
