import { formatMinorUnits, readMoney } from "./minor-units.js";
import { invalidValue } from "../errors/invalid-value.js";
import type { Money } from "./money.js";

/**
 * Options of {@link formatMoney}: the locale to format for.
 * Choose `"en-US"` for English reports; the default `"ko-KR"` suits Korean ones.
 *
 * @category Money
 * @example
 * ```ts
 * import { formatMoney, money, type FormatMoneyOptions } from "technopark";
 * const options: FormatMoneyOptions = { locale: "en-US" };
 * formatMoney(money("1234.5", "USD"), options); // "$1,234.50"
 * ```
 */
export interface FormatMoneyOptions {
  /** The locale to format for; default `"ko-KR"`. */
  readonly locale?: "ko-KR" | "en-US";
}

const LOCALES = ["ko-KR", "en-US"] as const;

/**
 * Formats an amount with `Intl.NumberFormat` in its currency (`₩17,603,100,000,000`, `$1,234.50`), always
 * showing the currency's minor digits.
 * Use it for tables and UIs outside Korean report prose (for which see {@link formatKrw}). The exact decimal
 * string is handed to Intl (which formats decimal strings exactly since ES2023), so a 30-digit amount prints
 * every digit; no float ever touches it.
 *
 * @param m - the amount
 * @param options - `locale`: `"ko-KR"` (default) or `"en-US"`; anything else throws `VALIDATION`
 * @category Money
 * @example
 * ```ts
 * import { formatMoney, money } from "technopark";
 * formatMoney(money("1234.5", "USD"), { locale: "en-US" }); // "$1,234.50"
 * formatMoney(money("1234.5", "USD")); // "US$1,234.50"
 * formatMoney(money("17603100000000", "KRW")); // "₩17,603,100,000,000"
 * ```
 */
export function formatMoney(m: Money, options?: FormatMoneyOptions): string {
  const read = readMoney(m, ["m"]);
  const locale = options?.locale ?? "ko-KR";
  if (!(LOCALES as readonly string[]).includes(locale)) throw invalidValue(["options", "locale"], `one of ${LOCALES.join(", ")}`, locale);
  const digits = read.currency.minorDigits;
  const format = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: read.currency.code,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return format.format(formatMinorUnits(read.units, digits) as `${number}`);
}
