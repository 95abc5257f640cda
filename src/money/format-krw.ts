import { CurrencyMismatchError } from "../errors/technopark-error.js";
import { parseMinorUnits, readMoney } from "./minor-units.js";
import { invalidValue } from "../errors/invalid-value.js";
import type { Money } from "./money.js";

/** Korean units of 10^4 steps, smallest first after the ones: 만 10^4, 억 10^8, 조 10^12, 경 10^16. */
const UNITS = ["", "만", "억", "조", "경"] as const;

/**
 * Formats a won amount the way Korean reports write it: 조/억/만 groups of at most four digits with thousands
 * separators, then `원` (`"17603100000000"` → `"17조 6,031억 원"`).
 * Use it for report tables and captions; use {@link formatMoney} for `₩` notation or other currencies.
 *
 * The rule: the amount is cut into four-digit groups from the right (ones, 만, 억, 조, 경; everything above
 * 경 stays in the 경 group, written with separators). Every non-zero group is written with its unit and
 * groups are joined by a space. Non-zero ones are written with `원` attached (`"1억 2,345만 6,789원"`);
 * when the ones are zero, `원` follows after a space (`"10억 원"`). Zero is `"0원"`; a negative amount gets a
 * `-` prefix (`"-3,520억 원"`).
 *
 * @param value - a KRW {@link Money}, a whole-won decimal string or a bigint; a Money in another currency
 *   throws `CURRENCY_MISMATCH`, a string that is not a whole number of won throws `VALIDATION`
 * @category Money
 * @example
 * ```ts
 * import { formatKrw, money } from "technopark";
 * formatKrw("17603100000000"); // "17조 6,031억 원"
 * formatKrw("352000000000"); // "3,520억 원"
 * formatKrw(money("1000000000", "KRW")); // "10억 원"
 * formatKrw(123456789n); // "1억 2,345만 6,789원"
 * formatKrw("0"); // "0원"
 * ```
 */
export function formatKrw(value: Money | string | bigint): string {
  let won: bigint;
  if (typeof value === "bigint") {
    won = value;
  } else if (typeof value === "string") {
    const units = parseMinorUnits(value, 0);
    if (units === undefined) throw invalidValue(["value"], "a whole number of won as a plain decimal string (no exponent, no fraction)", value);
    won = BigInt(units);
  } else {
    const read = readMoney(value, ["value"]);
    if (read.currency.code !== "KRW") {
      throw new CurrencyMismatchError(`formatKrw: expected a KRW amount, received ${read.currency.code} (value.currency is ${read.currency.code}, expected KRW); convert it with convertMoney first`, {
        path: ["value", "currency"],
        issues: [{ path: ["value", "currency"], expected: "KRW", received: read.currency.code, message: `currency mismatch: KRW vs ${read.currency.code}` }],
      });
    }
    won = BigInt(read.units);
  }
  if (won === 0n) return "0원";
  const negative = won < 0n;
  const digits = (negative ? -won : won).toString();
  const groups: string[] = [];
  let end = digits.length;
  for (let unit = 0; unit < UNITS.length && end > 0; unit++) {
    const start = unit === UNITS.length - 1 ? 0 : Math.max(0, end - 4);
    groups.push(digits.slice(start, end));
    end = start;
  }
  const parts: string[] = [];
  for (let unit = groups.length - 1; unit >= 1; unit--) {
    const group = BigInt(groups[unit]!);
    if (group !== 0n) parts.push(`${withSeparators(group.toString())}${UNITS[unit]}`);
  }
  const ones = BigInt(groups[0]!);
  parts.push(ones === 0n ? "원" : `${withSeparators(ones.toString())}원`);
  return (negative ? "-" : "") + parts.join(" ");
}

function withSeparators(digits: string): string {
  let out = "";
  for (let end = digits.length; end > 0; end -= 3) {
    const start = Math.max(0, end - 3);
    out = out === "" ? digits.slice(start, end) : `${digits.slice(start, end)},${out}`;
  }
  return out;
}
