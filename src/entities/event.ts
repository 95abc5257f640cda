import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { Money } from "../money/money-schema.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { BilingualText } from "./bilingual.js";
import { CountryCode, EntityId } from "./codes.js";
import { checkNonNegativeMoney } from "./money-checks.js";
import { Provenance } from "./provenance.js";

const Tally = /* @__PURE__ */ (() => z.object({
  /** Number of items, where reported. */
  count: z.number().int().nonnegative().optional().describe("Number of items, where reported"),
  /** Total value reported. */
  value: Money.describe("Total value reported"),
}))();

/**
 * Schema of the aggregate export results an organizer reports for an event (INNO WEEK 2023 as of 2023-10-27:
 * 140 consultations worth USD 9,000,000, contracts USD 6,500,000, joint agreements USD 5,000,000). Kept apart
 * from the itemised {@link ExportDeal}s, so a rollup of the named deals can be checked against it.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ExportResults } from "technopark/schemas";
 * ExportResults.parse({
 *   asOf: "2023-10-27",
 *   consultations: { count: 140, value: { amount: "9000000", currency: "USD" } },
 *   contracts: { value: { amount: "6500000", currency: "USD" } },
 *   jointAgreements: { value: { amount: "5000000", currency: "USD" } },
 * });
 * ```
 */
export const ExportResults = /* @__PURE__ */ (() => z
  .object({
    /** Date the totals were counted. */
    asOf: IsoDate.describe("Date the totals were counted"),
    /** Consultations: number and value. */
    consultations: Tally.extend({
      /** Number of consultations. */
      count: z.number().int().nonnegative(),
    }),
    /** Export contracts: value (and number, where reported). */
    contracts: Tally,
    /** Joint R&D/production agreements: value (and number, where reported). */
    jointAgreements: Tally,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    for (const key of ["consultations", "contracts", "jointAgreements"] as const) checkNonNegativeMoney(ctx, ctx.value[key].value, [key, "value", "amount"]);
  })
  .meta({ id: "ExportResults", description: "Aggregate export results reported for an event" }))();
/**
 * Aggregate export results reported for an event.
 *
 * @category Entities
 */
export type ExportResults = z.output<typeof ExportResults>;

/**
 * Schema of an event (exhibition, results meeting, forum): when and where, who organised and ran it, how many
 * took part and, for export fairs, the results reported.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Event } from "technopark/schemas";
 * Event.parse({
 *   id: "example-fair", kind: "exhibition", name: { ko: "예시 박람회", en: "Example fair" },
 *   city: { ko: "타슈켄트", en: "Tashkent" }, country: "UZ",
 *   startDate: "2023-10-17", endDate: "2023-10-20", organizerIds: ["uz-ministry-higher-education"],
 *   source: "004_eb2f545a800af44b.txt",
 * });
 * ```
 */
export const Event = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Kind of event. */
    kind: z.literal(["exhibition", "results-meeting", "forum"]),
    /** Name in Korean and English. */
    name: BilingualText,
    /** City, where reported. */
    city: BilingualText.optional(),
    /** Country, ISO 3166-1 alpha-2. */
    country: CountryCode,
    /** Venue, where reported. */
    venue: BilingualText.optional(),
    /** First day. */
    startDate: IsoDate,
    /** Last day (inclusive). */
    endDate: IsoDate,
    /** Organizations that host the event. */
    organizerIds: z.array(EntityId).describe("Organizations that host the event"),
    /** Organizations that ran the part reported on (e.g. the Korea pavilion). */
    operatorIds: z.array(EntityId).optional().describe("Organizations that ran the part reported on (e.g. the Korea pavilion)"),
    /** Named participating organizations. */
    participantIds: z.array(EntityId).optional().describe("Named participating organizations"),
    /** Participant counts, where reported. */
    participants: z
      .object({
        /** Number of participating companies. */
        companies: z.number().int().nonnegative().optional(),
        /** Number of participating universities. */
        universities: z.number().int().nonnegative().optional(),
        /** Number of attendees (approximate where the source says 'about'). */
        attendees: z.number().int().nonnegative().optional(),
      })
      .optional()
      .describe("Participant counts, where reported"),
    /** Aggregate results the organizer reported. */
    reported: ExportResults.optional(),
    ...Provenance.shape,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const { startDate, endDate, reported } = ctx.value;
    if (endDate < startDate) ctx.issues.push({ code: "custom", path: ["endDate"], input: endDate, message: `expected a date on or after startDate ${startDate}, received ${describeValue(endDate)}` });
    if (reported !== undefined && reported.asOf < startDate) {
      ctx.issues.push({ code: "custom", path: ["reported", "asOf"], input: reported.asOf, message: `expected a date on or after startDate ${startDate}, received ${describeValue(reported.asOf)}` });
    }
  })
  .meta({ id: "Event", description: "An exhibition, results meeting or forum" }))();
/**
 * An event.
 *
 * @category Entities
 */
export type Event = z.output<typeof Event>;
