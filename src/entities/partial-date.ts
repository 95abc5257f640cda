import { z } from "zod";
import { isPartialDate } from "./partial-date-bounds.js";


/**
 * Schema of a date known only as precisely as its source states it: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
 * Used where an article says "in 2004" (the association's membership timeline) instead of inventing a day.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PartialDate } from "technopark/schemas";
 * PartialDate.parse("2005");
 * PartialDate.safeParse("2005-13").success; // false
 * ```
 */
export const PartialDate = /* @__PURE__ */ (() => z
  .string()
  .refine(isPartialDate, { message: "expected a date as YYYY, YYYY-MM or a real calendar date YYYY-MM-DD" })
  .meta({ id: "PartialDate", description: "A date with the precision its source gives: YYYY, YYYY-MM or YYYY-MM-DD" }))();
/**
 * A date with source precision: `"YYYY"`, `"YYYY-MM"` or `"YYYY-MM-DD"`.
 *
 * @category Entities
 */
export type PartialDate = z.output<typeof PartialDate>;
