import { Worker } from "node:worker_threads";
import { ValidationError } from "../errors/technopark-error.js";
import type { BatchJob, CsvChunk, JudgedBatch } from "./check-batch.js";
import { countNewlines } from "./csv-chunks.js";

/** Where `check`'s worker thread entry is (dist/cli/check-worker.js), and the node options it needs. */
export interface CheckWorkerEntry {
  readonly url: URL;
  readonly execArgv?: readonly string[] | undefined;
}

/** A chunk sent to a worker. */
export interface BatchRequest extends CsvChunk {
  readonly seq: number;
}

/** A worker's answer: the judged chunk, or why it failed. */
export type BatchReply = ({ readonly seq: number; readonly failure?: undefined } & JudgedBatch) | { readonly seq: number; readonly failure: string };

/** Chunks in flight per worker (one being judged, one waiting), so no worker idles while this thread reads. */
const IN_FLIGHT_PER_WORKER = 2;

/**
 * The young generation of a worker's heap: 16, 32, 64 MB and the default ran equally fast over 1M rows, and
 * 16 MB kept peak RSS lowest (about 300 MB for two workers, against about 480 MB at 64 MB).
 */
const YOUNG_GENERATION_MB = 16;

interface Slot {
  readonly bytes: Uint8Array;
  linesBefore: number;
  promise: Promise<JudgedBatch>;
  resolve(batch: JudgedBatch): void;
  reject(error: unknown): void;
}

function slot(bytes: Uint8Array, linesBefore: number): Slot {
  const made = { bytes, linesBefore } as Slot;
  made.promise = new Promise<JudgedBatch>((resolve, reject) => {
    made.resolve = resolve;
    made.reject = reject;
  });
  made.promise.catch(() => undefined); // awaited in order later; a failure before then must not be "unhandled"
  return made;
}

/**
 * Judges a CSV file's chunks on `jobs` worker threads while this thread reads: each chunk goes to the next
 * worker in turn, at most two per worker at a time (memory stays flat), and every judged chunk is handed to
 * `take` in input order, so the output is the same, byte for byte, as judging in one thread. A chunk's lines
 * count on from the lines before it, guessed from its newlines and checked against what the parser counted for
 * the chunk before (a quoted `\r\n` counts twice there): a wrong guess sends the chunk again. A chunk that
 * cannot be read stops the run (exit 2) after the rows before it, a failing worker with its error. `job` is
 * asked for when the first worker starts.
 * @internal
 */
export async function judgeInThreads(
  job: () => BatchJob,
  chunks: AsyncIterable<Uint8Array>,
  linesBefore: number,
  entry: CheckWorkerEntry,
  jobs: number,
  take: (batch: JudgedBatch) => Promise<void> | undefined,
): Promise<void> {
  const workers: Worker[] = [];
  const waiting = new Map<number, Slot>();
  let failure: unknown;
  const fail = (error: unknown): void => {
    failure ??= error;
    for (const each of waiting.values()) each.reject(failure);
  };
  const spawn = (): Worker => {
    const worker = new Worker(entry.url, { workerData: job(), execArgv: entry.execArgv === undefined ? undefined : [...entry.execArgv], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    worker.on("message", (reply: BatchReply) => {
      const found = waiting.get(reply.seq);
      if (found === undefined) return;
      if (reply.failure !== undefined) found.reject(new Error(`check: a worker thread failed: ${reply.failure}`));
      else found.resolve(reply);
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (waiting.size > 0) fail(new Error(`check: a worker thread stopped (exit code ${code}) before judging every row`));
    });
    return worker;
  };
  const post = (seq: number, sent: Slot): void => {
    if (failure !== undefined) return sent.reject(failure);
    if (workers.length < jobs) workers.push(spawn());
    workers[seq % jobs]!.postMessage({ seq, bytes: sent.bytes, linesBefore: sent.linesBefore } satisfies BatchRequest);
  };
  let sent = 0;
  let written = 0;
  let guess = linesBefore; // the lines before the next chunk to send
  let known = linesBefore; // the lines before the next chunk to write, as the parser counted them
  const writeNext = async (): Promise<void> => {
    const next = waiting.get(written)!;
    let batch = await next.promise;
    if (batch.linesBefore !== known) {
      // the guess was wrong (csv-parse counted an earlier chunk's lines otherwise): judge it again, and correct the guesses
      guess += known - batch.linesBefore;
      const again = slot(next.bytes, known);
      waiting.set(written, again);
      post(written, again);
      batch = await again.promise;
    }
    waiting.delete(written++);
    known = batch.linesBefore + batch.lines;
    const wait = take(batch);
    if (wait !== undefined) await wait;
    if (batch.error !== undefined) throw new ValidationError(batch.error, { path: ["input"] });
  };
  try {
    for await (const bytes of chunks) {
      if (failure !== undefined) break; // the next chunk to write holds the failure
      const seq = sent++;
      const made = slot(bytes, guess);
      guess += countNewlines(bytes);
      waiting.set(seq, made);
      post(seq, made);
      while (sent - written >= jobs * IN_FLIGHT_PER_WORKER) await writeNext();
    }
    while (written < sent) await writeNext();
  } finally {
    waiting.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
