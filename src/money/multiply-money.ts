import { formatPath } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { MoneyDecimal } from "./decimal.js";
import { readDecimal } from "./decimal-input.js";
import { moneyFromUnits, normalize, readMoney } from "./minor-units.js";
import type { Money } from "./money.js";
import { decimalJsRounding, roundingModeOf, roundQuotient, type RoundingMode } from "./rounding.js";

/**
 * Options of {@link multiplyMoney} and {@link divideMoney}: how to round the exact result.
 * Pass it when a rule prescribes a rounding (e.g. subsidies cut down to the won with `"down"`).
 *
 * @category Money
 * @example
 * ```ts
 * import { divideMoney, money, type RoundingOptions } from "technopark";
 * const options: RoundingOptions = { rounding: "down" };
 * divideMoney(money("1000", "KRW"), 3, options); // { amount: "333", currency: "KRW" }
 * ```
 */
export interface RoundingOptions {
  /** How the exact result is rounded to the currency's minor digits; default `"half-even"`. */
  readonly rounding?: RoundingMode;
}

/**
 * Multiplies an amount by a decimal factor and rounds the exact product to the currency's minor digits
 * (half-even unless `options.rounding` says otherwise).
 * Use it for rates and shares: a 30% matching fund, VAT, a unit price times a quantity. The factor is read
 * exactly (`"0.1"`, `0.1` and `1n` are what they print as); NaN, Infinity and exponent strings throw `VALIDATION`.
 *
 * @param m - the amount
 * @param factor - a plain decimal string, a finite number or a bigint; may be negative
 * @param options - `rounding`: a {@link RoundingMode}, default `"half-even"`
 * @category Money
 * @example
 * ```ts
 * import { money, multiplyMoney } from "technopark";
 * multiplyMoney(money("1000", "KRW"), "0.3"); // { amount: "300", currency: "KRW" }
 * multiplyMoney(money("19.99", "USD"), 3); // { amount: "59.97", currency: "USD" }
 * multiplyMoney(money("5", "KRW"), "0.5"); // { amount: "2", currency: "KRW" } (2.5 → 2, half-even)
 * multiplyMoney(money("5", "KRW"), "0.5", { rounding: "half-up" }); // { amount: "3", currency: "KRW" }
 * ```
 */
export function multiplyMoney(m: Money, factor: string | number | bigint, options?: RoundingOptions): Money {
  const read = readMoney(m, ["m"]);
  const scaledFactor = readDecimal(factor, ["factor"]);
  const mode = roundingModeOf(options);
  // minor units × factor, rounded to a whole number of minor units (exact: 400 significant digits of
  // precision hold the product of a 64-digit amount and a 130-character factor)
  const product = new MoneyDecimal(read.units.toString()).times(scaledFactor.text).toDecimalPlaces(0, decimalJsRounding(mode));
  return moneyFromUnits(normalize(BigInt(product.toFixed(0))), read.currency, "multiplyMoney");
}

/**
 * Divides an amount by a decimal divisor and rounds the exact quotient to the currency's minor digits
 * (half-even unless `options.rounding` says otherwise). The rounding decides from the exact remainder,
 * never from a truncated expansion.
 * Use it for per-unit figures (a budget per company, a price per item); to split a sum into parts that add
 * up exactly use {@link allocateMoney} instead. A zero divisor throws `VALIDATION`.
 *
 * @param m - the amount
 * @param divisor - a non-zero plain decimal string, finite number or bigint
 * @param options - `rounding`: a {@link RoundingMode}, default `"half-even"`
 * @category Money
 * @example
 * ```ts
 * import { divideMoney, money } from "technopark";
 * divideMoney(money("100", "USD"), 3); // { amount: "33.33", currency: "USD" }
 * divideMoney(money("100", "USD"), 3, { rounding: "ceil" }); // { amount: "33.34", currency: "USD" }
 * ```
 */
export function divideMoney(m: Money, divisor: string | number | bigint, options?: RoundingOptions): Money {
  const read = readMoney(m, ["m"]);
  const scaledDivisor = readDecimal(divisor, ["divisor"]);
  const mode = roundingModeOf(options);
  if (scaledDivisor.digits === 0n) {
    throw new ValidationError(`${formatPath(["divisor"])}: expected a non-zero divisor, received ${scaledDivisor.text}`, {
      path: ["divisor"],
      issues: [{ path: ["divisor"], expected: "a non-zero decimal", received: scaledDivisor.text, message: "division by zero" }],
    });
  }
  // units / (digits / 10^scale) = units × 10^scale / digits
  const numerator = BigInt(read.units) * 10n ** BigInt(scaledDivisor.scale);
  return moneyFromUnits(normalize(roundQuotient(numerator, scaledDivisor.digits, mode)), read.currency, "divideMoney");
}
