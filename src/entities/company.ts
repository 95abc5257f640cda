import { z } from "zod";
import { Money } from "../money/money-schema.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { RegionCode } from "./codes.js";

/**
 * Schema of one month-end headcount, the raw input of the regular-worker count
 * (소상공인기본법 시행령 제3조). Counts are already net of the statutory exclusions
 * (executives, day labourers, contracts of 3 months or less, dedicated researchers, part-timers under 60 h/month).
 *
 * @category Entities
 * @example
 * ```ts
 * import { MonthEndHeadcount } from "technopark/schemas";
 * MonthEndHeadcount.parse({ month: "2024-12", fullTime: 29, partTime60h: 1 });
 * ```
 */
export const MonthEndHeadcount = /* @__PURE__ */ (() => z
  .object({
    /** The month, `YYYY-MM`. */
    month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "expected a month in YYYY-MM form"),
    /** Full-time regular workers on the last day of the month. */
    fullTime: z.number().int().nonnegative(),
    /** Part-timers contracted for 60 hours a month or more (each counts 0.5). */
    partTime60h: z.number().int().nonnegative().optional(),
  })
  .meta({ id: "MonthEndHeadcount", description: "Regular workers on the last day of a month, net of statutory exclusions" }))();
/** One month-end headcount. @category Entities */
export type MonthEndHeadcount = z.output<typeof MonthEndHeadcount>;

/**
 * Schema of a company: the subject of eligibility checks. Every fact a programme rule may ask about is
 * optional, so that an incomplete record is judged `undetermined` rather than refused.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Company } from "technopark/schemas";
 * const company = Company.parse({
 *   id: "c-001",
 *   name: { ko: "㈜무계바이오" },
 *   location: { regionCode: "47", sigungu: "영천시" },
 *   ksic: "20",
 *   foundedOn: "2016-03-02",
 * });
 * ```
 */
export const Company = /* @__PURE__ */ (() => z
  .object({
    /** Stable id of the company record. */
    id: z.string().min(1),
    /** Name in Korean, and in English where known. */
    name: z.object({
      /** Name in Korean. */
      ko: z.string().min(1),
      /** Name in English, where known. */
      en: z.string().min(1).optional(),
    }),
    /** Where the company is located. */
    location: z
      .object({
        /** 법정동 시·도 code in force, e.g. 47 for 경상북도. */
        regionCode: RegionCode.describe("법정동 시·도 code in force, e.g. 47 for 경상북도"),
        /** 시·군·구 name in Korean, e.g. 영천시. */
        sigungu: z.string().min(1).optional().describe("시·군·구 name in Korean, e.g. 영천시"),
      })
      .optional(),
    /** Korean Standard Industrial Classification code of the main industry. */
    ksic: z
      .string()
      .regex(/^[A-U]?\d{2,5}$/, "expected a KSIC code: 2 to 5 digits, optionally after its section letter (e.g. 29 or C29199)")
      .optional()
      .describe("Korean Standard Industrial Classification code of the main industry"),
    /** Date the company was founded (start of business). */
    foundedOn: IsoDate.optional(),
    /** The representative (대표자). */
    representative: z
      .object({
        /** Birth date, for the youth-founder test (만 39세 이하). */
        birthDate: IsoDate.optional(),
      })
      .optional(),
    /** Month-end headcounts of the previous fiscal year, for the regular-worker count. */
    monthEndHeadcounts: z.array(MonthEndHeadcount).optional(),
    /** Regular workers (상시근로자) when already computed; overrides monthEndHeadcounts. */
    regularWorkers: z.number().nonnegative().optional().describe("Regular workers (상시근로자) when already computed; overrides monthEndHeadcounts"),
    /** Average annual revenue (3-year average for SME status). */
    averageRevenue: Money.optional().describe("Average annual revenue (3-year average for SME status)"),
    /** Revenue of the previous fiscal year (직전 사업연도 매출액), as the national programmes ask for it. */
    previousYearRevenue: Money.optional().describe("Revenue of the previous fiscal year (직전 사업연도 매출액)"),
    /** Total assets at the end of the previous fiscal year. */
    totalAssets: Money.optional(),
    /** Member of a 공시대상기업집단 (excluded from SME status). */
    inListedGroup: z.boolean().optional().describe("Member of a 공시대상기업집단 (excluded from SME status)"),
    /** Manufactures railway-vehicle or aircraft seats: the KSIC code alone cannot tell (C31202/C31322 → the 1,500억 원 row of 별표1 from 2025-09-01). */
    seatManufacturing: z
      .boolean()
      .optional()
      .describe("Manufactures railway-vehicle or aircraft seats (C31202/C31322 → 1,500억 원 row of 별표1 from 2025-09-01)"),
    /** Tenancy in a technopark, where the company is a tenant. */
    tenancy: z
      .object({
        /** Id of the technopark. */
        technoparkId: z.string().min(1),
        /** Since when, where known. */
        since: IsoDate.optional(),
      })
      .optional(),
  })
  .meta({ id: "Company", description: "A company, the subject of eligibility checks" }))();
/** A company, the subject of eligibility checks. @category Entities */
export type Company = z.output<typeof Company>;
