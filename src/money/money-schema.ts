import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { currencies } from "./currencies.js";
import { canonicalAmount, type Money as MoneyValue } from "./money.js";
import { MAX_AMOUNT_DIGITS } from "./minor-units.js";

/**
 * Schema of an amount of money: a canonical decimal string and an ISO 4217 currency code this library knows.
 * Parsing checks that the amount is canonical (no exponent, no leading `+` or zeros, no trailing fraction
 * zeros, `-0` written `0`) and has no more fraction digits than the currency allows.
 *
 * @category Money
 * @example
 * ```ts
 * import { Money } from "technopark/schemas";
 * Money.parse({ amount: "6500000", currency: "USD" });
 * Money.safeParse({ amount: "1.50", currency: "USD" }).success; // false: write "1.5"
 * ```
 */
export const Money = /* @__PURE__ */ (() => z
  .object({
    /** Canonical decimal string: no exponent, no leading `+`, no trailing fraction zeros (`"6500000"`, `"0.1"`, `"-12.5"`). */
    amount: z.string().meta({ description: "Canonical decimal string: no exponent, no leading +, no trailing fraction zeros" }),
    /** ISO 4217 code of a currency in {@link currencies}, e.g. `"KRW"`. */
    currency: z.string().meta({ description: "ISO 4217 code, e.g. KRW or USD" }),
  })
  .readonly()
  .check((ctx) => {
    const { amount, currency } = ctx.value;
    const known = currencies[currency];
    if (known === undefined || !Object.hasOwn(currencies, currency)) {
      ctx.issues.push({ code: "custom", message: `expected a known ISO 4217 currency code, received ${describeValue(currency)}`, path: ["currency"], input: currency });
      return;
    }
    if (canonicalAmount(amount, known) !== amount) {
      ctx.issues.push({
        code: "custom",
        message: `expected a canonical decimal string with at most ${known.minorDigits} fraction digits for ${currency} and at most ${MAX_AMOUNT_DIGITS} digits, received ${describeValue(amount)}`,
        path: ["amount"],
        input: amount,
      });
    }
  })
  .meta({ id: "Money", description: "An exact amount of money in one currency" }))();

/** An exact amount of money (`amount` a canonical decimal string); the same type as `Money` in `technopark`. @category Money */
export type Money = MoneyValue;
