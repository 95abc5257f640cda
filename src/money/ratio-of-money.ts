import { formatPath } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { MoneyDecimal } from "./decimal.js";
import { currencyMismatch, readMoney } from "./minor-units.js";
import type { Money } from "./money.js";

/**
 * The ratio of two amounts of the same currency as a plain JS number (the exact quotient, correctly rounded
 * to the nearest double).
 * Use it for rates that are reported as numbers, such as budget execution (spent ÷ allocated) or a share of
 * exports; the inputs stay exact Money. Different currencies throw `CURRENCY_MISMATCH`; a zero denominator
 * throws `VALIDATION`.
 *
 * @category Money
 * @example
 * ```ts
 * import { money, ratioOfMoney } from "technopark";
 * ratioOfMoney(money("352000000000", "KRW"), money("1000000000000", "KRW")); // 0.352
 * ```
 */
export function ratioOfMoney(numerator: Money, denominator: Money): number {
  const top = readMoney(numerator, ["numerator"]);
  const bottom = readMoney(denominator, ["denominator"]);
  if (top.currency !== bottom.currency) throw currencyMismatch("ratioOfMoney", top.currency.code, bottom.currency.code, ["denominator", "currency"]);
  if (bottom.units === 0 || bottom.units === 0n) {
    throw new ValidationError(`${formatPath(["denominator"])}: expected a non-zero amount, received "0" ${bottom.currency.code}`, {
      path: ["denominator"],
      issues: [{ path: ["denominator"], expected: "a non-zero amount", received: "0", message: "division by zero" }],
    });
  }
  // Two safe integers are exact doubles, so IEEE division already gives the correctly rounded quotient.
  const ratio =
    typeof top.units === "number" && typeof bottom.units === "number"
      ? top.units / bottom.units
      : new MoneyDecimal(top.units.toString()).div(bottom.units.toString()).toNumber();
  return ratio === 0 ? 0 : ratio; // never -0
}
