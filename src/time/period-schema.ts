import { z } from "zod";
import { isPeriod } from "./period.js";

/**
 * The lengths of reporting period this library names: a fiscal year (`"2024"`), a half (`"2024-H2"`),
 * a quarter (`"2024-Q3"`) or a month (`"2024-07"`). Korea's fiscal year is the calendar year, so every
 * period is a run of calendar months.
 *
 * @category Time
 * @example
 * ```ts
 * import { PeriodGranularity } from "technopark/schemas";
 * PeriodGranularity.parse("quarter"); // "quarter"
 * PeriodGranularity.safeParse("week").success; // false
 * ```
 */
export const PeriodGranularity = /* @__PURE__ */ (() => z
  .literal(["year", "half", "quarter", "month"])
  .meta({ id: "PeriodGranularity", description: "Length of a reporting period: year, half, quarter or month" }))();

/**
 * Schema of a reporting period label: `"2024"` (fiscal year), `"2024-H1"`/`"2024-H2"`, `"2024-Q1"`…`"2024-Q4"`
 * or `"2024-01"`…`"2024-12"`. Labels of one granularity sort chronologically as plain strings.
 *
 * @category Time
 * @example
 * ```ts
 * import { Period } from "technopark/schemas";
 * Period.parse("2024-H2"); // "2024-H2"
 * Period.safeParse("2024-13").success; // false
 * ```
 */
export const Period = /* @__PURE__ */ (() => z
  .string()
  .refine(isPeriod, { message: 'expected a period "YYYY", "YYYY-Hn", "YYYY-Qn" or "YYYY-MM"' })
  .meta({ id: "Period", description: "Reporting period: YYYY (fiscal year), YYYY-H1/H2, YYYY-Q1..Q4 or YYYY-MM" }))();
/** The length of a reporting period: `"year" | "half" | "quarter" | "month"`. @category Time */
export type PeriodGranularity = z.output<typeof PeriodGranularity>;
/** A reporting period label such as `"2024"`, `"2024-H2"`, `"2024-Q3"` or `"2024-07"`. @category Time */
export type Period = z.output<typeof Period>;
