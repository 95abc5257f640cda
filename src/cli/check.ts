import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import { ruleStampAsOf } from "../audit/stamp.js";
import type { ExplainLocale } from "../eligibility/index.js";
import { asOfFlag, choiceFlag, parseCommandArgs, stringFlag, usageError } from "./args.js";
import type { Cell } from "./cell-values.js";
import { JSON_ROW_SEPARATOR, CHECK_SCHEMA, judgeOf, OUTCOME_LABELS, ruleIdOf, rowJudge, rowText, type CheckSpec, type Judge, type Outcome } from "./check-rows.js";
import type { BatchJob } from "./check-batch.js";
import { judgeInThreads } from "./check-threads.js";
import type { CliIo } from "./io.js";
import { OUTPUT_FORMATS, padEnd, write, type OutputFormat } from "./output.js";
import { Progress } from "./progress.js";
import { csvChunks, readCsvHead } from "./csv-chunks.js";
import { fileFormat, INPUT_FORMATS, readRecordBatches, type HeaderInfo, type InputFormat, type ReadOptions } from "./read-records.js";
import { readRuleFile } from "./rule-file.js";
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
  -j, --jobs <n>          worker threads that judge a CSV file's rows while this thread reads and writes
                          (default: one per core, at most 4, for a CSV file of 8 MB or more, else 1; the
                          output is the same, in the same order)
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

async function specFor(programId: string | undefined, ruleFile: string | undefined, asOf: string, lang: ExplainLocale): Promise<CheckSpec> {
  if (programId !== undefined && ruleFile !== undefined) throw usageError("check: give either --program or --rule, not both", "check");
  if (ruleFile === undefined) return { program: programId, asOf, lang };
  const rule = await readRuleFile(ruleFile);
  return { rule: { rule, id: ruleIdOf(rule, ruleFile) }, asOf, lang };
}

/** A CSV file at least this large is judged on worker threads by default (smaller ones finish before threads start). */
const THREADS_FROM_BYTES = 8 << 20;
/** Worker threads used by default: one per core, at most this many. */
const MAX_DEFAULT_JOBS = 4;

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
  /** Writes bytes already encoded (a worker thread's batch), after what is gathered. */
  pushBytes(bytes: Uint8Array): Promise<void> | undefined {
    if (this.#used + bytes.length <= this.#chunk.length) {
      this.#chunk.set(bytes, this.#used);
      this.#used += bytes.length;
      return undefined;
    }
    return chain(this.flush(), () => write(this.stream, bytes));
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
      jobs: { type: "string", short: "j" },
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
  const named = await specFor(stringFlag(values, "program"), stringFlag(values, "rule"), asOf, lang);
  const judge = judgeOf(named);
  const file = positionals[0]!;
  if (output !== undefined) checkOutputPath(output, file, "check");
  if (engine === "duckdb") {
    if (format === "xlsx") throw usageError("check: --engine duckdb writes NDJSON or Parquet, not xlsx", "check");
    return checkOnDuckdb(judge, file, asOf, values, format, lang, io);
  }
  const jobsFlag = stringFlag(values, "jobs");
  if (jobsFlag !== undefined && !/^[1-9][0-9]{0,2}$/.test(jobsFlag)) throw usageError(`--jobs: expected a number of worker threads from 1 to 999, received ${JSON.stringify(jobsFlag)}`, "check");
  const spec: CheckSpec = { ...named, columns: await columnsFlag(values, "check") };

  const counts: Record<Outcome, number> = { eligible: 0, ineligible: 0, undetermined: 0, invalid: 0 };
  const labels = OUTCOME_LABELS[lang];
  const progress = new Progress(io.stderr, lang);
  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  const note = (message: string): void => void io.stderr.write(`technopark: ${message}\n`);
  const rows = rowJudge(judge, spec, warn);
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

  const readOptions: ReadOptions = {
    format: inputFormat,
    schema: CHECK_SCHEMA,
    what: "Company",
    warn,
    note,
    sheet: stringFlag(values, "sheet"),
    context: rows.context,
    finish: rows.finish,
    lang,
    keepCells: format === "xlsx",
    onHeader: (info) => (header = info),
  };
  const jobs = format === "xlsx" || io.checkWorker === undefined ? 1 : await jobsFor(jobsFlag, file, inputFormat);
  try {
    const head = jobs > 1 ? await readCsvHead(file, readOptions) : undefined;
    if (head !== undefined) {
      // a large CSV file: this thread cuts it into chunks and writes, worker threads parse and judge (the output is the same)
      const said = new Set<string>();
      const job = (): BatchJob => ({ spec, format: format as OutputFormat, source: file, header: head.headers, recordDelimiter: head.recordDelimiter });
      await judgeInThreads(job, csvChunks(file, head.bytes), head.lines, io.checkWorker!, jobs, (batch) => {
        for (const warning of batch.warnings) {
          if (!said.has(warning)) warn(warning);
          said.add(warning);
        }
        if (batch.rows === 0) return undefined;
        start();
        for (const outcome in batch.counts) counts[outcome as Outcome] += batch.counts[outcome as Outcome];
        total += batch.rows;
        progress.reached(total);
        const output = format === "json" && first ? batch.output.subarray(JSON_ROW_SEPARATOR.length) : batch.output;
        first = false;
        return sink.pushBytes(output);
      });
    } else {
      for await (const batch of readRecordBatches(file, io, readOptions)) {
        for (const item of batch) {
          const row = rows.judgeItem(item);
          start();
          counts[row.outcome]++;
          total++;
          progress.tick(total);
          let waiting: Promise<void> | undefined;
          if (format === "xlsx") {
            const input = item.cells;
            const width = header?.headers.length ?? 0;
            const given = input === undefined ? [row.line, row.id ?? null] : Array.from({ length: width }, (_, i) => input[i] ?? null);
            sheetRows.push([...given, labels[row.outcome], row.reasons.join("\n"), (row.missing ?? []).join(", ")]);
          } else waiting = sink.push(rowText(row, format, lang, first));
          first = false;
          if (waiting !== undefined) await waiting;
        }
      }
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

/**
 * The worker threads a run judges on: `--jobs`, else one per core (at most four) for a CSV file of 8 MB or more;
 * 1 (this thread) for stdin, other formats and smaller files.
 */
async function jobsFor(flag: string | undefined, file: string, inputFormat: InputFormat | undefined): Promise<number> {
  if (flag === "1") return 1;
  const found = await fileFormat(file, inputFormat);
  if (found?.format !== "csv") return 1;
  if (flag !== undefined) return Number(flag);
  return found.bytes >= THREADS_FROM_BYTES ? Math.min(availableParallelism(), MAX_DEFAULT_JOBS) : 1;
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
