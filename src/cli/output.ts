import type { Writable } from "node:stream";

/** The output formats of the CLI. */
export type OutputFormat = "table" | "json" | "ndjson";

/** The output formats, for `--format` and messages. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["table", "json", "ndjson"];

/**
 * Writes text and waits for the stream to drain when its buffer is full, so a million result lines are
 * written in bounded memory.
 * @internal
 */
export function write(stream: Writable, text: string | Uint8Array): Promise<void> | undefined {
  if (stream.write(text)) return undefined;
  return new Promise((resolve, reject) => {
    const done = (): void => {
      stream.off("drain", done);
      stream.off("error", fail);
      stream.off("close", done);
      resolve();
    };
    const fail = (error: unknown): void => {
      stream.off("drain", done);
      stream.off("close", done);
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    stream.once("drain", done);
    stream.once("close", done);
    stream.once("error", fail);
  });
}

/**
 * Width of a string in terminal columns: Hangul, CJK and full-width forms take two columns, combining marks none.
 * @internal
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x300 && code <= 0x36f) || code === 0x200b || (code >= 0xfe00 && code <= 0xfe0f)) continue;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0x303e) ||
      (code >= 0x3041 && code <= 0x33ff) ||
      (code >= 0x3400 && code <= 0x4dbf) ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xa960 && code <= 0xa97f) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xd7b0 && code <= 0xd7ff) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x1f300 && code <= 0x1faff) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}

/** @internal Pads text on the right to a display width. */
export function padEnd(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? text + " ".repeat(gap) : text;
}

/** @internal Pads text on the left to a display width (numbers). */
export function padStart(text: string, width: number): string {
  const gap = width - displayWidth(text);
  return gap > 0 ? " ".repeat(gap) + text : text;
}

/** One column of a table: the key in the row objects, the title, and right alignment for numbers. */
export interface TableColumn {
  /** The key of the value in each row. */
  readonly key: string;
  /** The column title. */
  readonly title: string;
  /** Right-align (numbers, amounts). */
  readonly right?: boolean;
}

/** @internal Renders a cell: text as is, money as `amount currency`, lists joined, absent as empty. */
export function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(", ");
  if (typeof value === "object" && "amount" in value && "currency" in value) {
    const { amount, currency } = value as { amount: unknown; currency: unknown };
    return `${String(amount)} ${String(currency)}`;
  }
  return JSON.stringify(value);
}

/**
 * Renders rows as an aligned plain-text table (a header, a rule, one line per row), wide characters
 * counted as two columns so Korean names line up in a terminal.
 * @internal
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly Readonly<Record<string, unknown>>[]): string {
  const texts = rows.map((row) => columns.map((column) => cellText(row[column.key]).replace(/\s*\n\s*/g, " ")));
  const widths = columns.map((column, i) => Math.max(displayWidth(column.title), ...texts.map((cells) => displayWidth(cells[i]!))));
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (columns[i]!.right === true ? padStart(cell, widths[i]!) : i === cells.length - 1 ? cell : padEnd(cell, widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [line(columns.map((column) => column.title)), widths.map((width) => "-".repeat(width)).join("  ")];
  for (const cells of texts) out.push(line(cells));
  return `${out.join("\n")}\n`;
}

/**
 * Writes rows in the chosen format: an aligned table, a JSON array, or one JSON object per line.
 * @internal
 */
export async function writeRows(
  stream: Writable,
  format: OutputFormat,
  columns: readonly TableColumn[],
  rows: readonly Readonly<Record<string, unknown>>[],
): Promise<void> {
  if (format === "table") await write(stream, renderTable(columns, rows));
  else if (format === "json") await write(stream, `${JSON.stringify(rows, null, 2)}\n`);
  else for (const row of rows) await write(stream, `${JSON.stringify(row)}\n`);
}
