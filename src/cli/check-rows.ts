import { basename } from "node:path";
import { programs } from "../data/index.js";
import { Company, type BilingualText } from "../entities/index.js";
import { evaluate, ruleInForce, type EligibilityResult, type ExplainLocale } from "../eligibility/index.js";
import { judgeables, programJudge, type Judgeable, type RuleVersionRef } from "../eligibility/program.js";
import type { Rule } from "../eligibility/index.js";
import { usageError } from "./args.js";
import { companyCells } from "./company-cells.js";
import { companyFieldsFor } from "./company-fields.js";
import type { PlanContext } from "./csv-row.js";
import { recordIssuesIn } from "./issues.js";
import { padEnd, type OutputFormat } from "./output.js";
import type { InputItem } from "./read-records.js";
import { resultRenderer } from "./rendered-results.js";
import { parseOptionsFor } from "./zod-locale.js";

/** The outcome of one row of `check`: a judgement, or `invalid` for a record that could not be judged. */
export type Outcome = "eligible" | "ineligible" | "undetermined" | "invalid";

/** The outcomes in the order the summary lists them. */
export const OUTCOMES: readonly Outcome[] = ["eligible", "ineligible", "undetermined", "invalid"];

/** The words a table or a sheet shows for each outcome. */
export const OUTCOME_LABELS: Readonly<Record<ExplainLocale, Readonly<Record<Outcome, string>>>> = {
  ko: { eligible: "적격", ineligible: "부적격", undetermined: "판단보류", invalid: "입력오류" },
  en: { eligible: "eligible", ineligible: "ineligible", undetermined: "undetermined", invalid: "invalid" },
};

/** One line of `check` output. */
export interface CheckRow {
  readonly line: number;
  readonly id: string | undefined;
  readonly outcome: Outcome;
  readonly reasons: readonly string[];
  readonly missing?: readonly string[] | undefined;
  /** `reasons` as JSON, when already serialised. */
  readonly reasonsJson?: string | undefined;
  /** `missing` as JSON, when already serialised (absent when nothing is missing). */
  readonly missingJson?: string | undefined;
  /** For a programme: what decided (programme, rule version, rule hash, statute tables, library version), as JSON. */
  readonly stampJson?: string | undefined;
}

/** The JSON of a row, as `JSON.stringify` would write `{ line, id, outcome, reasons, missing?, stamp? }`, from its serialised parts. */
export function rowJson(row: CheckRow): string {
  const id = row.id === undefined ? "" : `,"id":${JSON.stringify(row.id)}`;
  const missing = row.missingJson ?? (row.missing === undefined ? undefined : JSON.stringify(row.missing));
  return `{"line":${row.line}${id},"outcome":"${row.outcome}","reasons":${row.reasonsJson ?? JSON.stringify(row.reasons)}${missing === undefined ? "" : `,"missing":${missing}`}${row.stampJson === undefined ? "" : `,"stamp":${row.stampJson}`}}`;
}

/** The text of one row in a streamed format; `first` is whether it is the first row of a JSON document. */
export function rowText(row: CheckRow, format: OutputFormat, lang: ExplainLocale, first: boolean): string {
  if (format === "ndjson") return `${rowJson(row)}\n`;
  if (format === "json") return `${first ? "" : JSON_ROW_SEPARATOR}    ${rowJson(row)}`;
  const reason = row.reasons.join(lang === "ko" ? " · " : "; ");
  return `${padEnd(String(row.line), 6)}  ${padEnd(row.id ?? "-", 16)}  ${padEnd(OUTCOME_LABELS[lang][row.outcome], 12)}  ${reason}\n`;
}

/** What a JSON row written as not the document's first starts with (ASCII: its length is its bytes). */
export const JSON_ROW_SEPARATOR = ",\n";

function idOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" ? id : typeof id === "number" ? String(id) : undefined;
}

/** What `check` judges with: a programme's rule in force, or a rule from a file. */
export interface Judge {
  /** The programme id, or the rule's id (its file name when it has none). */
  readonly id: string;
  /** The name shown in the summary. */
  readonly name: BilingualText;
  /** The first day of the programme's rule version, for programmes. */
  readonly validFrom?: string | undefined;
  /** The fields opening a `--format json` document. */
  readonly describe: Readonly<Record<string, unknown>>;
  /** The fields of the summary naming what was judged. */
  readonly summary: Readonly<Record<string, unknown>>;
  /** Judges one company. */
  readonly judge: (company: object) => EligibilityResult;
  /**
   * What a company is judged with on the date: a rule file's rule as of `--as-of`; a programme's rule in force,
   * or each open round's rule at the round's reference date, with the version its results are stamped with. The
   * fields read and the DuckDB engine's query come from these.
   */
  readonly judgeables: readonly (Omit<Judgeable, "version"> & { readonly version?: RuleVersionRef })[];
}

