import { currencies } from "../money/currencies.js";
import { currencyMismatch, parseMinorUnits, type MinorUnits } from "../money/minor-units.js";
import { isIsoDate, toIsoDate } from "../time/iso-date.js";

/**
 * The type of a fact, as the fact catalogue records it and as a custom condition may declare it:
 *
 * | type | values | compared |
 * |---|---|---|
 * | `number` | finite numbers | numerically |
 * | `string` | strings | by Unicode code point (so `"\uFF01"` sorts before `"😀"`, as in SQL with `COLLATE "C"`) |
 * | `boolean` | `true` / `false` | by identity |
 * | `date` | ISO `YYYY-MM-DD` strings (a `Date` fact is read in Asia/Seoul) | as dates |
 * | `money` | `Money` (`{ amount, currency }`) | exactly, as decimals; another currency throws `CURRENCY_MISMATCH` |
 * | `enum` | one of the fact's listed strings | by identity (no order) |
 * | `list` | arrays | `contains` an element (strict equality) |
 *
 * @category Rules
 * @example
 * ```ts
 * import { factCatalogue, type FactKind } from "technopark";
 * const kind: FactKind = factCatalogue["company.averageRevenue"].type; // "money"
 * ```
 */
export type FactKind = "number" | "string" | "boolean" | "date" | "money" | "enum" | "list";

/**
 * How a condition compares: a fact type, or `"json"` (a fact the catalogue does not know and the condition does
 * not type: JavaScript's strict equality, numbers with numbers and strings with strings by code point), or
 * `"record"` (an object of the catalogue such as `company.location`: only `exists`).
 * @internal
 */
export type ComparisonKind = FactKind | "json" | "record";

/** A present fact that does not have the comparison's type: every test but `ne`/`notIn` fails on it. @internal */
export const MISMATCH: unique symbol = Symbol("mismatch");

/**
 * The comparable form of money: integer minor units and the currency code.
 * @internal
 */
export interface MoneyKey {
  readonly units: MinorUnits;
  readonly currency: string;
}

/**
 * One comparison kind: how a rule value and a present fact become comparable keys, and how keys compare.
 * `value` returns `undefined` for a rule value of the wrong type (the caller reports it); `fact` returns
 * {@link MISMATCH} for a fact of the wrong type (the condition then fails, as strict comparisons always have).
 * @internal
 */
export interface Comparison {
  readonly kind: ComparisonKind;
  /** What a rule value of this kind looks like, for error messages. */
  readonly expected: string;
  /** The rule value as a key, or `undefined` when it is not of this kind. */
  value(value: unknown): unknown;
  /** A present fact as a key, or `MISMATCH`. */
  fact(actual: unknown): unknown;
  /** Equality of two keys. */
  equals(a: unknown, b: unknown): boolean;
  /** Order of two keys (negative, zero, positive; `NaN` when they do not compare), for ordered kinds only. */
  readonly order?: (a: unknown, b: unknown) => number;
  /** `true` when a fact's key is the fact itself and keys are equal exactly when `===` (all kinds but money and dates): tests then compare the fact directly. */
  readonly identity?: true;
}

/**
 * Compares two strings by Unicode code point, as SQL does under a binary collation: UTF-16 order except
 * where a surrogate (a code point above U+FFFF) meets a unit from U+E000 to U+FFFF.
 * @internal
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xSurrogate = x >= 0xd800 && x <= 0xdfff;
    const ySurrogate = y >= 0xd800 && y <= 0xdfff;
    if (xSurrogate !== ySurrogate && (xSurrogate ? y >= 0xe000 : x >= 0xe000)) return xSurrogate ? 1 : -1;
    return x - y;
  }
  return a.length - b.length;
}

function orderNumbers(a: unknown, b: unknown): number {
  const x = a as number;
  const y = b as number;
  return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
}

const identity = (a: unknown, b: unknown): boolean => a === b;

const numberComparison: Comparison = {
  kind: "number",
  expected: "a finite number",
  value: (value) => (typeof value === "number" && Number.isFinite(value) ? value : undefined),
  fact: (actual) => (typeof actual === "number" ? actual : MISMATCH),
  equals: identity,
  order: orderNumbers,
  identity: true,
};

const stringComparison: Comparison = {
  kind: "string",
  expected: "a string",
  value: (value) => (typeof value === "string" ? value : undefined),
  fact: (actual) => (typeof actual === "string" ? actual : MISMATCH),
  equals: identity,
  order: (a, b) => compareCodePoints(a as string, b as string),
  identity: true,
};

const booleanComparison: Comparison = {
  kind: "boolean",
  expected: "true or false",
  value: (value) => (typeof value === "boolean" ? value : undefined),
  fact: (actual) => (typeof actual === "boolean" ? actual : MISMATCH),
  equals: identity,
  identity: true,
};

const dateComparison: Comparison = {
  kind: "date",
  expected: "an ISO date YYYY-MM-DD",
  value: (value) => (isIsoDate(value) ? value : undefined),
  fact: (actual) => {
    if (typeof actual === "string") return isIsoDate(actual) ? actual : MISMATCH;
    // a Date (also from another realm) is read as its day in Asia/Seoul
    if (Object.prototype.toString.call(actual) !== "[object Date]" || Number.isNaN((actual as Date).getTime())) return MISMATCH;
    try {
      return toIsoDate(actual as Date);
    } catch {
      return MISMATCH; // a year outside 1..9999
    }
  },
  equals: identity,
  // ISO dates of four-digit years order as their strings do
  order: (a, b) => ((a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0),
};

/** A `Money`-shaped value as a key, or `undefined` (unknown currency, malformed amount, other shapes). */
function moneyKey(value: unknown): MoneyKey | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  if (typeof amount !== "string" || typeof currency !== "string" || !Object.hasOwn(currencies, currency)) return undefined;
  const units = parseMinorUnits(amount, currencies[currency]!.minorDigits);
  return units === undefined ? undefined : { units, currency };
}

