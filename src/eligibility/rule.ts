import { z } from "zod";
import { BilingualText } from "../entities/bilingual.js";

/**
 * The operators a condition may use.
 *
 * | op | passes when the fact… |
 * |---|---|
 * | `eq` / `ne` | equals / does not equal `value` (strict, scalars) |
 * | `lt` `lte` `gt` `gte` | compares to `value` (numbers with numbers, strings such as ISO dates with strings) |
 * | `in` / `notIn` | is / is not one of the array `value` |
 * | `contains` | is an array that includes `value`, or a string that includes the string `value` |
 * | `startsWith` | is a string starting with `value` (e.g. KSIC `"C"`) |
 * | `between` | lies within `[min, max]`, both inclusive |
 * | `exists` | is present (not `undefined`/`null`) when `value` is `true` (the default), absent when `false` |
 *
 * @category Eligibility
 */
export const Operator = z.enum(["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between", "exists"]);
/** A condition operator. */
export type Operator = z.output<typeof Operator>;

/** A scalar a condition may compare with. */
export type Scalar = string | number | boolean | null;

/** Fields every rule node may carry: a stable `id` and a bilingual `label`. */
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
 */
export interface Condition extends RuleNodeMeta {
  /** Dotted path into the facts, e.g. `"company.regularWorkers"`. */
  readonly fact: string;
  /** The comparison. */
  readonly op: Operator;
  /** The threshold or set compared with (a `[min, max]` pair for `between`; a boolean or nothing for `exists`). */
  readonly value?: Scalar | readonly Scalar[];
}

/** Passes when every child passes. @category Eligibility */
export interface AllNode extends RuleNodeMeta {
  readonly all: readonly Rule[];
}

/** Passes when at least one child passes. @category Eligibility */
export interface AnyNode extends RuleNodeMeta {
  readonly any: readonly Rule[];
}

/** Passes when its child fails. @category Eligibility */
export interface NotNode extends RuleNodeMeta {
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

const ScalarSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const meta = { id: z.string().min(1).optional(), label: BilingualText.optional() };

const ConditionSchema = z.strictObject({
  ...meta,
  fact: z.string().min(1),
  op: Operator,
  value: z.union([ScalarSchema, z.array(ScalarSchema)]).optional(),
});

/**
 * Schema of a {@link Rule} (structure only; use `parseRule` for untrusted JSON, which also enforces depth,
 * size and fact-path safety limits). Exported for JSON Schema generation and for embedding in other schemas.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { z } from "zod";
 * import { RuleSchema } from "technopark";
 * const jsonSchema = z.toJSONSchema(RuleSchema);
 * ```
 */
export const RuleSchema: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    ConditionSchema,
    z.strictObject({ ...meta, all: z.array(RuleSchema) }),
    z.strictObject({ ...meta, any: z.array(RuleSchema) }),
    z.strictObject({ ...meta, not: RuleSchema }),
  ]),
).meta({ id: "Rule", description: "Eligibility rule: all/any/not nodes over { fact, op, value } conditions" }) as z.ZodType<Rule>;
