import { open } from "node:fs/promises";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parse } from "csv-parse";
import type { z } from "zod";
import { isTechnoparkError, ValidationError } from "../errors/technopark-error.js";
import type { Cell, Lang } from "./cell-values.js";
import { planColumns, rowToRecord, type PlanContext, type RowPlan } from "./csv-row.js";
import { jsonArrayElementLines, lineOfJsonError } from "./json-lines.js";
import type { CliIo } from "./io.js";
import { columnLetter, looksLikeZip, readSheetRows } from "./xlsx.js";

/** The input formats the CLI reads. */
export type InputFormat = "csv" | "json" | "ndjson" | "xlsx";

/** The input formats, for `--input-format` and messages. */
export const INPUT_FORMATS: readonly InputFormat[] = ["csv", "json", "ndjson", "xlsx"];

/**
 * One input record with the line (spreadsheet row) it starts on, or the reasons it could not be read (a bad
 * NDJSON line, cells that are not what their field takes). `cells` are the row as read, when asked for.
 */
export type InputItem =
  | { readonly line: number; readonly value: unknown; readonly error?: undefined; readonly errors?: undefined; readonly cells?: readonly Cell[] | undefined }
  | {
      readonly line: number;
      readonly error: string;
      readonly errors?: readonly string[] | undefined;
      readonly value?: undefined;
      /** What could be read of the record (for its id in messages). */
      readonly partial?: Record<string, unknown> | undefined;
      readonly cells?: readonly Cell[] | undefined;
    };

/** The header row of a table input, as written, and what each column became. */
export interface HeaderInfo {
  /** The headers as written (text). */
  readonly headers: readonly string[];
  /** The plan the rows are read by. */
  readonly plan: RowPlan;
}

/** Options of {@link readRecords}. */
export interface ReadOptions {
  /** The format; by default from the extension (`.csv`, `.json`, `.ndjson`/`.jsonl`), else sniffed from the first character. */
  readonly format?: InputFormat | undefined;
  /** The schema whose shape CSV cells are converted by (numbers for number fields…); none keeps text. */
  readonly schema?: z.ZodType | undefined;
  /** The record kind, for messages (`Company`). */
  readonly what: string;
  /** Receives warnings (e.g. CSV columns that are not fields of the schema). */
  readonly warn: (message: string) => void;
  /** Receives notes about how the input is read (which column became which field). */
  readonly note?: ((message: string) => void) | undefined;
  /** The spreadsheet's sheet to read (default: the first). */
  readonly sheet?: string | undefined;
  /** Header aliases, `--columns`, and field converters for table inputs (CSV, .xlsx). */
  readonly context?: Omit<PlanContext, "columnName" | "allowUnnamed" | "lang"> | undefined;
  /** The language of cell messages. */
  readonly lang?: Lang | undefined;
  /** Checks a record read from a table, returning its problems (e.g. a 시·군·구 that names several 시·도). */
  readonly finish?: ((record: Record<string, unknown>) => string[]) | undefined;
  /** Give each item its row's cells (for spreadsheet output). */
  readonly keepCells?: boolean | undefined;
  /** Receives the header row of a table input before the first record. */
  readonly onHeader?: ((header: HeaderInfo) => void) | undefined;
}

/** An input problem that stops the whole run (exit 2): unreadable file, malformed CSV, JSON that does not parse. */
export function inputError(source: string, message: string): ValidationError {
  return new ValidationError(`${source}: ${message}`, { path: ["input"] });
}

function formatFromName(file: string): InputFormat | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith(".csv")) return "csv";
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".ndjson") || lower.endsWith(".jsonl")) return "ndjson";
  if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) return "xlsx";
  return undefined;
}

function sniff(first: string, bytes: Uint8Array): InputFormat {
  if (looksLikeZip(bytes)) return "xlsx";
  const text = first.replace(/^\uFEFF/, "").trimStart();
  if (text.startsWith("[")) return "json";
  if (text.startsWith("{")) return "ndjson";
  return "csv";
}

