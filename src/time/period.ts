import { describeValue, formatPath } from "../errors/format.js";
import { ValidationError, type FieldPath } from "../errors/technopark-error.js";
import { daysInMonth, toIsoDate, type DateLike } from "./iso-date.js";

/** The length of a reporting period: `"year" | "half" | "quarter" | "month"` (a fiscal year, a half, a quarter or a month). @category Time */
export type PeriodGranularity = "year" | "half" | "quarter" | "month";

const PERIOD = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])))?$/;

const MONTHS_IN: Readonly<Record<PeriodGranularity, number>> = { year: 12, half: 6, quarter: 3, month: 1 };

/** A period taken apart: its year, length and the first month it covers (1–12). */
interface PeriodParts {
  readonly year: number;
  readonly granularity: PeriodGranularity;
  readonly firstMonth: number;
}

function parsePeriod(period: string): PeriodParts | undefined {
  const match = PERIOD.exec(period);
  if (match === null) return undefined;
  const year = Number(match[1]);
  if (year < 1) return undefined;
  if (match[2] !== undefined) return { year, granularity: "half", firstMonth: (Number(match[2]) - 1) * 6 + 1 };
  if (match[3] !== undefined) return { year, granularity: "quarter", firstMonth: (Number(match[3]) - 1) * 3 + 1 };
  if (match[4] !== undefined) return { year, granularity: "month", firstMonth: Number(match[4]) };
  return { year, granularity: "year", firstMonth: 1 };
}

function periodLabel(year: number, granularity: PeriodGranularity, month: number): string {
  const y = String(year).padStart(4, "0");
  switch (granularity) {
    case "year":
      return y;
    case "half":
      return `${y}-H${month <= 6 ? 1 : 2}`;
    case "quarter":
      return `${y}-Q${Math.floor((month - 1) / 3) + 1}`;
    case "month":
      return `${y}-${String(month).padStart(2, "0")}`;
  }
}

function invalidPeriod(value: unknown, path: FieldPath): ValidationError {
  const received = describeValue(value);
  return new ValidationError(
    `${formatPath(path)}: expected a period "YYYY", "YYYY-H1"…"YYYY-H2", "YYYY-Q1"…"YYYY-Q4" or "YYYY-MM", received ${received}`,
    { path, issues: [{ path, expected: "YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM", received, message: "invalid period" }] },
  );
}

function requirePeriod(period: string, path: FieldPath): PeriodParts {
  const parts = typeof period === "string" ? parsePeriod(period) : undefined;
  if (parts === undefined) throw invalidPeriod(period, path);
  return parts;
}

function requireGranularity(granularity: PeriodGranularity, path: FieldPath): void {
  if (typeof granularity !== "string" || !Object.hasOwn(MONTHS_IN, granularity)) {
    const received = describeValue(granularity);
    throw new ValidationError(`${formatPath(path)}: expected one of "year", "half", "quarter", "month", received ${received}`, {
      path,
      issues: [{ path, expected: "year | half | quarter | month", received, message: "invalid granularity" }],
    });
  }
}

/**
 * Tells whether a string names a reporting period: `"2024"`, `"2024-H2"`, `"2024-Q3"` or `"2024-07"`.
 * Use it to guard untrusted input before {@link periodBounds} or a year-over-year series.
 *
 * @param value - anything
 * @category Time
 * @example
 * ```ts
 * import { isPeriod } from "technopark";
 * isPeriod("2024-Q3"); // true
 * isPeriod("2024-Q5"); // false
 * ```
 */
export function isPeriod(value: unknown): value is string {
  return typeof value === "string" && parsePeriod(value) !== undefined;
}

/** A reporting period label such as `"2024"`, `"2024-H2"`, `"2024-Q3"` or `"2024-07"`; check one with {@link isPeriod}. @category Time */
export type Period = string;

