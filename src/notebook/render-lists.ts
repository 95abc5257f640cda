import type { Outcome } from "../index.js";
import { escapeHtml } from "./escape.js";
import { formatCell } from "./format-value.js";
import { LABELS, OUTCOMES, type Lang } from "./labels.js";
import { wrap, type Rendering } from "./rendering.js";
import { outcomeBadge, programOf, verdictReasons } from "./render-result.js";
import { isMatchLike, isRecord, type ComparisonLike } from "./shapes.js";
import { cell, tableHtml, tableText, type Cell, type Column, type Table } from "./table.js";

const rendered = (kind: string, table: Table): Rendering => ({ html: wrap(kind, tableHtml(table)), text: tableText(table) });

const outcomeCell = (outcome: Outcome, lang: Lang): Cell => ({ text: LABELS[lang].outcome[outcome], html: outcomeBadge(outcome, lang) });

const reasonsCell = (reasons: readonly string[]): Cell => ({
  text: reasons.join("; "),
  html: reasons.length <= 1 ? escapeHtml(reasons[0] ?? "") : reasons.map(escapeHtml).join("<br>"),
});

function idOf(item: Readonly<Record<string, unknown>>, index: number): string {
  const subject = item["subject"];
  for (const candidate of [item["id"], item["programId"], isRecord(subject) ? subject["id"] : undefined, programOf(item).programId]) {
    if (typeof candidate === "string" || typeof candidate === "number") return String(candidate);
  }
  return String(typeof item["index"] === "number" ? item["index"] : index);
}

function nameOf(item: Readonly<Record<string, unknown>>): unknown {
  const subject = item["subject"];
  return item["name"] ?? (isRecord(subject) ? subject["name"] : undefined);
}

/** A list of verdicts (results with an id, `judgeMany` judgements, programme matches) as one table. */
export function renderVerdicts(items: readonly (Readonly<Record<string, unknown>> & { readonly outcome: Outcome })[], lang: Lang): Rendering {
  const words = LABELS[lang];
  if (items.every(isMatchLike)) {
    const table: Table = {
      caption: words.matches(items.length),
      columns: [{ label: words.program, rowHeader: true }, { label: words.result }, { label: words.referenceDate }, { label: words.reasons }],
      rows: items.map((item) => [cell(item.programId), outcomeCell(item.outcome, lang), cell(item.referenceDate), reasonsCell(verdictReasons(item, lang))]),
    };
    return rendered("matches", table);
  }
  const withNames = items.some((item) => nameOf(item) !== undefined);
  const columns: Column[] = [{ label: words.id, rowHeader: true }, ...(withNames ? [{ label: lang === "ko" ? "이름" : "name" }] : []), { label: words.result }, { label: words.reasons }];
  const table: Table = {
    caption: words.results(items.length),
    columns,
    rows: items.map((item, index) => [
      cell(idOf(item, index)),
      ...(withNames ? [formatCell(nameOf(item), lang)] : []),
      outcomeCell(item.outcome, lang),
      reasonsCell(verdictReasons(item, lang)),
    ]),
  };
  return rendered("results", table);
}

/** `compareRules` output: a before × after table of counts, then the subjects whose outcome changed. */
export function renderComparison(comparison: ComparisonLike, lang: Lang, maxChanged = 20): Rendering {
  const words = LABELS[lang];
  const counts: Table = {
    caption: words.comparisonCaption(comparison.total, comparison.changed.length),
    columns: [{ label: words.beforeAfter, rowHeader: true }, ...OUTCOMES.map((outcome) => ({ label: words.outcome[outcome], align: "end" as const })), { label: words.total, align: "end" }],
    rows: [
      ...OUTCOMES.map((before) => {
        const row = comparison.counts[before];
        const cells = OUTCOMES.map((after): Cell => {
          const text = formatCell(row[after], lang).text;
          return before !== after && row[after] > 0 ? { text, html: `<strong>${escapeHtml(text)}</strong>` } : cell(text);
        });
        return [cell(words.outcome[before]), ...cells, cell(formatCell(OUTCOMES.reduce((sum, after) => sum + row[after], 0), lang).text)];
      }),
      [cell(words.total), ...OUTCOMES.map((after) => cell(formatCell(OUTCOMES.reduce((sum, before) => sum + comparison.counts[before][after], 0), lang).text)), cell(formatCell(comparison.total, lang).text)],
    ],
  };
  const shown = comparison.changed.slice(0, maxChanged);
  const changed: Table = {
    caption: words.changedCaption(shown.length, comparison.changed.length),
    columns: [{ label: words.index, align: "end", rowHeader: true }, { label: words.before }, { label: words.after }],
    rows: shown.map((item) => [cell(String(item.index)), outcomeCell(item.before, lang), outcomeCell(item.after, lang)]),
  };
  const parts = shown.length === 0 ? [counts] : [counts, changed];
  return { html: wrap("comparison", parts.map(tableHtml).join("\n")), text: parts.map(tableText).join("\n\n") };
}

/** Plain records (rollup rows, reference records) as one table: a column per key, in order of first appearance. */
export function renderRows(rows: readonly Readonly<Record<string, unknown>>[], lang: Lang): Rendering {
  const keys: string[] = [];
  for (const row of rows) for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
  const numeric = keys.map((key) => rows.every((row) => row[key] === undefined || row[key] === null || typeof row[key] === "number" || (isRecord(row[key]) && typeof row[key]["amount"] === "string")));
  const table: Table = {
    caption: LABELS[lang].rows(rows.length),
    columns: keys.map((key, i) => ({ label: key, align: numeric[i] === true ? "end" : "start" })),
    rows: rows.map((row) => keys.map((key) => formatCell(row[key], lang))),
  };
  return rendered("rows", table);
}
