import type { BilingualText } from "../entities/bilingual.js";
import type { Money } from "../money/money.js";
import type { DerivedFactName, KnownFact, KnownFactTypes, factCatalogue } from "../rules/facts.js";
import { OPERATORS, operatorTable, type Operator } from "../rules/operators.js";
import type { AllNode, AnyNode, Condition, NotNode, Rule, RuleValue } from "../rules/rule.js";

/**
 * The types of the derived facts (see `factCatalogue`), which every builder offers besides the subject's own paths.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { DerivedFactTypes } from "technopark";
 * type Size = DerivedFactTypes["company.smeSize"]; // "small" | "medium" | "not-sme"
 * ```
 */
export type DerivedFactTypes = Pick<KnownFactTypes, DerivedFactName>;

/**
 * The dotted paths into a subject type, up to six levels (arrays are paths themselves, for `contains`).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { PathsOf } from "technopark";
 * type P = PathsOf<{ company: { location: { sigungu: string } } }>; // "company" | "company.location" | "company.location.sigungu"
 * ```
 */
export type PathsOf<T, D extends number = 6> = [D] extends [never]
  ? never
  : T extends string | number | boolean | bigint | symbol | null | undefined | Date | ((...args: never[]) => unknown) | readonly unknown[]
    ? never
    : { [K in keyof T & string]-?: K | `${K}.${PathsOf<NonNullable<T[K]>, [never, 0, 1, 2, 3, 4, 5][D]>}` }[keyof T & string];

/**
 * The type of the value at a dotted path of a subject type.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { ValueAtPath } from "technopark";
 * type V = ValueAtPath<{ company: { regularWorkers?: number } }, "company.regularWorkers">; // number
 * ```
 */
export type ValueAtPath<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends keyof T
    ? ValueAtPath<NonNullable<T[K]>, Rest>
    : never
  : P extends keyof T
    ? NonNullable<T[P]>
    : never;

/**
 * The fact paths a builder for subject `S` accepts: the subject's paths and the derived facts.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { FactPath } from "technopark";
 * import type { Company } from "technopark/schemas";
 * const path: FactPath<{ company: Company }> = "company.startupStage";
 * ```
 */
export type FactPath<S> = PathsOf<S> | DerivedFactName;

/**
 * The value type of a fact path (a derived fact's type for derived facts).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { FactValue } from "technopark";
 * import type { Company } from "technopark/schemas";
 * type Stage = FactValue<{ company: Company }, "company.startupStage">; // "pre-startup" | "early" | "leap" | "established"
 * ```
 */
export type FactValue<S, P extends string> = P extends KnownFact ? KnownFactTypes[P] : ValueAtPath<S, P>;

/**
 * The comparison kind of a fact path: the catalogue's type for known facts, else inferred from the value type.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { FactKindOf } from "technopark";
 * type K = FactKindOf<"company.foundedOn", string>; // "date"
 * ```
 */
export type FactKindOf<P extends string, V> = P extends KnownFact
  ? (typeof factCatalogue)[P]["type"]
  : [V] extends [readonly unknown[]] ? "list"
    : [V] extends [Money] ? "money"
      : [V] extends [number] ? "number"
        : [V] extends [boolean] ? "boolean"
          : [V] extends [string] ? "string"
            : "json";

type Shape<Op extends Operator> = (typeof operatorTable)[Op]["value"];
type Element<V> = V extends readonly (infer E)[] ? Extract<E, RuleValue> : V;
type ArgumentsOf<Op extends Operator, V> =
  Shape<Op> extends "one" ? [value: Op extends "contains" ? (V extends readonly unknown[] ? Element<V> : string) : Op extends "startsWith" ? string : V]
    : Shape<Op> extends "list" ? [values: readonly V[]]
      : Shape<Op> extends "pair" ? [min: V, max: V]
        : [present?: boolean];
/** The operators of the table that apply to a comparison kind. */
type OperatorsFor<K> = { [Op in Operator]: K extends (typeof operatorTable)[Op]["kinds"][number] ? Op : never }[Operator];


/**
 * A rule node under construction: `.id()` and `.label()` return a copy with that metadata, `.rule` is the
 * plain JSON {@link Rule} (also what `JSON.stringify` writes). `all` / `any` / `not` accept nodes and rules alike.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleBuilder } from "technopark";
 * import { type Company } from "technopark/schemas";
 * const node = ruleBuilder<{ company: Company }>().fact("company.regularWorkers").gte(30).id("w30");
 * node.rule; // { id: "w30", fact: "company.regularWorkers", op: "gte", value: 30 }
 * ```
 */
export interface NodeBuilder<R extends Rule = Rule> {
  /** The plain JSON rule built so far. */
  readonly rule: R;
  /** A copy of this node with a stable id. */
  id(id: string): NodeBuilder<R>;
  /** A copy of this node with a bilingual label. */
  label(label: BilingualText): NodeBuilder<R>;
  /** The plain rule, for `JSON.stringify`. */
  toJSON(): R;
}

