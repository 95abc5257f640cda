import { invalidValue } from "../errors/invalid-value.js";
import { money, type Money } from "./money.js";

/** Powers of ten of the 만-step units (and of 천/백/십 inside a group). */
const UNIT_EXPONENT: Readonly<Record<string, number>> = { 경: 16, 조: 12, 억: 8, 만: 4 };
const SMALL_EXPONENT: Readonly<Record<string, number>> = { 천: 3, 백: 2, 십: 1 };

/** Longest text looked at: a 64-digit amount written with every separator and unit fits well below this. */
const MAX_TEXT = 200;

const EXPECTED = 'a won amount such as "12억 5,000만 원", "12.5억", "1,250,000,000" or "1250000000원"';

/** A decimal with optional thousands separators: `1,250,000`, `12.5`, `5000`. */
const DECIMAL = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/;

/**
 * Reads a won amount as people write it in Korean reports and spreadsheets: the exact inverse of
 * {@link formatKrw} (`"17조 6,031억 원"`), plain or grouped digits (`"1,250,000,000"`, `"1250000000원"`), and
 * 조/억/만 groups with decimals or 천/백 (`"12.5억"`, `"3억 5천만 원"`).
 * Use it for amounts typed by hand (spreadsheet cells, form fields); anything else, such as `"12억원원"`,
 * `"1.5원"`, groups out of order (`"5억 3조"`) or an empty string, throws `VALIDATION` naming the text.
 *
 * The grammar: an optional `-` or leading `₩`, then either a plain number or 조/억/만 (and 경) groups in
 * decreasing order, each a number with optional separators and decimals, followed by the ones, then an
 * optional `원`. Spaces between parts are free. The amount must come out as a whole number of won.
 *
 * @param text - the amount as written
 * @category Money
 * @example
 * ```ts
 * import { formatKrw, parseKrw } from "technopark";
 * parseKrw("12억 5,000만 원"); // { amount: "1250000000", currency: "KRW" }
 * parseKrw("12.5억").amount; // "1250000000"
 * parseKrw("1,250,000,000").amount; // "1250000000"
 * parseKrw("17조 6,031억 원").amount; // "17603100000000"
 * parseKrw(formatKrw("123456789")).amount; // "123456789"
 * ```
 */
export function parseKrw(text: string): Money {
  if (typeof text !== "string") throw invalidValue(["text"], EXPECTED, text);
  const won = text.length > MAX_TEXT ? undefined : readWon(text);
  if (won === undefined) throw invalidValue(["text"], EXPECTED, text);
  return money(won, "KRW");
}

/** The amount as a bigint, or `undefined` when the text does not follow the grammar. */
function readWon(text: string): bigint | undefined {
  let rest = text.trim();
  let negative = false;
  if (rest.startsWith("-")) {
    negative = true;
    rest = rest.slice(1).trimStart();
  }
  if (rest.startsWith("₩")) rest = rest.slice(1).trimStart();
  if (rest.endsWith("원")) rest = rest.slice(0, -1).trimEnd();
  if (rest === "") return undefined;
  let total = 0n;
  let lastExponent = Infinity;
  while (rest !== "") {
    const group = readGroup(rest);
    if (group === undefined) return undefined;
    rest = rest.slice(group.length).trimStart();
    const unit = rest.charAt(0);
    const exponent = Object.hasOwn(UNIT_EXPONENT, unit) ? UNIT_EXPONENT[unit]! : 0;
    if (exponent >= lastExponent) return undefined; // out of order, or a second group of the same unit
    if (exponent > 0) rest = rest.slice(1).trimStart();
    else if (rest !== "") return undefined; // something after the ones
    const scaled = scale(group.digits, group.fractionDigits, exponent);
    if (scaled === undefined) return undefined;
    total += scaled;
    lastExponent = exponent;
  }
  return negative ? -total : total;
}

/** One group's number: a decimal, or a sum of decimals with 천/백/십 in decreasing order (`5천5백`). */
function readGroup(text: string): { length: number; digits: bigint; fractionDigits: number } | undefined {
  let at = 0;
  let digits = 0n;
  let fractionDigits = 0;
  let lastSmall = Infinity;
  let terms = 0;
  for (;;) {
    const match = DECIMAL.exec(text.slice(at));
    if (match === null) break;
    const fraction = match[2] ?? "";
    const value = BigInt(match[1]!.replaceAll(",", "") + fraction);
    let end = at + match[0].length;
    const small = text.charAt(end);
    const exponent = Object.hasOwn(SMALL_EXPONENT, small) ? SMALL_EXPONENT[small]! : 0;
    if (exponent >= lastSmall) return undefined;
    if (exponent > 0) end++;
    // bring both to the same number of fraction digits, then add
    const common = Math.max(fractionDigits, fraction.length);
    const left = digits * 10n ** BigInt(common - fractionDigits);
    const right = value * 10n ** BigInt(common - fraction.length) * 10n ** BigInt(exponent);
    digits = left + right;
    fractionDigits = common;
    lastSmall = exponent;
    terms++;
    at = end;
    if (exponent === 0) break; // plain digits end the group
  }
  return terms === 0 ? undefined : { length: at, digits, fractionDigits };
}

/** `digits / 10^fractionDigits × 10^exponent` when it is a whole number, else `undefined`. */
function scale(digits: bigint, fractionDigits: number, exponent: number): bigint | undefined {
  if (fractionDigits <= exponent) return digits * 10n ** BigInt(exponent - fractionDigits);
  const divisor = 10n ** BigInt(fractionDigits - exponent);
  return digits % divisor === 0n ? digits / divisor : undefined;
}
