import { formatPath } from "../errors/format.js";
import { CurrencyMismatchError, ValidationError, type FieldPath } from "../errors/technopark-error.js";
import type { Currency } from "./currencies.js";
import { currencies } from "./currencies.js";
import type { Money } from "./money.js";
import { invalidValue } from "../errors/invalid-value.js";

/**
 * An amount as an integer count of the currency's minor units (cents for USD, won for KRW): a plain
 * number while it is a safe integer, a bigint beyond.
 * @internal
 */
export type MinorUnits = number | bigint;

/**
 * Most digits an amount may have (integer and fraction digits of its canonical string together).
 * Longer inputs are refused with a `VALIDATION` error, so a hostile 10 MB string costs nothing.
 *
 * @category Money
 * @example
 * ```ts
 * import { MAX_AMOUNT_DIGITS, money } from "technopark";
 * MAX_AMOUNT_DIGITS; // 64
 * money("9".repeat(64), "KRW"); // fine
 * money("9".repeat(65), "KRW"); // throws VALIDATION
 * ```
 */
export const MAX_AMOUNT_DIGITS = 64;

/** Scaled magnitudes below this stay plain numbers: 15 digits, far below 2^53. */
const FAST_DIGITS = 15;

const POWERS_OF_TEN: readonly number[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Array.from({ length: FAST_DIGITS + 1 }, (_, i) => 10 ** i));

/**
 * The fast exact path of {@link parseMinorUnits}: integer minor units as a plain number when `amount` is a
 * plain decimal with at most `minorDigits` fraction digits and at most 15 digits once scaled (so every
 * intermediate is an exact integer far below 2^53); `NaN` otherwise (invalid, or needs the slow path).
 * @internal
 */
export function parseMinorUnitsFast(amount: string, minorDigits: number): number {
  const length = amount.length;
  if (length > FAST_DIGITS + 2) return Number.NaN; // sign + 15 digits + point at most
  let index = 0;
  let negative = false;
  if (length > 0 && amount.charCodeAt(0) === 45) {
    negative = true;
    index = 1;
  }
  const digitsStart = index;
  let value = 0;
  let point = -1;
  for (; index < length; index++) {
    const code = amount.charCodeAt(index) - 48;
    if (code >= 0 && code <= 9) value = value * 10 + code;
    else if (code === -2 && point === -1) point = index;
    else return Number.NaN;
  }
  const fractionLength = point === -1 ? 0 : length - point - 1;
  const digitCount = length - digitsStart - (point === -1 ? 0 : 1);
  const scale = minorDigits - fractionLength;
  if (digitCount === 0 || scale < 0 || digitCount + scale > FAST_DIGITS || point === digitsStart || fractionLength === 0 && point !== -1) {
    return Number.NaN;
  }
  const scaled = scale === 0 ? value : value * POWERS_OF_TEN[scale]!;
  return negative && scaled !== 0 ? -scaled : scaled;
}

/**
 * Parses a plain decimal string (`-?digits(.digits)?`, at most `minorDigits` fraction digits once trailing
 * zeros are dropped, at most {@link MAX_AMOUNT_DIGITS} digits) into integer minor units; `undefined` when it
 * is not one. Leading zeros and trailing fraction zeros are accepted (`"01.50"` is 150 cents).
 * @internal
 */
export function parseMinorUnits(amount: string, minorDigits: number): MinorUnits | undefined {
  const fast = parseMinorUnitsFast(amount, minorDigits);
  if (fast === fast) return fast; // not NaN
  return parseMinorUnitsSlow(amount, minorDigits);
}

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

function parseMinorUnitsSlow(amount: string, minorDigits: number): MinorUnits | undefined {
  if (typeof amount !== "string" || amount.length > MAX_AMOUNT_DIGITS * 2 + 2 || !PLAIN_DECIMAL.test(amount)) return undefined;
  const negative = amount.charCodeAt(0) === 45;
  const body = negative ? amount.slice(1) : amount;
  const point = body.indexOf(".");
  const integer = point === -1 ? body : body.slice(0, point);
  let fraction = point === -1 ? "" : body.slice(point + 1);
  let end = fraction.length;
  while (end > minorDigits && fraction.charCodeAt(end - 1) === 48) end--;
  if (end > minorDigits) return undefined;
  fraction = fraction.slice(0, end).padEnd(minorDigits, "0");
  const big = BigInt(integer + fraction);
  const units = normalize(negative ? -big : big);
  return canonicalDigitCount(units, minorDigits) > MAX_AMOUNT_DIGITS ? undefined : units;
}

