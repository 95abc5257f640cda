import { describeValue, formatPath } from "../errors/format.js";
import { ValidationError, type FieldPath } from "../errors/technopark-error.js";

/**
 * One month-end headcount given to {@link regularWorkerCount}, already net of the statutory exclusions
 * (the `MonthEndHeadcount` entity has this shape).
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { MonthEndCount } from "technopark";
 * const december: MonthEndCount = { month: "2024-12", fullTime: 29, partTime60h: 1 };
 * ```
 */
export type MonthEndCount = {
  /** The month, `YYYY-MM`. */
  readonly month: string;
  /** Regular workers on the last day of the month, part-timers excluded (a non-negative integer). */
  readonly fullTime: number;
  /** Part-timers contracted for 60 hours a month or more on that day; each counts 0.5 (default 0). */
  readonly partTime60h?: number | undefined;
};

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The number of regular workers (상시근로자 수) under 소상공인기본법 시행령 제3조: the sum over the months given of
 * the month-end headcount, each part-timer of 60 h/month or more counting 0.5, divided by the number of months.
 * Fractions are kept (`29.5` stays `29.5`); the sum is taken in exact half-units, so there is no float drift.
 *
 * What to pass: the month-ends of the previous fiscal year (12 entries); for a firm founded during that
 * period, the month-ends since founding; for a firm founded in the calculation month, that one day's count.
 * The counts must already be net of the statutory exclusions: executives (registered directors and
 * auditors), day labourers, fixed-term contracts of 3 months or less, dedicated researchers of a corporate
 * R&D lab, and part-timers contracted for less than 60 hours a month. Bad input (empty list, a month not in
 * `YYYY-MM` form, the same month twice, a negative or fractional count) throws `VALIDATION` naming the entry.
 *
 * @param monthEnds - month-end headcounts, one per month
 * @category Statutes
 * @example
 * ```ts
 * import { regularWorkerCount } from "technopark";
 * const months = ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];
 * regularWorkerCount(months.map((m) => ({ month: `2024-${m}`, fullTime: 29, partTime60h: 1 }))); // 29.5
 * regularWorkerCount([{ month: "2024-11", fullTime: 30 }, { month: "2024-12", fullTime: 31 }]); // 30.5
 * ```
 */
export function regularWorkerCount(monthEnds: readonly MonthEndCount[]): number {
  if (!Array.isArray(monthEnds)) {
    throw invalid(["monthEnds"], "an array of month-end headcounts", describeValue(monthEnds));
  }
  if (monthEnds.length === 0) {
    throw invalid(
      ["monthEnds"],
      "at least one month-end headcount (소상공인기본법 시행령 제3조 averages month-end counts)",
      "an empty array",
    );
  }
  const seen = new Map<string, number>();
  let halfUnits = 0;
  for (let index = 0; index < monthEnds.length; index++) {
    const entry: unknown = monthEnds[index];
    if (typeof entry !== "object" || entry === null) {
      throw invalid(["monthEnds", index], "an object { month, fullTime, partTime60h? }", describeValue(entry));
    }
    const { month, fullTime, partTime60h } = entry as Record<string, unknown>;
    if (typeof month !== "string" || !MONTH.test(month)) {
      throw invalid(["monthEnds", index, "month"], "a month in YYYY-MM form", describeValue(month));
    }
    const earlier = seen.get(month);
    if (earlier !== undefined) {
      throw invalid(["monthEnds", index, "month"], `a month not given before (monthEnds[${earlier}] is already ${month})`, describeValue(month));
    }
    seen.set(month, index);
    halfUnits += 2 * count(fullTime, index, "fullTime");
    if (partTime60h !== undefined) halfUnits += count(partTime60h, index, "partTime60h");
  }
  if (!Number.isSafeInteger(halfUnits)) {
    throw invalid(["monthEnds"], "headcounts whose total stays below 2^52", "a larger total");
  }
  // Both operands are exact integers: the one rounding is the final division.
  return halfUnits / (2 * monthEnds.length);
}

function count(value: unknown, index: number, key: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
    throw invalid(["monthEnds", index, key], "a non-negative integer", describeValue(value));
  }
  return value;
}

function invalid(path: FieldPath, expected: string, received: string): ValidationError {
  return new ValidationError(`${formatPath(path)}: expected ${expected}, received ${received}`, {
    path,
    issues: [{ path, expected, received, message: `expected ${expected}` }],
  });
}
