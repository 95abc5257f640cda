import type { Currency } from "./currencies.js";
import { currencies } from "./currencies.js";
import { currencyMismatch, moneyFromUnits, normalize, parseMinorUnits, parseMinorUnitsFast } from "./minor-units.js";
import { invalidValue } from "../errors/invalid-value.js";
import { currencyOf, type Money } from "./money.js";

/** Flush the plain-number accumulator into the bigint total beyond this magnitude (2^52). */
const FLUSH_AT = 2 ** 52;

/**
 * Adds up amounts of one currency exactly (`0.1 + 0.2` is `"0.3"`, a million cents add to the cent).
 * Use it for budget and export-deal totals. An empty list needs `currency` and gives zero; with `currency`
 * given every item must be in it. Mixed currencies throw `CURRENCY_MISMATCH` naming both.
 *
 * Fast and exact: each amount is read as integer minor units in a plain number and added while the running
 * total stays below 2^52 (every step exact); beyond that the total moves into a bigint, and amounts with more
 * than 15 digits are read as bigints. The result equals decimal.js `plus` in a loop, digit for digit.
 *
 * @param items - any iterable of {@link Money} (array, generator, `Set`)
 * @param currency - the currency of the total; required when `items` may be empty
 * @category Money
 * @example
 * ```ts
 * import { money, sumMoney } from "technopark";
 * sumMoney([money("0.1", "USD"), money("0.2", "USD")]); // { amount: "0.3", currency: "USD" }
 * sumMoney([], "KRW"); // { amount: "0", currency: "KRW" }
 * ```
 */
export function sumMoney(items: Iterable<Money>, currency?: string): Money {
  let expected: Currency | undefined = currency === undefined ? undefined : currencyOf(currency);
  if (items === null || typeof items !== "object" || typeof (items as Partial<Iterable<Money>>)[Symbol.iterator] !== "function") {
    throw invalidValue(["items"], "an iterable of Money", items);
  }
  let code = expected === undefined ? "" : expected.code;
  let minorDigits = expected === undefined ? 0 : expected.minorDigits;
  let total = 0;
  let big = 0n;
  let index = 0;
  for (const item of items) {
    if (typeof item !== "object" || item === null) throw invalidValue(["items", index], "a Money object { amount, currency }", item);
    const itemCurrency = item.currency;
    if (itemCurrency !== code || expected === undefined) {
      if (typeof itemCurrency !== "string" || !Object.hasOwn(currencies, itemCurrency)) {
        throw invalidValue(["items", index, "currency"], `a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})`, itemCurrency);
      }
      if (expected !== undefined) throw currencyMismatch("sumMoney", code, itemCurrency, ["items", index, "currency"]);
      expected = currencies[itemCurrency]!;
      code = expected.code;
      minorDigits = expected.minorDigits;
    }
    const amount = item.amount;
    const fast = typeof amount === "string" ? parseMinorUnitsFast(amount, minorDigits) : Number.NaN;
    if (fast === fast) {
      total += fast;
      if (total >= FLUSH_AT || total <= -FLUSH_AT) {
        big += BigInt(total);
        total = 0;
      }
    } else {
      const units = typeof amount === "string" ? parseMinorUnits(amount, minorDigits) : undefined;
      if (units === undefined) {
        throw invalidValue(["items", index, "amount"], `a plain decimal string with at most ${minorDigits} fraction digits for ${code}`, amount);
      }
      big += BigInt(units);
    }
    index++;
  }
  if (expected === undefined) {
    throw invalidValue(["currency"], "a currency code when the list of amounts is empty (the currency of its zero total)", currency);
  }
  return moneyFromUnits(big === 0n ? total : normalize(big + BigInt(total)), expected, "sumMoney");
}