/**
 * Digits (integer and fraction, without sign or point) of the canonical string of some minor units.
 * @internal
 */
export function canonicalDigitCount(units: MinorUnits, minorDigits: number): number {
  const amount = formatMinorUnits(units, minorDigits);
  return amount.length - (amount.startsWith("-") ? 1 : 0) - (amount.includes(".") ? 1 : 0);
}


/**
 * Puts minor units in their preferred form: a number when safe, else a bigint.
 * @internal
 */
export function normalize(units: MinorUnits): MinorUnits {
  if (typeof units === "number") return units === 0 ? 0 : units;
  return units >= -SAFE_BIG && units <= SAFE_BIG ? Number(units) : units;
}

const SAFE_BIG = /* @__PURE__ */ BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Renders integer minor units as the canonical decimal string of the currency (no trailing fraction zeros).
 * @internal
 */
export function formatMinorUnits(units: MinorUnits, minorDigits: number): string {
  const negative = units < 0;
  let digits = (negative ? -units : units).toString();
  if (minorDigits === 0) return negative ? `-${digits}` : digits;
  if (digits.length <= minorDigits) digits = "0".repeat(minorDigits - digits.length + 1) + digits;
  const integer = digits.slice(0, digits.length - minorDigits);
  let end = digits.length;
  const pointAt = digits.length - minorDigits;
  while (end > pointAt && digits.charCodeAt(end - 1) === 48) end--;
  const text = end === pointAt ? integer : `${integer}.${digits.slice(pointAt, end)}`;
  return negative ? `-${text}` : text;
}

/**
 * Adds two minor-unit counts exactly, staying in plain numbers while the sum is a safe integer.
 * @internal
 */
export function addUnits(a: MinorUnits, b: MinorUnits): MinorUnits {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum === 0 ? 0 : sum;
  }
  return normalize(BigInt(a) + BigInt(b));
}

/** A validated Money: its currency record and its amount in minor units. @internal */
export interface ReadMoney {
  /** The currency record. */
  readonly currency: Currency;
  /** The amount in minor units. */
  readonly units: MinorUnits;
}

/**
 * Validates a {@link Money} argument (shape, known currency, plain decimal amount within the currency's
 * minor digits) and reads it into minor units; throws `VALIDATION` naming `path` otherwise.
 * @internal
 */
export function readMoney(value: unknown, path: FieldPath): ReadMoney {
  if (typeof value !== "object" || value === null) {
    throw invalidValue(path, "a Money object { amount, currency }", value);
  }
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  if (typeof currency !== "string" || !Object.hasOwn(currencies, currency)) {
    throw invalidValue([...path, "currency"], `a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})`, currency);
  }
  const known = currencies[currency]!;
  const units = typeof amount === "string" ? parseMinorUnits(amount, known.minorDigits) : undefined;
  if (units === undefined) {
    throw invalidValue(
      [...path, "amount"],
      `a plain decimal string with at most ${known.minorDigits} fraction digits for ${known.code} and at most ${MAX_AMOUNT_DIGITS} digits`,
      amount,
    );
  }
  return { currency: known, units };
}

/**
 * Makes a Money from minor units, refusing results with more than {@link MAX_AMOUNT_DIGITS} digits.
 * @internal
 */
export function moneyFromUnits(units: MinorUnits, currency: Currency, operation: string): Money {
  const amount = formatMinorUnits(units, currency.minorDigits);
  const digitCount = canonicalDigitCount(units, currency.minorDigits);
  if (digitCount > MAX_AMOUNT_DIGITS) {
    throw new ValidationError(`${operation}: the result has ${digitCount} digits, more than the ${MAX_AMOUNT_DIGITS} an amount may have`, {
      path: [],
      issues: [{ path: [], expected: `at most ${MAX_AMOUNT_DIGITS} digits`, received: `${digitCount} digits`, message: "result too large" }],
    });
  }
  return { amount, currency: currency.code };
}


/**
 * The `CURRENCY_MISMATCH` error naming both currencies.
 * @internal
 */
export function currencyMismatch(operation: string, expected: string, received: string, path: FieldPath): CurrencyMismatchError {
  return new CurrencyMismatchError(
    `${operation}: cannot combine ${expected} and ${received} (${formatPath(path)} is ${received}, expected ${expected}); convert one with convertMoney and a dated FxRate table first`,
    { path, issues: [{ path, expected, received, message: `currency mismatch: ${expected} vs ${received}` }] },
  );
}