const SYSTEM_MESSAGES: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EACCES: "permission denied",
  EISDIR: "is a directory, not a file",
  ENOTDIR: "a part of the path is not a directory",
  EMFILE: "too many open files",
};

/** @internal A readable one-line description of a file-system error. */
export function describeSystemError(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && Object.hasOwn(SYSTEM_MESSAGES, code)) return `cannot read: ${SYSTEM_MESSAGES[code]}`;
  return `cannot read: ${error instanceof Error ? error.message : String(error)}`;
}

async function openSource(file: string, io: CliIo): Promise<Readable> {
  if (file === "-") return io.stdin;
  try {
    const handle = await open(file, "r");
    return handle.createReadStream({ autoClose: true });
  } catch (error) {
    throw inputError(file, describeSystemError(error));
  }
}

/** Reads the first chunk (to sniff the format) and gives back a stream that still starts with it. */
async function peek(stream: Readable, source: string): Promise<{ first: string; bytes: Uint8Array; stream: Readable }> {
  const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let first: IteratorResult<Buffer | string>;
  try {
    first = await iterator.next();
  } catch (error) {
    throw inputError(source, describeSystemError(error));
  }
  const bytes = first.done === true ? new Uint8Array() : typeof first.value === "string" ? Buffer.from(first.value) : first.value;
  const head = first.done === true ? "" : typeof first.value === "string" ? first.value : first.value.toString("utf8");
  async function* rest(): AsyncGenerator<Buffer | string> {
    if (first.done !== true) yield first.value;
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  return { first: head, bytes, stream: Readable.from(rest(), { objectMode: false }) };
}

/**
 * The format a file is read in, and its size: `--input-format`, else by its name, else sniffed from its first
 * bytes as {@link readRecords} sniffs. `undefined` for stdin, or a path that is not a regular file or cannot be
 * read (the reader then reports why).
 * @internal
 */
export async function fileFormat(file: string, format: InputFormat | undefined): Promise<{ format: InputFormat; bytes: number } | undefined> {
  if (file === "-") return undefined;
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(file, "r");
    const stat = await handle.stat();
    if (!stat.isFile()) return undefined;
    const known = format ?? formatFromName(file);
    if (known !== undefined) return { format: known, bytes: stat.size };
    const head = Buffer.alloc(Math.min(stat.size, 1 << 16));
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const bytes = head.subarray(0, bytesRead);
    return { format: sniff(bytes.toString("utf8"), bytes), bytes: stat.size };
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

/**
 * Reads records from a file (or stdin for `-`) as an async iterable, streaming CSV and NDJSON (bounded memory
 * for millions of rows) and reading a JSON array whole. CSV headers are field paths (`location.sigungu`) and
 * cells are converted by the schema's shape. Throws `VALIDATION` with `path: ["input"]` and a one-line
 * message naming the source and the line for input that cannot be read as a whole (exit 2); a bad NDJSON
 * line is yielded as an item with an `error` instead, so the rest can still be judged.
 * @internal
 */
export async function* readRecords(file: string, io: CliIo, options: ReadOptions): AsyncGenerator<InputItem> {
  for await (const batch of readRecordBatches(file, io, options)) yield* batch;
}

/**
 * {@link readRecords} a batch at a time (a CSV file's records as the parser hands them over, up to 512 at once),
 * for commands that judge millions of rows: one await per batch instead of one per record.
 * @internal
 */
export async function* readRecordBatches(file: string, io: CliIo, options: ReadOptions): AsyncGenerator<readonly InputItem[]> {
  const source = file === "-" ? "<stdin>" : file;
  let format = options.format ?? (file === "-" ? undefined : formatFromName(file));
  if (format === "xlsx") {
    yield* single(readXlsx(file, io.stdin, source, options));
    return;
  }
  let stream = await openSource(file, io);
  if (format === undefined) {
    const peeked = await peek(stream, source);
    format = sniff(peeked.first, peeked.bytes);
    stream = peeked.stream;
  }
  if (format === "xlsx") yield* single(readXlsx("-", stream, source, options));
  else if (format === "csv") yield* readCsv(stream, source, options);
  else if (format === "ndjson") yield* single(readNdjson(stream, source));
  else yield* single(readJsonArray(stream, source));
}

async function* single(items: AsyncIterable<InputItem>): AsyncGenerator<readonly InputItem[]> {
  for await (const item of items) yield [item];
}

/** Plans the header row and reports it: which column became which field (when any was renamed), and the ignored ones. */
function planTable(headers: readonly Cell[], options: Pick<ReadOptions, "schema" | "what" | "context" | "lang">, columnName: (index: number) => string, allowUnnamed: boolean): RowPlan {
  return planColumns(headers, options.schema, options.what, { ...options.context, lang: options.lang, columnName, allowUnnamed });
}

function planHeader(headers: readonly Cell[], source: string, options: ReadOptions, columnName: (index: number) => string, allowUnnamed: boolean): RowPlan {
  const plan = planTable(headers, options, columnName, allowUnnamed);
  const mapped = plan.columns.filter((column) => column !== undefined);
  if (options.note !== undefined && mapped.some((column) => column.renamed)) {
    options.note(`${source}: columns: ${mapped.map((column) => `${column.header} → ${column.path.join(".")}`).join(", ")}`);
  }
  if (plan.ignored.length > 0) {
    options.warn(
      `${source}: ignoring column${plan.ignored.length > 1 ? "s" : ""} ${plan.ignored.map((header) => `"${header}"`).join(", ")}: not ${plan.ignored.length > 1 ? "fields" : "a field"} of ${options.what}`,
    );
  }
  options.onHeader?.({ headers: headers.map((header) => (header === null || header === undefined ? "" : String(header))), plan });
  return plan;
}

/** Turns one row into an item: the record, or the problems of its cells (and of the record as a whole). */
function itemOf(line: number, plan: RowPlan, cells: readonly Cell[], options: Pick<ReadOptions, "finish" | "keepCells">, columnName: (index: number) => string): InputItem {
  const errors: string[] = [];
  const value = rowToRecord(plan, cells, errors, columnName);
  if (options.finish !== undefined) errors.push(...options.finish(value));
  const kept = options.keepCells === true ? cells : undefined;
  if (errors.length > 0) return { line, error: errors.join("; "), errors, partial: value, cells: kept };
  return { line, value, cells: kept };
}

const csvColumn = (index: number): string => `column ${index + 1}`;
/** A CSV column in a header message: its number. */
const csvColumnNumber = (index: number): string => String(index + 1);

/** Records the parser holds, taken a batch at a time: one await per batch instead of one per record. */
async function* recordBatches(parser: Readable): AsyncGenerator<string[][]> {
  let failure: unknown;
  let ended = false;
  let wake: { resolve: () => void; reject: (error: unknown) => void } | undefined;
  const onReadable = (): void => wake?.resolve();
  const onEnd = (): void => {
    ended = true;
    wake?.resolve();
  };
  const onError = (error: unknown): void => {
    failure ??= error;
    wake?.reject(error);
  };
  parser.on("readable", onReadable);
  parser.on("end", onEnd);
  parser.on("error", onError);
  try {
    for (;;) {
      const batch: string[][] = [];
      let record: string[] | null;
      while (failure === undefined && batch.length < BATCH && (record = parser.read() as string[] | null) !== null) batch.push(record);
      if (batch.length > 0) {
        yield batch;
        continue;
      }
      if (ended && failure === undefined) return;
      // the parser's error (a CSV syntax error) rejects the wait, and so reaches the reader's catch
      await new Promise<void>((resolve, reject) => {
        if (failure !== undefined) reject(failure);
        else wake = { resolve, reject };
      });
      wake = undefined;
    }
  } finally {
    parser.off("readable", onReadable);
    parser.off("end", onEnd);
    parser.off("error", onError);
  }
}

/** Records handed on at a time (a batch is judged before the next is read, so memory stays bounded). */
const BATCH = 512;

/**
 * Plans a CSV header row starting on `line` and reports it as {@link readRecords} does (notes, warnings,
 * `onHeader`); a header that cannot be read is an input error naming the line.
 * @internal
 */
export function planCsvHeaderAt(headers: readonly Cell[], source: string, options: ReadOptions, line: number): RowPlan {
  try {
    return planHeader(headers, source, options, csvColumnNumber, false);
  } catch (error) {
    throw inputError(source, `line ${line}: ${error instanceof Error ? error.message.replace(/^header: /, "") : String(error)}`);
  }
}

/**
 * Plans a CSV header row as {@link planCsvHeaderAt} does, without reporting it (a worker thread repeats the plan
 * the reading thread already reported).
 * @internal
 */
export function planCsvHeader(headers: readonly Cell[], options: Pick<ReadOptions, "schema" | "what" | "context" | "lang">): RowPlan {
  return planTable(headers, options, csvColumnNumber, false);
}

/**
 * One CSV row as {@link readRecords} reads it: the record by the header's plan, or the problems of its cells.
 * @internal
 */
export function recordOfRow(line: number, plan: RowPlan, record: readonly string[], options: Pick<ReadOptions, "finish">): InputItem {
  return itemOf(line, plan, record, options, csvColumn);
}

async function* readCsv(stream: Readable, source: string, options: ReadOptions): AsyncGenerator<readonly InputItem[]> {
  const parser = parse({ bom: true, skip_empty_lines: true });
  // The line each record starts on, read from the parser's counters as it hands the record over (csv-parse's
  // `info: true` builds an object per record for the same two numbers, a sixth of the reading time): records
  // and their lines leave in the same order, so a queue pairs them.
  const starts: number[] = [];
  let taken = 0;
  let lastLine = 0;
  let lastEmpty = 0;
  const counters = parser.info;
  const hand = parser.push.bind(parser);
  parser.push = (record: unknown): boolean => {
    if (record !== null) {
      starts.push(lastLine + 1 + (counters.empty_lines - lastEmpty));
      lastLine = counters.lines;
      lastEmpty = counters.empty_lines;
    }
    return hand(record);
  };
  const piping = pipeline(stream, parser).catch(() => undefined);
  let plan: RowPlan | undefined;
  try {
    for await (const records of recordBatches(parser)) {
      const items: InputItem[] = [];
      for (const record of records) {
        const start = starts[taken++]!;
        if (plan === undefined) {
          plan = planCsvHeaderAt(record, source, options, start);
          continue;
        }
        items.push(itemOf(start, plan, record, options, csvColumn));
      }
      starts.splice(0, taken);
      taken = 0;
      if (items.length > 0) yield items;
    }
  } catch (error) {
    if (isTechnoparkError(error, "VALIDATION")) {
      throw error;
    }
    throw csvError(error, source, lastLine, lastEmpty);
  } finally {
    await piping;
  }
  if (plan === undefined) throw inputError(source, "empty input: expected a CSV header row of field paths (e.g. id,name.ko,regularWorkers)");
}

function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * Reads the first sheet (or `options.sheet`) of an .xlsx workbook: the first row is the header; rows with no
 * values are skipped; `line` is the sheet's row number. A column without a header must be empty (a merged or
 * forgotten header cell is named with its column letter); an empty sheet is an input error.
 */
async function* readXlsx(file: string, stdin: Readable, source: string, options: ReadOptions): AsyncGenerator<InputItem> {
  const { sheet, rows } = await readSheetRows(file, stdin, options.sheet);
  const where = `${source} [${sheet}]`;
  const headerAt = rows.findIndex((row) => row.some((cell) => !isBlank(cell)));
  if (headerAt === -1) throw inputError(where, "the sheet is empty: expected a header row (기업명, 사업자등록번호, … or field paths) and one row per company");
  const header = rows[headerAt]!;
  const width = rows.reduce((max, row) => Math.max(max, row.length), header.length);
  const headers = Array.from({ length: width }, (_, i) => header[i] ?? null);
  headers.forEach((cell, i) => {
    if (!isBlank(cell)) return;
    const used = rows.findIndex((row, r) => r > headerAt && !isBlank(row[i]));
    if (used === -1) return;
    const merged = i > 0 && !isBlank(headers[i - 1]);
    throw inputError(
      where,
      `row ${headerAt + 1}, column ${columnLetter(i)}: no header, but row ${used + 1} has a value there (${merged ? "a merged header cell? " : ""}give every column its own header in one row, or delete the column)`,
    );
  });
  let plan: RowPlan;
  try {
    plan = planHeader(headers, where, options, columnLetter, true);
  } catch (error) {
    throw inputError(where, `row ${headerAt + 1}: ${error instanceof Error ? error.message.replace(/^header: /, "") : String(error)}`);
  }
  for (let r = headerAt + 1; r < rows.length; r++) {
    const row = rows[r]!;
    if (row.every(isBlank)) continue;
    yield itemOf(r + 1, plan, row, options, (index) => `${columnLetter(index)}${r + 1}`);
  }
}

/**
 * A csv-parse error as one line naming the source and the line (`lastLine`/`lastEmpty`: the parser's counters
 * when it handed over the last record).
 * @internal
 */
export function csvError(error: unknown, source: string, lastLine: number, lastEmpty: number): ValidationError {
  const details = (typeof error === "object" && error !== null ? error : {}) as {
    code?: unknown;
    lines?: unknown;
    empty_lines?: unknown;
    record?: unknown;
    columns?: unknown;
  };
  const line = typeof details.lines === "number" ? details.lines : lastLine + 1;
  const start = lastLine + 1 + (typeof details.empty_lines === "number" ? Math.max(0, details.empty_lines - lastEmpty) : 0);
  switch (details.code) {
    case "CSV_QUOTE_NOT_CLOSED":
      return inputError(source, `line ${start}: unterminated quoted field (a quote opened in the record starting on line ${start} is never closed)`);
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH":
    case "CSV_RECORD_INCONSISTENT_COLUMNS": {
      const got = Array.isArray(details.record) ? details.record.length : undefined;
      const message = (error as Error).message;
      const expected = /expect (\d+)/.exec(message)?.[1];
      return inputError(
        source,
        `line ${line}: ragged row: ${got ?? "a different number of"} fields where the header has ${expected ?? "another number"} (quote cells that contain commas)`,
      );
    }
    case "INVALID_OPENING_QUOTE":
    case "CSV_INVALID_CLOSING_QUOTE":
    case "CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE":
      return inputError(source, `line ${line}: misplaced quote (a field with a quote must be quoted whole, with inner quotes doubled: "say ""hi""")`);
    default:
      if (typeof details.code === "string" && details.code.startsWith("CSV_")) {
        return inputError(source, `line ${line}: malformed CSV (${(error as Error).message})`);
      }
      return inputError(source, describeSystemError(error));
  }
}

async function* readNdjson(stream: Readable, source: string): AsyncGenerator<InputItem> {
  stream.setEncoding("utf8");
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let line = 0;
  try {
    for await (const raw of lines) {
      line++;
      const text = line === 1 ? raw.replace(/^\uFEFF/, "") : raw;
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield { line, error: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
        continue;
      }
      yield { line, value };
    }
  } catch (error) {
    throw inputError(source, describeSystemError(error));
  } finally {
    lines.close();
  }
}

async function* readJsonArray(stream: Readable, source: string): AsyncGenerator<InputItem> {
  let text = "";
  try {
    stream.setEncoding("utf8");
    for await (const chunk of stream) text += chunk as string;
  } catch (error) {
    throw inputError(source, describeSystemError(error));
  }
  text = text.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
    const line = lineOfJsonError(text, message);
    throw inputError(source, `${line === undefined ? "" : `line ${line}: `}not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)$/, "")})`);
  }
  if (!Array.isArray(value)) {
    throw inputError(source, `expected a JSON array of records, received ${value === null ? "null" : typeof value === "object" ? "an object (wrap it in [ ] or use NDJSON, one record per line)" : typeof value}`);
  }
  const lines = jsonArrayElementLines(text);
  for (let i = 0; i < value.length; i++) yield { line: lines[i] ?? 1, value: value[i] };
}
