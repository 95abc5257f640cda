import type { Writable } from "node:stream";

const EVERY = 10_000;

/**
 * A progress indicator on stderr for long inputs: shown only when stderr is a terminal and only once more
 * than 10,000 records have been read (short runs and pipes stay clean); cleared when the run ends.
 * @internal
 */
export class Progress {
  readonly #stream: Writable & { readonly isTTY?: boolean };
  readonly #lang: "ko" | "en";
  #shown = false;

  constructor(stream: Writable & { readonly isTTY?: boolean }, lang: "ko" | "en") {
    this.#stream = stream;
    this.#lang = lang;
  }

  /** Reports the number of records done so far. */
  tick(count: number): void {
    if (count % EVERY !== 0 || count <= EVERY - 1 || this.#stream.isTTY !== true) return;
    if (count === EVERY) return; // more than 10,000: start after the first 10,000
    const text = count.toLocaleString("en-US");
    this.#stream.write(`\r${this.#lang === "ko" ? `${text}건 처리 중…` : `${text} records…`}`);
    this.#shown = true;
  }

  /** Reports the number of records done so far, counted a batch at a time: shown each time a multiple of 10,000 is passed. */
  reached(count: number): void {
    if (Math.floor(count / EVERY) === Math.floor(this.#reached / EVERY)) {
      this.#reached = count;
      return;
    }
    this.#reached = count;
    this.tick(count - (count % EVERY));
  }
  #reached = 0;

  /** Clears the indicator line. */
  done(): void {
    if (this.#shown) this.#stream.write("\r\u001b[K");
    this.#shown = false;
  }
}
