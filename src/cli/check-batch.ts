import type { OutputFormat } from "./output.js";
import { CHECK_SCHEMA, judgeOf, rowJudge, rowText, type CheckSpec, type Outcome } from "./check-rows.js";
import { parseCsvChunk } from "./csv-chunks.js";
import { planCsvHeader, recordOfRow } from "./read-records.js";

/** What a thread that judges CSV rows is given once: the run, the output format and the header row. */
export interface BatchJob {
  readonly spec: CheckSpec;
  readonly format: OutputFormat;
  /** The input's name in messages. */
  readonly source: string;
  /** The CSV header row as read (planned again here exactly as the reading thread planned it). */
  readonly header: readonly string[];
  /** The header row's record delimiter, which every chunk is parsed with. */
  readonly recordDelimiter: string | undefined;
}

/** A chunk of a CSV file to judge: whole records, and the number of lines before it. */
export interface CsvChunk {
  readonly bytes: Uint8Array;
  readonly linesBefore: number;
}

/** A batch of rows judged and written: the output's UTF-8 bytes and what it holds. */
export interface JudgedBatch {
  /** The rows' text in the output format, each JSON row written as not the document's first (`,\n` before it). */
  readonly output: Uint8Array;
  /** The rows, by outcome. */
  readonly counts: Readonly<Record<Outcome, number>>;
  /** The number of rows. */
  readonly rows: number;
  /** Warnings about cells (each text once per thread). */
  readonly warnings: readonly string[];
  /** The lines before the chunk (as given), and the lines the chunk spans as csv-parse counts them. */
  readonly linesBefore: number;
  readonly lines: number;
  /** Why the chunk could not be read to its end (one line naming the source and the line; exit 2), after the rows before it. */
  readonly error?: string | undefined;
}

/**
 * UTF-8 text gathered into one buffer as it comes (encoding line by line: one long string built by `+=` from
 * thousands of Korean lines costs ten times more to encode). The buffer owns its memory, so it can be handed
 * to another thread without a copy.
 */
class Utf8Text {
  #bytes: Buffer;
  #used = 0;
  constructor(expected: number) {
    this.#bytes = Buffer.allocUnsafeSlow(Math.max(expected, 1 << 16));
  }
  push(text: string): void {
    // a UTF-16 code unit takes at most 3 bytes of UTF-8
    this.#grow(text.length * 3);
    this.#used += this.#bytes.write(text, this.#used);
  }
  #grow(room: number): void {
    if (this.#used + room <= this.#bytes.length) return;
    const bigger = Buffer.allocUnsafeSlow(Math.max(this.#bytes.length * 2, this.#used + room));
    this.#bytes.copy(bigger, 0, 0, this.#used);
    this.#bytes = bigger;
  }
  take(): Uint8Array {
    return new Uint8Array(this.#bytes.buffer, this.#bytes.byteOffset, this.#used);
  }
}

/**
 * Parses and judges chunks of a CSV file as `check` reads and judges them in one thread — the same record conversion, validation,
 * judgement and text — for a worker thread: the reading thread cuts the file into chunks, the workers parse and judge
 * them, the reading thread writes their output in order.
 * @internal
 */
export function batchJudge(job: BatchJob): (chunk: CsvChunk) => JudgedBatch {
  const { spec, format } = job;
  let warnings: string[] = [];
  const judge = rowJudge(judgeOf(spec), spec, (message) => warnings.push(message));
  const plan = planCsvHeader(job.header, { schema: CHECK_SCHEMA, what: "Company", context: judge.context, lang: spec.lang });
  return ({ bytes, linesBefore }) => {
    const counts: Record<Outcome, number> = { eligible: 0, ineligible: 0, undetermined: 0, invalid: 0 };
    // results take about four times the bytes of the CSV they judge: room for five, so the buffer rarely grows
    const text = new Utf8Text(bytes.length * 5);
    // each record judged as soon as it is parsed: nothing of a row outlives it (a chunk's records held at once would survive into the old generation)
    const { records, lines, error } = parseCsvChunk(bytes, { source: job.source, linesBefore, fields: job.header.length, recordDelimiter: job.recordDelimiter }, (record, line) => {
      const row = judge.judgeItem(recordOfRow(line, plan, record, judge));
      counts[row.outcome]++;
      text.push(rowText(row, format, spec.lang, false));
    });
    const said = warnings;
    warnings = [];
    return { output: text.take(), counts, rows: records, warnings: said, linesBefore, lines, error: error?.message };
  };
}
