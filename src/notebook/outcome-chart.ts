import type { Outcome } from "../index.js";
import { invalidValue } from "../errors/invalid-value.js";
import { chart, type Chart, type ChartOptions } from "./chart.js";
import { escapeHtml } from "./escape.js";
import { formatNumber } from "./format-value.js";
import { LABELS, OUTCOME_COLOURS, OUTCOMES } from "./labels.js";
import { programOf } from "./render-result.js";
import { linearScale } from "./scales.js";
import { shortenToWidth } from "./text-width.js";
import { isOutcome, isRecord } from "./shapes.js";
import { coord, svgDocument, svgText } from "./svg.js";
import { cell } from "./table.js";

/**
 * A programme verdict as {@link outcomeChart} counts it: an outcome and the programme, named by `programId`
 * (a programme match), `ruleVersion.programId` (`evaluateProgram`) or `stamp.programId`.
 *
 * @category Notebook
 * @example
 * ```ts
 * import type { ProgramVerdict } from "technopark/notebook";
 * const verdict: ProgramVerdict = { outcome: "eligible", ruleVersion: { programId: "innovation-voucher" } };
 * ```
 */
export interface ProgramVerdict {
  /** The outcome. */
  readonly outcome: Outcome;
  /** The programme, as a programme match names it. */
  readonly programId?: string;
  /** The programme, as `evaluateProgram` names it. */
  readonly ruleVersion?: {
    /** The programme's id. */
    readonly programId: string;
  };
  /** The programme, as a stamped result names it. */
  readonly stamp?: {
    /** The programme's id. */
    readonly programId: string;
  };
}

/**
 * Options of {@link outcomeChart}: the chart options and the names to show for programme ids.
 *
 * @category Notebook
 * @example
 * ```ts
 * import type { OutcomeChartOptions } from "technopark/notebook";
 * const options: OutcomeChartOptions = { labels: { "innovation-voucher": "혁신바우처" } };
 * ```
 */
export interface OutcomeChartOptions extends ChartOptions {
  /** A label per programme id (e.g. `programs` names); ids without one show as themselves. */
  readonly labels?: Readonly<Record<string, string>>;
}

const ROW = 34;
const TOP = 76;
const LABEL_WIDTH = 220;
/** Monospace columns (a Hangul syllable takes 2) that fit left of the bars at font size 12. */
const LABEL_COLUMNS = 30;

function countVerdicts(verdicts: Iterable<ProgramVerdict> | Readonly<Record<string, Partial<Readonly<Record<Outcome, number>>>>>): Map<string, Record<Outcome, number>> {
  const counts = new Map<string, Record<Outcome, number>>();
  const row = (programId: string): Record<Outcome, number> => {
    let found = counts.get(programId);
    if (found === undefined) counts.set(programId, (found = { eligible: 0, ineligible: 0, undetermined: 0 }));
    return found;
  };
  if (isRecord(verdicts) && typeof (verdicts as Partial<Iterable<unknown>>)[Symbol.iterator] !== "function") {
    for (const [programId, byOutcome] of Object.entries(verdicts)) {
      for (const outcome of OUTCOMES) {
        const count = isRecord(byOutcome) ? (byOutcome[outcome] ?? 0) : undefined;
        if (typeof count !== "number" || !Number.isInteger(count) || count < 0) throw invalidValue(["verdicts", programId, outcome], "a whole number of 0 or more", count);
        row(programId)[outcome] += count;
      }
    }
    return counts;
  }
  let index = 0;
  for (const verdict of verdicts as Iterable<ProgramVerdict>) {
    const programId = isRecord(verdict) ? programOf(verdict).programId : undefined;
    if (!isRecord(verdict) || !isOutcome(verdict.outcome) || programId === undefined) {
      throw invalidValue(["verdicts", index], "a programme result (an outcome and a programId, ruleVersion.programId or stamp.programId)", verdict);
    }
    row(programId)[verdict.outcome]++;
    index++;
  }
  return counts;
}

