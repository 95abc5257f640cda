import { MISMATCH, type Comparison, type ComparisonKind } from "./comparisons.js";
import { withParticle } from "./josa.js";
import { sqlCompare, sqlMembers, type SqlTarget } from "./sql-target.js";

/**
 * A test of a present fact (neither `undefined` nor `null`) against a prepared condition.
 * @internal
 */
export type Test = (actual: unknown) => boolean;

/**
 * The shape of a condition's `value` for an operator: one value, a list, a `[min, max]` pair, or an optional
 * boolean flag (`exists`).
 *
 * @category Rules
 * @example
 * ```ts
 * import { operatorTable, type ValueShape } from "technopark";
 * const shape: ValueShape = operatorTable.between.value; // "pair"
 * ```
 */
export type ValueShape = "one" | "list" | "pair" | "flag";

/**
 * Which side of its threshold a comparison keeps: `lower` bounds (`gt`, `gte`) fail below, `upper` bounds
 * (`lt`, `lte`) fail above, `range` (`between`) on either side. Explanations state the margin to the bound.
 *
 * @category Rules
 * @example
 * ```ts
 * import { operatorTable, type Bound } from "technopark";
 * const bound: Bound | undefined = operatorTable.gte.bound; // "lower"
 * ```
 */
export type Bound = "lower" | "upper" | "range";

/**
 * One operator, defined once: the value shape it takes, the fact types it applies to, its strict test per
 * type, its loose (json-rules-engine) test, and how explanations word its threshold. `evaluate`,
 * `compileRule`, `parseRule`, `explain`, the builder and the rule JSON Schema all read this record.
 *
 * @category Rules
 * @example
 * ```ts
 * import { operatorTable, type OperatorDefinition } from "technopark";
 * const gte: OperatorDefinition = operatorTable.gte;
 * gte.kinds.includes("money"); // true
 * gte.words.ko(["30명"]); // "30명 이상"
 * ```
 */
export interface OperatorDefinition {
  /** The shape of the condition's `value`. */
  readonly value: ValueShape;
  /** The fact types (and the untyped `"json"`, the object `"record"`) the operator applies to. */
  readonly kinds: readonly ComparisonKind[];
  /** For thresholds: which side the fact must keep (see {@link Bound}). */
  readonly bound?: Bound;
  /** `true` for `lt`/`gt`: a fact equal to the threshold fails. */
  readonly strictBound?: boolean;
  /** For an untyped fact: the JavaScript types the value may have (thresholds: numbers and strings; `startsWith`: strings). */
  readonly untyped?: readonly ("number" | "string")[];
  /** `true` for `ne`/`notIn`: a fact of another type passes. */
  readonly negative?: boolean;
  /** Builds the strict test from the comparison of the fact's type and the prepared value (a key, a list of keys, a `[min, max]` pair of keys or the flag). @internal */
  readonly strict: (comparison: Comparison, prepared: unknown) => Test;
  /** json-rules-engine's own test, where it differs from the untyped strict one. @internal */
  readonly loose?: (value: unknown) => Test;
  /**
   * Renders the test of a present fact of the target's type as an SQL boolean that is never NULL: `fact` is the
   * fact's SQL expression, `keys` the prepared value(s) as for `strict` (for `exists`: the flag, and `fact` may be
   * NULL). `technopark/sql` puts the `CASE` that makes the condition NULL for a missing fact around it. @internal
   */
  readonly sql: (fact: string, keys: unknown, target: SqlTarget) => string;
  /** The threshold as explanations write it (see {@link OperatorWords}). */
  readonly words: OperatorWords;
}

/**
 * How explanations word an operator's threshold, from the formatted value(s).
 *
 * @category Rules
 * @example
 * ```ts
 * import { operatorTable, type OperatorWords } from "technopark";
 * const words: OperatorWords = operatorTable.lt.words;
 * words.ko(["30명"]); // "30명 미만"
 * ```
 */
export interface OperatorWords {
  /** Korean, e.g. `["30명"]` → `"30명 이상"`. */
  readonly ko: (values: readonly string[]) => string;
  /** English; `counted` when the fact has a unit (`"fewer than 30"` rather than `"less than 30"`). */
  readonly en: (values: readonly string[], counted?: boolean) => string;
}

