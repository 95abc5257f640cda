import { programs } from "../data/index.js";
import { ruleStampAsOf } from "../audit/stamp.js";
import type { RuleVersionRef } from "../eligibility/program.js";
import { Company } from "../entities/index.js";
import type { Writable } from "node:stream";
import { basename } from "node:path";
import type { BilingualText } from "../entities/index.js";
import { evaluate, ruleInForce, type EligibilityResult, type ExplainLocale } from "../eligibility/index.js";
import { judgeables, programJudge, type Judgeable } from "../eligibility/program.js";
import { resultRenderer } from "./rendered-results.js";
import { companyFieldsFor } from "./company-fields.js";
import { asOfFlag, choiceFlag, parseCommandArgs, stringFlag, usageError } from "./args.js";
import type { Cell } from "./cell-values.js";
import { companyCells } from "./company-cells.js";
import type { CliIo } from "./io.js";
import { recordIssuesIn } from "./issues.js";
import { OUTPUT_FORMATS, padEnd, write, type OutputFormat } from "./output.js";
import { Progress } from "./progress.js";
import { INPUT_FORMATS, readRecordBatches, type HeaderInfo, type InputFormat } from "./read-records.js";
import { readRuleFile } from "./rule-file.js";
import { parseOptionsFor } from "./zod-locale.js";
import { columnsFlag, openOutput, checkOutputPath, TABLE_FLAGS, TABLE_HELP } from "./table-input.js";
import { writeSheetRows, type SheetColumn } from "./xlsx.js";
import { checkWithDuckdb } from "./check-duckdb.js";

