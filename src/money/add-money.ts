import { addUnits, currencyMismatch, moneyFromUnits, readMoney, type MinorUnits } from "./minor-units.js";
import type { Money } from "./money.js";

/**
 * Adds two amounts of the same currency exactly (`0.1 + 0.2` is `"0.3"`).
 * Use it for running totals; mixing currencies throws `CURRENCY_MISMATCH` naming both, because a sum
 * of won and dollars has no meaning without a dated rate (see {@link convertMoney}).
 *
 * @category Money
 * @example
 * ```ts
 * import { addMoney, money } from "technopark";
 * addMoney(money("0.1", "USD"), money("0.2", "USD")); // { amount: "0.3", currency: "USD" }
 * ```
 */
export function addMoney(a: Money, b: Money): Money {
  const left = readMoney(a, ["a"]);
  const right = readMoney(b, ["b"]);
  if (left.currency !== right.currency) throw currencyMismatch("addMoney", left.currency.code, right.currency.code, ["b", "currency"]);
  return moneyFromUnits(addUnits(left.units, right.units), left.currency, "addMoney");
}

/**
 * Subtracts `b` from `a` exactly; both must be in the same currency.
 * Use it for differences such as budget minus spending; the result may be negative.
 *
 * @category Money
 * @example
 * ```ts
 * import { money, subtractMoney } from "technopark";
 * subtractMoney(money("1", "USD"), money("0.01", "USD")); // { amount: "0.99", currency: "USD" }
 * ```
 */
export function subtractMoney(a: Money, b: Money): Money {
  const left = readMoney(a, ["a"]);
  const right = readMoney(b, ["b"]);
  if (left.currency !== right.currency) throw currencyMismatch("subtractMoney", left.currency.code, right.currency.code, ["b", "currency"]);
  return moneyFromUnits(addUnits(left.units, negateUnits(right.units)), left.currency, "subtractMoney");
}

/**
 * The same amount with the opposite sign (`0` stays `"0"`, never `"-0"`).
 * Use it to turn a refund into a charge or to book the other side of a transfer.
 *
 * @category Money
 * @example
 * ```ts
 * import { money, negateMoney } from "technopark";
 * negateMoney(money("12.5", "USD")); // { amount: "-12.5", currency: "USD" }
 * ```
 */
export function negateMoney(m: Money): Money {
  const read = readMoney(m, ["m"]);
  return moneyFromUnits(negateUnits(read.units), read.currency, "negateMoney");
}

/**
 * Compares two amounts of the same currency: `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * Use it to sort or to test thresholds; comparing different currencies throws `CURRENCY_MISMATCH`.
 *
 * @category Money
 * @example
 * ```ts
 * import { compareMoney, money } from "technopark";
 * compareMoney(money("9.99", "USD"), money("10", "USD")); // -1
 * [money("3", "KRW"), money("1", "KRW")].sort(compareMoney).map((m) => m.amount); // ["1", "3"]
 * ```
 */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  const left = readMoney(a, ["a"]);
  const right = readMoney(b, ["b"]);
  if (left.currency !== right.currency) throw currencyMismatch("compareMoney", left.currency.code, right.currency.code, ["b", "currency"]);
  return left.units < right.units ? -1 : left.units > right.units ? 1 : 0;
}

/**
 * Tells whether an amount is zero (in any currency).
 * Use it to skip empty budget lines or to guard a division.
 *
 * @category Money
 * @example
 * ```ts
 * import { isZeroMoney, money } from "technopark";
 * isZeroMoney(money("-0.00", "USD")); // true
 * ```
 */
export function isZeroMoney(m: Money): boolean {
  const units = readMoney(m, ["m"]).units;
  return units === 0 || units === 0n;
}

function negateUnits(units: MinorUnits): MinorUnits {
  return typeof units === "number" ? (units === 0 ? 0 : -units) : -units;
}