const ORDERED = ["number", "string", "date", "money", "json"] as const satisfies readonly ComparisonKind[];
const EQUATABLE = ["number", "string", "boolean", "date", "money", "enum", "json"] as const satisfies readonly ComparisonKind[];
const ALL_KINDS = ["number", "string", "boolean", "date", "money", "enum", "json", "list", "record"] as const satisfies readonly ComparisonKind[];

function equal(comparison: Comparison, key: unknown): Test {
  // a key of the fact's type is === only to an equal fact of that type: no type check needed
  if (comparison.identity === true) return (actual) => actual === key;
  return (actual) => {
    const fact = comparison.fact(actual);
    return fact !== MISMATCH && comparison.equals(fact, key);
  };
}

/**
 * An ordering operator from its comparison of two numbers: numbers compare directly, other kinds compare their
 * order (negative, zero, positive) with 0, so `(a, b) => a < b` is the whole definition of `lt`.
 */
function ordered(compare: (a: number, b: number) => boolean): (comparison: Comparison, key: unknown) => Test {
  return (comparison, key) => {
    if (comparison.kind === "number") {
      const threshold = key as number;
      return (actual) => typeof actual === "number" && compare(actual, threshold);
    }
    const order = comparison.order!;
    return (actual) => {
      const fact = comparison.fact(actual);
      return fact !== MISMATCH && compare(order(fact, key), 0);
    };
  };
}

function member(comparison: Comparison, keys: unknown): Test {
  const list = keys as readonly unknown[];
  if (comparison.identity === true && list.length <= 8) {
    // a few strict comparisons beat hashing for the short lists rules use (sizes, stages, districts)
    const items = [...list];
    return (actual) => {
      for (let i = 0; i < items.length; i++) if (items[i] === actual) return true;
      return false;
    };
  }
  if (comparison.kind !== "money" && list.length > 8) {
    const set = new Set<unknown>(list);
    // `fact === fact` keeps Set's SameValueZero from matching NaN: membership is strict equality
    return (actual) => {
      const fact = comparison.fact(actual);
      return fact !== MISMATCH && fact === fact && set.has(fact);
    };
  }
  return (actual) => {
    const fact = comparison.fact(actual);
    if (fact === MISMATCH) return false;
    for (let i = 0; i < list.length; i++) if (comparison.equals(fact, list[i])) return true;
    return false;
  };
}

function includesStrict(list: readonly unknown[], item: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === item) return true;
  return false;
}

/** json-rules-engine's numberValidator (`parseFloat` reads a number), then JavaScript's relational operator. */
function looseOrdered(compare: (a: number, b: number) => boolean): (value: unknown) => Test {
  return (value) => (actual) => {
    // a number's own string form parses back to it: only NaN fails numberValidator, no string round trip needed
    if (typeof actual === "number") return actual === actual && compare(actual, value as number);
    try {
      if (Number.isNaN(Number.parseFloat(actual as string))) return false;
      return compare(actual as number, value as number);
    } catch {
      return false; // an object without a string form (e.g. Object.create(null)) is a type mismatch
    }
  };
}

/** A threshold operator's strict and loose tests, from its one comparison of two numbers. */
function threshold(compare: (a: number, b: number) => boolean): Pick<OperatorDefinition, "strict" | "loose"> {
  return { strict: ordered(compare), loose: looseOrdered(compare) };
}

const not = (test: Test): Test => (actual) => !test(actual);
const list = (values: readonly string[]): string => values.join(", ");

/**
 * The operator table with its literal types (the builder's types read each operator's kinds and value shape from
 * it); {@link operatorTable} is the same object, typed for readers. A pure IIFE: bundlers drop the whole table when
 * nothing reads it (its entries call the builders above).
 * @internal
 */
