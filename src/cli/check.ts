import { programs } from "../data/index.js";
import { Company } from "../entities/index.js";
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { BilingualText } from "../entities/index.js";
import { evaluate, evaluateProgram, explain, parseRule, ruleInForce, type EligibilityResult, type ExplainLocale } from "../eligibility/index.js";
import { asOfFlag, choiceFlag, parseCommandArgs, stringFlag, usageError } from "./args.js";
import type { CliIo } from "./io.js";
import { recordIssues } from "./issues.js";
import { OUTPUT_FORMATS, padEnd, write, type OutputFormat } from "./output.js";
import { Progress } from "./progress.js";
import { describeSystemError, INPUT_FORMATS, inputError, readRecords, type InputFormat } from "./read-records.js";
import type { Rule } from "../rules/rule.js";
import { checkWithDuckdb } from "./check-duckdb.js";

/** Help text of `technopark check`. */
export const CHECK_HELP = `Usage: technopark check --program <id> [options] <file|->
       technopark check --rule <rule.json> [options] <file|->

Judges every company in a CSV, JSON (array) or NDJSON file against a programme's eligibility rule in
force on a date (or against a rule of your own, in a JSON file), and prints one line per company (id,
outcome, reason) and a summary.

Options:
  -p, --program <id>      programme id (see: technopark programs)
  --rule <file>           a rule in JSON ({ all: [{ fact, op, value }, …] }, checked by parseRule) instead
                          of a programme; facts are { company }
  --as-of <YYYY-MM-DD>    date to judge at (default: today in Asia/Seoul)
  --lang ko|en            language of the reasons (default: ko)
  --format table|json|ndjson
                          output format (default: table); ndjson streams one object per line and
                          prints the summary on stderr
  --input-format csv|json|ndjson|parquet
                          input format (default: from the file extension, else sniffed)
  --engine js|duckdb      js (default) judges each record in this process; duckdb compiles the rule to
                          SQL (technopark/sql) and runs it in DuckDB over a CSV or Parquet file: same
                          outcomes and missing facts, NDJSON rows with the decisive conditions' ids
                          instead of reasons (needs: npm install @duckdb/node-api)
  --output <file.parquet> with --engine duckdb: write the results to a Parquet file
  -h, --help              show this help

CSV headers are field paths of a Company: id, name.ko, location.regionCode, location.sigungu, ksic,
foundedOn, regularWorkers, averageRevenue (e.g. "12000000000 KRW") or averageRevenue.amount +
averageRevenue.currency, totalAssets, representative.birthDate, inListedGroup, monthEndHeadcounts.0.month…
Empty cells are absent facts (the outcome may then be "undetermined").

Exit status: 0 when every record was judged, 1 when some records were invalid (the rest was judged),
2 for usage errors or unreadable input.
`;

type Outcome = "eligible" | "ineligible" | "undetermined" | "invalid";

const OUTCOME_LABELS: Readonly<Record<ExplainLocale, Readonly<Record<Outcome, string>>>> = {
  ko: { eligible: "적격", ineligible: "부적격", undetermined: "판단보류", invalid: "입력오류" },
  en: { eligible: "eligible", ineligible: "ineligible", undetermined: "undetermined", invalid: "invalid" },
};

/** One line of `check` output. */
interface CheckRow {
  readonly line: number;
  readonly id: string | undefined;
  readonly outcome: Outcome;
  readonly reasons: readonly string[];
  readonly missing?: readonly string[];
}

function idOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const id = (value as { id?: unknown }).id;
  return typeof id === "string" ? id : typeof id === "number" ? String(id) : undefined;
}

/** What `check` judges with: a programme's rule in force, or a rule from a file. */
interface Judge {
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
  /** The rule judged with (for the DuckDB engine). */
  readonly rule: Rule;
}