/**
 * The period of a given length that a date falls in, read in Asia/Seoul. Use it to bucket dated records
 * (deals, disbursements) into fiscal years, halves, quarters or months.
 *
 * @param on - the date (`YYYY-MM-DD` or a `Date`, read as its Seoul calendar day)
 * @param granularity - `"year"`, `"half"`, `"quarter"` or `"month"`
 * @category Time
 * @example
 * ```ts
 * import { periodOf } from "technopark";
 * periodOf("2024-07-15", "year"); // "2024"
 * periodOf("2024-07-15", "half"); // "2024-H2"
 * periodOf("2024-07-15", "quarter"); // "2024-Q3"
 * periodOf("2024-07-15", "month"); // "2024-07"
 * ```
 */
export function periodOf(on: DateLike, granularity: PeriodGranularity): string {
  requireGranularity(granularity, ["granularity"]);
  const day = toIsoDate(on, ["on"]);
  return periodLabel(Number(day.slice(0, 4)), granularity, Number(day.slice(5, 7)));
}

/**
 * The granularity of a period label (`"2024-Q3"` → `"quarter"`). Throws `VALIDATION` for a label that is
 * not a period.
 *
 * @param period - a period label
 * @category Time
 * @example
 * ```ts
 * import { periodGranularityOf } from "technopark";
 * periodGranularityOf("2024"); // "year"
 * periodGranularityOf("2024-07"); // "month"
 * ```
 */
export function periodGranularityOf(period: string): PeriodGranularity {
  return requirePeriod(period, ["period"]).granularity;
}

/**
 * The days a period covers, as {@link periodBounds} returns them: `start <= day && day < end`.
 *
 * @category Time
 * @example
 * ```ts
 * import { periodBounds, type PeriodBounds } from "technopark";
 * const q3: PeriodBounds = periodBounds("2024-Q3"); // { start: "2024-07-01", end: "2024-10-01" }
 * ```
 */
export interface PeriodBounds {
  /** The first day of the period (`YYYY-MM-DD`, inclusive). */
  readonly start: string;
  /** The first day after the period (`YYYY-MM-DD`, exclusive). */
  readonly end: string;
}

/**
 * The first day of a period and the first day after it (`end` is exclusive, like `validTo`), as
 * `YYYY-MM-DD`. Use it to filter dated records with `start <= date && date < end`.
 * A period of year 9999 has no representable end and is refused with `VALIDATION`.
 *
 * @param period - a period label
 * @category Time
 * @example
 * ```ts
 * import { periodBounds } from "technopark";
 * periodBounds("2024"); // { start: "2024-01-01", end: "2025-01-01" }
 * periodBounds("2024-Q1"); // { start: "2024-01-01", end: "2024-04-01" }
 * periodBounds("2024-02"); // { start: "2024-02-01", end: "2024-03-01" }
 * ```
 */
export function periodBounds(period: string): PeriodBounds {
  const parts = requirePeriod(period, ["period"]);
  const afterMonth = parts.firstMonth + MONTHS_IN[parts.granularity];
  const endYear = afterMonth > 12 ? parts.year + 1 : parts.year;
  if (endYear > 9999) throw invalidPeriod(period, ["period"]);
  const endMonth = afterMonth > 12 ? afterMonth - 12 : afterMonth;
  return { start: isoDay(parts.year, parts.firstMonth, 1), end: isoDay(endYear, endMonth, 1) };
}

/**
 * The last day of a period (inclusive), as `YYYY-MM-DD`: what a Korean report writes as the period end
 * (`2024-06-30` for `2024-H1`).
 *
 * @param period - a period label
 * @category Time
 * @example
 * ```ts
 * import { periodLastDay } from "technopark";
 * periodLastDay("2024-02"); // "2024-02-29"
 * periodLastDay("2023-H1"); // "2023-06-30"
 * ```
 */
export function periodLastDay(period: string): string {
  const parts = requirePeriod(period, ["period"]);
  const lastMonth = parts.firstMonth + MONTHS_IN[parts.granularity] - 1;
  return isoDay(parts.year, lastMonth, daysInMonth(parts.year, lastMonth));
}

