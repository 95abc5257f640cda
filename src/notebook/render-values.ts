import { formatPercent, type Money } from "../index.js";
import { escapeHtml } from "./escape.js";
import { formatCell } from "./format-value.js";
import { inspectValue } from "./inspect.js";
import { LABELS, type Lang } from "./labels.js";
import { wrap, type Rendering } from "./rendering.js";
import { FUNNEL_STAGES, isRecord, type FunnelLike } from "./shapes.js";
import { cell, tableHtml, tableText, type Cell, type Table } from "./table.js";

/** Money, formatted for reports, with the exact amount as a tooltip. */
export function renderMoney(value: Money, lang: Lang): Rendering {
  const { text, title } = formatCell(value, lang);
  return { html: wrap("money", `<span title="${escapeHtml(title ?? text)}">${escapeHtml(text)}</span>`), text };
}

const CONVERSION: Readonly<Record<(typeof FUNNEL_STAGES)[number], readonly [string, string] | undefined>> = {
  consultations: undefined,
  contracts: ["contractRate", "contractValueRate"],
  jointAgreements: ["jointAgreementRate", "jointAgreementValueRate"],
};

/** An export funnel: a row per stage with the count, the value and, when given, the conversion from consultations. */
export function renderFunnel(funnel: FunnelLike, lang: Lang): Rendering {
  const words = LABELS[lang];
  const conversion: unknown = (funnel as unknown as Readonly<Record<string, unknown>>)["conversion"];
  const rate = (key: string | undefined): string => {
    const value = key !== undefined && isRecord(conversion) ? conversion[key] : undefined;
    return typeof value === "number" ? formatPercent(value) : "";
  };
  const withRates = isRecord(conversion);
  const table: Table = {
    caption: words.funnelCaption,
    columns: [
      { label: words.stage, rowHeader: true },
      { label: words.count, align: "end" },
      { label: words.value, align: "end" },
      ...(withRates ? [{ label: `${words.share} (${words.count})`, align: "end" as const }, { label: `${words.share} (${words.value})`, align: "end" as const }] : []),
    ],
    rows: FUNNEL_STAGES.map((stage): Cell[] => {
      const [countKey, valueKey] = CONVERSION[stage] ?? [undefined, undefined];
      return [cell(words.stages[stage]), formatCell(funnel[stage].count, lang), formatCell(funnel[stage].value, lang), ...(withRates ? [cell(rate(countKey)), cell(rate(valueKey))] : [])];
    }),
  };
  return { html: wrap("funnel", tableHtml(table)), text: tableText(table) };
}

/** Anything else: readable text, and the same text in an HTML `<pre>`, escaped. */
export function renderUnknown(value: unknown, lang: Lang): Rendering {
  const text = Array.isArray(value) && value.length === 0 ? LABELS[lang].empty : inspectValue(value);
  return { html: wrap("value", `<pre style="white-space:pre-wrap">${escapeHtml(text)}</pre>`), text };
}
