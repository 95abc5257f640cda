// The one shared set of fast-check arbitraries for money (issue 17): amounts up to MAX_AMOUNT_DIGITS digits with
// negatives, values at the edges of the fast paths, factors up to the 130-character input limit with long
// fraction tails and near-ties. Used by test/money/properties.test.ts and the hardening suite.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { currencies, MAX_AMOUNT_DIGITS } from "../../src/index.js";

/** Longest factor, divisor or ratio string money functions accept: two amounts' worth of digits, a sign and a point. */
export const MAX_FACTOR_LENGTH = MAX_AMOUNT_DIGITS * 2 + 2;

/** Currency codes and their minor digits, every currency the library knows. */
export const CURRENCY_CODES: readonly string[] = Object.keys(currencies);
export const currencyCode: fc.Arbitrary<string> = fc.constantFrom(...CURRENCY_CODES);

/** One currency with no minor digits and one with two: the two shapes every property runs for. */
export const propertyCurrencies = [
  { code: "KRW", minorDigits: 0 },
  { code: "USD", minorDigits: 2 },
] as const;

const digitString = (min: number, max: number): fc.Arbitrary<string> =>
  fc.integer({ min, max }).chain((length) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((d) => d.join("")));

/** Renders integer minor units as a plain decimal with exactly `minorDigits` fraction digits (not canonical). */
export function unitsToText(units: bigint, minorDigits: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(minorDigits + 1, "0");
  const text = minorDigits === 0 ? digits : `${digits.slice(0, -minorDigits)}.${digits.slice(-minorDigits)}`;
  return negative ? `-${text}` : text;
}

/** Canonical text of integer minor units (no trailing fraction zeros, `0` never `-0`). */
export function canonicalUnits(units: bigint, minorDigits: number): string {
  const text = unitsToText(units, minorDigits);
  const trimmed = minorDigits === 0 ? text : text.replace(/\.?0+$/, "");
  return trimmed === "-0" || trimmed === "" ? "0" : trimmed;
}

/**
 * Integer minor units of a valid amount: small values, 15–16 digit values at the edge of the plain-number fast
 * path, values within 1000 of ±2^53, any length up to MAX_AMOUNT_DIGITS digits, and exactly MAX_AMOUNT_DIGITS
 * digits (all nines among them); both signs.
 */
export const minorUnits: fc.Arbitrary<bigint> = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 10_000n }) },
      { weight: 2, arbitrary: digitString(14, 17).map(BigInt) },
      { weight: 2, arbitrary: fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }) },
      { weight: 3, arbitrary: digitString(1, MAX_AMOUNT_DIGITS).map(BigInt) },
      { weight: 2, arbitrary: fc.bigInt({ min: 10n ** BigInt(MAX_AMOUNT_DIGITS - 1), max: 10n ** BigInt(MAX_AMOUNT_DIGITS) - 1n }) },
      { weight: 1, arbitrary: fc.constant(10n ** BigInt(MAX_AMOUNT_DIGITS) - 1n) },
    ),
  )
  .map(([negative, magnitude]) => (negative ? -magnitude : magnitude));

/** A valid amount string for a currency with `minorDigits` fraction digits, in canonical form. */
export const canonicalAmount = (minorDigits: number): fc.Arbitrary<string> => minorUnits.map((units) => canonicalUnits(units, minorDigits));

/**
 * A valid amount string, sometimes not canonical: with all `minorDigits` fraction digits written out, with
 * leading zeros or with trailing fraction zeros (which the canonical form drops; the string stays within the
 * length limit).
 */
export const amountText = (minorDigits: number): fc.Arbitrary<string> =>
  fc.tuple(minorUnits, fc.constantFrom("canonical", "padded", "leading-zeros", "trailing-zeros")).map(([units, shape]) => {
    const padded = unitsToText(units, minorDigits);
    if (shape === "canonical") return canonicalUnits(units, minorDigits);
    if (shape === "padded") return padded;
    if (shape === "leading-zeros") return padded.startsWith("-") ? `-00${padded.slice(1)}` : `00${padded}`;
    return `${padded}${minorDigits === 0 ? "." : ""}000`;
  });

/** A Money value in a given currency (canonical amount). */
export const moneyIn = (code: string): fc.Arbitrary<{ amount: string; currency: string }> =>
  canonicalAmount(currencies[code]!.minorDigits).map((amount) => ({ amount, currency: code }));

/** A Money value in any known currency. */
export const anyMoney = currencyCode.chain(moneyIn);

/** Two Money values in the same currency. */
export const moneyPair = currencyCode.chain((code) => fc.tuple(moneyIn(code), moneyIn(code)));

/**
 * A decimal factor string up to MAX_FACTOR_LENGTH characters: short factors (rates, shares), long random fraction
 * tails up to the length limit, and near-ties — `k.5` followed by zeros and a final 1, or `k.4` followed by
 * nines — whose product with an odd amount sits a hair above or below half a minor unit. Both signs.
 */
export const factorText: fc.Arbitrary<string> = fc
  .tuple(
    fc.boolean(),
    fc.oneof(
      { weight: 3, arbitrary: fc.tuple(digitString(1, 12), fc.option(digitString(1, 12), { nil: undefined })).map(([i, f]) => (f === undefined ? i : `${i}.${f}`)) },
      {
        weight: 2,
        arbitrary: fc.integer({ min: 1, max: 20 }).chain((intLength) =>
          fc.tuple(digitString(intLength, intLength), digitString(1, MAX_FACTOR_LENGTH - 2 - intLength)).map(([i, f]) => `${i}.${f}`),
        ),
      },
      {
        weight: 3,
        arbitrary: fc
          .tuple(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.integer({ min: 0, max: MAX_FACTOR_LENGTH - 12 }), fc.boolean())
          .map(([k, zeros, above]) => (above ? `${k}.5${"0".repeat(zeros)}1` : `${k}.4${"9".repeat(zeros + 1)}`)),
      },
      { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 10n ** 6n }).map((k) => `${k}.5`) },
    ),
  )
  .map(([negative, text]) => (negative ? `-${text}` : text))
  .filter((text) => text.length <= MAX_FACTOR_LENGTH);

/** A factor that is not zero (for dividing). */
export const nonZeroFactorText: fc.Arbitrary<string> = factorText.filter((text) => /[1-9]/.test(text));

/**
 * decimal.js with far more precision than any amount needs (a private clone: 200 significant digits, no
 * exponent notation): the reference for sums, differences, comparisons and ratios. Products, quotients and
 * conversions are checked against the big-integer oracle in ./oracle.ts instead, which shares nothing with
 * src/money's decimal.js computation.
 */
export const Reference = Decimal.clone({ precision: 200, toExpNeg: -9e15, toExpPos: 9e15 });

/** Canonical text of a decimal.js value (no trailing zeros, no exponent, `0` never `-0`). */
export function canonical(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}