/** Help text of `technopark check`. */
export const CHECK_HELP = `Usage: technopark check --program <id> [options] <file|->
       technopark check --rule <rule.json> [options] <file|->

Judges every company in an .xlsx workbook (first sheet), a CSV, JSON (array) or NDJSON file against a
programme's eligibility rule in force on a date (or against a rule of your own, in a JSON file), and
prints one line per company (id, outcome, reason) and a summary.

Options:
  -p, --program <id>      programme id (see: technopark programs)
  --rule <file>           a rule in JSON ({ all: [{ fact, op, value }, …] }, checked by parseRule) instead
                          of a programme; facts are { company }
  --as-of <YYYY-MM-DD>    date to judge at (default: today in Asia/Seoul)
  --lang ko|en            language of the reasons (default: ko)
  --format table|json|ndjson|xlsx
                          output format (default: table, or xlsx for an --output ending in .xlsx);
                          ndjson streams one object per line and prints the summary on stderr; xlsx
                          writes the input columns plus outcome, reasons and missing facts (needs --output)
  --input-format csv|json|ndjson|xlsx|parquet
                          input format (default: from the file extension, else sniffed; parquet needs
                          --engine duckdb)
  --engine js|duckdb      js (default) judges each record in this process; duckdb compiles the rule to
                          SQL (technopark/sql) and runs it in DuckDB over a CSV or Parquet file: same
                          outcomes and missing facts, NDJSON rows with the decisive conditions' ids
                          instead of reasons; --output <file.parquet> writes the results to Parquet
                          (needs: npm install @duckdb/node-api)
${TABLE_HELP}  -h, --help              show this help

Headers are field paths of a Company (id, name.ko, location.regionCode, location.sigungu, ksic, foundedOn,
regularWorkers, averageRevenue, previousYearRevenue, totalAssets, representative.birthDate, inListedGroup,
monthEndHeadcounts.0.month…) or the headers people write: 기업명/회사명/상호, 사업자등록번호, 시도/소재지,
시군구, 업종코드/KSIC, 상시근로자수, 매출액, 직전년도 매출액, 자산총액, 설립일/창업일, 대표자생년월일, and short
English names (name, region, sigungu, workers, revenue). The first lines on stderr say which column became
which field. Amounts may be written as people write them (80억, 12억 5,000만 원, 1,250,000,000) or as
"6500000 USD"; a 시·도 by name (경상북도, 경북) as of --as-of; a 시·군·구 in one 시·도 fills in the 시·도.
Empty cells are absent facts (the outcome may then be "undetermined"). Only the columns of the fields the rule
reads (and id) are read and validated: a bad value elsewhere does not stop a company from being judged
(technopark validate Company checks whole records). Spreadsheets are read whole (use
CSV or NDJSON for millions of rows).

With --program, each json/ndjson result carries its "stamp": the programme, the rule version (validFrom),
its ruleHash (SHA-256 of the rule's RFC 8785 canonical JSON), the statute tables read and the library version.

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
  readonly missing?: readonly string[] | undefined;
  /** `reasons` as JSON, when already serialised. */
  readonly reasonsJson?: string | undefined;
  /** `missing` as JSON, when already serialised (absent when nothing is missing). */
  readonly missingJson?: string | undefined;
  /** For a programme: what decided (programme, rule version, rule hash, statute tables, library version), as JSON. */
  readonly stampJson?: string | undefined;
}

/** The JSON of a row, as `JSON.stringify` would write `{ line, id, outcome, reasons, missing?, stamp? }`, from its serialised parts. */
function rowJson(row: CheckRow): string {
  const id = row.id === undefined ? "" : `,"id":${JSON.stringify(row.id)}`;
  const missing = row.missingJson ?? (row.missing === undefined ? undefined : JSON.stringify(row.missing));
  return `{"line":${row.line}${id},"outcome":"${row.outcome}","reasons":${row.reasonsJson ?? JSON.stringify(row.reasons)}${missing === undefined ? "" : `,"missing":${missing}`}${row.stampJson === undefined ? "" : `,"stamp":${row.stampJson}`}}`;
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
  /**
   * What a company is judged with on the date: a rule file's rule as of `--as-of`; a programme's rule in force,
   * or each open round's rule at the round's reference date, with the version its results are stamped with. The
   * fields read and the DuckDB engine's query come from these.
   */
  readonly judgeables: readonly (Omit<Judgeable, "version"> & { readonly version?: RuleVersionRef })[];
}

async function judgeFor(programId: string | undefined, ruleFile: string | undefined, asOf: string): Promise<Judge> {
  if (programId !== undefined && ruleFile !== undefined) throw usageError("check: give either --program or --rule, not both", "check");
  if (ruleFile !== undefined) {
    const rule = await readRuleFile(ruleFile);
    const id = typeof rule.id === "string" ? rule.id : basename(ruleFile);
    return {
      id,
      name: rule.label ?? { ko: "규칙", en: "rule" },
      describe: { rule: id },
      summary: { rule: id },
      judgeables: [{ rule, referenceDate: asOf }],
      judge: (company) => evaluate(rule, { company }, { asOf }),
    };
  }
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

/** Check formats: the output formats plus a spreadsheet. */
type CheckFormat = OutputFormat | "xlsx";

/**
 * Output text gathered and written in large pieces: one write per row costs more than judging it. Each piece is
 * encoded into a buffer as it comes — UTF-8 encoding one long string built by `+=` from thousands of Korean lines
 * costs ten times more than encoding the lines one by one.
 */
class Sink {
  static readonly SIZE = 1 << 18;
  #chunk = Buffer.allocUnsafe(Sink.SIZE);
  #used = 0;
  constructor(readonly stream: Writable) {}
  push(text: string): Promise<void> | undefined {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8
    if (this.#used + text.length * 3 > this.#chunk.length) {
      const flushed = this.flush();
      if (text.length * 3 > this.#chunk.length) return chain(flushed, () => write(this.stream, text));
      this.#used = this.#chunk.write(text, 0);
      return flushed;
    }
    this.#used += this.#chunk.write(text, this.#used);
    return undefined;
  }
  flush(): Promise<void> | undefined {
    if (this.#used === 0) return undefined;
    const filled = this.#chunk.subarray(0, this.#used);
    this.#chunk = Buffer.allocUnsafe(Sink.SIZE);
    this.#used = 0;
    return write(this.stream, filled);
  }
}

function chain(first: Promise<void> | undefined, next: () => Promise<void> | undefined): Promise<void> | undefined {
  return first === undefined ? next() : first.then(next);
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
      ...TABLE_FLAGS,
      engine: { type: "string" },
    },
    { min: 1, max: 1, names: "the input file (a path, or - for stdin)" },
  );
  if (values["help"] === true) {
    io.stdout.write(CHECK_HELP);
    return 0;
  }
  const asOf = asOfFlag(values, io.today, "check");
  const lang = choiceFlag<ExplainLocale>(values, "lang", ["ko", "en"], "ko", "check");
  const output = stringFlag(values, "output");
  const engine = choiceFlag<"js" | "duckdb">(values, "engine", ["js", "duckdb"], "js", "check");
  const format = choiceFlag<CheckFormat>(values, "format", [...OUTPUT_FORMATS, "xlsx"], engine === "js" && output?.toLowerCase().endsWith(".xlsx") === true ? "xlsx" : "table", "check");
  if (format === "xlsx" && output === undefined) throw usageError("check: --format xlsx writes a workbook; give the file with --output results.xlsx", "check");
  const inputFormat = stringFlag(values, "input-format") === undefined || stringFlag(values, "input-format") === "parquet" ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "check");
  const judge = await judgeFor(stringFlag(values, "program"), stringFlag(values, "rule"), asOf);
  const file = positionals[0]!;
  if (output !== undefined) checkOutputPath(output, file, "check");
  if (engine === "duckdb") {
    if (format === "xlsx") throw usageError("check: --engine duckdb writes NDJSON or Parquet, not xlsx", "check");
    return checkOnDuckdb(judge, file, asOf, values, format, lang, io);
  }
  const columns = await columnsFlag(values, "check");

  const counts: Record<Outcome, number> = { eligible: 0, ineligible: 0, undetermined: 0, invalid: 0 };
  const labels = OUTCOME_LABELS[lang];
  const progress = new Progress(io.stderr, lang);
  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  const note = (message: string): void => void io.stderr.write(`technopark: ${message}\n`);
  const cells = companyCells(asOf, lang, warn);
  const parseOptions = parseOptionsFor(lang);
  const render = resultRenderer(lang);
  const only = companyFieldsFor(judge.judgeables.map((each) => each.rule));
  let header: HeaderInfo | undefined;
  const sheetRows: Cell[][] = [];
  const opened = output !== undefined && format !== "xlsx" ? await openOutput(output, file, "check") : undefined;
  const sink = new Sink(opened?.stream ?? io.stdout);
  let first = true;
  let total = 0;
  let started = false;
  // the header is written with the first record (or at the end), so input that cannot be read leaves stdout empty
  const start = (): void => {
    if (started) return;
    started = true;
    if (format === "json") {
      const head = Object.entries({ ...judge.describe, asOf }).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},\n`);
      void sink.push(`{\n${head.join("")}  "results": [\n`);
    } else if (format === "table") {
      const titles = lang === "ko" ? ["줄", "ID", "결과", "사유"] : ["line", "id", "outcome", "reason"];
      void sink.push(`${padEnd(titles[0]!, 6)}  ${padEnd(titles[1]!, 16)}  ${padEnd(titles[2]!, 12)}  ${titles[3]!}\n`);
    }
  };

  const emit = (row: CheckRow, input: readonly Cell[] | undefined): Promise<void> | undefined => {
    start();
    counts[row.outcome]++;
    total++;
    progress.tick(total);
    let text: string;
    if (format === "ndjson") text = `${rowJson(row)}\n`;
    else if (format === "json") text = `${first ? "" : ",\n"}    ${rowJson(row)}`;
    else if (format === "table") {
      const reason = row.reasons.join(lang === "ko" ? " · " : "; ");
      text = `${padEnd(String(row.line), 6)}  ${padEnd(row.id ?? "-", 16)}  ${padEnd(labels[row.outcome], 12)}  ${reason}\n`;
    } else {
      const width = header?.headers.length ?? 0;
      const given = input === undefined ? [row.line, row.id ?? null] : Array.from({ length: width }, (_, i) => input[i] ?? null);
      sheetRows.push([...given, labels[row.outcome], row.reasons.join("\n"), (row.missing ?? []).join(", ")]);
      text = "";
    }
    first = false;
    return text === "" ? undefined : sink.push(text);
  };

  try {
    const batches = readRecordBatches(file, io, {
      format: inputFormat,
      schema: Company,
      what: "Company",
      warn,
      note,
      sheet: stringFlag(values, "sheet"),
      context: { ...cells.context, columns, read: only.read },
      finish: cells.finish,
      lang,
      keepCells: format === "xlsx",
      onHeader: (info) => (header = info),
    });
    for await (const batch of batches) for (const item of batch) {
      if (item.error !== undefined) {
        const waiting = emit({ line: item.line, id: idOf(item.partial), outcome: "invalid", reasons: item.errors ?? [item.error] }, item.cells);
        if (waiting !== undefined) await waiting;
        continue;
      }
      const parsed = only.schema.safeParse(item.value, parseOptions);
      if (!parsed.success) {
        const issues = recordIssuesIn(parsed.error, "Company", lang).map((issue) => `${issue.path}: ${issue.message}`);
        const waiting = emit({ line: item.line, id: idOf(item.value), outcome: "invalid", reasons: issues }, item.cells);
        if (waiting !== undefined) await waiting;
        continue;
      }
      const result = judge.judge(parsed.data);
      const rendered = render(result);
      const waiting = emit(
        {
          line: item.line,
          id: parsed.data.id,
          outcome: result.outcome,
          reasons: rendered.reasons,
          reasonsJson: rendered.reasonsJson,
          missing: result.missing.length > 0 ? result.missing : undefined,
          missingJson: rendered.missingJson,
          stampJson: rendered.stampJson,
        },
        item.cells,
      );
      if (waiting !== undefined) await waiting;
    }
  } finally {
    progress.done();
  }

  start();
  const summary = { ...judge.summary, asOf, total, ...counts };
  const text = summaryText(judge, asOf, lang, total, counts);
  if (format === "json") {
    await sink.push(`${first ? "" : "\n"}  ],\n  "summary": ${JSON.stringify({ total, ...counts })}\n}\n`);
  } else if (format === "table") {
    await sink.push(`\n${text}\n`);
  } else if (format === "xlsx") {
    const titles = lang === "ko" ? ["결과", "사유", "누락 항목"] : ["outcome", "reasons", "missing"];
    const given: SheetColumn[] = header === undefined ? [{ title: lang === "ko" ? "줄" : "line", width: 6 }, { title: "ID" }] : header.headers.map((title) => ({ title }));
    await writeSheetRows(output!, lang === "ko" ? "판정 결과" : "results", [...given, { title: titles[0]!, width: 10 }, { title: titles[1]!, width: 60 }, { title: titles[2]!, width: 30 }], sheetRows);
    await write(io.stdout, `${text}\n${lang === "ko" ? `결과를 ${output}에 썼습니다` : `results written to ${output}`}\n`);
  } else io.stderr.write(`${JSON.stringify({ summary })}\n`);
  await sink.flush();
  await opened?.close();
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
  // a programme is judged as evaluateProgram judges it: the rule in force on the date, or the open round's rule
  // at the round's reference date; several open rounds (tracks) would need the most favourable of several queries
  const open = judge.judgeables;
  if (open.length > 1) {
    throw usageError(
      `check: ${judge.id} has ${open.length} rounds open on ${asOf} (${open.map((each) => each.version?.round).join(", ")}); the DuckDB engine judges one rule per run: use the JS engine (without --engine duckdb), which takes the most favourable round`,
      "check",
    );
  }
  const { rule, version, referenceDate } = open[0]!;
  const stamp = version === undefined ? undefined : ruleStampAsOf(version, rule, referenceDate);
  const found = await checkWithDuckdb(rule, file, { asOf: referenceDate, inputFormat, output, stamp }, io);
  const counts: Record<Outcome, number> = { ...found, invalid: 0 };
  const total = found.eligible + found.ineligible + found.undetermined;
  io.stderr.write(`${JSON.stringify({ summary: { ...judge.summary, asOf, total, ...counts, ...(stamp === undefined ? {} : { stamp }) } })}\n`);
  if (output !== undefined) io.stderr.write(`${summaryText(judge, asOf, lang, total, counts)}\n`);
  return 0;
}
