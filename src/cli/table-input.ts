import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { once } from "node:events";
import type { Writable } from "node:stream";
import { stringFlag, usageError, type ParsedArgs } from "./args.js";
import { describeSystemError, inputError } from "./read-records.js";

/** The flags of the commands that read tables (check, validate, rollup): a spreadsheet's sheet, a column map, an output file. */
export const TABLE_FLAGS = {
  sheet: { type: "string" },
  columns: { type: "string" },
  output: { type: "string", short: "o" },
} as const;

/** Help lines for {@link TABLE_FLAGS}. */
export const TABLE_HELP = `  --sheet <name>          the sheet of an .xlsx workbook to read (default: the first)
  --columns <map.json>    headers to field paths, for headers the built-in table does not know:
                          { "담당 업종": "ksic", "비고": null } (null ignores a column)
  -o, --output <file>     write the results to a file instead of stdout (never the input file)
`;

/**
 * Reads `--columns map.json`: an object of header → field path (or `null` to ignore the column). Anything
 * else is a usage error naming the file and the entry.
 * @internal
 */
export async function columnsFlag(values: ParsedArgs["values"], command: string): Promise<Readonly<Record<string, string | null>> | undefined> {
  const file = stringFlag(values, "columns");
  if (file === undefined) return undefined;
  const json = await readJsonFile(file);
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    throw usageError(`--columns ${file}: expected an object of header → field path, e.g. { "담당 업종": "ksic" }`, command);
  }
  const map: Record<string, string | null> = {};
  for (const [header, path] of Object.entries(json)) {
    if (path !== null && (typeof path !== "string" || path.trim() === "")) {
      throw usageError(`--columns ${file}: ${JSON.stringify(header)} maps to ${JSON.stringify(path)}; expected a field path such as "ksic", or null to ignore the column`, command);
    }
    map[header.trim()] = path === null ? null : path.trim();
  }
  return map;
}

/**
 * Reads a small JSON file (a rule, a column map), a UTF-8 BOM allowed; a file that cannot be read or parsed is
 * an input error naming it (exit 2).
 * @internal
 */
export async function readJsonFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw inputError(file, describeSystemError(error));
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw inputError(file, `not valid JSON (${error instanceof Error ? error.message.replace(/\s*\n\s*/g, " ") : String(error)})`);
  }
}

/**
 * Opens `--output` for writing, refusing the input file itself (the input is never changed). The returned
 * `close` waits until everything is on disk.
 * @internal
 */
export async function openOutput(file: string, input: string, command: string): Promise<{ stream: Writable; close: () => Promise<void> }> {
  checkOutputPath(file, input, command);
  const stream = createWriteStream(file);
  try {
    await once(stream, "open");
  } catch (error) {
    throw inputError(file, describeSystemError(error).replace(/^cannot read/, "cannot write"));
  }
  return {
    stream,
    close: async () => {
      stream.end();
      await once(stream, "finish");
    },
  };
}

/** @internal Refuses an output path that is the input file. */
export function checkOutputPath(file: string, input: string, command: string): void {
  if (input !== "-" && resolve(file) === resolve(input)) throw usageError(`--output: ${file} is the input file; the input is never overwritten, choose another name`, command);
}
