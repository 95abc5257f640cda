import type { z } from "zod";
import { ValidationError } from "../errors/technopark-error.js";
import { booleanCell, cellAsText, dateCell, isCellError, moneyCell, numberCell, textCell, type Cell, type Lang } from "./cell-values.js";
import { headerKey } from "./column-aliases.js";
import { fieldShape, type FieldShape } from "./schema-shape.js";

/** How one column becomes a field of the record: its dotted path and the conversion of its cells. */
export interface ColumnPlan {
  /** The header as written, e.g. `location.sigungu` or `기업명`. */
  readonly header: string;
  /** The field path, e.g. `["location", "sigungu"]`; numeric segments index arrays. */
  readonly path: readonly string[];
  /** Turns a non-empty cell into the field's value (numbers for number fields, lists split on `;`…); throws a cell error (`VALIDATION`, path `["cell"]`) for a cell that cannot be read. */
  readonly convert: (cell: Cell) => unknown;
  /** True when the header is not the field path itself (an alias such as `기업명`, or `--columns`). */
  readonly renamed: boolean;
  /** A field not read (see `PlanContext.read`): its cells are left out of the record. */
  readonly unread?: true;
}

/** The plan for a table: one entry per header cell (`undefined` for ignored columns). */
export interface RowPlan {
  /** Per column index, how to convert it, or `undefined` when the column is ignored. */
  readonly columns: readonly (ColumnPlan | undefined)[];
  /** Headers that are not fields of the schema (ignored, reported once as a warning). */
  readonly ignored: readonly string[];
}

/** What a header row is read with besides the schema: aliases, an explicit map, the date and language of value lookups. */
export interface PlanContext {
  /** The field a header written by a person stands for (`기업명` → `name.ko`); tried after the field paths themselves. */
  readonly alias?: ((header: string) => string | undefined) | undefined;
  /** `--columns`: header as written → field path, or `null` to ignore the column; tried first. */
  readonly columns?: Readonly<Record<string, string | null>> | undefined;
  /** The name of a column for messages (`"G"` in a spreadsheet, `"7"` in a CSV file). */
  readonly columnName?: ((index: number) => string) | undefined;
  /** Converters for particular fields (a 시·도 given by name for `location.regionCode`), by dotted path. */
  readonly fields?: Readonly<Record<string, (cell: Cell) => unknown>> | undefined;
  /** Keep columns without a header instead of refusing them (a spreadsheet's reader checks that they are empty). */
  readonly allowUnnamed?: boolean | undefined;
  /** The language of cell messages. */
  readonly lang?: Lang | undefined;
  /** Whether a field is read at all: a column of a field it refuses is checked as a header but its cells are not converted (`check` reads only what the rule reads). */
  readonly read?: ((path: readonly string[]) => boolean) | undefined;
}

/** List indexes a CSV header may use (`monthEndHeadcounts.0.month` … `monthEndHeadcounts.999.month`): a bigger one would build a huge sparse array from a single cell. */
const MAX_LIST_INDEX = 1_000;

/** @internal Converts one cell by the kinds its field accepts; a cell that fits none is kept as it was (the schema reports it). */
export function convertScalar(cell: Cell, kinds: FieldShape["kinds"]): unknown {
  if (kinds.has("string")) return textCell(cell);
  if (kinds.has("number")) {
    const number = numberCell(cell);
    if (typeof number === "number") return number;
  }
  if (kinds.has("boolean")) {
    const boolean = booleanCell(cell);
    if (typeof boolean === "boolean") return boolean;
  }
  return cell instanceof Date ? textCell(cell) : cell;
}

function converterFor(shape: FieldShape, unit: string, lang: Lang): (cell: Cell) => unknown {
  if (shape.money) return (cell) => moneyCell(cell, unit, lang);
  if (shape.date) return (cell) => dateCell(cell);
  if (shape.list && shape.kinds.size > 0) {
    return (cell) =>
      cellAsText(cell)
        .split(";")
        .map((item) => item.trim())
        .filter((item) => item !== "")
        .map((item) => convertScalar(item, shape.kinds));
  }
  return (cell) => convertScalar(cell, shape.kinds);
}

function headerError(message: string): ValidationError {
  return new ValidationError(message, { path: ["header"] });
}

function checkPath(header: string, path: readonly string[]): void {
  if (path.some((segment) => segment === "")) throw headerError(`header: "${header}" is not a field path (empty segment)`);
  const unsafe = path.find((segment) => segment === "__proto__" || segment === "constructor" || segment === "prototype");
  if (unsafe !== undefined) throw headerError(`header: "${header}" is not a field path (the segment "${unsafe}" is not allowed)`);
  const bigIndex = path.find((segment) => /^\d+$/.test(segment) && Number(segment) >= MAX_LIST_INDEX);
  if (bigIndex !== undefined) throw headerError(`header: "${header}" has the list index ${bigIndex}; expected an index below ${MAX_LIST_INDEX} (use JSON or NDJSON input for longer lists)`);
}

