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
        /** Holds a business registration (사업자등록) or is the representative of a registered corporation (법인설립등기). */
        hasBusinessRegistration: z.boolean().optional().describe("Holds a business registration (사업자등록) or a registered corporation (법인설립등기)"),
        /** Largest or oligopolistic shareholder (최대주주·과점주주) of a firm. */
        isMajorShareholder: z.boolean().optional().describe("Largest or oligopolistic shareholder (최대주주·과점주주) of a firm"),
        /** Has closed a business before (폐업 이력). */
        hasClosedBusiness: z.boolean().optional().describe("Has closed a business before (폐업 이력)"),
        /** The earlier business that was closed: its closure date and industry. */
        previousBusiness: z
          .object({
            /** Closure date (폐업일). */
            closedOn: IsoDate.optional(),
            /** Its KSIC code (5 digits to compare industries by 세세분류). */
            ksic: z.string().regex(/^[A-U]?\d{2,5}$/, "expected a KSIC code: 2 to 5 digits, optionally after its section letter").optional(),
          })
          .optional()
          .describe("The earlier business that was closed: its closure date and industry"),
      })
      .optional(),
    /** Month-end headcounts of the previous fiscal year, for the regular-worker count. */
    monthEndHeadcounts: z.array(MonthEndHeadcount).optional(),
    /** Regular workers (상시근로자) when already computed; overrides monthEndHeadcounts. */
    regularWorkers: z.number().nonnegative().optional().describe("Regular workers (상시근로자) when already computed; overrides monthEndHeadcounts"),
    /** Average annual revenue (3-year average for SME status). */
    averageRevenue: Money.optional().describe("Average annual revenue (3-year average for SME status)"),
    /** Revenue of the previous fiscal year (직전 사업연도 매출액); `averageRevenue` stays the 3-year average of 별표1. */
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
    /** Where the head office or main site (본사·주사업장) is, when it differs from `location`. */
    headOffice: z
      .object({
        /** 법정동 시·도 code of the head office. */
        regionCode: RegionCode,
      })
      .optional()
      .describe("Where the head office or main site (본사·주사업장) is"),
    /** In a key industry designated for its region (지역 주력산업), as the region's technopark lists them. */
    inRegionalKeyIndustry: z.boolean().optional().describe("In a key industry designated for its region (지역 주력산업)"),
    /** In a new-industry field (신산업 창업분야), for which start-up programmes count up to 10 years. */
    newIndustryField: z.boolean().optional().describe("In a new-industry field (신산업 창업분야)"),
    /** The deep-tech field of the 2026 deep-tech tracks, if any. */
    deepTechField: z.literal(["big-data-ai", "bio-health", "future-mobility", "eco-energy", "robotics"]).optional().describe("Deep-tech field (2026 deep-tech tracks)"),
    /** R&D spending as a percentage of revenue (매출액 대비 연구개발비 비중, e.g. 5 for 5 %). */
    rndSpendingShare: z.number().nonnegative().optional().describe("R&D spending as a percentage of revenue (5 for 5 %)"),
    /** National or local tax arrears (국세·지방세 체납). */
    taxArrears: z.boolean().optional().describe("National or local tax arrears (국세·지방세 체납)"),
    /** In default (채무불이행) with a financial institution. */
    inDefault: z.boolean().optional().describe("In default (채무불이행)"),
    /** Barred from national R&D programmes (국가연구개발사업 참여제한). */
    barredFromNationalRnd: z.boolean().optional().describe("Barred from national R&D programmes (국가연구개발사업 참여제한)"),
    /** Affiliate of a large company (대기업 계열사). */
    largeCompanyAffiliate: z.boolean().optional().describe("Affiliate of a large company (대기업 계열사)"),
    /** Business suspended or closed (휴업·폐업). */
    suspendedOrClosed: z.boolean().optional().describe("Business suspended or closed (휴업·폐업)"),
    /** Innovation vouchers (혁신바우처) received in the last 5 years. */
    innovationVoucherUses: z.number().int().nonnegative().optional().describe("Innovation vouchers (혁신바우처) received in the last 5 years"),
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