async function judgeFor(programId: string | undefined, ruleFile: string | undefined, asOf: string): Promise<Judge> {
  if (programId !== undefined && ruleFile !== undefined) throw usageError("check: give either --program or --rule, not both", "check");
  if (ruleFile !== undefined) {
    let text: string;
    try {
      text = await readFile(ruleFile, "utf8");
    } catch (error) {
      throw inputError(ruleFile, describeSystemError(error));
    }
    let json: unknown;
    try {
      json = JSON.parse(text.replace(/^\uFEFF/, ""));
    } catch (error) {
      throw inputError(ruleFile, `not valid JSON (${error instanceof Error ? error.message.replace(/\s*\n\s*/g, " ") : String(error)})`);
    }
    const rule = parseRule(json);
    const id = typeof rule.id === "string" ? rule.id : basename(ruleFile);
    return {
      id,
      name: rule.label ?? { ko: "규칙", en: "rule" },
      describe: { rule: id },
      summary: { rule: id },
      rule,
      judge: (company) => evaluate(rule, { company }, { asOf }),
    };
  }
  if (programId === undefined) throw usageError(`check: missing --program <id> (one of ${programs.map((p) => p.id).join(", ")}) or --rule <file>`, "check");
  const program = programs.find((candidate) => candidate.id === programId);
  if (program === undefined) {
    throw usageError(`--program: unknown programme ${JSON.stringify(programId)}; known: ${programs.map((p) => p.id).join(", ")}`, "check");
  }
  const { version, rule } = ruleInForce(program, asOf); // no rule in force on that date: one clear error before any input is read
  return {
    id: program.id,
    name: program.name,
    validFrom: version.validFrom,
    describe: { program: program.id, ruleVersion: version },
    summary: { program: program.id, ruleVersion: version.validFrom },
    rule,
    judge: (company) => evaluateProgram(program, company, { asOf }),
  };
}

/**
 * `technopark check`: streams companies through a programme's eligibility rule.
 * @internal
 */
export async function check(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "check",
    argv,
    {
      program: { type: "string", short: "p" },
      rule: { type: "string" },
      "as-of": { type: "string" },
      lang: { type: "string" },
      format: { type: "string", short: "f" },
      "input-format": { type: "string" },
      engine: { type: "string" },
      output: { type: "string" },
    },
    { min: 1, max: 1, names: "the input file (a path, or - for stdin)" },
  );
  if (values["help"] === true) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const asOf = asOfFlag(values, io.today, "check");
  const lang = choiceFlag<ExplainLocale>(values, "lang", ["ko", "en"], "ko", "check");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "check");
  const inputFormat = stringFlag(values, "input-format") === undefined || stringFlag(values, "input-format") === "parquet" ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "check");
  const engine = choiceFlag<"js" | "duckdb">(values, "engine", ["js", "duckdb"], "js", "check");
  const judge = await judgeFor(stringFlag(values, "program"), stringFlag(values, "rule"), asOf);
  const file = positionals[0]!;
  if (engine === "duckdb") return checkOnDuckdb(judge, file, asOf, values, format, lang, io);

  const counts: Record<Outcome, number> = { eligible: 0, ineligible: 0, undetermined: 0, invalid: 0 };
  const labels = OUTCOME_LABELS[lang];
  const progress = new Progress(io.stderr, lang);
  let first = true;
  let total = 0;
  let started = false;
  // the header is written with the first record (or at the end), so input that cannot be read leaves stdout empty
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    if (format === "json") {
      const head = Object.entries({ ...judge.describe, asOf }).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
      await write(io.stdout, `{\n${head.join("")}  "results": [\n`);
    } else if (format === "table") {
      const titles = lang === "ko" ? ["줄", "ID", "결과", "사유"] : ["line", "id", "outcome", "reason"];
      await write(io.stdout, `${padEnd(titles[0]!, 6)}  ${padEnd(titles[1]!, 16)}  ${padEnd(titles[2]!, 12)}  ${titles[3]!}\n`);
    }
  };

  const emit = async (row: CheckRow): Promise<void> => {
    if (!started) await start();
    counts[row.outcome]++;
    total++;
    if (format === "ndjson") {
      await write(io.stdout, `${JSON.stringify(row)}\n`);
    } else if (format === "json") {
      await write(io.stdout, `${first ? "" : ",\n"}    ${JSON.stringify(row)}`);
    } else {
      const reason = row.reasons.join(lang === "ko" ? " · " : "; ");
      await write(io.stdout, `${padEnd(String(row.line), 6)}  ${padEnd(row.id ?? "-", 16)}  ${padEnd(labels[row.outcome], 12)}  ${reason}\n`);
    }
    first = false;
    progress.tick(total);
  };

  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  try {
    for await (const item of readRecords(file, io, { format: inputFormat, schema: Company, what: "Company", warn })) {
      if (item.error !== undefined) {
        await emit({ line: item.line, id: undefined, outcome: "invalid", reasons: [item.error] });
        continue;
      }
      const parsed = Company.safeParse(item.value, { reportInput: true });
      if (!parsed.success) {
        const issues = recordIssues(parsed.error, "Company").map((issue) => `${issue.path}: ${issue.message}`);
        await emit({ line: item.line, id: idOf(item.value), outcome: "invalid", reasons: issues });
        continue;
      }
      const result = judge.judge(parsed.data);
      await emit({
        line: item.line,
        id: parsed.data.id,
        outcome: result.outcome,
        reasons: explain(result, lang),
        ...(result.missing.length > 0 ? { missing: result.missing } : {}),
      });
    }
  } finally {
    progress.done();
  }

  await start();
  const summary = { ...judge.summary, asOf, total, ...counts };
  if (format === "json") {
    await write(io.stdout, `${first ? "" : "\n"}  ],\n  "summary": ${JSON.stringify({ total, ...counts })}\n}\n`);
  } else {
    const text = summaryText(judge, asOf, lang, total, counts);
    if (format === "table") await write(io.stdout, `\n${text}\n`);
    else io.stderr.write(`${JSON.stringify({ summary })}\n`);
  }
  if (counts.invalid > 0) {
    io.stderr.write(
      lang === "ko"
        ? `technopark: 입력 ${counts.invalid}건이 올바르지 않아 판단하지 못했습니다 (나머지는 판단함)\n`
        : `technopark: ${counts.invalid} input record${counts.invalid === 1 ? " was" : "s were"} invalid and not judged (the rest were)\n`,
    );
    return 1;
  }
  return 0;
}

