import { z } from "zod";
import { IsoDate } from "../time/iso-date-schema.js";
import { currencies } from "./currencies.js";
import { RATE_PATTERN, MAX_RATE_LENGTH, type FxRate as FxRateValue } from "./fx-rate.js";

const CurrencyCode = /* @__PURE__ */ (() => z
  .string()
  .refine((code) => Object.hasOwn(currencies, code), { error: () => `expected a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})` }))();

/**
 * Schema of one dated exchange rate: from `validFrom` on, 1 `base` = `rate` `quote` (e.g. 1 USD = 1350.5 KRW),
 * until a later rate for the same pair takes over.
 * Rates are data the caller supplies with their `source` (this library ships no live rates). A rate is used
 * quote→base (dividing) only when `invertible` is `true`: a published bank rate usually is not symmetric.
 *
 * @category Money
 * @example
 * ```ts
 * import { FxRate } from "technopark/schemas";
 * FxRate.parse({ base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-19", source: "Bank of Korea" });
 * ```
 */
export const FxRate = /* @__PURE__ */ (() => z
  .object({
    /** ISO 4217 code of the currency being priced: 1 unit of it buys `rate` units of `quote`. */
    base: CurrencyCode.meta({ description: "ISO 4217 code of the currency being priced (1 unit of it)" }),
    /** ISO 4217 code of the currency the price is in. */
    quote: CurrencyCode.meta({ description: "ISO 4217 code of the currency the price is in" }),
    /** How many `quote` units one `base` unit buys, as a positive plain decimal string (`"1350.5"`). */
    rate: z
      .string()
      .regex(RATE_PATTERN, { message: "expected a positive plain decimal string (no exponent, no sign)" })
      .refine((rate) => /[1-9]/.test(rate), { message: "expected a rate greater than zero" })
      .refine((rate) => rate.length <= MAX_RATE_LENGTH, { error: () => `expected at most ${MAX_RATE_LENGTH} characters` })
      .meta({ description: "How many quote units one base unit buys, as a positive plain decimal string" }),
    /** First day (YYYY-MM-DD, Asia/Seoul) the rate applies; it applies until a later rate of the pair takes over. */
    validFrom: IsoDate.meta({ description: "First day (Asia/Seoul) the rate applies, YYYY-MM-DD" }),
    /** Where the rate comes from (publisher, URL or source file). */
    source: z.string().optional().meta({ description: "Where the rate comes from (publisher, URL or file)" }),
    /** When `true` the rate may also convert `quote` into `base` (by dividing); otherwise only `base` into `quote`. */
    invertible: z.boolean().optional().meta({ description: "When true the rate may also convert quote→base (by dividing)" }),
  })
  .refine((rate) => rate.base !== rate.quote, { message: "expected base and quote to differ", path: ["quote"] })
  .meta({ id: "FxRate", description: "A dated exchange rate: from validFrom on, 1 base = rate quote" }))();

/** One dated exchange rate (the same type as `FxRate` in `technopark`). @category Money */
export type FxRate = FxRateValue;
