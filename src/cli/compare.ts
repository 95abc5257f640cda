import { programs } from "../data/index.js";
import { Company } from "../entities/index.js";
import { ruleHash } from "../audit/rule-hash.js";
import { comparer, type ChangedSubject } from "../audit/compare-rules.js";
import { explainChange, type ConditionChange } from "../audit/condition-changes.js";
import { ruleInForce, type ExplainLocale, type Outcome, type Rule } from "../eligibility/index.js";
import type { ConditionTrace } from "../eligibility/trace.js";
import { basename } from "node:path";
import { isIsoDate } from "../time/index.js";
import { asOfFlag, choiceFlag, parseCommandArgs, stringFlag, usageError, type ParsedArgs } from "./args.js";
import type { CliIo } from "./io.js";
import { recordIssues } from "./issues.js";
import { OUTPUT_FORMATS, padEnd, renderTable, write, type OutputFormat } from "./output.js";
import { Progress } from "./progress.js";
import { INPUT_FORMATS, readRecords, type InputFormat } from "./read-records.js";
import { readRuleFile } from "./rule-file.js";

/** Help text of `technopark compare`. */
export const COMPARE_HELP = `Usage: technopark compare --baseline <rule.json> --reform <rule.json> [options] <file|->
       technopark compare --program <id> --as-of <YYYY-MM-DD> --vs <YYYY-MM-DD> [options] <file|->

What-if of a rule change: judges every company in a CSV, JSON (array) or NDJSON file twice, under the
baseline and under the reform, and prints the companies whose outcome flips with the conditions that
flipped them, then a before × after table of outcomes.

Options:
  --baseline <file>       the rule in force, in JSON (checked by parseRule); facts are { company }
  --reform <file>         the rule proposed
  -p, --program <id>      instead: one programme on two dates, each date with its rule version in force and
                          its derived facts (e.g. the SME size table of 2025-09-01: --as-of 2025-08-31 --vs 2025-09-01)
  --as-of <YYYY-MM-DD>    the date to judge at (with --program: the first date; default: today in Asia/Seoul)
  --vs <YYYY-MM-DD>       with --program: the second date
  --lang ko|en            language of the reasons (default: ko)
  --format table|json|ndjson
                          output format (default: table); ndjson prints one object per changed company and the
                          summary (before × after counts) on stderr
  --input-format csv|json|ndjson
                          input format (default: from the file extension, else sniffed)
  -h, --help              show this help

Exit status: 0 when every record was compared, 1 when some records were invalid (the rest was compared),
2 for usage errors or unreadable input.
`;

const OUTCOMES: readonly Outcome[] = ["eligible", "ineligible", "undetermined"];
const LABELS: Readonly<Record<ExplainLocale, Readonly<Record<Outcome | "total", string>>>> = {
  ko: { eligible: "적격", ineligible: "부적격", undetermined: "판단보류", total: "합계" },
  en: { eligible: "eligible", ineligible: "ineligible", undetermined: "undetermined", total: "total" },
};

/** One side of the comparison, as the output describes it. */
interface Side {
  readonly rule: Rule;
  readonly asOf: string;
  /** The fields naming it in the output: rule id or file, or programme id and version; its hash; the date. */
  readonly describe: Readonly<Record<string, unknown>>;
}

