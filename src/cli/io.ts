import type { Readable, Writable } from "node:stream";
import type { CheckWorkerEntry } from "./check-threads.js";

/** The streams and context the CLI runs with; injected so tests can run it in-process. */
export interface CliIo {
  /** Where results go. */
  readonly stdout: Writable;
  /** Where errors, warnings, summaries of streamed output and progress go; `isTTY` turns the progress indicator on. */
  readonly stderr: Writable & { readonly isTTY?: boolean };
  /** Read for the input file `-`. */
  readonly stdin: Readable;
  /** Today's date in Asia/Seoul (`YYYY-MM-DD`), the default `--as-of`; the process entry reads the clock once. */
  readonly today: string;
  /** Where `check`'s worker thread entry is; without it `check` judges in one thread. The process entry sets it. */
  readonly checkWorker?: CheckWorkerEntry | undefined;
}