function sameCurrency(fact: MoneyKey, threshold: MoneyKey): void {
  if (fact.currency !== threshold.currency) throw currencyMismatch("evaluate", threshold.currency, fact.currency, ["fact", "currency"]);
}

const moneyComparison: Comparison = {
  kind: "money",
  expected: 'a Money value { amount: "2000000000", currency: "KRW" }',
  value: moneyKey,
  fact: (actual) => moneyKey(actual) ?? MISMATCH,
  equals: (a, b) => {
    sameCurrency(a as MoneyKey, b as MoneyKey);
    // minor units may be a number or a bigint; == compares across the two exactly
    // eslint-disable-next-line eqeqeq
    return (a as MoneyKey).units == (b as MoneyKey).units;
  },
  order: (a, b) => {
    sameCurrency(a as MoneyKey, b as MoneyKey);
    const x = (a as MoneyKey).units;
    const y = (b as MoneyKey).units;
    return x < y ? -1 : x > y ? 1 : 0;
  },
};

const listComparison: Comparison = {
  kind: "list",
  expected: "a list element (a string, number or boolean)",
  value: (value) => (value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value)) ? value : undefined),
  fact: (actual) => (Array.isArray(actual) ? actual : MISMATCH),
  equals: identity,
};

const recordComparison: Comparison = {
  kind: "record",
  expected: "nothing (only exists applies to an object)",
  value: () => undefined,
  fact: (actual) => actual,
  equals: () => false,
};

/** Untyped facts: the library's historical strict semantics (===, numbers with numbers, strings with strings). */
const jsonComparison: Comparison = {
  kind: "json",
  expected: "a string, number, boolean, null or Money value",
  value: (value) => {
    if (value === null || typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") return Number.isFinite(value) ? value : undefined;
    return undefined;
  },
  fact: (actual) => actual,
  equals: identity,
  identity: true,
  order: (a, b) => {
    const type = typeof a;
    if (type !== typeof b) return Number.NaN;
    if (type === "number") return orderNumbers(a, b);
    if (type === "string") return compareCodePoints(a as string, b as string);
    return Number.NaN;
  },
};

/**
 * Enum facts compare like strings for equality; the allowed values are checked when the rule is prepared.
 * @internal
 */
export const enumComparison: Comparison = /* @__PURE__ */ (() => ({ ...stringComparison, kind: "enum" as const, expected: "one of the fact's values" }))();

/**
 * The comparison of each kind.
 * @internal
 */
export const COMPARISONS: Readonly<Record<ComparisonKind, Comparison>> = /* @__PURE__ */ Object.freeze({
  number: numberComparison,
  string: stringComparison,
  boolean: booleanComparison,
  date: dateComparison,
  money: moneyComparison,
  enum: enumComparison,
  list: listComparison,
  record: recordComparison,
  json: jsonComparison,
});

/**
 * The comparison an untyped condition takes from its value: money for a `Money` value, the historical
 * strict semantics otherwise.
 * @internal
 */
export function inferredKind(value: unknown): ComparisonKind {
  const sample = Array.isArray(value) ? value[0] : value;
  return moneyKey(sample) !== undefined ? "money" : "json";
}
