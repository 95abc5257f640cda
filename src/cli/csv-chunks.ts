import { open } from "node:fs/promises";
import { parse } from "csv-parse";
import type { ValidationError } from "../errors/technopark-error.js";
import type { RowPlan } from "./csv-row.js";
import { csvError, describeSystemError, inputError, planCsvHeaderAt, type ReadOptions } from "./read-records.js";

/** The bytes read at once, and the size a chunk of records is cut at. */
const CHUNK_BYTES = 1 << 20;
/** A chunk with no record end outside quotes in this many bytes is handed on whole (its parse reports the unclosed quote). */
const MAX_CHUNK_BYTES = 64 << 20;
const QUOTE = 0x22;
const NEWLINE = 0x0a;

/** csv-parse's parser core: `parse(data, end, push, close)` and its counters, the same code its stream runs. */
interface ParserCore {
  parse(data: Buffer | undefined, end: boolean, push: (record: string[]) => void, close: () => void): Error | undefined;
  readonly info: { readonly lines: number; readonly empty_lines: number; readonly bytes: number; records: number };
  readonly options: { readonly record_delimiter: readonly Buffer[] };
  readonly state: { expectedRecordLength?: number };
}

/** The parser's `close` callback: nothing to do (a whole chunk is always read). */
const noClose = (): void => undefined;

/** csv-parse's parser core, or `undefined` if a csv-parse release moved it (the file is then read in one thread). */
function parserCore(bom: boolean, recordDelimiter?: string): ParserCore | undefined {
  const parser = recordDelimiter === undefined ? parse({ bom, skip_empty_lines: true }) : parse({ bom, skip_empty_lines: true, record_delimiter: recordDelimiter });
  const core = (parser as unknown as { api?: ParserCore }).api;
  return typeof core?.parse === "function" ? core : undefined;
}

/** A CSV file's header, read and planned as the one-thread reader does, and where its records start. */
export interface CsvHead {
  readonly headers: readonly string[];
  readonly plan: RowPlan;
  /** The byte the first record after the header starts at. */
  readonly bytes: number;
  /** The line the header ends on (the next record's lines count on from it). */
  readonly lines: number;
  /** The record delimiter the header row ends with (`\n` or `\r\n`), which every chunk is parsed with. */
  readonly recordDelimiter: string | undefined;
}

/**
 * Reads and plans a CSV file's header row as {@link readRecords} does (the same notes, warnings and errors), for
 * a reader that cuts the rest into chunks. `undefined` when the file is better read in one piece: no complete
 * header in its first megabyte, a header that does not parse, or lines ended by a lone `\r`.
 * @internal
 */
export async function readCsvHead(file: string, options: ReadOptions): Promise<CsvHead | undefined> {
  let block: Buffer;
  let whole: boolean;
  try {
    const handle = await open(file, "r");
    try {
      block = Buffer.allocUnsafe(CHUNK_BYTES);
      const { bytesRead } = await handle.read(block, 0, CHUNK_BYTES, 0);
      block = block.subarray(0, bytesRead);
      whole = bytesRead < CHUNK_BYTES;
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw inputError(file, describeSystemError(error));
  }
  const core = parserCore(true);
  if (core === undefined) return undefined;
  let header: string[] | undefined;
  let bytes = 0;
  let lines = 0;
  let start = 0;
  core.parse(block, whole, (record) => {
    if (header !== undefined) return;
    header = record;
    bytes = core.info.bytes;
    lines = core.info.lines;
    start = 1 + core.info.empty_lines; // the line it starts on, as the one-thread reader counts it
  }, noClose);
  if (header === undefined) return undefined;
  const delimiter = core.options.record_delimiter.map((each) => each.toString("utf8"));
  if (delimiter.length === 1 && delimiter[0] === "\r") return undefined;
  const plan = planCsvHeaderAt(header, file, options, start);
  return { headers: header, plan, bytes, lines, recordDelimiter: delimiter.length === 1 ? delimiter[0] : undefined };
}

/** The index just after the last newline outside quotes (a record's end), or -1. A chunk starts outside quotes. */
export function lastRecordEnd(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let quote = buffer.indexOf(QUOTE);
  if (quote === -1) {
    const newline = buffer.lastIndexOf(NEWLINE);
    return newline === -1 ? -1 : newline + 1;
  }
  let quoted = false;
  let from = 0;
  let found = -1;
  for (;;) {
    const to = quote === -1 ? buffer.length : quote;
    if (!quoted && to > from) {
      const newline = buffer.lastIndexOf(NEWLINE, to - 1);
      if (newline >= from) found = newline + 1;
    }
    if (quote === -1) return found;
    quoted = !quoted;
    from = quote + 1;
    quote = buffer.indexOf(QUOTE, from);
  }
}

/** The newlines in some bytes. */
export function countNewlines(bytes: Uint8Array): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let count = 0;
  for (let at = buffer.indexOf(NEWLINE); at !== -1; at = buffer.indexOf(NEWLINE, at + 1)) count++;
  return count;
}

