import { cagr, formatPercent, type Money } from "../index.js";
import { invalidValue } from "../errors/invalid-value.js";
import { chart, type Chart, type ChartOptions } from "./chart.js";
import { escapeHtml } from "./escape.js";
import { formatAmount, formatNumber } from "./format-value.js";
import type { Lang } from "./labels.js";
import { bandScale, linearScale, niceMax, ticks } from "./scales.js";
import { isMoneyLike } from "./shapes.js";
import { coord, svgDocument, svgText } from "./svg.js";
import { cell } from "./table.js";

/**
 * One point of a time series: a period (`"2018"`, `"2024-Q1"`, `2018`) and a count or an amount of money.
 * The metric observations of `technopark/data` fit.
 *
 * @category Notebook
 * @example
 * ```ts
 * import { money } from "technopark";
 * import type { SeriesPoint } from "technopark/notebook";
 * const point: SeriesPoint = { period: "2018", value: money("17603100000000", "KRW") };
 * ```
 */
export interface SeriesPoint {
  /** The period; points are drawn in the order of their periods as text (ISO periods sort by time). */
  readonly period: string | number;
  /** The value: a number, or Money (all points in one currency). */
  readonly value: number | Money;
}

const HEIGHT = 360;
const MARGIN = { top: 56, right: 24, bottom: 64, left: 88 };

/** The value of a point as a number for drawing (labels stay exact), and its label. */
function valueOf(point: SeriesPoint, index: number, currency: string | undefined, lang: Lang): { readonly y: number; readonly label: string } {
  const value = point.value;
  if (typeof value === "number") {
    if (!Number.isFinite(value) || currency !== undefined) throw invalidValue(["points", index, "value"], currency === undefined ? "a finite number" : `Money in ${currency}, like the first point`, value);
    return { y: value, label: formatNumber(value) };
  }
  if (!isMoneyLike(value) || value.currency !== currency) throw invalidValue(["points", index, "value"], currency === undefined ? "a number, like the first point" : `Money in ${currency}`, value);
  return { y: Number(value.amount), label: formatAmount(value, lang) };
}

/**
 * Draws a time series as bars with their values, a dashed trend line through them and, when the periods are
 * years, the compound annual growth rate (CAGR) between the first and the last point.
 * Use it for the counts and amounts the reference data reports by year (tenant companies 2007 → 2018).
 * Throws `VALIDATION` for an empty series, a non-finite number, or values that mix numbers and Money or currencies.
 *
 * @param points - the series (any order: drawn by period)
 * @param options - title, `lang`, width
 * @category Notebook
 * @example
 * ```ts
 * import { metrics } from "technopark/data";
 * import { timeSeriesChart } from "technopark/notebook";
 * const tenants = metrics.filter((m) => m.metric === "tenant-companies" && m.subject.kind === "all-technoparks");
 * const chart = timeSeriesChart(tenants, { title: "입주기업 수" });
 * chart.svg.includes("2,256"); // true
 * chart.svg.includes("CAGR 9.6%"); // true
 * ```
 */
export function timeSeriesChart(points: readonly SeriesPoint[], options: ChartOptions = {}): Chart {
  const lang = options.lang ?? "ko";
  if (!Array.isArray(points) || points.length === 0) throw invalidValue(["points"], "a non-empty array of { period, value }", points);
  const first = points[0]!.value;
  const currency = isMoneyLike(first) ? first.currency : undefined;
  const series = points
    .map((point, index) => ({ period: String(point.period), ...valueOf(point, index, currency, lang) }))
    .sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
  const title = options.title ?? (lang === "ko" ? "시계열" : "Time series");
  const width = options.width ?? 640;
  const plot = { x0: MARGIN.left, x1: width - MARGIN.right, y0: MARGIN.top, y1: HEIGHT - MARGIN.bottom };
  const top = niceMax(Math.max(0, ...series.map((point) => point.y)) * 1.1);
  const y = linearScale([0, top], [plot.y1, plot.y0]);
  const x = bandScale(series.map((point) => point.period), [plot.x0, plot.x1], 0.35);
  const centre = (period: string): number => x.start(period) + x.bandwidth / 2;
  const tickLabel = (tick: number): string => (currency === undefined ? formatNumber(tick) : formatAmount({ amount: BigInt(Math.round(tick)).toString(), currency }, lang));

  const firstPoint = series[0]!;
  const lastPoint = series[series.length - 1]!;
  const years = Number(lastPoint.period) - Number(firstPoint.period);
  const growth = /^\d{4}$/.test(firstPoint.period) && /^\d{4}$/.test(lastPoint.period) && years > 0 && firstPoint.y > 0 ? formatPercent(cagr(firstPoint.y, lastPoint.y, years)) : undefined;
  const note = growth === undefined ? undefined : `${firstPoint.period} → ${lastPoint.period}: CAGR ${growth}${lang === "ko" ? " (연평균 증가율)" : " a year"}`;
  const description = `${series.map((point) => `${point.period}: ${point.label}`).join(", ")}${note === undefined ? "" : `. ${note}`}`;

  const body = [
    svgText(width / 2, 30, title, `text-anchor="middle" font-size="16" font-weight="bold"`),
    ...ticks(top).map((tick) => `<g class="tick"><line x1="${coord(plot.x0)}" x2="${coord(plot.x1)}" y1="${coord(y(tick))}" y2="${coord(y(tick))}" stroke="#e5e7eb"/>${svgText(plot.x0 - 8, y(tick) + 4, tickLabel(tick), `text-anchor="end" font-size="11" fill="#6b7280"`)}</g>`),
    ...series.map(
      (point) =>
        `<g class="bar"><rect x="${coord(x.start(point.period))}" y="${coord(y(point.y))}" width="${coord(x.bandwidth)}" height="${coord(plot.y1 - y(point.y))}" fill="#2563eb"><title>${escapeHtml(`${point.period}: ${point.label}`)}</title></rect>` +
        svgText(centre(point.period), y(point.y) - 8, point.label, `text-anchor="middle" font-size="13" font-weight="bold"`) +
        svgText(centre(point.period), plot.y1 + 20, point.period, `text-anchor="middle" font-size="13"`) +
        `</g>`,
    ),
    series.length < 2 ? "" : `<path class="trend" d="${series.map((point, i) => `${i === 0 ? "M" : "L"}${coord(centre(point.period))},${coord(y(point.y))}`).join("")}" fill="none" stroke="#f59e0b" stroke-width="2" stroke-dasharray="6 4"/>`,
    note === undefined ? "" : svgText(width / 2, HEIGHT - 18, note, `text-anchor="middle" font-size="12" fill="#374151"`),
  ].filter((part) => part !== "");
  const svg = svgDocument({ width, height: HEIGHT, title, description, body });
  const words = lang === "ko" ? { period: "기간", value: "값" } : { period: "period", value: "value" };
  return chart(svg, title, { columns: [{ label: words.period }, { label: words.value, align: "end" }], rows: series.map((point) => [cell(point.period), cell(point.label)]) });
}