/**
 * What a `check` run judges with, as plain data: a worker thread rebuilds the same {@link Judge} and the same
 * row conversions from it, so a row is judged and written alike in any thread.
 */
export interface CheckSpec {
  /** A programme id… */
  readonly program?: string | undefined;
  /** …or a rule read from a file (`--rule`), with the id results name it by. */
  readonly rule?: { readonly rule: Rule; readonly id: string } | undefined;
  readonly asOf: string;
  readonly lang: ExplainLocale;
  /** `--columns`: header → field path, or `null` to ignore the column. */
  readonly columns?: Readonly<Record<string, string | null>> | undefined;
}

/** The judge of a spec: the programme's rule in force on the date (its open rounds), or the rule of a file. */
export function judgeOf(spec: CheckSpec): Judge {
  const { asOf } = spec;
  if (spec.rule !== undefined) {
    const { rule, id } = spec.rule;
    return {
      id,
      name: rule.label ?? { ko: "규칙", en: "rule" },
      describe: { rule: id },
      summary: { rule: id },
      judgeables: [{ rule, referenceDate: asOf }],
      judge: (company) => evaluate(rule, { company }, { asOf }),
    };
  }
  const programId = spec.program;
  if (programId === undefined) throw usageError(`check: missing --program <id> (one of ${programs.map((p) => p.id).join(", ")}) or --rule <file>`, "check");
  const program = programs.find((candidate) => candidate.id === programId);
  if (program === undefined) {
    throw usageError(`--program: unknown programme ${JSON.stringify(programId)}; known: ${programs.map((p) => p.id).join(", ")}`, "check");
  }
  const { version } = ruleInForce(program, asOf); // no rule in force on that date: one clear error before any input is read
  return {
    id: program.id,
    name: program.name,
    validFrom: version.validFrom,
    describe: { program: program.id, ruleVersion: version },
    summary: { program: program.id, ruleVersion: version.validFrom },
    judgeables: judgeables(program, { asOf }),
    judge: programJudge(program, { asOf }),
  };
}

/** The id a rule file's results carry: the rule's own, else the file's name. */
export function ruleIdOf(rule: Rule, file: string): string {
  return typeof rule.id === "string" ? rule.id : basename(file);
}

/** How `check` reads and judges rows: the conversions of table cells, the record check, and the judgement of an item. */
export interface RowJudge {
  /** Header aliases, field converters and the fields read, for the header plan. */
  readonly context: Omit<PlanContext, "columnName" | "allowUnnamed" | "lang">;
  /** Checks a record read from a table (a 시·군·구 that names several 시·도…). */
  readonly finish: (record: Record<string, unknown>) => string[];
  /** Judges one input item: its outcome, reasons (or why it is invalid) and missing facts. */
  readonly judgeItem: (item: InputItem) => CheckRow;
}

/**
 * The row judge of a run: validates only the fields the rule reads (and `id`), judges, and renders each distinct
 * explanation once (see `resultRenderer`). Warnings about cells (a former region name…) go to `warn`.
 */
export function rowJudge(judge: Judge, spec: CheckSpec, warn: (message: string) => void): RowJudge {
  const { asOf, lang } = spec;
  const cells = companyCells(asOf, lang, warn);
  const parseOptions = parseOptionsFor(lang);
  const render = resultRenderer(lang);
  const only = companyFieldsFor(judge.judgeables.map((each) => each.rule));
  const judgeItem = (item: InputItem): CheckRow => {
    if (item.error !== undefined) return { line: item.line, id: idOf(item.partial), outcome: "invalid", reasons: item.errors ?? [item.error] };
    const parsed = only.schema.safeParse(item.value, parseOptions);
    if (!parsed.success) {
      const issues = recordIssuesIn(parsed.error, "Company", lang).map((issue) => `${issue.path}: ${issue.message}`);
      return { line: item.line, id: idOf(item.value), outcome: "invalid", reasons: issues };
    }
    const result = judge.judge(parsed.data);
    const rendered = render(result);
    return {
      line: item.line,
      id: parsed.data.id,
      outcome: result.outcome,
      reasons: rendered.reasons,
      reasonsJson: rendered.reasonsJson,
      missing: result.missing.length > 0 ? result.missing : undefined,
      missingJson: rendered.missingJson,
      stampJson: rendered.stampJson,
    };
  };
  return { context: { ...cells.context, columns: spec.columns, read: only.read }, finish: cells.finish, judgeItem };
}

/** The schema `check` converts table cells by. */
export const CHECK_SCHEMA = Company;