/**
 * Draws outcome counts by programme as stacked bars (eligible, undetermined, ineligible), each segment with its
 * count, and a legend in words.
 * Use it to see how a batch of companies fares across programmes. Give the programme results (from
 * `evaluateProgram` or programme matches), or counts by programme id and outcome. Throws `VALIDATION` for an
 * item without an outcome or a programme, or a count that is not a whole number.
 *
 * @param verdicts - programme results, or `{ [programId]: { eligible?, ineligible?, undetermined? } }`
 * @param options - title, `lang`, width, programme labels
 * @category Notebook
 * @example
 * ```ts
 * import { outcomeChart } from "technopark/notebook";
 * const chart = outcomeChart({ "innovation-voucher": { eligible: 3, ineligible: 1 } }, { lang: "en", labels: { "innovation-voucher": "Innovation voucher" } });
 * chart.svg.includes("Innovation voucher"); // true
 * ```
 */
export function outcomeChart(
  verdicts: Iterable<ProgramVerdict> | Readonly<Record<string, Partial<Readonly<Record<Outcome, number>>>>>,
  options: OutcomeChartOptions = {},
): Chart {
  const lang = options.lang ?? "ko";
  if (!isRecord(verdicts) && !Array.isArray(verdicts) && typeof (verdicts as Partial<Iterable<unknown>> | null | undefined)?.[Symbol.iterator] !== "function") {
    throw invalidValue(["verdicts"], "programme results or counts by programme id", verdicts);
  }
  const counts = countVerdicts(verdicts);
  const words = LABELS[lang];
  const title = options.title ?? (lang === "ko" ? "사업별 판단 결과" : "Outcomes by programme");
  const width = options.width ?? 640;
  const order: readonly Outcome[] = ["eligible", "undetermined", "ineligible"];
  const programmes = [...counts.entries()].map(([programId, byOutcome]) => ({
    programId,
    label: options.labels?.[programId] ?? programId,
    byOutcome,
    total: OUTCOMES.reduce((sum, outcome) => sum + byOutcome[outcome], 0),
  }));
  const x = linearScale([0, Math.max(1, ...programmes.map((p) => p.total))], [LABEL_WIDTH, width - 48]);
  const height = TOP + ROW * Math.max(1, programmes.length) + 12;
  const legend = order.map((outcome, i) => `<g class="legend"><rect x="${LABEL_WIDTH + i * 130}" y="44" width="12" height="12" fill="${OUTCOME_COLOURS[outcome]}"/>${svgText(LABEL_WIDTH + i * 130 + 18, 55, words.outcome[outcome], `font-size="12"`)}</g>`);
  const short = (label: string): string => shortenToWidth(label, LABEL_COLUMNS);
  const rows = programmes.map((p, i) => {
    const y = TOP + ROW * i;
    let start = LABEL_WIDTH;
    const segments = order.map((outcome) => {
      const count = p.byOutcome[outcome];
      if (count === 0) return "";
      const end = x(p.total === 0 ? 0 : OUTCOMES.reduce((sum, o) => sum + (order.indexOf(o) <= order.indexOf(outcome) ? p.byOutcome[o] : 0), 0));
      const segment =
        `<rect x="${coord(start)}" y="${y}" width="${coord(end - start)}" height="${ROW - 10}" fill="${OUTCOME_COLOURS[outcome]}"><title>${escapeHtml(`${p.label}: ${words.outcome[outcome]} ${count}`)}</title></rect>` +
        (end - start >= 18 ? svgText((start + end) / 2, y + (ROW - 10) / 2 + 4, formatNumber(count), `text-anchor="middle" font-size="12" fill="#ffffff" font-weight="bold"`) : "");
      start = end;
      return segment;
    });
    return `<g class="programme">${svgText(LABEL_WIDTH - 8, y + (ROW - 10) / 2 + 4, short(p.label), `text-anchor="end" font-size="12"`)}${segments.join("")}${svgText(start + 6, y + (ROW - 10) / 2 + 4, formatNumber(p.total), `font-size="11" fill="#6b7280"`)}</g>`;
  });
  const description = programmes.map((p) => `${p.label}: ${order.map((outcome) => `${words.outcome[outcome]} ${p.byOutcome[outcome]}`).join(", ")}`).join("; ");
  const svg = svgDocument({ width, height, title, description: description === "" ? words.empty : description, body: [svgText(width / 2, 28, title, `text-anchor="middle" font-size="16" font-weight="bold"`), ...legend, ...rows] });
  return chart(svg, title, {
    columns: [{ label: words.program }, ...order.map((outcome) => ({ label: words.outcome[outcome], align: "end" as const }))],
    rows: programmes.map((p) => [cell(p.label), ...order.map((outcome) => cell(formatNumber(p.byOutcome[outcome])))]),
  });
}
