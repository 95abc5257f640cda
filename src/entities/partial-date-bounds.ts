import { describeValue, formatPath } from "../errors/format.js";
import { ValidationError, type FieldPath } from "../errors/technopark-error.js";
import { daysInMonth, isIsoDate } from "../time/iso-date.js";

const YEAR = /^\d{4}$/;
const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * Tells whether a value is a date as precise as a source gives it: a year (`"2004"`), a month (`"2019-07"`)
 * or a day (`"2018-11-28"`, a real calendar date).
 *
 * @category Entities
 * @example
 * ```ts
 * import { isPartialDate } from "technopark";
 * isPartialDate("2004"); // true
 * isPartialDate("2019-07"); // true
 * isPartialDate("2023-02-30"); // false
 * ```
 */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  if (YEAR.test(value)) return Number(value) >= 1;
  if (YEAR_MONTH.test(value)) return Number(value.slice(0, 4)) >= 1;
  return isIsoDate(value);
}

/**
 * The first and last calendar day a partial date may stand for.
 *
 * @category Entities
 * @example
 * ```ts
 * import { partialDateBounds, type DateBounds } from "technopark";
 * const year: DateBounds = partialDateBounds("2004"); // { first: "2004-01-01", last: "2004-12-31" }
 * ```
 */
export interface DateBounds {
  /** First day, `YYYY-MM-DD`. */
  readonly first: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly last: string;
}

/**
 * The first and last calendar day a `PartialDate` (see `technopark/schemas`) may stand for (`"2004"` → 2004-01-01…2004-12-31).
 * Throws a `VALIDATION` error for anything that is not a partial date.
 *
 * @param value - a partial date
 * @param path - where it came from, for the error message
 * @category Entities
 * @example
 * ```ts
 * import { partialDateBounds } from "technopark";
 * partialDateBounds("2004"); // { first: "2004-01-01", last: "2004-12-31" }
 * partialDateBounds("2024-02"); // { first: "2024-02-01", last: "2024-02-29" }
 * ```
 */
export function partialDateBounds(value: string, path: FieldPath = []): DateBounds {
  if (!isPartialDate(value)) {
    throw new ValidationError(`${formatPath(path)}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, received ${describeValue(value)}`, {
      path,
      issues: [{ path, expected: "YYYY | YYYY-MM | YYYY-MM-DD", received: describeValue(value), message: "invalid partial date" }],
    });
  }
  if (value.length === 4) return { first: `${value}-01-01`, last: `${value}-12-31` };
  if (value.length === 7) {
    const days = daysInMonth(Number(value.slice(0, 4)), Number(value.slice(5, 7)));
    return { first: `${value}-01`, last: `${value}-${String(days).padStart(2, "0")}` };
  }
  return { first: value, last: value };
}
