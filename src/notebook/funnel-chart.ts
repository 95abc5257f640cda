import { invalidValue } from "../errors/invalid-value.js";
import { chart, type Chart, type ChartOptions } from "./chart.js";
import { formatAmount, formatNumber } from "./format-value.js";
import { LABELS } from "./labels.js";
import { linearScale } from "./scales.js";
import { FUNNEL_STAGES, isFunnelLike, type FunnelLike } from "./shapes.js";
import { coord, svgDocument, svgText } from "./svg.js";
import { cell } from "./table.js";

/**
 * Options of {@link funnelChart}: the chart options, and whether bar widths follow the stages' values or counts.
 *
 * @category Notebook
 * @example
 * ```ts
 * import type { FunnelChartOptions } from "technopark/notebook";
 * const options: FunnelChartOptions = { measure: "count", lang: "en" };
 * ```
 */
export interface FunnelChartOptions extends ChartOptions {
  /** What the bar widths show: `"value"` (default) or `"count"`. */
  readonly measure?: "value" | "count";
}

const ROW = 64;
const TOP = 56;

/**
 * Draws an export funnel (consultations → contracts → joint agreements) as centred bars, each labelled with
 * its stage, its count and its value.
 * Use it on `exportFunnel(deals, currency)` or on an event's reported totals. Throws `VALIDATION` for
 * anything without the three stages, or stages in different currencies.
 *
 * @param funnel - `{ consultations, contracts, jointAgreements }`, each `{ count?, value: Money }`
 * @param options - title, `lang`, width, `measure`
 * @category Notebook
 * @example
 * ```ts
 * import { exportFunnel } from "technopark";
 * import { exportDeals } from "technopark/data";
 * import { funnelChart } from "technopark/notebook";
 * const chart = funnelChart(exportFunnel(exportDeals, "USD"), { lang: "en" });
 * chart.title; // "Export funnel"
 * chart.svg.includes("Contracts"); // true
 * ```
 */
export function funnelChart(funnel: FunnelLike, options: FunnelChartOptions = {}): Chart {
  const lang = options.lang ?? "ko";
  if (!isFunnelLike(funnel)) throw invalidValue(["funnel"], "{ consultations, contracts, jointAgreements }, each { count?, value: Money }", funnel);
  const currency = funnel.consultations.value.currency;
  for (const stage of FUNNEL_STAGES) {
    if (funnel[stage].value.currency !== currency) throw invalidValue(["funnel", stage, "value", "currency"], currency, funnel[stage].value.currency);
  }
  const words = LABELS[lang];
  const title = options.title ?? words.funnelCaption;
  const width = options.width ?? 640;
  const measure = options.measure ?? "value";
  const amountOf = (stage: (typeof FUNNEL_STAGES)[number]): number => (measure === "count" ? (funnel[stage].count ?? 0) : Math.max(0, Number(funnel[stage].value.amount)));
  const half = linearScale([0, Math.max(1e-9, ...FUNNEL_STAGES.map(amountOf))], [0, (width - 40) / 2]);
  const centre = width / 2;
  const height = TOP + ROW * FUNNEL_STAGES.length + 16;
  const countWord = lang === "ko" ? "건" : "";
  const stages = FUNNEL_STAGES.map((stage) => {
    const count = funnel[stage].count;
    return { stage, name: words.stages[stage], count: count === undefined ? "" : formatNumber(count), value: formatAmount(funnel[stage].value, lang) };
  });
  const label = (count: string, value: string): string => (count === "" ? value : `${count}${countWord} · ${value}`);
  const body = [
    svgText(centre, 30, title, `text-anchor="middle" font-size="16" font-weight="bold"`),
    ...stages.map(({ stage, name, count, value }, i) => {
      const top = TOP + ROW * i;
      const w = Math.max(2, half(amountOf(stage)));
      return (
        `<g class="stage"><rect x="${coord(centre - w)}" y="${coord(top)}" width="${coord(2 * w)}" height="${ROW - 14}" rx="4" fill="${["#1e3a8a", "#1d4ed8", "#60a5fa"][i]}"/>` +
        svgText(centre, top + 20, name, `text-anchor="middle" font-size="13" font-weight="bold" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"`) +
        svgText(centre, top + 38, label(count, value), `text-anchor="middle" font-size="12" fill="#111827" stroke="#ffffff" stroke-width="3" paint-order="stroke"`) +
        `</g>`
      );
    }),
  ];
  const description = stages.map(({ name, count, value }) => `${name}: ${count === "" ? value : `${count}${countWord}, ${value}`}`).join("; ");
  const svg = svgDocument({ width, height, title, description, body });
  return chart(svg, title, {
    columns: [{ label: words.stage }, { label: words.count, align: "end" }, { label: words.value, align: "end" }],
    rows: stages.map(({ name, count, value }) => [cell(name), cell(count), cell(value)]),
  });
}
