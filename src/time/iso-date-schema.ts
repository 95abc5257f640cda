import { z } from "zod";
import { isIsoDate } from "./iso-date.js";

/**
 * Schema of an ISO `YYYY-MM-DD` calendar date string; impossible dates such as `2023-02-30` are refused.
 *
 * @category Time
 * @example
 * ```ts
 * import { IsoDate } from "technopark/schemas";
 * IsoDate.parse("2023-10-17"); // "2023-10-17"
 * IsoDate.safeParse("2023-02-30").success; // false
 * ```
 */
export const IsoDate = /* @__PURE__ */ (() => z
  .string()
  .refine(isIsoDate, { message: "expected a real calendar date in YYYY-MM-DD form" })
  .meta({ description: "Calendar date, ISO 8601 YYYY-MM-DD, read in Asia/Seoul", format: "date" }))();
/** An ISO `YYYY-MM-DD` calendar date string (Asia/Seoul). @category Time */
export type IsoDate = z.output<typeof IsoDate>;
