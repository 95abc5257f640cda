import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { currencies, type Currency } from "./currencies.js";
import { formatMinorUnits, MAX_AMOUNT_DIGITS, parseMinorUnits } from "./minor-units.js";

export { MAX_AMOUNT_DIGITS } from "./minor-units.js";

/**
 * An exact amount of money: `amount` is a canonical decimal string (`"6500000"`, `"0.1"`, `"-12.5"`).
 * Plain JSON data, so it survives `JSON.stringify`; make one with {@link money} and compute with the
 * `*Money` functions, never with floats.
 *
 * @category Money
 * @example
 * ```ts
 * import { money, type Money } from "technopark";
 * const budget: Money = money("352000000000", "KRW");
 * JSON.stringify(budget); // '{"amount":"352000000000","currency":"KRW"}'
 * ```
 */
export type Money = {
  /** Canonical decimal string: no exponent, no leading `+`, no trailing fraction zeros (`"6500000"`, `"0.1"`, `"-12.5"`). */
  readonly amount: string;
  /** ISO 4217 code of a currency in {@link currencies}, e.g. `"KRW"`. */
  readonly currency: string;
};

/**
 * Looks up a currency by code, throwing a `VALIDATION` error for a code this library does not know.
 * Use it to read a currency's minor digits or symbol before formatting or rounding.
 *
 * @param code - ISO 4217 alphabetic code
 * @category Money
 * @example
 * ```ts
 * import { currencyOf } from "technopark";
 * currencyOf("USD").minorDigits; // 2
 * ```
 */
export function currencyOf(code: string): Currency {
  if (typeof code === "string" && Object.hasOwn(currencies, code)) return currencies[code]!;
  throw new ValidationError(
    `currency: expected a known ISO 4217 code (${Object.keys(currencies).join(", ")}), received ${describeValue(code)}`,
    { path: ["currency"], issues: [{ path: ["currency"], expected: "known ISO 4217 code", received: describeValue(code), message: "unknown currency" }] },
  );
}

/** A whole number in canonical form, short enough for any currency's digit limit: `0`, `12`, `-12`, never `-0` or `012`. */
const CANONICAL_WHOLE = /^(?:0|-?[1-9][0-9]{0,14})$/;

/**
 * Canonical form of a plain decimal string for a currency, or `undefined` when the string is not a plain
 * decimal, has more fraction digits than the currency allows, or more than {@link MAX_AMOUNT_DIGITS} digits.
 * @internal
 */
export function canonicalAmount(amount: string, currency: Currency): string | undefined {
  if (typeof amount !== "string") return undefined;
  // already canonical in every currency: a whole number without leading zeros (or "0"); the common case (every
  // won amount a record carries), answered without parsing and formatting it again
  if (CANONICAL_WHOLE.test(amount)) return amount;
  const units = parseMinorUnits(amount, currency.minorDigits);
  return units === undefined ? undefined : formatMinorUnits(units, currency.minorDigits);
}

/**
 * Makes a validated {@link Money} value. Accepts a decimal string, a finite number or a bigint; refuses
 * `NaN`, `Infinity`, exponent strings (`"1e3"`), a leading `+`, unknown currencies, more than
 * {@link MAX_AMOUNT_DIGITS} digits and more fraction digits than the currency allows (`money("1.5", "KRW")`)
 * with a `VALIDATION` error naming the bad value. `-0` and `"-0.00"` become `"0"`.
 *
 * @param amount - the amount; a number is taken by its shortest round-trip decimal rendering
 *   (`0.1` → `"0.1"`, `1e21` → `"1000000000000000000000"`), so `0.1 + 0.2` is refused for USD rather than rounded
 * @param currency - ISO 4217 code, e.g. `"KRW"`, `"USD"`
 * @category Money
 * @example
 * ```ts
 * import { money } from "technopark";
 * money("6500000.00", "USD"); // { amount: "6500000", currency: "USD" }
 * money(1_000_000_000n, "KRW"); // { amount: "1000000000", currency: "KRW" }
 * money(1e21, "KRW"); // { amount: "1000000000000000000000", currency: "KRW" }
 * ```
 */
export function money(amount: string | number | bigint, currency: string): Money {
  const known = currencyOf(currency);
  let text: string | undefined;
  if (typeof amount === "string") text = amount;
  else if (typeof amount === "bigint") text = amount.toString();
  else if (typeof amount === "number" && Number.isFinite(amount)) text = numberToPlainDecimal(amount);
  const canonical = text === undefined ? undefined : canonicalAmount(text, known);
  if (canonical === undefined) {
    throw new ValidationError(
      `amount: expected a finite plain decimal (no exponent, at most ${known.minorDigits} fraction digits for ${known.code}, at most ${MAX_AMOUNT_DIGITS} digits), received ${describeValue(amount)}`,
      {
        path: ["amount"],
        issues: [{ path: ["amount"], expected: `decimal with at most ${known.minorDigits} fraction digits`, received: describeValue(amount), message: "invalid amount" }],
      },
    );
  }
  return { amount: canonical, currency: known.code };
}

/**
 * Shortest round-trip decimal rendering of a finite number, without exponent (`1e21` → `"1000000000000000000000"`,
 * `1.5e-7` → `"0.00000015"`, `-0` → `"0"`).
 * @internal
 */
export function numberToPlainDecimal(value: number): string {
  if (Object.is(value, -0)) return "0";
  const text = String(value);
  const e = text.indexOf("e");
  if (e === -1) return text;
  const negative = text.startsWith("-");
  const mantissa = text.slice(negative ? 1 : 0, e);
  const exponent = Number(text.slice(e + 1));
  const point = mantissa.indexOf(".");
  const digits = point === -1 ? mantissa : mantissa.slice(0, point) + mantissa.slice(point + 1);
  const pointAt = (point === -1 ? mantissa.length : point) + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + "0".repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return (negative ? "-" : "") + plain;
}
