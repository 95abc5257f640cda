import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { VersionHistory } from "../time/versioned-schema.js";
import { RegionCode } from "./codes.js";
import { Milestone, organizationFields } from "./organization-base.js";
import { PartialDate } from "./partial-date.js";

/**
 * Schema of a technopark (테크노파크), a regional innovation hub and regular member of the Korea Technopark
 * Association. `regionCode` is the 법정동 prefix in force today and always equals the last (open-ended)
 * version of `regionCodes`, whose history keeps the older codes reachable (Gangwon 42 → 51 on 2023-06-11).
 *
 * @category Entities
 * @example
 * ```ts
 * import { Technopark } from "technopark/schemas";
 * Technopark.parse({
 *   id: "gangwon", kind: "technopark", name: { ko: "강원테크노파크", en: "Gangwon Technopark" },
 *   regionCode: "51",
 *   regionCodes: [
 *     { validFrom: "1995-01-01", validTo: "2023-06-11", value: "42" },
 *     { validFrom: "2023-06-11", value: "51" },
 *   ],
 *   founded: 2003, web: "gwtp.or.kr", source: "001_d4d5ca49a03203d9.txt",
 * });
 * ```
 */
export const Technopark = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"technopark"`. */
    kind: z.literal("technopark"),
    /** 법정동 prefix of its 시·도 in force today. */
    regionCode: RegionCode.describe("법정동 prefix of its 시·도 in force today"),
    /** 법정동 prefix of its 시·도 over time. */
    regionCodes: VersionHistory(RegionCode).min(1, "expected at least one version").describe("법정동 prefix of its 시·도 over time"),
    /** Year founded. */
    founded: z.number().int().min(1990).max(2100).describe("Year founded"),
    /** Date of designation, where the source dates it. */
    designatedOn: IsoDate.optional().describe("Date of designation, where the source dates it"),
    /** When it started operating, where it differs from founded. */
    launched: PartialDate.optional().describe("When it started operating, where it differs from founded"),
    /** First year of state funding, where it differs from founded. */
    stateFundedFrom: z.number().int().min(1990).max(2100).optional().describe("First year of state funding, where it differs from founded"),
    /** 시·군·구 of its seat, where a source names it. */
    seat: z
      .object({
        /** 시·군·구 of the seat, in Korean. */
        sigungu: z.string().min(1),
      })
      .optional().describe("시·군·구 of its seat, where a source names it"),
    /** Dated milestones in its history. */
    milestones: z.array(Milestone).optional(),
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const { regionCode, regionCodes } = ctx.value;
    const last = regionCodes[regionCodes.length - 1];
    if (last !== undefined && (last.value !== regionCode || last.validTo !== undefined)) {
      ctx.issues.push({
        code: "custom",
        path: ["regionCode"],
        input: regionCode,
        message: `expected the code of the open-ended last regionCodes version (${last.validTo === undefined ? `"${last.value}"` : "none: the last version has ended"}), received ${describeValue(regionCode)}`,
      });
    }
  })
  .meta({ id: "Technopark", description: "A technopark (테크노파크)" }))();
/**
 * A technopark (테크노파크).
 *
 * @category Entities
 */
export type Technopark = z.output<typeof Technopark>;
