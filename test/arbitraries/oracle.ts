// An independent big-integer oracle for money results (issue 17): exact rationals and rounding written from the
// definitions with floor division, sharing no code with src/money (which truncates and rounds from the
// remainder) and not calling decimal.js, which src/money uses for multiplyMoney.
import { MAX_AMOUNT_DIGITS, type RoundingMode } from "../../src/index.js";
import { canonicalUnits } from "./money.js";

/** A plain decimal string as `digits / 10^scale`. */
export function parseDecimal(text: string): { digits: bigint; scale: number } {
  if (!/^-?\d+(\.\d+)?$/.test(text)) throw new Error(`oracle: not a plain decimal: ${text}`);
  const [integer, fraction = ""] = text.split(".");
  return { digits: BigInt(`${integer}${fraction}`), scale: fraction.length };
}

/** `floor(n / d)` for d > 0. */
function floorDiv(n: bigint, d: bigint): bigint {
  const q = n / d;
  return n < 0n && q * d !== n ? q - 1n : q;
}

/** The integer `num / den` rounds to under `mode`, read from the definitions of the modes. */
export function roundRational(num: bigint, den: bigint, mode: RoundingMode): bigint {
  if (den === 0n) throw new Error("oracle: zero denominator");
  if (den < 0n) return roundRational(-num, -den, mode);
  const below = floorDiv(num, den); // the neighbour towards −∞
  const rest = num - below * den; // 0 <= rest < den
  if (rest === 0n) return below;
  const above = below + 1n;
  const positive = num > 0n;
  const towardZero = positive ? below : above;
  const awayFromZero = positive ? above : below;
  const nearer = 2n * rest < den ? below : 2n * rest > den ? above : undefined;
  switch (mode) {
    case "floor":
      return below;
    case "ceil":
      return above;
    case "down":
      return towardZero;
    case "up":
      return awayFromZero;
    case "half-up":
      return nearer ?? awayFromZero;
    case "half-down":
      return nearer ?? towardZero;
    case "half-even":
      return nearer ?? (below % 2n === 0n ? below : above);
  }
}

/** What a money function must return for an exact result of `num / den` minor units. */
export type Expected = { amount: string } | { tooLarge: true };

/** Rounds `num / den` minor units and renders it canonically, or says it has more than MAX_AMOUNT_DIGITS digits. */
export function expectedUnits(num: bigint, den: bigint, minorDigits: number, mode: RoundingMode): Expected {
  const units = roundRational(num, den, mode);
  const amount = canonicalUnits(units, minorDigits);
  return amount.replace(/[-.]/g, "").length > MAX_AMOUNT_DIGITS ? { tooLarge: true } : { amount };
}

/** Integer minor units of an amount string (any plain decimal with at most `minorDigits` significant fraction digits). */
export function unitsOf(amount: string, minorDigits: number): bigint {
  const { digits, scale } = parseDecimal(amount);
  const shifted = digits * 10n ** BigInt(Math.max(0, minorDigits - scale));
  const drop = 10n ** BigInt(Math.max(0, scale - minorDigits));
  if (shifted % drop !== 0n) throw new Error(`oracle: ${amount} has more than ${minorDigits} fraction digits`);
  return shifted / drop;
}

/** multiplyMoney's exact answer: amount × factor rounded to the minor unit. */
export function expectedProduct(amount: string, factor: string, minorDigits: number, mode: RoundingMode): Expected {
  const f = parseDecimal(factor);
  return expectedUnits(unitsOf(amount, minorDigits) * f.digits, 10n ** BigInt(f.scale), minorDigits, mode);
}

/** divideMoney's exact answer: amount ÷ divisor rounded to the minor unit. */
export function expectedQuotient(amount: string, divisor: string, minorDigits: number, mode: RoundingMode): Expected {
  const d = parseDecimal(divisor);
  return expectedUnits(unitsOf(amount, minorDigits) * 10n ** BigInt(d.scale), d.digits, minorDigits, mode);
}

/** convertMoney's exact answer: amount × rate (or ÷ rate for an inverted rate), half-even to the target's minor unit. */
export function expectedConversion(amount: string, fromDigits: number, rate: string, toDigits: number, inverse: boolean): Expected {
  const r = parseDecimal(rate);
  const units = unitsOf(amount, fromDigits) * 10n ** BigInt(toDigits);
  const fromScale = 10n ** BigInt(fromDigits);
  return inverse
    ? expectedUnits(units * 10n ** BigInt(r.scale), fromScale * r.digits, toDigits, "half-even")
    : expectedUnits(units * r.digits, fromScale * 10n ** BigInt(r.scale), toDigits, "half-even");
}