export const OPERATOR_TABLE = /* @__PURE__ */ (() => Object.freeze({
  eq: {
    value: "one",
    kinds: EQUATABLE,
    strict: equal,
    sql: (fact, key, target) => sqlCompare(fact, "=", key, target, "FALSE"),
    words: { ko: (v) => v[0]!, en: (v) => v[0]! },
  },
  ne: {
    value: "one",
    kinds: EQUATABLE,
    negative: true,
    strict: (comparison, key) => not(equal(comparison, key)),
    sql: (fact, key, target) => sqlCompare(fact, "<>", key, target, "TRUE"),
    words: { ko: (v) => `${v[0]} 외`, en: (v) => `other than ${v[0]}` },
  },
  lt: {
    value: "one",
    kinds: ORDERED,
    untyped: ["number", "string"],
    bound: "upper",
    strictBound: true,
    ...threshold((a, b) => a < b),
    sql: (fact, key, target) => sqlCompare(fact, "<", key, target, "FALSE"),
    words: { ko: (v) => `${v[0]} 미만`, en: (v, counted) => `${counted ? "fewer" : "less"} than ${v[0]}` },
  },
  lte: {
    value: "one",
    kinds: ORDERED,
    untyped: ["number", "string"],
    bound: "upper",
    ...threshold((a, b) => a <= b),
    sql: (fact, key, target) => sqlCompare(fact, "<=", key, target, "FALSE"),
    words: { ko: (v) => `${v[0]} 이하`, en: (v, counted) => `${v[0]} or ${counted ? "fewer" : "less"}` },
  },
  gt: {
    value: "one",
    kinds: ORDERED,
    untyped: ["number", "string"],
    bound: "lower",
    strictBound: true,
    ...threshold((a, b) => a > b),
    sql: (fact, key, target) => sqlCompare(fact, ">", key, target, "FALSE"),
    words: { ko: (v) => `${v[0]} 초과`, en: (v) => `more than ${v[0]}` },
  },
  gte: {
    value: "one",
    kinds: ORDERED,
    untyped: ["number", "string"],
    bound: "lower",
    ...threshold((a, b) => a >= b),
    sql: (fact, key, target) => sqlCompare(fact, ">=", key, target, "FALSE"),
    words: { ko: (v) => `${v[0]} 이상`, en: (v) => `${v[0]} or more` },
  },
  in: {
    value: "list",
    kinds: EQUATABLE,
    strict: member,
    sql: (fact, keys, target) => {
      const members = sqlMembers(keys, target);
      return members === undefined ? "FALSE" : `${fact} IN (${members})`;
    },
    words: { ko: (v) => (v.length === 1 ? v[0]! : `${list(v)} 중 하나`), en: (v) => (v.length === 1 ? v[0]! : `one of ${list(v)}`) },
  },
  notIn: {
    value: "list",
    kinds: EQUATABLE,
    negative: true,
    strict: (comparison, keys) => not(member(comparison, keys)),
    sql: (fact, keys, target) => {
      const members = sqlMembers(keys, target);
      return members === undefined ? "TRUE" : `${fact} NOT IN (${members})`;
    },
    words: { ko: (v) => `${list(v)} 외`, en: (v) => `none of ${list(v)}` },
  },
  contains: {
    value: "one",
    kinds: ["list", "string", "json"],
    strict: (comparison, key) => {
      if (comparison.kind === "list") return (actual) => Array.isArray(actual) && includesStrict(actual, key);
      if (comparison.kind === "string") return (actual) => typeof actual === "string" && actual.includes(key as string);
      return (actual) => (Array.isArray(actual) ? includesStrict(actual, key) : typeof actual === "string" && typeof key === "string" && actual.includes(key));
    },
    loose: (value) => (actual) => Array.isArray(actual) && includesStrict(actual, value),
    sql: (fact, key, target) => (target.kind === "list" ? target.listHas(fact, key) : target.kind === "string" && target.fits(key) ? target.contains(fact, key) : "FALSE"),
    words: { ko: (v) => `${v[0]} 포함`, en: (v) => `containing ${v[0]}` },
  },
  startsWith: {
    value: "one",
    kinds: ["string", "json"],
    untyped: ["string"],
    strict: (_, key) => (actual) => typeof actual === "string" && typeof key === "string" && actual.startsWith(key),
    sql: (fact, key, target) => (target.kind === "string" && target.fits(key) ? target.startsWith(fact, key) : "FALSE"),
    words: { ko: (v) => `${withParticle(v[0]!, "으로/로")} 시작`, en: (v) => `starting with ${v[0]}` },
  },
  between: {
    value: "pair",
    kinds: ORDERED,
    untyped: ["number", "string"],
    bound: "range",
    strict: (comparison, pair) => {
      const [min, max] = pair as readonly [unknown, unknown];
      const order = comparison.order!;
      return (actual) => {
        const fact = comparison.fact(actual);
        return fact !== MISMATCH && order(fact, min) >= 0 && order(fact, max) <= 0;
      };
    },
    sql: (fact, pair, target) => {
      const [min, max] = pair as readonly [unknown, unknown];
      return target.fits(min) && target.fits(max) ? `(${fact} >= ${target.param(min)} AND ${fact} <= ${target.param(max)})` : "FALSE";
    },
    words: { ko: (v) => `${v[0]} 이상 ${v[1]} 이하`, en: (v) => `${v[0]} to ${v[1]} inclusive` },
  },
  exists: {
    value: "flag",
    kinds: ALL_KINDS,
    strict: (_, flag) => (flag === false ? () => false : () => true),
    sql: (fact, flag) => (flag === false ? `${fact} IS NULL` : `${fact} IS NOT NULL`),
    words: { ko: (v) => (v[0] === "false" ? "정보 없음" : "정보 있음"), en: (v) => (v[0] === "false" ? "absent" : "present") },
  },
} as const satisfies Readonly<Record<Operator, OperatorDefinition>>))();