/**
 * Reads a header row into a plan: each header is a dotted field path of `schema` (`regularWorkers`,
 * `location.sigungu`, `averageRevenue.amount`, `monthEndHeadcounts.0.fullTime`), a name in `context.columns`,
 * or a header `context.alias` knows (`기업명`). Without a schema every column is kept as text. Empty,
 * duplicated or overlapping headers, two columns for one field, and a header naming an object that a single
 * cell cannot hold, throw `VALIDATION` naming the header.
 * @internal
 */
export function planColumns(headers: readonly Cell[], schema: z.ZodType | undefined, what: string, context: PlanContext = {}): RowPlan {
  const columns: (ColumnPlan | undefined)[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const taken = new Map<string, number>();
  const lang = context.lang ?? "en";
  const name = context.columnName ?? ((index: number) => String(index + 1));
  headers.forEach((raw, index) => {
    const text = textCell(raw ?? "") as string;
    const header = (index === 0 ? text.replace(/^\uFEFF/, "") : text).trim();
    if (header === "") {
      if (context.allowUnnamed === true) {
        columns.push(undefined);
        return;
      }
      throw headerError(`header: column ${name(index)} has no name (every column needs a field path such as regularWorkers)`);
    }
    if (seen.has(header)) throw headerError(`header: column "${header}" appears twice`);
    seen.add(header);
    let target = header;
    let renamed = false;
    if (context.columns !== undefined && Object.hasOwn(context.columns, header)) {
      const mapped = context.columns[header];
      if (mapped === null || mapped === undefined || mapped === "") {
        ignored.push(header);
        columns.push(undefined);
        return;
      }
      target = mapped;
      renamed = true;
    } else if (schema !== undefined && context.alias !== undefined) {
      const direct = fieldShape(schema, header.split("."));
      const alias = direct === undefined || direct.composite ? context.alias(header) : undefined;
      if (alias !== undefined) {
        target = alias;
        renamed = true;
      }
    }
    const path = target.split(".");
    checkPath(target, path);
    if (schema === undefined) {
      columns.push({ header, path, convert: (cell) => textCell(cell), renamed });
      return;
    }
    const shape = fieldShape(schema, path);
    if (shape === undefined) {
      if (renamed) throw headerError(`header: column "${header}" is mapped to "${target}", which is not a field of ${what}`);
      ignored.push(header);
      columns.push(undefined);
      return;
    }
    if (shape.composite) {
      throw headerError(
        `header: "${target}" is an object in ${what}; give its fields as their own columns (e.g. ${target}.<field>${target === "monthEndHeadcounts" ? ", or monthEndHeadcounts.0.month, monthEndHeadcounts.0.fullTime, …" : ""}), or use JSON/NDJSON input`,
      );
    }
    const before = taken.get(target);
    if (before !== undefined) {
      throw headerError(
        `header: columns ${name(before)} "${columns[before]!.header}" and ${name(index)} "${header}" both give ${target}; keep one, or map one elsewhere with --columns`,
      );
    }
    taken.set(target, index);
    if (context.read !== undefined && !context.read(path)) {
      columns.push({ header, path, convert: (cell) => cell, renamed, unread: true });
      return;
    }
    const special = context.fields?.[target];
    columns.push({ header, path, convert: special ?? converterFor(shape, headerKey(header).unit ?? "", lang), renamed });
  });
  const kept = columns.filter((column): column is ColumnPlan => column !== undefined).map((column) => column.path.join("."));
  for (const header of kept) {
    for (const other of kept) {
      if (other !== header && other.startsWith(`${header}.`)) {
        throw headerError(`header: "${header}" and "${other}" overlap (one column cannot be both a value and an object)`);
      }
    }
  }
  return { columns, ignored };
}

function place(target: Record<string, unknown> | unknown[], path: readonly string[], value: unknown): void {
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const nextIsIndex = /^\d+$/.test(path[i + 1]!);
    const slot = node as Record<string, unknown>;
    let child = slot[key];
    if (child === undefined || child === null || typeof child !== "object") {
      child = nextIsIndex ? [] : {};
      slot[key] = child;
    }
    node = child as Record<string, unknown> | unknown[];
  }
  (node as Record<string, unknown>)[path[path.length - 1]!] = value;
}

/**
 * Turns one row (cells in header order) into a nested record by the plan; empty cells are absent fields. A cell
 * that cannot be read (a cell error) is reported into `errors` as `<header> (<column>): <why>` and left out
 * of the record; without `errors` such a cell is kept as it was, for the schema to report.
 * @internal
 */
export function rowToRecord(plan: RowPlan, cells: readonly Cell[], errors?: string[], columnName?: (index: number) => string): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const { columns } = plan;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i];
    if (column === undefined || column.unread === true || cell === undefined || cell === null || cell === "") continue;
    let value: unknown;
    try {
      value = column.convert(cell);
    } catch (error) {
      if (!isCellError(error)) throw error;
      if (errors === undefined) {
        value = cell; // kept as it was, for the schema to report
      } else {
        errors.push(`${column.header} (${columnName === undefined ? `column ${i + 1}` : columnName(i)}): ${error.message}`);
        continue;
      }
    }
    if (column.path.length === 1) record[column.path[0]!] = value;
    else place(record, column.path, value);
  }
  return record;
}
