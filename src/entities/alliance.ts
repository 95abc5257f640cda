import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { VersionHistory } from "../time/versioned-schema.js";
import { BilingualText } from "./bilingual.js";
import { EntityId } from "./codes.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of a standing alliance of organizations (해오름동맹: Ulsan, Pohang and Gyeongju), with its member
 * set over time as effective-dated versions and the agreements that founded or extended it.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Alliance } from "technopark/schemas";
 * Alliance.parse({
 *   id: "haeoreum", name: { ko: "해오름동맹", en: "Haeoreum Alliance" }, formed: "2016-06-30",
 *   members: [{ validFrom: "2016-06-30", value: ["ulsan-city", "pohang-city", "gyeongju-city"] }],
 *   agreementIds: ["haeoreum-alliance-2016"], source: "https://example.org/haeoreum",
 * });
 * ```
 */
export const Alliance = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Name in Korean and English. */
    name: BilingualText,
    /** Date the alliance was formed. */
    formed: IsoDate.describe("Date the alliance was formed"),
    /** Member organization ids over time. */
    members: VersionHistory(z.array(EntityId).min(1)).min(1, "expected at least one version").describe("Member organization ids over time"),
    /** Agreements that founded or extended the alliance. */
    agreementIds: z.array(EntityId).describe("Agreements that founded or extended the alliance"),
    /** Standing council of the alliance. */
    council: BilingualText.optional().describe("Standing council of the alliance"),
    /** Area the alliance covers. */
    area: BilingualText.optional().describe("Area the alliance covers"),
    ...Provenance.shape,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const first = ctx.value.members[0];
    if (first !== undefined && first.validFrom !== ctx.value.formed) {
      ctx.issues.push({ code: "custom", path: ["members", 0, "validFrom"], input: first.validFrom, message: `expected the first member set to start on formed ${ctx.value.formed}, received ${describeValue(first.validFrom)}` });
    }
  })
  .meta({ id: "Alliance", description: "A standing alliance with its members over time" }))();
/**
 * A standing alliance of organizations.
 *
 * @category Entities
 */
export type Alliance = z.output<typeof Alliance>;
