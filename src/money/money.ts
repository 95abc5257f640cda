import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { currencies, type Currency } from "./currencies.js";

/** Most significant digits an amount may have (integer and fraction together). */
export const MAX_AMOUNT_DIGITS = 64;

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/**
 * Schema of an amount of money: a canonical decimal string and an ISO 4217 currency code this library knows.
 * Parsing checks that the amount has no more fraction digits than the currency allows.
 *
 * @category Money
 * @example
 * ```ts
 * import { Money } from "technopark";
 * Money.parse({ amount: "6500000", currency: "USD" });
 * ```
 */
export const Money = z
  .object({
    amount: z.string().meta({ description: "Canonical decimal string: no exponent, no leading +, no trailing fraction zeros" }),
    currency: z.string().meta({ description: "ISO 4217 code, e.g. KRW or USD" }),
  })
  .readonly()
  .check((ctx) => {
    const { amount, currency } = ctx.value;
    const known = currencies[currency];
    if (known === undefined || !Object.hasOwn(currencies, currency)) {
      ctx.issues.push({ code: "custom", message: `expected a known ISO 4217 currency code, received ${describeValue(currency)}`, path: ["currency"], input: currency });
      return;
    }
    if (canonicalAmount(amount, known) !== amount) {
      ctx.issues.push({
        code: "custom",
        message: `expected a canonical decimal string with at most ${known.minorDigits} fraction digits for ${currency}, received ${describeValue(amount)}`,
        path: ["amount"],
        input: amount,
      });
    }
  })
  .meta({ id: "Money", description: "An exact amount of money in one currency" });

/**
 * An exact amount of money: `amount` is a canonical decimal string (`"6500000"`, `"0.1"`, `"-12.5"`).
 *
 * @category Money
 */
export type Money = { readonly amount: string; readonly currency: string };

/**
 * Looks up a currency by code, throwing a `VALIDATION` error for a code this library does not know.
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

/**
 * Canonical form of a plain decimal string for a currency, or `undefined` when the string is not a plain
 * decimal or has more fraction digits than the currency allows.
 * @internal
 */
export function canonicalAmount(amount: string, currency: Currency): string | undefined {
  const match = DECIMAL.exec(amount);
  if (match === null) return undefined;
  const negative = match[1] === "-";
  let integer = match[2]!;
  let fraction = match[3] ?? "";
  let start = 0;
  while (start < integer.length - 1 && integer.charCodeAt(start) === 48) start++;
  integer = integer.slice(start);
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  fraction = fraction.slice(0, end);
  if (fraction.length > currency.minorDigits) return undefined;
  if (integer.length + fraction.length > MAX_AMOUNT_DIGITS) return undefined;
  const isZero = integer === "0" && fraction === "";
  return `${negative && !isZero ? "-" : ""}${integer}${fraction === "" ? "" : `.${fraction}`}`;
}

/**
 * Makes a validated {@link Money} value. Accepts a decimal string, a finite number or a bigint; refuses
 * `NaN`, `Infinity`, exponent strings (`"1e3"`), a leading `+`, unknown currencies and more fraction digits
 * than the currency allows (`money("1.5", "KRW")`) with a `VALIDATION` error naming the bad value.
 *
 * @param amount - the amount; a number is taken by its shortest decimal rendering (`0.1` → `"0.1"`)
 * @param currency - ISO 4217 code, e.g. `"KRW"`, `"USD"`
 * @category Money
 * @example
 * ```ts
 * import { money } from "technopark";
 * money("6500000.00", "USD"); // { amount: "6500000", currency: "USD" }
 * money(1_000_000_000n, "KRW"); // { amount: "1000000000", currency: "KRW" }
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

/** Shortest round-trip decimal rendering of a finite number, without exponent. */
function numberToPlainDecimal(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  const [mantissa = "", exponentText = "0"] = text.toLowerCase().split("e");
  const exponent = Number(exponentText);
  const negative = mantissa.startsWith("-");
  const digits = mantissa.replace("-", "").replace(".", "");
  const pointAt = (mantissa.replace("-", "").indexOf(".") === -1 ? mantissa.replace("-", "").length : mantissa.replace("-", "").indexOf(".")) + exponent;
  let plain: string;
  if (pointAt <= 0) plain = `0.${"0".repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) plain = digits + "0".repeat(pointAt - digits.length);
  else plain = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return (negative ? "-" : "") + plain;
}
