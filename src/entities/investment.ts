import { z } from "zod";
import { Money } from "../money/money-schema.js";
import { IsoDate } from "../time/iso-date-schema.js";
import { BilingualText } from "./bilingual.js";
import { EntityId } from "./codes.js";
import { checkNonNegativeMoney } from "./money-checks.js";
import { PartialDate } from "./partial-date.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of an investment a source attributes to an organization (Gyeonggi TP's 664억 원 manufacturing
 * innovation platform, Chungnam TP's 5,281억 원 display plan by 2025): amount, status when reported, period.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Investment } from "technopark/schemas";
 * Investment.parse({
 *   id: "example", organizationId: "chungnam", title: { ko: "차세대 디스플레이", en: "Next-generation display" },
 *   amount: { amount: "528100000000", currency: "KRW" }, status: "planned", period: { to: "2025" },
 *   reportedOn: "2020-09-21", source: "001_d4d5ca49a03203d9.txt",
 * });
 * ```
 */
export const Investment = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Id of the organization (resolves in the reference `organizations`). */
    organizationId: EntityId,
    /** Title in Korean and English. */
    title: BilingualText,
    /** Amount invested or planned. */
    amount: Money,
    /** As of reportedOn. */
    status: z.literal(["completed", "in-progress", "planned"]).describe("As of reportedOn"),
    /** Years it covers, as precisely as the source gives them. */
    period: z
      .object({
        /** First year (or month, or day) it covers. */
        from: PartialDate.optional(),
        /** Last year (or month, or day) it covers. */
        to: PartialDate.optional(),
      })
      .optional(),
    /** Date of the report the amount comes from. */
    reportedOn: IsoDate.describe("Date of the report the amount comes from"),
    ...Provenance.shape,
  })
  .check((ctx) => {
    if (ctx.issues.length === 0) checkNonNegativeMoney(ctx, ctx.value.amount, ["amount", "amount"]);
  })
  .meta({ id: "Investment", description: "An investment a source attributes to an organization" }))();
/**
 * An investment attributed to an organization.
 *
 * @category Entities
 */
export type Investment = z.output<typeof Investment>;
