import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { Money } from "../money/money-schema.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { BilingualText } from "./bilingual.js";
import { CountryCode, EntityId } from "./codes.js";
import { checkNonNegativeMoney } from "./money-checks.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of the stage an export deal reached: `consultation` (상담), `contract` (계약) or `joint-agreement`
 * (공동연구·생산 협약).
 *
 * @category Entities
 * @example
 * ```ts
 * import { DealStage } from "technopark/schemas";
 * DealStage.parse("joint-agreement");
 * ```
 */
export const DealStage = /* @__PURE__ */ (() => z
  .literal(["consultation", "contract", "joint-agreement"])
  .meta({ id: "DealStage", description: "consultation, contract or joint-agreement" }))();
/**
 * The stage an export deal reached.
 *
 * @category Entities
 */
export type DealStage = z.output<typeof DealStage>;

/**
 * Schema of one itemised export deal: exporter, counterparty, stage, value, term and date. When the source
 * groups several buyers without splitting the value (㈜무계바이오's USD 3,000,000 with three buyers in
 * Uzbekistan and Russia), the deal keeps them together: `countries` lists their countries and `count` their
 * number, and `country` is left out. When the source does not date the deal within its event, `date` is left
 * out and `during` gives the event's dates.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ExportDeal } from "technopark/schemas";
 * ExportDeal.parse({
 *   id: "example-deal", eventId: "inno-week-2023",
 *   exporter: { name: { ko: "㈜마루에너지" }, organizationId: "maru-energy" },
 *   counterparty: { name: "DigitalAgro", country: "UZ" },
 *   stage: "contract", value: { amount: "3500000", currency: "USD" }, term: "P3Y",
 *   during: { from: "2023-10-17", to: "2023-10-20" }, source: "004_eb2f545a800af44b.txt",
 * });
 * ```
 */
export const ExportDeal = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Event where the deal was made. */
    eventId: EntityId.optional().describe("Event where the deal was made"),
    /** The exporting company. */
    exporter: z.object({
      /** Name in Korean and English. */
      name: z.object({
        /** Name in Korean. */
        ko: z.string().min(1),
        /** Name in English, where a source gives one. */
        en: z.string().min(1).optional(),
      }),
      /** Id of the organization (resolves in the reference `organizations`). */
      organizationId: EntityId.optional(),
      /** 시·군·구 of the exporter, where reported. */
      sigungu: z.string().min(1).optional().describe("시·군·구 of the exporter, where reported"),
    }),
    /** The buyer or partner abroad. */
    counterparty: z.object({
      /** Name as the source gives it, or a description when not named. */
      name: z.string().min(1).describe("Name as the source gives it, or a description when not named"),
      /** Id of the organization (resolves in the reference `organizations`). */
      organizationId: EntityId.optional(),
      /** Country of a single counterparty. */
      country: CountryCode.optional().describe("Country of a single counterparty"),
      /** Countries of a group of counterparties. */
      countries: z.array(CountryCode).min(1).optional().describe("Countries of a group of counterparties"),
      /** Number of counterparties in a group. */
      count: z.number().int().positive().optional().describe("Number of counterparties in a group"),
    }),
    /** Stage the deal reached. */
    stage: DealStage,
    /** Value of the deal. */
    value: Money,
    /** Duration of the contract, ISO 8601 (P3Y = three years). */
    term: z
      .string()
      .regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+D)?$/, "expected an ISO 8601 duration such as P3Y")
      .optional()
      .describe("Duration of the contract, ISO 8601 (P3Y = three years)"),
    /** Date of the deal, where reported. */
    date: IsoDate.optional().describe("Date of the deal, where reported"),
    /** Dates it fell within, when not dated exactly. */
    during: z
      .object({
        /** First day it may have happened. */
        from: IsoDate,
        /** Last day it may have happened. */
        to: IsoDate,
      })
      .optional().describe("Dates it fell within, when not dated exactly"),
    /** What is sold or developed. */
    product: BilingualText.optional(),
    ...Provenance.shape,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const { counterparty, date, during, value } = ctx.value;
    if ((counterparty.country === undefined) === (counterparty.countries === undefined)) {
      ctx.issues.push({ code: "custom", path: ["counterparty", "country"], input: counterparty.country, message: "expected exactly one of country (one counterparty) or countries (a group)" });
    }
    if ((date === undefined) === (during === undefined)) {
      ctx.issues.push({ code: "custom", path: ["date"], input: date, message: "expected exactly one of date or during" });
    }
    if (during !== undefined && during.to < during.from) {
      ctx.issues.push({ code: "custom", path: ["during", "to"], input: during.to, message: `expected a date on or after ${during.from}, received ${describeValue(during.to)}` });
    }
    checkNonNegativeMoney(ctx, value, ["value", "amount"]);
  })
  .meta({ id: "ExportDeal", description: "One itemised export deal" }))();
/**
 * One itemised export deal.
 *
 * @category Entities
 */
export type ExportDeal = z.output<typeof ExportDeal>;