function summaryText(judge: Judge, asOf: string, lang: ExplainLocale, total: number, counts: Readonly<Record<Outcome, number>>): string {
  return lang === "ko"
    ? `${judge.name.ko} (${judge.id}), 기준일 ${asOf}${judge.validFrom === undefined ? "" : `, ${judge.validFrom} 시행 규칙`}: 총 ${total}건 — 적격 ${counts.eligible}, 부적격 ${counts.ineligible}, 판단보류 ${counts.undetermined}, 입력오류 ${counts.invalid}`
    : `${judge.name.en} (${judge.id}) as of ${asOf}${judge.validFrom === undefined ? "" : `, rules in force since ${judge.validFrom}`}: ${total} companies — ${counts.eligible} eligible, ${counts.ineligible} ineligible, ${counts.undetermined} undetermined, ${counts.invalid} invalid`;
}

/** `check --engine duckdb`: NDJSON rows (or a Parquet file) and the same summary as the JS engine, on stderr. */
async function checkOnDuckdb(judge: Judge, file: string, asOf: string, values: Parameters<typeof stringFlag>[0], format: OutputFormat, lang: ExplainLocale, io: CliIo): Promise<number> {
  const output = stringFlag(values, "output");
  if (format !== "ndjson" && output === undefined) throw usageError("--engine duckdb writes --format ndjson (or --output <file.parquet>)", "check");
  if (file === "-") throw usageError("--engine duckdb reads a CSV or Parquet file, not stdin", "check");
  const named = stringFlag(values, "input-format");
  const inputFormat = named === "parquet" || (named === undefined && /\.parquet$/i.test(file)) ? "parquet" : "csv";
  const found = await checkWithDuckdb(judge.rule, file, { asOf, inputFormat, output }, io);
  const counts: Record<Outcome, number> = { ...found, invalid: 0 };
  const total = found.eligible + found.ineligible + found.undetermined;
  io.stderr.write(`${JSON.stringify({ summary: { ...judge.summary, asOf, total, ...counts } })}\n`);
  if (output !== undefined) io.stderr.write(`${summaryText(judge, asOf, lang, total, counts)}\n`);
  return 0;
}
