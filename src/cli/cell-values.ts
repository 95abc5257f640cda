import { isTechnoparkError, ValidationError } from "../errors/technopark-error.js";
import { parseKrw } from "../money/parse-krw.js";
import { numberToPlainDecimal } from "../money/money.js";
import { isIsoDate } from "../time/iso-date.js";

/** One cell as a reader gives it: text from CSV; text, numbers, booleans and dates from a spreadsheet. */
export type Cell = string | number | boolean | Date | null | undefined;

/**
 * The error of a cell that cannot become its field's value: a `VALIDATION` error whose path is `["cell"]`, the
 * message saying what was expected (in the run's language); the row reader adds the column and row.
 * @internal
 */
export function cellError(message: string): ValidationError {
  return new ValidationError(message, { path: ["cell"] });
}

/** @internal True for an error made by {@link cellError}. */
export function isCellError(error: unknown): error is ValidationError {
  return isTechnoparkError(error, "VALIDATION") && error.path[0] === "cell" && error.path.length === 1;
}

/** The languages of the CLI's messages. */
export type Lang = "ko" | "en";

/** `"yes"` / `"예"` / `"Y"` / `"O"` and their opposites, for boolean fields. */
const TRUE = new Set(["true", "yes", "y", "1", "예", "네", "o", "○", "해당", "있음"]);
const FALSE = new Set(["false", "no", "n", "0", "아니오", "아니요", "x", "×", "미해당", "없음"]);

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COUNT = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?:명|인|개|건)$/;
const MONEY_WITH_CODE = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([A-Za-z]{3})$/;
const PLAIN_AMOUNT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** The first day of Excel's 1900 date system, as serial 0 counts it (1899-12-30, after Excel's 1900 leap-year bug). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** @internal A number as plain decimal text (`1e21` → `"1000000000000000000000"`). */
export function numberText(value: number): string {
  return numberToPlainDecimal(value);
}

/** @internal A cell as the text a person sees (dates as `YYYY-MM-DD`), for messages and text fields. */
export function cellAsText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return numberText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return dateOf(cell) ?? String(cell);
}

/** The calendar day of a spreadsheet date (the reader gives dates at UTC midnight, give or take a millisecond of float noise; a time of day is dropped), or `undefined` for an invalid date. */
function dateOf(date: Date): string | undefined {
  const time = date.getTime();
  return Number.isNaN(time) ? undefined : new Date(Math.floor((time + 1000) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A date typed by a person as `YYYY-MM-DD`: `2016.3.2`, `2016. 3. 2.`, `2016/03/02`, `20160302`, `2016년 3월 2일`,
 * an Excel date cell or an Excel day number. Anything else is returned as it was, for the schema to report.
 * @internal
 */
export function dateCell(cell: Cell): unknown {
  if (cell instanceof Date) return dateOf(cell) ?? cell;
  if (typeof cell === "number") {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return cell; // 9999-12-31
    return new Date(EXCEL_EPOCH_MS + cell * DAY_MS).toISOString().slice(0, 10);
  }
  if (typeof cell !== "string") return cell;
  const text = cell.trim();
  if (isIsoDate(text)) return text;
  const match =
    /^(\d{4})\s*[.\-/]\s*(\d{1,2})\s*[.\-/]\s*(\d{1,2})\.?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})$/.exec(text) ??
    /^(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일$/.exec(text);
  if (match === null) return cell;
  const iso = `${match[1]}-${match[2]!.padStart(2, "0")}-${match[3]!.padStart(2, "0")}`;
  return isIsoDate(iso) ? iso : cell;
}

/** @internal A count or measure: numbers as they are, `"1,234"`, `"12명"` as numbers; anything else as it was. */
export function numberCell(cell: Cell): unknown {
  if (typeof cell !== "string") return cell;
  const text = cell.trim();
  if (NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replaceAll(",", ""));
  const count = COUNT.exec(text);
  return count === null ? cell : Number(count[1]!.replaceAll(",", ""));
}

/** @internal `예`/`아니오`, `Y`/`N`, `O`/`X`, `true`/`false`, `1`/`0` as booleans; anything else as it was. */
export function booleanCell(cell: Cell): unknown {
  if (typeof cell === "boolean") return cell;
  if (typeof cell === "number") return cell === 1 ? true : cell === 0 ? false : cell;
  if (typeof cell !== "string") return cell;
  const lower = cell.trim().toLowerCase();
  if (TRUE.has(lower)) return true;
  if (FALSE.has(lower)) return false;
  return cell;
}

/** @internal Text fields: spreadsheet numbers as their digits (`29` → `"29"`), dates as `YYYY-MM-DD`. */
export function textCell(cell: Cell): unknown {
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return Number.isFinite(cell) ? numberText(cell) : cell;
  return cellAsText(cell);
}

/**
 * A money cell: `"6500000 USD"` in any currency, or a won amount through {@link parseKrw} (`80억`,
 * `12억 5,000만 원`, `1,250,000,000`); a plain number is taken in the header's unit (`unit` `"백만"` for a
 * `매출액(백만원)` column). Throws a {@link cellError} for anything else.
 * @internal
 */
export function moneyCell(cell: Cell, unit: string, lang: Lang): unknown {
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw amountError(String(cell), lang);
    return krw(`${numberText(cell)}${unit}`, numberText(cell), lang);
  }
  if (typeof cell !== "string") throw amountError(cellAsText(cell), lang);
  const text = cell.trim();
  const coded = MONEY_WITH_CODE.exec(text);
  if (coded !== null) return { amount: coded[1]!.replaceAll(",", ""), currency: coded[2]!.toUpperCase() };
  return krw(PLAIN_AMOUNT.test(text) ? `${text}${unit}` : text, cell, lang);
}

function krw(text: string, shown: string, lang: Lang): unknown {
  try {
    return parseKrw(text);
  } catch {
    throw amountError(shown, lang);
  }
}

function amountError(shown: string, lang: Lang): ValidationError {
  return cellError(
    lang === "ko"
      ? `${JSON.stringify(shown)}은(는) 금액으로 읽을 수 없습니다 (예: 12억 5,000만 원, 12.5억, 1,250,000,000, 6500000 USD)`
      : `${JSON.stringify(shown)} is not an amount (e.g. 12억 5,000만 원, 12.5억, 1,250,000,000 or 6500000 USD)`,
  );
}
