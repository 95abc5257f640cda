import { z } from "zod";
import { BilingualText } from "../entities/bilingual.js";
import { OPERATORS, operatorTable, type ValueShape } from "./operators.js";
import { FACT_TYPES, SEMANTICS, type Rule } from "./rule.js";

/**
 * Schema of a condition operator (see the `Operator` type of `technopark` for the exact semantics of each).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { Operator } from "technopark/schemas";
 * Operator.parse("gte"); // "gte"
 * Operator.options.length; // 12
 * ```
 */
export const Operator = /* @__PURE__ */ (() => z.literal(OPERATORS).meta({ id: "Operator", description: "Condition operator" }))();
/** A condition operator (the same type as `Operator` in `technopark`). @category Eligibility */
export type Operator = z.output<typeof Operator>;

/**
 * Schema of the JSON type a condition's `factType` may require.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { FactType } from "technopark/schemas";
 * FactType.parse("array"); // "array"
 * ```
 */
export const FactType = /* @__PURE__ */ (() => z.literal(FACT_TYPES).meta({ id: "FactType", description: "JSON type a fact must have for the condition to pass" }))();
/** A JSON type a condition may require of its fact (the same type as `FactType` in `technopark`). @category Eligibility */
export type FactType = z.output<typeof FactType>;

/**
 * Schema of a condition's comparison semantics: `"strict"` or `"json-rules-engine"`.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { Semantics } from "technopark/schemas";
 * Semantics.parse("json-rules-engine");
 * ```
 */
export const Semantics = /* @__PURE__ */ (() => z.literal(SEMANTICS).meta({ id: "Semantics", description: "Comparison semantics of a condition" }))();
/** How a condition compares (the same type as `Semantics` in `technopark`). @category Eligibility */
export type Semantics = z.output<typeof Semantics>;

const meta = /* @__PURE__ */ (() => ({ id: z.string().min(1).optional(), label: BilingualText.optional() }))();

/** A condition per operator, its `value` shaped as the operator table says (one value, a list, a pair, a flag). */
const ConditionSchema = /* @__PURE__ */ (() => {
  const one = z.union([
    z.string(),
    z.number(),
    z.boolean(),
    z.null(),
    z.strictObject({ amount: z.string().regex(/^-?\d+(?:\.\d+)?$/), currency: z.string().regex(/^[A-Z]{3}$/) }).meta({ description: "Money value for a money fact" }),
  ]);
  const values: Record<ValueShape, z.ZodType> = {
    one,
    list: z.array(one),
    pair: z.tuple([one, one]),
    flag: z.boolean().optional(),
  };
  const conditions = OPERATORS.map((op) =>
    z.strictObject({
      ...meta,
      fact: z.string().min(1),
      op: z.literal(op),
      value: values[operatorTable[op].value],
      factType: FactType.optional(),
      semantics: Semantics.optional(),
    }),
  );
  return z.discriminatedUnion("op", conditions as unknown as [z.ZodObject, ...z.ZodObject[]]);
})();

/**
 * Schema of a {@link Rule} (structure only; use `parseRule` for untrusted JSON, which also enforces the
 * per-operator value shapes, depth, size and fact-path safety limits). Exported for JSON Schema generation
 * and for embedding in other schemas.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { z } from "zod";
 * import { RuleSchema } from "technopark/schemas";
 * const jsonSchema = z.toJSONSchema(RuleSchema); // { $ref: "#/$defs/Rule", $defs: { Rule: … } }
 * ```
 */
export const RuleSchema: z.ZodType<Rule> = /* @__PURE__ */ (() => z
  .lazy(() =>
    z.union([
      ConditionSchema,
      z.strictObject({ ...meta, all: z.array(RuleSchema) }),
      z.strictObject({ ...meta, any: z.array(RuleSchema) }),
      z.strictObject({ ...meta, not: RuleSchema }),
    ]),
  )
  .meta({ id: "Rule", description: "Eligibility rule: all/any/not nodes over { fact, op, value } conditions" }) as z.ZodType<Rule>)();

/**
 * The JSON Schema (draft 2020-12) of a {@link Rule}, generated from {@link RuleSchema} for other
 * languages and form builders. It describes the structure; `parseRule` also enforces the per-operator value
 * shapes and `RULE_LIMITS`. Returns a new object on every call.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleJsonSchema } from "technopark/schemas";
 * const schema = ruleJsonSchema();
 * schema.$ref; // "#/$defs/Rule"
 * ```
 */
export function ruleJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(RuleSchema);
}
