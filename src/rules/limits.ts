/**
 * The limits `parseRule` enforces on untrusted rule JSON, as data. Evaluation and compilation also refuse
 * rules nested deeper than `maxDepth`, so that no rule can overflow the stack.
 *
 * | limit | value | what it bounds |
 * |---|---|---|
 * | `maxDepth` | 64 | nesting levels; the root node is level 1 |
 * | `maxNodes` | 10,000 | rule nodes (conditions and `all`/`any`/`not` nodes) |
 * | `maxFactPathLength` | 1,000 | characters of a fact path |
 * | `maxStringLength` | 10,000 | characters of a string value, id or label |
 * | `maxArrayLength` | 10,000 | elements of a value array (`in`/`notIn`) |
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { RULE_LIMITS } from "technopark";
 * RULE_LIMITS.maxDepth; // 64
 * ```
 */
export const RULE_LIMITS = /* @__PURE__ */ Object.freeze({
  /** Maximum nesting levels (the root node is level 1). */
  maxDepth: 64,
  /** Maximum number of rule nodes. */
  maxNodes: 10_000,
  /** Maximum characters of a fact path. */
  maxFactPathLength: 1_000,
  /** Maximum characters of a string value, id or label. */
  maxStringLength: 10_000,
  /** Maximum elements of a value array. */
  maxArrayLength: 10_000,
} as const);