/**
 * The operators a condition may use, each defined once. Comparisons are typed by the fact (see
 * {@link FactKind} and the fact catalogue): money compares exactly, dates as dates, enums only with their
 * values; a fact of another type than the condition's makes it fail (`ne` and `notIn` pass), and a missing
 * fact (`undefined` or `null`) makes it undetermined for every operator except `exists`.
 *
 * | op | value | passes when the fact (present)… | applies to |
 * |---|---|---|---|
 * | `eq` / `ne` | one | equals / does not equal the value | every type but lists |
 * | `lt` `lte` `gt` `gte` | one | is below / at most / above / at least the value | number, string, date, money |
 * | `in` / `notIn` | list | equals one / none of the values | every type but lists |
 * | `contains` | one | is a list holding the value, or a string containing it | list, string |
 * | `startsWith` | one | is a string starting with the value (e.g. KSIC `"C"`) | string |
 * | `between` | pair | lies within `[min, max]`, both inclusive | number, string, date, money |
 * | `exists` | flag | is present (`true`, the default) / absent (`false`); never undetermined | every fact |
 *
 * @category Rules
 * @example
 * ```ts
 * import { operatorTable } from "technopark";
 * Object.keys(operatorTable).length; // 12
 * operatorTable.lt.words.en(["30"], true); // "fewer than 30"
 * ```
 */
export const operatorTable: OperatorTable = OPERATOR_TABLE;

/**
 * The type of {@link operatorTable}: one {@link OperatorDefinition} per operator.
 *
 * @category Rules
 * @example
 * ```ts
 * import { operatorTable, type OperatorTable } from "technopark";
 * const table: OperatorTable = operatorTable;
 * table.in.value; // "list"
 * ```
 */
export type OperatorTable = { readonly [Op in Operator]: OperatorDefinition };

/**
 * The operators a condition may use: the keys of {@link operatorTable}, where each is defined (the table is
 * checked to hold exactly these).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { Operator, Rule } from "technopark";
 * const op: Operator = "gte";
 * const rule: Rule = { fact: "company.regularWorkers", op, value: 30 };
 * ```
 */
export type Operator = "eq" | "ne" | "lt" | "lte" | "gt" | "gte" | "in" | "notIn" | "contains" | "startsWith" | "between" | "exists";

/**
 * The operator names, in the table's order.
 * @internal
 */
export const OPERATORS: readonly Operator[] = /* @__PURE__ */ (() => Object.freeze(Object.keys(OPERATOR_TABLE) as Operator[]))();

/**
 * Whether a value names an operator.
 * @internal
 */
export function isOperator(op: unknown): op is Operator {
  return typeof op === "string" && Object.hasOwn(OPERATOR_TABLE, op);
}

/**
 * The definition of an operator (typed as the common record).
 * @internal
 */
export function operatorOf(op: Operator): OperatorDefinition {
  return OPERATOR_TABLE[op];
}