/**
 * Tells whether a date falls in a period (read in Asia/Seoul).
 *
 * @param period - a period label
 * @param on - the date
 * @category Time
 * @example
 * ```ts
 * import { periodContains } from "technopark";
 * periodContains("2023-Q4", "2023-10-19"); // true
 * periodContains("2023-H1", "2023-10-19"); // false
 * ```
 */
export function periodContains(period: string, on: DateLike): boolean {
  const parts = requirePeriod(period, ["period"]);
  const day = toIsoDate(on, ["on"]);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  return year === parts.year && month >= parts.firstMonth && month < parts.firstMonth + MONTHS_IN[parts.granularity];
}

/**
 * The period `steps` periods after (or, negative, before) a period, of the same granularity.
 * Use it to find the previous quarter or the same month last year (`shiftPeriod(p, -12)` for months).
 *
 * @param period - a period label
 * @param steps - a whole number of periods to move
 * @category Time
 * @example
 * ```ts
 * import { shiftPeriod } from "technopark";
 * shiftPeriod("2024-Q4", 1); // "2025-Q1"
 * shiftPeriod("2024-01", -1); // "2023-12"
 * shiftPeriod("2024-H2", -2); // "2023-H2"
 * ```
 */
export function shiftPeriod(period: string, steps: number): string {
  const parts = requirePeriod(period, ["period"]);
  if (!Number.isSafeInteger(steps)) {
    throw new ValidationError(`steps: expected a whole number, received ${describeValue(steps)}`, {
      path: ["steps"],
      issues: [{ path: ["steps"], expected: "integer", received: describeValue(steps), message: "invalid steps" }],
    });
  }
  const size = MONTHS_IN[parts.granularity];
  const index = parts.year * 12 + (parts.firstMonth - 1) + steps * size;
  const year = Math.floor(index / 12);
  if (year < 1 || year > 9999) {
    throw new ValidationError(`steps: shifting ${period} by ${steps} leaves the years 0001–9999`, {
      path: ["steps"],
      issues: [{ path: ["steps"], expected: "a shift that stays within years 0001–9999", received: String(steps), message: "out of range" }],
    });
  }
  return periodLabel(year, parts.granularity, (index % 12) + 1);
}

/**
 * Every period of a granularity from the one containing `from` to the one containing `to`, both included,
 * in chronological order. Use it to lay out the rows of a time series so that empty periods show up.
 * `to` before `from` throws `VALIDATION`.
 *
 * @param from - the first date
 * @param to - the last date (inclusive)
 * @param granularity - the period length
 * @category Time
 * @example
 * ```ts
 * import { periodsBetween } from "technopark";
 * periodsBetween("2023-11-20", "2024-02-01", "month"); // ["2023-11", "2023-12", "2024-01", "2024-02"]
 * periodsBetween("2007-01-01", "2009-12-31", "year"); // ["2007", "2008", "2009"]
 * ```
 */
export function periodsBetween(from: DateLike, to: DateLike, granularity: PeriodGranularity): string[] {
  requireGranularity(granularity, ["granularity"]);
  const start = toIsoDate(from, ["from"]);
  const end = toIsoDate(to, ["to"]);
  if (end < start) {
    throw new ValidationError(`to: expected a date on or after from (${start}), received ${describeValue(end)}`, {
      path: ["to"],
      issues: [{ path: ["to"], expected: `a date on or after ${start}`, received: describeValue(end), message: "to is before from" }],
    });
  }
  const size = MONTHS_IN[granularity];
  const first = Number(start.slice(0, 4)) * 12 + Math.floor((Number(start.slice(5, 7)) - 1) / size) * size;
  const last = Number(end.slice(0, 4)) * 12 + Math.floor((Number(end.slice(5, 7)) - 1) / size) * size;
  const periods: string[] = [];
  for (let index = first; index <= last; index += size) {
    periods.push(periodLabel(Math.floor(index / 12), granularity, (index % 12) + 1));
  }
  return periods;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