async function sidesFor(values: ParsedArgs["values"], today: string): Promise<readonly [Side, Side]> {
  const programId = stringFlag(values, "program");
  const baselineFile = stringFlag(values, "baseline");
  const reformFile = stringFlag(values, "reform");
  if (programId !== undefined) {
    if (baselineFile !== undefined || reformFile !== undefined) throw usageError("compare: give either --program or --baseline and --reform, not both", "compare");
    const vs = stringFlag(values, "vs");
    if (vs === undefined) throw usageError("compare: --program needs --vs <YYYY-MM-DD>, the second date", "compare");
    const program = programs.find((candidate) => candidate.id === programId);
    if (program === undefined) throw usageError(`--program: unknown programme ${JSON.stringify(programId)}; known: ${programs.map((p) => p.id).join(", ")}`, "compare");
    if (!isIsoDate(vs)) throw usageError(`--vs: expected a date YYYY-MM-DD, received ${JSON.stringify(vs)}`, "compare");
    const side = (asOf: string): Side => {
      const { rule, version } = ruleInForce(program, asOf);
      return { rule, asOf, describe: { program: program.id, validFrom: version.validFrom, ruleHash: ruleHash(rule), asOf } };
    };
    return [side(asOfFlag(values, today, "compare")), side(vs)];
  }
  if (stringFlag(values, "vs") !== undefined) throw usageError("compare: --vs goes with --program", "compare");
  if (baselineFile === undefined || reformFile === undefined) {
    throw usageError("compare: give --baseline <rule.json> and --reform <rule.json>, or --program <id> --as-of <date> --vs <date>", "compare");
  }
  const asOf = asOfFlag(values, today, "compare");
  const side = async (file: string): Promise<Side> => {
    const rule = await readRuleFile(file);
    return { rule, asOf, describe: { rule: typeof rule.id === "string" ? rule.id : basename(file), ruleHash: ruleHash(rule), asOf } };
  };
  return [await side(baselineFile), await side(reformFile)];
}

/** A condition's side, short: outcome, the value seen, the threshold. */
function sideOf(trace: ConditionTrace | undefined): Record<string, unknown> | null {
  if (trace === undefined) return null;
  return { outcome: trace.outcome, op: trace.op, ...(trace.value === undefined ? {} : { value: trace.value }), ...(trace.actual === undefined ? {} : { actual: trace.actual }) };
}

function conditionRow(change: ConditionChange, lang: ExplainLocale): Record<string, unknown> {
  return { key: change.key, path: change.path, fact: change.fact, before: sideOf(change.before), after: sideOf(change.after), reasons: explainChange(change, lang) };
}

/**
 * `technopark compare`: a what-if of a rule change, or of one programme across two dates.
 * @internal
 */
