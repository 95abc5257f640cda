// Shared fast-check arbitraries and the decimal.js reference for the money tests.
import { Decimal } from "decimal.js";
import fc from "fast-check";

/** decimal.js with far more precision than any test needs: the reference the fast paths must agree with. */
export const Reference = Decimal.clone({ precision: 200, toExpNeg: -9e15, toExpPos: 9e15 });

/** Renders integer minor units as a plain decimal with exactly `minorDigits` fraction digits (not canonical). */
export function unitsToText(units: bigint, minorDigits: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(minorDigits + 1, "0");
  const text = minorDigits === 0 ? digits : `${digits.slice(0, -minorDigits)}.${digits.slice(-minorDigits)}`;
  return negative ? `-${text}` : text;
}

/**
 * Amount strings for a currency with `minorDigits` fraction digits: small values, 15–16 digit values at the
 * edge of the fast path, values near ±2^53 minor units, and 30-digit values; negatives; 0, 1 or 2 fraction
 * digits; sometimes leading zeros or trailing fraction zeros that the canonical form drops.
 */
export function amountText(minorDigits: number): fc.Arbitrary<string> {
  const fraction = minorDigits === 0 ? fc.constant("") : fc.stringMatching(new RegExp(`^(\\.[0-9]{1,${minorDigits}})?$`));
  const integer = fc.oneof(
    fc.stringMatching(/^[0-9]{1,4}$/),
    fc.stringMatching(/^[1-9][0-9]{11,15}$/),
    fc.stringMatching(/^[1-9][0-9]{0,29}$/),
  );
  const plain = fc.tuple(fc.boolean(), integer, fraction).map(([negative, int, frac]) => `${negative ? "-" : ""}${int}${frac}`);
  const nearTwoTo53 = fc
    .bigInt({ min: -(2n ** 53n) - 1000n, max: 2n ** 53n + 1000n })
    .map((units) => unitsToText(units, minorDigits));
  return fc.oneof({ weight: 4, arbitrary: plain }, { weight: 1, arbitrary: nearTwoTo53 });
}

/** A decimal factor string: sign, up to 12 integer digits and up to 12 fraction digits. */
export const factorText: fc.Arbitrary<string> = fc.stringMatching(/^-?[0-9]{1,12}(\.[0-9]{1,12})?$/);

/** Canonical text of a decimal.js value (no trailing zeros, no exponent, `0` never `-0`). */
export function canonical(value: Decimal): string {
  return value.isZero() ? "0" : value.toFixed();
}

/** Currencies used in property tests: 0 and 2 minor digits. */
export const propertyCurrencies = [
  { code: "KRW", minorDigits: 0 },
  { code: "USD", minorDigits: 2 },
] as const;