/**
 * What `all` / `any` / `not` accept as children: built nodes or plain rules.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleBuilder } from "technopark";
 * import { type Company } from "technopark/schemas";
 * const r = ruleBuilder<{ company: Company }>();
 * r.all(r.fact("company.ksicSection").eq("C"), { fact: "company.location.sigungu", op: "eq", value: "영천시" });
 * ```
 */
export type RuleLike = Rule | NodeBuilder;

/**
 * The comparisons available on a fact whose value has type `V` and comparison kind `K`: one method per operator
 * of the operator table that applies to `K` (`startsWith` only on strings, `lt` not on booleans or enums,
 * `contains` on lists and strings), each taking the value shape the table gives it and returning a
 * {@link NodeBuilder} condition.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleBuilder } from "technopark";
 * import { type Company } from "technopark/schemas";
 * const workers = ruleBuilder<{ company: Company }>().fact("company.regularWorkers");
 * workers.between(10, 29.5).rule; // { fact: "company.regularWorkers", op: "between", value: [10, 29.5] }
 * ```
 */
export type FactConditions<V, K = FactKindOf<string, V>> = { [Op in OperatorsFor<K>]: (...args: ArgumentsOf<Op, V>) => NodeBuilder<Condition> };

/**
 * A typed rule builder for subjects of type `S` (see {@link ruleBuilder}).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleBuilder, type RuleBuilder } from "technopark";
 * import { type Company } from "technopark/schemas";
 * const r: RuleBuilder<{ company: Company }> = ruleBuilder();
 * r.not(r.fact("company.inListedGroup").eq(true));
 * ```
 */
export interface RuleBuilder<S> {
  /** Starts a condition on a fact path; paths and value types come from `S` and the derived facts. */
  fact<P extends FactPath<S>>(path: P): FactConditions<FactValue<S, P>, FactKindOf<P, FactValue<S, P>>>;
  /** A node that passes when every child passes. */
  all(...children: RuleLike[]): NodeBuilder<AllNode>;
  /** A node that passes when at least one child passes. */
  any(...children: RuleLike[]): NodeBuilder<AnyNode>;
  /** A node that passes when its child fails. */
  not(child: RuleLike): NodeBuilder<NotNode>;
}

/**
 * Creates a typed builder for rules about subjects of type `S`: fact paths autocomplete from `S` (plus the
 * derived facts such as `company.smeSize`), values are typed by the path (a wrong path or value type is a
 * compile error), and `.rule` of any node is a plain JSON {@link Rule}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleBuilder, evaluate } from "technopark";
 * import { type Company } from "technopark/schemas";
 * const r = ruleBuilder<{ company: Company }>();
 * const yeongcheonLarge = r.all(
 *   r.fact("company.location.sigungu").eq("영천시").id("in-yeongcheon"),
 *   r.fact("company.ksicSection").eq("C"),
 *   r.fact("company.regularWorkers").gte(30).label({ ko: "상시근로자 30명 이상", en: "30 or more regular workers" }),
 * ).id("yeongcheon-high-value").rule;
 * evaluate(yeongcheonLarge, { company: { location: { sigungu: "영천시" }, ksic: "C29", regularWorkers: 30 } }).outcome; // "eligible"
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function ruleBuilder<S extends object>(): RuleBuilder<S> {
  return {
    fact: (path) => conditions(path) as never,
    all: (...children) => node<AllNode>({ all: children.map(plain) }),
    any: (...children) => node<AnyNode>({ any: children.map(plain) }),
    not: (child) => node<NotNode>({ not: plain(child) }),
  };
}

function conditions(fact: string): Record<Operator, (...args: unknown[]) => NodeBuilder<Condition>> {
  const methods = {} as Record<Operator, (...args: unknown[]) => NodeBuilder<Condition>>;
  for (const op of OPERATORS) {
    const shape = operatorTable[op].value;
    methods[op] = (...args) => {
      if (shape === "flag") return node<Condition>({ fact, op, value: args[0] === undefined ? true : (args[0] as boolean) });
      const value = shape === "list" ? [...(args[0] as readonly RuleValue[])] : shape === "pair" ? [args[0], args[1]] : args[0];
      return node<Condition>({ fact, op, value: value as RuleValue });
    };
  }
  return methods;
}

function plain(child: RuleLike): Rule {
  return "rule" in child ? child.rule : child; // no rule node has a `rule` key
}

function node<R extends Rule>(rule: R): NodeBuilder<R> {
  return {
    rule,
    id: (id) => node<R>({ ...rule, id }),
    label: (label) => node<R>({ ...rule, label }),
    toJSON: () => rule,
  };
}
