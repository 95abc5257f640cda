import { formatKrw, formatMoney, type Money } from "../index.js";
import { inspectValue } from "./inspect.js";
import type { Lang } from "./labels.js";
import { isBilingualLike, isMoneyLike } from "./shapes.js";

/**
 * Money as a report shows it: KRW in Korean with 조/억/만 groups (`17조 6,031억 원`, by `formatKrw`), other
 * currencies and English with `formatMoney` in the currency's own format (`US$6,500,000.00`, `$6,500,000.00`).
 */
export function formatAmount(value: Money, lang: Lang): string {
  if (value.currency === "KRW" && lang === "ko") return formatKrw(value);
  return formatMoney(value, { locale: lang === "ko" ? "ko-KR" : "en-US" });
}

/** A number with thousands separators on its integer part (`2,256`, `0.125`), the same on every machine. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const [whole = "", fraction] = String(value).split(".");
  if (/e/i.test(whole)) return String(value);
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A table cell's text for any value: money formatted, numbers grouped, bilingual text in `lang`, the rest inspected on one line. */
export function formatCell(value: unknown, lang: Lang): { readonly text: string; readonly title?: string } {
  if (value === undefined || value === null) return { text: "" };
  if (typeof value === "string") return { text: value };
  if (typeof value === "number") return { text: formatNumber(value) };
  if (typeof value === "boolean" || typeof value === "bigint") return { text: String(value) };
  if (isMoneyLike(value)) {
    try {
      return { text: formatAmount(value, lang), title: `${value.amount} ${value.currency}` };
    } catch {
      return { text: `${value.amount} ${value.currency}` };
    }
  }
  if (isBilingualLike(value)) return { text: lang === "en" && value.en !== undefined ? value.en : value.ko };
  const text = inspectValue(value, { compact: true });
  return text.length > 80 ? { text: `${text.slice(0, 79)}…`, title: text } : { text };
}
