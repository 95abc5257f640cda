import type { BilingualText } from "../entities/bilingual.js";
import type { KsicSection, SmeSize, StartupStage } from "../statutes/index.js";
import type { AllNode, AnyNode, Condition, NotNode, Rule, Scalar } from "./rule.js";

/**
 * The types of the derived facts (see `derivedFacts`), which every builder offers besides the subject's own paths.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { DerivedFactTypes } from "technopark";
 * type Size = DerivedFactTypes["company.smeSize"]; // "small" | "medium" | "not-sme"
 * ```
 */
export interface DerivedFactTypes {
  /** Regular workers (상시근로자 수), fractions kept. */
  "company.regularWorkers": number;
  /** SME size under 중소기업기본법 시행령. */
  "company.smeSize": SmeSize;
  /** Whether the company is a 소상공인. */
  "company.isMicroEnterprise": boolean;
  /** Start-up stage by years since founding. */
  "company.startupStage": StartupStage;
  /** KSIC section letter. */
  "company.ksicSection": KsicSection;
  /** Full years since founding. */
  "company.ageInYears": number;
  /** Whether the representative is 39 or younger. */
  "representative.isYouth": boolean;
}


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
export type FactPath<S> = PathsOf<S> | keyof DerivedFactTypes;

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
export type FactValue<S, P extends string> = P extends keyof DerivedFactTypes ? DerivedFactTypes[P] : ValueAtPath<S, P>;


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
 * The comparisons available on a fact whose value has type `V`; each returns a {@link NodeBuilder} condition.
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
export interface FactConditions<V> {
  /** Strictly equal to `value`. */
  eq(value: Extract<V, Scalar>): NodeBuilder<Condition>;
  /** Not strictly equal to `value`. */
  ne(value: Extract<V, Scalar>): NodeBuilder<Condition>;
  /** Less than `value` (numbers with numbers, strings with strings). */
  lt(value: Extract<V, number | string>): NodeBuilder<Condition>;
  /** Less than or equal to `value`. */
  lte(value: Extract<V, number | string>): NodeBuilder<Condition>;
  /** Greater than `value`. */
  gt(value: Extract<V, number | string>): NodeBuilder<Condition>;
  /** Greater than or equal to `value`. */
  gte(value: Extract<V, number | string>): NodeBuilder<Condition>;
  /** One of `values`. */
  in(values: readonly Extract<V, Scalar>[]): NodeBuilder<Condition>;
  /** None of `values`. */
  notIn(values: readonly Extract<V, Scalar>[]): NodeBuilder<Condition>;
  /** An array containing `value`, or a string containing the string `value`. */
  contains(value: V extends readonly (infer E)[] ? Extract<E, Scalar> : V extends string ? string : never): NodeBuilder<Condition>;
  /** A string starting with `prefix`. */
  startsWith(prefix: [Extract<V, string>] extends [never] ? never : string): NodeBuilder<Condition>;
  /** Within `[min, max]`, both inclusive. */
  between(min: Extract<V, number | string>, max: Extract<V, number | string>): NodeBuilder<Condition>;
  /** Present (`true`, the default) or absent (`false`). */
  exists(present?: boolean): NodeBuilder<Condition>;
}

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
  fact<P extends FactPath<S>>(path: P): FactConditions<FactValue<S, P>>;
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
    fact: (path) => conditions(path),
    all: (...children) => node<AllNode>({ all: children.map(plain) }),
    any: (...children) => node<AnyNode>({ any: children.map(plain) }),
    not: (child) => node<NotNode>({ not: plain(child) }),
  };
}

function conditions<V>(fact: string): FactConditions<V> {
  const make = (op: Condition["op"], value: Scalar | readonly Scalar[]): NodeBuilder<Condition> => node<Condition>({ fact, op, value });
  return {
    eq: (value) => make("eq", value as Scalar),
    ne: (value) => make("ne", value as Scalar),
    lt: (value) => make("lt", value as Scalar),
    lte: (value) => make("lte", value as Scalar),
    gt: (value) => make("gt", value as Scalar),
    gte: (value) => make("gte", value as Scalar),
    in: (values) => make("in", [...(values as readonly Scalar[])]),
    notIn: (values) => make("notIn", [...(values as readonly Scalar[])]),
    contains: (value) => make("contains", value as Scalar),
    startsWith: (prefix) => make("startsWith", prefix as Scalar),
    between: (min, max) => make("between", [min as Scalar, max as Scalar]),
    exists: (present = true) => make("exists", present),
  };
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
