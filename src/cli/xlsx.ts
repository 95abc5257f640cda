// Spreadsheets (.xlsx) for the CLI, read with read-excel-file and written with write-excel-file.
//
// Why these two: compared on 2026-12-02 (npm view, a fresh install each, 100,000 rows × 9 columns on this
// 2-core machine) with exceljs 4.4.0, the other maintained choice (SheetJS's npm release, xlsx 0.18.5, is
// outdated; its current builds are only on its own CDN):
//   install size      read-excel-file + write-excel-file 8.7 MB, 8 packages  | exceljs 53.7 MB, 170 packages
//   read 100k rows    read-excel-file 5.0 s, peak RSS 326 MB                 | exceljs streaming reader 8.6 s, 226 MB
//   write 100k rows   write-excel-file 8.3 s, 285 MB                        | exceljs streaming writer 2.6 s, 151 MB
//   maintenance       releases through 2026, ESM + CJS, Node >= 18          | last stable 4.4.0 (2023), old deps (unzipper 0.10, archiver 5)
// exceljs streams, the pair does not; a company list of a technopark is thousands of rows, not millions (and
// Excel stops at 1,048,576), so the small install and the faster read win; the CLI says so in --help and
// the guide points to CSV/NDJSON for millions of rows.
//
// Both are imported lazily, only when an .xlsx is read or written: the library's entry points and the CLI's
// CSV/JSON paths never load them.
import { readFile } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { SheetData } from "write-excel-file/node";
import type { Cell } from "./cell-values.js";
import { describeSystemError, inputError } from "./read-records.js";

/** A sheet read whole: its name and its rows of cells (the header first). */
export interface SheetRows {
  /** The sheet's name. */
  readonly sheet: string;
  /** The rows, each an array of cells (`null` for empty ones). */
  readonly rows: readonly (readonly Cell[])[];
}

/** The spreadsheet column name of a 0-based index: 0 → `A`, 25 → `Z`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

/** @internal True when the bytes start like a zip archive (an .xlsx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}

async function bytesOf(file: string, stdin: Readable, source: string): Promise<Buffer> {
  try {
    if (file !== "-") return await readFile(file);
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : (chunk as Buffer));
    return Buffer.concat(chunks);
  } catch (error) {
    throw inputError(source, describeSystemError(error));
  }
}

/**
 * Reads one sheet of an .xlsx workbook (the first, or the one named `sheet`): dates come as `Date`, numbers as
 * numbers, text as text. A file that is not a workbook, an encrypted one, a missing sheet or an empty one
 * throws `VALIDATION` naming the file (and sheet) in one line.
 * @internal
 */
export async function readSheetRows(file: string, stdin: Readable, sheet: string | undefined): Promise<SheetRows> {
  const source = file === "-" ? "<stdin>" : file;
  const bytes = await bytesOf(file, stdin, source);
  if (startsWith(bytes, OLE)) {
    throw inputError(source, "an encrypted (password-protected) workbook or an old .xls file; open it in Excel and save it as .xlsx without a password");
  }
  if (!looksLikeZip(bytes)) throw inputError(source, "not an .xlsx workbook (it is not a zip archive); save the sheet as .xlsx or export it as CSV");
  const { default: readXlsxFile } = await import("read-excel-file/node");
  let sheets: { sheet: string; data: Cell[][] }[];
  try {
    // `sheets` picks the one sheet to parse (read-excel-file passes it through to its parser)
    sheets = (await readXlsxFile(bytes, { sheets: [sheet ?? 1] } as Parameters<typeof readXlsxFile>[1])) as unknown as { sheet: string; data: Cell[][] }[];
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "SheetNotFoundError") {
      const available = /Available sheets: (.*)$/.exec((error as Error).message)?.[1];
      throw inputError(source, `no sheet named ${JSON.stringify(sheet)}${available === undefined ? "" : `; the workbook has: ${available}`}`);
    }
    const reason = error instanceof Error ? error.message.replace(/\s*\n[\s\S]*$/, "") : String(error);
    throw inputError(source, `not a readable .xlsx workbook (${reason})`);
  }
  const found = sheets[0];
  if (found === undefined) throw inputError(source, "the workbook has no sheets");
  return { sheet: found.sheet, rows: found.data };
}

/** One column of a written sheet: its title and how wide to show it (in characters). */
export interface SheetColumn {
  /** The header cell. */
  readonly title: string;
  /** Approximate width in characters. */
  readonly width?: number | undefined;
}

/**
 * Writes one sheet to an .xlsx file: a bold header row that stays in view and carries Excel's filter buttons
 * (`autoFilter`), then the rows; dates are written as Excel dates (`yyyy-mm-dd`).
 * @internal
 */
export async function writeSheetRows(file: string, sheet: string, columns: readonly SheetColumn[], rows: readonly (readonly Cell[])[]): Promise<void> {
  const [{ default: writeXlsxFile }, utility] = await Promise.all([import("write-excel-file/node"), import("write-excel-file/utility")]);
  const last = `${columnLetter(Math.max(0, columns.length - 1))}${rows.length + 1}`;
  const autoFilter = {
    files: {
      transform: {
        "xl/worksheets/sheet{id}.xml": {
          transform: (xml: string): string =>
            utility.insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              utility.getSelfClosingTagMarkup("autoFilter", { ref: `A1:${last}` }),
              utility.getOrderOfSiblings("xl/worksheets/sheet{id}.xml", "worksheet") ?? [],
              "worksheet",
            ),
        },
      },
    },
  };
  const header = columns.map((column) => ({ value: column.title, fontWeight: "bold" as const }));
  const data = [header, ...rows.map((row) => row.map((cell) => (cell === undefined ? null : cell)))];
  await writeXlsxFile(
    data as unknown as SheetData,
    { sheet, stickyRowsCount: 1, dateFormat: "yyyy-mm-dd", columns: columns.map((column) => ({ width: column.width ?? 14 })) },
    { features: [autoFilter] as never },
  ).toFile(file);
}
