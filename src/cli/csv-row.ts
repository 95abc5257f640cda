import type { z } from "zod";
import { ValidationError } from "../errors/technopark-error.js";
import { fieldShape, type FieldShape } from "./schema-shape.js";

/** How one CSV column becomes a field of the record: its dotted path and the conversion of its cells. */
export interface ColumnPlan {
  /** The header as written, e.g. `location.sigungu`. */
  readonly header: string;
  /** The field path, e.g. `["location", "sigungu"]`; numeric segments index arrays. */
  readonly path: readonly string[];
  /** Turns a non-empty cell into the field's value (numbers for number fields, lists split on `;`…). */
  readonly convert: (cell: string) => unknown;
}

/** The plan for a CSV file: one entry per header cell (`undefined` for ignored columns). */
export interface RowPlan {
  /** Per column index, how to convert it, or `undefined` when the column is ignored. */
  readonly columns: readonly (ColumnPlan | undefined)[];
  /** Headers that are not fields of the schema (ignored, reported once as a warning). */
  readonly ignored: readonly string[];
}

/** List indexes a CSV header may use (`monthEndHeadcounts.0.month` … `monthEndHeadcounts.999.month`): a bigger one would build a huge sparse array from a single cell. */
const MAX_LIST_INDEX = 1_000;

const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const MONEY_CELL = /^\s*([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*([A-Za-z]{3})\s*$/;
const TRUE = new Set(["true", "yes", "y", "1"]);
const FALSE = new Set(["false", "no", "n", "0"]);

/** @internal Converts one cell by the kinds its field accepts; a cell that fits none is kept as text (the schema reports it). */
export function convertScalar(cell: string, kinds: FieldShape["kinds"]): unknown {
  if (kinds.has("string")) return cell;
  const trimmed = cell.trim();
  if (kinds.has("number")) {
    if (NUMBER.test(trimmed)) return Number(trimmed);
    if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replaceAll(",", ""));
  }
  if (kinds.has("boolean")) {
    const lower = trimmed.toLowerCase();
    if (TRUE.has(lower)) return true;
    if (FALSE.has(lower)) return false;
  }
  return cell;
}

function converterFor(shape: FieldShape): (cell: string) => unknown {
  if (shape.money) {
    return (cell) => {
      const match = MONEY_CELL.exec(cell);
      if (match === null) return shape.kinds.size > 0 ? convertScalar(cell, shape.kinds) : cell;
      return { amount: match[1]!.replaceAll(",", ""), currency: match[2]!.toUpperCase() };
    };
  }
  if (shape.list && shape.kinds.size > 0) {
    return (cell) =>
      cell
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

/**
 * Reads a CSV header row into a plan: each header is a dotted field path of `schema` (`regularWorkers`,
 * `location.sigungu`, `averageRevenue.amount`, `monthEndHeadcounts.0.fullTime`). Without a schema every
 * column is kept as text. Empty, duplicated or overlapping headers, and a header naming an object that a
 * single cell cannot hold, throw `VALIDATION` naming the header.
 * @internal
 */
export function planColumns(headers: readonly string[], schema: z.ZodType | undefined, what: string): RowPlan {
  const columns: (ColumnPlan | undefined)[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  headers.forEach((raw, index) => {
    const header = (index === 0 ? raw.replace(/^\uFEFF/, "") : raw).trim();
    if (header === "") throw headerError(`header: column ${index + 1} has no name (every column needs a field path such as regularWorkers)`);
    if (seen.has(header)) throw headerError(`header: column "${header}" appears twice`);
    seen.add(header);
    const path = header.split(".");
    if (path.some((segment) => segment === "")) throw headerError(`header: "${header}" is not a field path (empty segment)`);
    const unsafe = path.find((segment) => segment === "__proto__" || segment === "constructor" || segment === "prototype");
    if (unsafe !== undefined) throw headerError(`header: "${header}" is not a field path (the segment "${unsafe}" is not allowed)`);
    const bigIndex = path.find((segment) => /^\d+$/.test(segment) && Number(segment) >= MAX_LIST_INDEX);
    if (bigIndex !== undefined) throw headerError(`header: "${header}" has the list index ${bigIndex}; expected an index below ${MAX_LIST_INDEX} (use JSON or NDJSON input for longer lists)`);
    if (schema === undefined) {
      columns.push({ header, path, convert: (cell) => cell });
      return;
    }
    const shape = fieldShape(schema, path);
    if (shape === undefined) {
      ignored.push(header);
      columns.push(undefined);
      return;
    }
    if (shape.composite) {
      throw headerError(
        `header: "${header}" is an object in ${what}; give its fields as their own columns (e.g. ${header}.<field>${header === "monthEndHeadcounts" ? ", or monthEndHeadcounts.0.month, monthEndHeadcounts.0.fullTime, …" : ""}), or use JSON/NDJSON input`,
      );
    }
    columns.push({ header, path, convert: converterFor(shape) });
  });
  const kept = columns.filter((column): column is ColumnPlan => column !== undefined).map((column) => column.header);
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
 * Turns one CSV row (cells in header order) into a nested record by the plan; empty cells are absent fields.
 * @internal
 */
export function rowToRecord(plan: RowPlan, cells: readonly string[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  const { columns } = plan;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i];
    const cell = cells[i];
    if (column === undefined || cell === undefined || cell === "") continue;
    if (column.path.length === 1) record[column.header] = column.convert(cell);
    else place(record, column.path, column.convert(cell));
  }
  return record;
}
