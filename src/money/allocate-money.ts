import { describeValue, formatPath } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { readDecimal, type ScaledDecimal } from "./decimal-input.js";
import { moneyFromUnits, normalize, readMoney } from "./minor-units.js";
import { invalidValue } from "../errors/invalid-value.js";
import type { Money } from "./money.js";

/**
 * Splits an amount into parts proportional to `ratios` with nothing lost: the parts add up exactly to `m`.
 * Use it to split a programme budget between technoparks or a joint contract between partners: each part
 * first gets the whole minor units of its exact share (rounded towards zero), and the few units left over go
 * one each to the parts with the largest remainders (earlier parts first on ties; largest-remainder method).
 * A part with ratio 0 gets zero. A negative amount is split like its absolute value, every part negative.
 *
 * @param m - the amount to split
 * @param ratios - one non-negative weight per part (numbers or decimal strings), with a positive total;
 *   anything else throws `VALIDATION`
 * @returns one Money per ratio, in the same order and currency as `m`
 * @category Money
 * @example
 * ```ts
 * import { allocateMoney, money } from "technopark";
 * allocateMoney(money("100", "KRW"), [1, 1, 1]).map((m) => m.amount); // ["34", "33", "33"]
 * allocateMoney(money("0.05", "USD"), [3, 7]).map((m) => m.amount); // ["0.02", "0.03"]
 * ```
 */
export function allocateMoney(m: Money, ratios: readonly (number | string)[]): Money[] {
  const read = readMoney(m, ["m"]);
  if (!Array.isArray(ratios) || ratios.length === 0) throw invalidValue(["ratios"], "a non-empty array of non-negative ratios", ratios);
  const weights: ScaledDecimal[] = ratios.map((ratio, index) => {
    const weight = readDecimal(ratio, ["ratios", index], "a non-negative finite decimal (number or plain decimal string)");
    if (weight.digits < 0n) throw invalidValue(["ratios", index], "a non-negative ratio", ratio);
    return weight;
  });
  const scale = weights.reduce((max, weight) => Math.max(max, weight.scale), 0);
  const scaled = weights.map((weight) => weight.digits * 10n ** BigInt(scale - weight.scale));
  const total = scaled.reduce((sum, weight) => sum + weight, 0n);
  if (total === 0n) {
    throw new ValidationError(`${formatPath(["ratios"])}: expected ratios with a positive total, received ${describeValue(ratios)} summing to 0`, {
      path: ["ratios"],
      issues: [{ path: ["ratios"], expected: "ratios with a positive total", received: "a total of 0", message: "all ratios are zero" }],
    });
  }
  const units = BigInt(read.units);
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const parts = scaled.map((weight) => (magnitude * weight) / total);
  const remainders = scaled.map((weight, index) => ({ index, remainder: (magnitude * weight) % total }));
  let leftover = magnitude - parts.reduce((sum, part) => sum + part, 0n);
  remainders.sort((a, b) => (a.remainder > b.remainder ? -1 : a.remainder < b.remainder ? 1 : a.index - b.index));
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    parts[index]! += 1n;
    leftover -= 1n;
  }
  return parts.map((part) => moneyFromUnits(normalize(negative ? -part : part), read.currency, "allocateMoney"));
}
