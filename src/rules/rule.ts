import type { BilingualText } from "../entities/bilingual.js";
import type { Money } from "../money/money.js";
import type { Operator } from "./operators.js";

export type { Operator } from "./operators.js";

/** The JSON types a condition's `factType` may require. @internal */
export const FACT_TYPES = ["string", "number", "boolean", "date", "money", "array", "object"] as const satisfies readonly FactType[];

/**
 * The type a condition declares for a custom fact (one the fact catalogue does not know). The condition then
 * compares as that type (`"date"`: ISO dates; `"money"`: exact `Money`; `"array"`: a list for `contains`) and
 * passes only if the fact has it (`"object"` means a plain object, not an array). Required for a path under
 * `company.` or `representative.` that the catalogue does not know.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { Condition } from "technopark";
 * const tagged: Condition = { fact: "company.tags", op: "contains", value: "export", factType: "array" };
 * ```
 */
export type FactType = "string" | "number" | "boolean" | "date" | "money" | "array" | "object";

/** The comparison semantics a condition may ask for. @internal */
export const SEMANTICS = ["strict", "json-rules-engine"] as const satisfies readonly Semantics[];

/**
 * How a condition compares: `"strict"` (the default, typed by the fact as the operator table documents) or
 * `"json-rules-engine"`, the loose JavaScript comparisons json-rules-engine uses, kept for imported rules:
 * `lt`/`lte`/`gt`/`gte` pass when `parseFloat(String(fact))` is a number and JavaScript's `<`/`<=`/`>`/`>=`
 * holds (so `"5"` is less than `10`); `contains` only looks inside arrays. Other operators are the same in both.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { Condition } from "technopark";
 * const imported: Condition = { fact: "revenue", op: "lt", value: 10, semantics: "json-rules-engine" };
 * ```
 */
export type Semantics = "strict" | "json-rules-engine";

/**
 * A scalar a condition may compare with.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { Scalar } from "technopark";
 * const values: Scalar[] = ["영천시", 30, true, null];
 * ```
 */
export type Scalar = string | number | boolean | null;

/**
 * A value a condition compares with: a scalar, or `Money` for a money fact.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { RuleValue } from "technopark";
 * const ceiling: RuleValue = { amount: "2000000000", currency: "KRW" };
 * ```
 */
export type RuleValue = Scalar | Money;

/**
 * Fields every rule node may carry: a stable `id` and a bilingual `label`.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { RuleNodeMeta } from "technopark";
 * const meta: RuleNodeMeta = { id: "workers-30", label: { ko: "상시근로자 30명 이상", en: "30 or more regular workers" } };
 * ```
 */
export interface RuleNodeMeta {
  /** Stable identifier of the node, used in traces and explanations. */
  readonly id?: string;
  /** What the node checks, in Korean and English, e.g. `{ ko: "상시근로자 30명 이상", en: "30 or more regular workers" }`. */
  readonly label?: BilingualText;
}

/**
 * A leaf of a rule: compare the fact at a dotted path with a value.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { Condition } from "technopark";
 * const atLeast30: Condition = {
 *   id: "workers-30",
 *   label: { ko: "상시근로자 30명 이상", en: "30 or more regular workers" },
 *   fact: "company.regularWorkers",
 *   op: "gte",
 *   value: 30,
 * };
 * ```
 */
export interface Condition extends RuleNodeMeta {
  /** Dotted path into the facts, e.g. `"company.regularWorkers"` (array elements by index: `"a.0.b"`), or a derived fact name. */
  readonly fact: string;
  /** The comparison (see {@link Operator}). */
  readonly op: Operator;
  /** The threshold or set compared with, typed by the fact (a `Money` for a money fact, an ISO date for a date fact): an array for `in`/`notIn`, a `[min, max]` pair for `between`, a boolean or nothing for `exists`. */
  readonly value?: RuleValue | readonly RuleValue[];
  /** The type of a custom fact (see {@link FactType}): the condition compares as that type and passes only if the fact has it. */
  readonly factType?: FactType;
  /** Comparison semantics; `"strict"` when absent (see {@link Semantics}). */
  readonly semantics?: Semantics;
}

/**
 * Passes when every child passes (an empty `all` passes).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { AllNode } from "technopark";
 * const both: AllNode = { all: [{ fact: "company.ksicSection", op: "eq", value: "C" }, { fact: "company.regularWorkers", op: "gte", value: 30 }] };
 * ```
 */
export interface AllNode extends RuleNodeMeta {
  /** The children, all of which must pass. */
  readonly all: readonly Rule[];
}

/**
 * Passes when at least one child passes (an empty `any` fails).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { AnyNode } from "technopark";
 * const early: AnyNode = { any: [{ fact: "company.startupStage", op: "eq", value: "early" }, { fact: "company.startupStage", op: "eq", value: "leap" }] };
 * ```
 */
export interface AnyNode extends RuleNodeMeta {
  /** The children, one of which must pass. */
  readonly any: readonly Rule[];
}

/**
 * Passes when its child fails (and is undetermined when the child is).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { NotNode } from "technopark";
 * const notListed: NotNode = { not: { fact: "company.inListedGroup", op: "eq", value: true } };
 * ```
 */
export interface NotNode extends RuleNodeMeta {
  /** The child whose outcome is negated. */
  readonly not: Rule;
}

/**
 * An eligibility rule as plain JSON: `all` / `any` / `not` nodes over conditions.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { Rule } from "technopark";
 * const rule: Rule = {
 *   id: "yeongcheon-small",
 *   all: [
 *     { fact: "company.location.sigungu", op: "eq", value: "영천시" },
 *     { fact: "company.regularWorkers", op: "lt", value: 30 },
 *   ],
 * };
 * ```
 */
export type Rule = Condition | AllNode | AnyNode | NotNode;