export async function compare(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "compare",
    argv,
    {
      baseline: { type: "string" },
      reform: { type: "string" },
      program: { type: "string", short: "p" },
      "as-of": { type: "string" },
      vs: { type: "string" },
      lang: { type: "string" },
      format: { type: "string", short: "f" },
      "input-format": { type: "string" },
    },
    { min: 1, max: 1, names: "the input file (a path, or - for stdin)" },
  );
  if (values["help"] === true) {
    io.stdout.write(COMPARE_HELP);
    return 0;
  }
  const lang = choiceFlag<ExplainLocale>(values, "lang", ["ko", "en"], "ko", "compare");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "compare");
  const inputFormat = stringFlag(values, "input-format") === undefined ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "compare");
  const [baseline, reform] = await sidesFor(values, io.today);
  const compareOne = comparer(baseline, reform, { conditions: true, keep: false });
  const labels = LABELS[lang];
  const progress = new Progress(io.stderr, lang);
  let started = false;
  let first = true;
  let invalid = 0;
  let read = 0;

  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    if (format === "json") {
      await write(io.stdout, `{\n  "baseline": ${JSON.stringify(baseline.describe)},\n  "reform": ${JSON.stringify(reform.describe)},\n  "changed": [\n`);
    } else if (format === "table") {
      const titles = lang === "ko" ? ["줄", "ID", "변경", "바뀐 조건과 사유"] : ["line", "id", "change", "conditions that flipped"];
      await write(io.stdout, `${padEnd(titles[0]!, 6)}  ${padEnd(titles[1]!, 16)}  ${padEnd(titles[2]!, 22)}  ${titles[3]!}\n`);
    }
  };

  const emit = async (line: number, id: string, change: ChangedSubject): Promise<void> => {
    await start();
    const conditions = (change.conditions ?? []).map((condition) => conditionRow(condition, lang));
    if (format === "table") {
      const reasons = conditions.map((c) => `${String(c["key"])}: ${(c["reasons"] as string[]).join(" → ")}`).join(lang === "ko" ? " · " : "; ");
      await write(io.stdout, `${padEnd(String(line), 6)}  ${padEnd(id, 16)}  ${padEnd(`${labels[change.before]} → ${labels[change.after]}`, 22)}  ${reasons}\n`);
    } else {
      const row = JSON.stringify({ line, id, index: change.index, before: change.before, after: change.after, conditions });
      await write(io.stdout, format === "ndjson" ? `${row}\n` : `${first ? "" : ",\n"}    ${row}`);
    }
    first = false;
  };

  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  const invalidRecord = (line: number, message: string): void => {
    invalid++;
    io.stderr.write(`technopark: line ${line}: ${message}\n`);
  };
  try {
    for await (const item of readRecords(positionals[0]!, io, { format: inputFormat, schema: Company, what: "Company", warn })) {
      progress.tick(++read);
      if (item.error !== undefined) {
        invalidRecord(item.line, item.error);
        continue;
      }
      const parsed = Company.safeParse(item.value, { reportInput: true });
      if (!parsed.success) {
        invalidRecord(item.line, recordIssues(parsed.error, "Company").map((issue) => `${issue.path}: ${issue.message}`).join("; "));
        continue;
      }
      const change = compareOne.add({ company: parsed.data });
      if (change !== undefined) await emit(item.line, parsed.data.id, change);
    }
  } finally {
    progress.done();
  }

  await start();
  const { total, counts } = compareOne.result();
  const changed = OUTCOMES.reduce((sum, before) => sum + OUTCOMES.reduce((n, after) => n + (before === after ? 0 : counts[before][after]), 0), 0);
  const summary = { total, changed, invalid, counts };
  if (format === "json") {
    await write(io.stdout, `${first ? "" : "\n"}  ],\n  "summary": ${JSON.stringify(summary)}\n}\n`);
  } else if (format === "ndjson") {
    io.stderr.write(`${JSON.stringify({ baseline: baseline.describe, reform: reform.describe, summary })}\n`);
  } else {
    const corner = lang === "ko" ? "변경 전 \\ 변경 후" : "before \\ after";
    const columns = [{ key: "before", title: corner }, ...[...OUTCOMES, "total" as const].map((key) => ({ key, title: labels[key], right: true }))];
    const rows = OUTCOMES.map((before) => ({ before: labels[before], ...counts[before], total: OUTCOMES.reduce((n, after) => n + counts[before][after], 0) }));
    rows.push({ before: labels.total, ...Object.fromEntries(OUTCOMES.map((after) => [after, OUTCOMES.reduce((n, b) => n + counts[b][after], 0)])), total } as (typeof rows)[number]);
    const name = (side: Side): string => Object.entries(side.describe).map(([key, value]) => `${key} ${key === "ruleHash" ? String(value).slice(0, 12) : String(value)}`).join(", ");
    const head =
      lang === "ko"
        ? `\n변경 전: ${name(baseline)}\n변경 후: ${name(reform)}\n총 ${total}건 중 ${changed}건의 결과가 바뀜${invalid > 0 ? `, 입력오류 ${invalid}건` : ""}\n\n`
        : `\nbefore: ${name(baseline)}\nafter:  ${name(reform)}\n${changed} of ${total} companies change outcome${invalid > 0 ? `, ${invalid} invalid` : ""}\n\n`;
    await write(io.stdout, head + renderTable(columns, rows));
  }
  if (invalid > 0) {
    io.stderr.write(
      lang === "ko"
        ? `technopark: 입력 ${invalid}건이 올바르지 않아 비교하지 못했습니다 (나머지는 비교함)\n`
        : `technopark: ${invalid} input record${invalid === 1 ? " was" : "s were"} invalid and not compared (the rest were)\n`,
    );
    return 1;
  }
  return 0;
}
