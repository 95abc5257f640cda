import { describeValue, formatPath } from "../errors/format.js";
import type { ErrorIssue, FieldPath } from "../errors/technopark-error.js";
import { isIsoDate } from "../time/iso-date.js";
import { currencies } from "./currencies.js";

/**
 * One dated exchange rate: from `validFrom` on, 1 `base` = `rate` `quote`; usable quote→base only when `invertible`.
 * Keep a table of them (with sources) and pass it to {@link convertMoney}; validate untrusted tables with the
 * `FxRate` schema of `technopark/schemas`.
 *
 * @category Money
 * @example
 * ```ts
 * import type { FxRate } from "technopark";
 * const usdKrw: FxRate = { base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-01", source: "example", invertible: true };
 * ```
 */
export type FxRate = {
  /** ISO 4217 code of the currency being priced: 1 unit of it buys `rate` units of `quote`. */
  base: string;
  /** ISO 4217 code of the currency the price is in. */
  quote: string;
  /** How many `quote` units one `base` unit buys, as a positive plain decimal string (`"1350.5"`). */
  rate: string;
  /** First day (YYYY-MM-DD, Asia/Seoul) the rate applies; it applies until a later rate of the pair takes over. */
  validFrom: string;
  /** Where the rate comes from (publisher, URL or source file). */
  source?: string | undefined;
  /** When `true` the rate may also convert `quote` into `base` (by dividing); otherwise only `base` into `quote`. */
  invertible?: boolean | undefined;
};

/** A rate is a positive plain decimal string: digits, an optional fraction, no sign, no exponent. @internal */
export const RATE_PATTERN = /^\d+(?:\.\d+)?$/;
/** Longest rate string accepted (characters). @internal */
export const MAX_RATE_LENGTH = 130;

/**
 * What is wrong with one entry of a rate table, each issue with its path under `path` and a message
 * "path: expected …, received …"; empty when the entry is a valid {@link FxRate}.
 * @internal
 */
export function fxRateIssues(entry: object, path: FieldPath): ErrorIssue[] {
  const record = entry as Record<string, unknown>;
  // own properties only: an inherited `rate` (a polluted prototype) is not part of the entry
  const own = (field: string): unknown => (Object.hasOwn(record, field) ? record[field] : undefined);
  const issues: ErrorIssue[] = [];
  const check = (field: string, ok: boolean, expected: string): void => {
    if (ok) return;
    const at = [...path, field];
    const received = describeValue(own(field));
    issues.push({ path: at, expected, received, message: `${formatPath(at)}: expected ${expected}, received ${received}` });
  };
  const known = `a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})`;
  const [base, quote, rate, validFrom, source, invertible] = ["base", "quote", "rate", "validFrom", "source", "invertible"].map(own);
  const isCurrency = (code: unknown): boolean => typeof code === "string" && Object.hasOwn(currencies, code);
  check("base", isCurrency(base), known);
  check("quote", isCurrency(quote), known);
  if (typeof rate !== "string" || !RATE_PATTERN.test(rate)) check("rate", false, "a positive plain decimal string (no exponent, no sign)");
  else if (!/[1-9]/.test(rate)) check("rate", false, "a rate greater than zero");
  else check("rate", rate.length <= MAX_RATE_LENGTH, `at most ${MAX_RATE_LENGTH} characters`);
  check("validFrom", isIsoDate(validFrom), "a real calendar date in YYYY-MM-DD form");
  check("source", source === undefined || typeof source === "string", "a string");
  check("invertible", invertible === undefined || typeof invertible === "boolean", "a boolean");
  if (issues.length === 0) check("quote", base !== quote, "a currency different from base");
  return issues;
}
