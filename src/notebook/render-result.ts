import { explain, type EligibilityResult, type Outcome } from "../index.js";
import { escapeHtml } from "./escape.js";
import { inspectValue } from "./inspect.js";
import { LABELS, OUTCOME_COLOURS, type Lang } from "./labels.js";
import { wrap, type Rendering } from "./rendering.js";
import { isRecord, isResultLike } from "./shapes.js";
import { tableHtml, tableText, type Cell } from "./table.js";

/** The outcome as a coloured badge with its word (the word carries the meaning, the colour only helps). */
export function outcomeBadge(outcome: Outcome, lang: Lang): string {
  return `<strong class="technopark-outcome technopark-${outcome}" style="color:${OUTCOME_COLOURS[outcome]}">${escapeHtml(LABELS[lang].outcome[outcome])}</strong>`;
}

/** The reasons of a result, by the core's `explain`; a trace it cannot read gives none rather than an error. */
export function reasonsOf(result: EligibilityResult, lang: Lang): string[] {
  try {
    return explain(result, lang);
  } catch {
    return [];
  }
}

/** The programme and rule version a result names, from a match, a `stamp` or a `ruleVersion`, if any. */
export function programOf(result: Readonly<Record<string, unknown>>): { readonly programId?: string; readonly validFrom?: string } {
  const stamp = result["stamp"];
  const version = isRecord(stamp) ? stamp : result["ruleVersion"];
  const programId = typeof result["programId"] === "string" ? result["programId"] : isRecord(version) && typeof version["programId"] === "string" ? version["programId"] : undefined;
  const validFrom = isRecord(version) && typeof version["validFrom"] === "string" ? version["validFrom"] : undefined;
  return { ...(programId === undefined ? {} : { programId }), ...(validFrom === undefined ? {} : { validFrom }) };
}

const STAMP_FIELDS = ["programId", "validFrom", "ruleHash", "tables", "library"] as const;

function stampRows(stamp: Readonly<Record<string, unknown>>, lang: Lang): Cell[][] {
  const words = LABELS[lang];
  const names: Record<(typeof STAMP_FIELDS)[number], string> = { programId: words.program, validFrom: words.validFrom, ruleHash: words.ruleHash, tables: words.tables, library: words.library };
  return STAMP_FIELDS.filter((field) => stamp[field] !== undefined).map((field) => {
    const value = stamp[field];
    const text = typeof value === "string" ? value : inspectValue(value, { compact: true });
    return [{ text: names[field] }, { text }];
  });
}

/** One eligibility, programme or match result: the outcome, the programme, the reasons, missing facts and the stamp. */
export function renderResult(result: EligibilityResult & Readonly<Record<string, unknown>>, lang: Lang): Rendering {
  const words = LABELS[lang];
  const reasons = reasonsOf(result, lang);
  const { programId, validFrom } = programOf(result);
  const about = programId === undefined ? "" : validFrom === undefined ? programId : words.version(programId, validFrom);
  const referenceDate = typeof result["referenceDate"] === "string" ? `${words.referenceDate} ${result["referenceDate"]}` : "";
  const heading = [about, referenceDate].filter((part) => part !== "").join(", ");
  const missing = result.missing.filter((path): path is string => typeof path === "string");
  const stamp = result["stamp"];
  const stampTable = isRecord(stamp) ? { caption: words.stamp, columns: [{ label: "", rowHeader: true }, { label: "" }], rows: stampRows(stamp, lang) } : undefined;

  const html = [
    `<p>${outcomeBadge(result.outcome, lang)}${heading === "" ? "" : ` · ${escapeHtml(heading)}`}</p>`,
    reasons.length === 0 ? "" : `<ul>${reasons.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul>`,
    missing.length === 0 ? "" : `<p>${escapeHtml(words.missing)}: ${missing.map((path) => `<code>${escapeHtml(path)}</code>`).join(", ")}</p>`,
    stampTable === undefined ? "" : tableHtml(stampTable),
  ].filter((part) => part !== "");
  const text = [
    `${words.outcome[result.outcome]}${heading === "" ? "" : ` · ${heading}`}`,
    ...reasons.map((line) => `- ${line}`),
    ...(missing.length === 0 ? [] : [`${words.missing}: ${missing.join(", ")}`]),
    ...(stampTable === undefined ? [] : [tableText(stampTable)]),
  ];
  return { html: wrap("result", html.join("\n")), text: text.join("\n") };
}

/** The reasons of any verdict-like item: its own trace, a nested `result` (judgeMany), or ready `reasons`. */
export function verdictReasons(item: Readonly<Record<string, unknown>>, lang: Lang): string[] {
  if (isResultLike(item)) return reasonsOf(item, lang);
  if (isResultLike(item["result"])) return reasonsOf(item["result"], lang);
  const reasons = item["reasons"];
  return Array.isArray(reasons) ? reasons.filter((line): line is string => typeof line === "string") : [];
}