/**
 * A CSV file from byte `start` on, cut into chunks of about a megabyte that end where a record ends (after a
 * newline outside quotes), so each can be parsed on its own. The last chunk is what is left.
 * @internal
 */
export async function* csvChunks(file: string, start: number): AsyncGenerator<Uint8Array> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(file, "r");
  } catch (error) {
    throw inputError(file, describeSystemError(error));
  }
  try {
    let position = start;
    let pending: Buffer = Buffer.alloc(0);
    for (;;) {
      const block = Buffer.allocUnsafe(CHUNK_BYTES);
      let read: number;
      try {
        ({ bytesRead: read } = await handle.read(block, 0, CHUNK_BYTES, position));
      } catch (error) {
        throw inputError(file, describeSystemError(error));
      }
      position += read;
      if (read === 0) {
        if (pending.length > 0) yield pending;
        return;
      }
      pending = pending.length === 0 ? block.subarray(0, read) : Buffer.concat([pending, block.subarray(0, read)]);
      const end = lastRecordEnd(pending);
      if (end === -1 && pending.length < MAX_CHUNK_BYTES) continue;
      const cut = end === -1 ? pending.length : end;
      // a chunk of its own memory: it is copied to a worker thread, and the rest must not keep it alive
      yield Buffer.from(pending.subarray(0, cut));
      pending = Buffer.from(pending.subarray(cut));
    }
  } finally {
    await handle.close();
  }
}

/** A chunk of CSV records read: how many, the lines it spans, and why it could not be read to its end. */
export interface ReadChunk {
  /** The records handed over. */
  readonly records: number;
  /** The chunk's lines as csv-parse counts them (a quoted `\r\n` counts twice): where the next chunk's lines count on from. */
  readonly lines: number;
  /** Why the chunk could not be read to its end (the records before it were handed over), as the one-thread reader says it. */
  readonly error?: ValidationError | undefined;
}

/**
 * Parses a chunk cut by {@link csvChunks} exactly as the one-thread reader parses the same bytes within the file:
 * the header's record delimiter, the header's number of fields (a ragged row is an error), lines counted on
 * from `linesBefore`, errors worded alike. Each record is handed to `onRecord` with the line it starts on as
 * soon as it is read, so it can be judged and dropped while the next is parsed.
 * @internal
 */
export function parseCsvChunk(
  bytes: Uint8Array,
  options: { source: string; linesBefore: number; fields: number; recordDelimiter: string | undefined },
  onRecord: (record: string[], line: number) => void,
): ReadChunk {
  // the reading thread found the core (readCsvHead), and worker threads load the same csv-parse
  const core = parserCore(false, options.recordDelimiter)!;
  // as if the header had been read: every record must have its number of fields (else the chunk's first record would set it)
  core.state.expectedRecordLength = options.fields;
  core.info.records = 1;
  const counters = core.info;
  let records = 0;
  let lastLine = 0;
  let lastEmpty = 0;
  const push = (record: string[]): void => {
    const line = options.linesBefore + lastLine + 1 + (counters.empty_lines - lastEmpty);
    lastLine = counters.lines;
    lastEmpty = counters.empty_lines;
    records++;
    onRecord(record, line);
  };
  // the bytes, then the end: the line counter between the two is where the next chunk's lines count on from (at
  // the end, a last record delimiter counts one more line)
  let failure = core.parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), false, push, noClose);
  const lines = counters.lines;
  failure ??= core.parse(undefined, true, push, noClose);
  if (failure === undefined) return { records, lines };
  const details = failure as Error & { lines?: unknown };
  const shifted = Object.assign(Object.create(Object.getPrototypeOf(details) as object) as object, details, {
    message: details.message,
    lines: typeof details.lines === "number" ? details.lines + options.linesBefore : details.lines,
  });
  return { records, lines, error: csvError(shifted, options.source, options.linesBefore + lastLine, lastEmpty) };
}
