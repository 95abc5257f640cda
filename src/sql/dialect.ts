/**
 * The SQL dialects `toSql` writes: `"duckdb"` (DuckDB 1.x) and `"postgres"` (PostgreSQL 13 and later).
 * Both are verified by the randomized differential against `evaluate` (DuckDB embedded, Postgres as PGlite).
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlDialect } from "technopark/sql";
 * const dialect: SqlDialect = "duckdb";
 * ```
 */
export type SqlDialect = "duckdb" | "postgres";

/**
 * The type of a column `toSql` reads: `number` (read as a double, as JavaScript numbers are), `string`,
 * `boolean`, `date` (a DATE), `krw` (an exact amount in whole won, read as `DECIMAL(38,0)`) or `string[]`
 * (a list of strings).
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlColumnType } from "technopark/sql";
 * const revenue: SqlColumnType = "krw";
 * ```
 */
export type SqlColumnType = "number" | "string" | "boolean" | "date" | "krw" | "string[]";

/** The column types, for validation. @internal */
export const SQL_COLUMN_TYPES: readonly SqlColumnType[] = ["number", "string", "boolean", "date", "krw", "string[]"];

/** What differs between dialects: type names, string functions, lists and regular expressions. @internal */
export interface Dialect {
  readonly name: SqlDialect;
  /** The SQL type each column type is cast to. */
  readonly types: Readonly<Record<SqlColumnType, string>>;
  /** A string expression compared by code point. */
  binary(expr: string): string;
  /** Whether a double is NaN (which SQL orders and equates, unlike JavaScript). */
  isNaN(expr: string): string;
  /** Whether a double is finite. */
  isFinite(expr: string): string;
  contains(fact: string, needle: string): string;
  startsWith(fact: string, prefix: string): string;
  /** Whether a list holds an element (`IS NOT DISTINCT FROM`: a NULL element matches a NULL needle). */
  listHas(list: string, element: string): string;
  /** A list of strings from expressions, NULLs dropped, order kept. */
  listOf(items: readonly string[]): string;
  /** The 2 to 5 digits of a KSIC code `^[A-Z]?[0-9]{2,5}$`, or NULL when the code does not have that form. */
  ksicDigits(code: string): string;
  /** The leading capital letter of a string, or NULL. */
  leadingLetter(code: string): string;
  /**
   * Both parts of a KSIC code in one match, where the dialect has it: a struct whose `l` is the letter and `d` the
   * digits of a code of the form `^[A-Z]?[0-9]{2,5}$` (each `''` when absent or when the code has another form).
   */
  ksicParts?(code: string): string;
}

const quote = (text: string): string => `'${text.replaceAll("'", "''")}'`;

const duckdb: Dialect = {
  name: "duckdb",
  types: { number: "DOUBLE", string: "VARCHAR", boolean: "BOOLEAN", date: "DATE", krw: "DECIMAL(38,0)", "string[]": "VARCHAR[]" },
  binary: (expr) => expr,
  isNaN: (expr) => `isnan(${expr})`,
  isFinite: (expr) => `isfinite(${expr})`,
  contains: (fact, needle) => `contains(${fact}, ${needle})`,
  startsWith: (fact, prefix) => `starts_with(${fact}, ${prefix})`,
  listHas: (list, element) => `(list_position(${list}, ${element}) IS NOT NULL)`,
  listOf: (items) => (items.length === 0 ? "CAST([] AS VARCHAR[])" : `list_filter([${items.join(", ")}], lambda x: x IS NOT NULL)`),
  ksicDigits: (code) => `NULLIF(regexp_extract(${code}, ${quote("^[A-Z]?([0-9]{2,5})$")}, 1), '')`,
  leadingLetter: (code) => `NULLIF(regexp_extract(${code}, ${quote("^([A-Z])")}, 1), '')`,
  ksicParts: (code) => `regexp_extract(${code}, ${quote("^([A-Z]?)([0-9]{2,5})$")}, ['l', 'd'])`,
};

const postgres: Dialect = {
  name: "postgres",
  types: { number: "float8", string: "text", boolean: "boolean", date: "date", krw: "numeric(38,0)", "string[]": "text[]" },
  binary: (expr) => `(${expr} COLLATE "C")`,
  isNaN: (expr) => `(${expr} = 'NaN'::float8)`,
  isFinite: (expr) => `(${expr} NOT IN ('NaN'::float8, 'Infinity'::float8, '-Infinity'::float8))`,
  contains: (fact, needle) => `(strpos(${fact}, ${needle}) > 0)`,
  startsWith: (fact, prefix) => `starts_with(${fact}, ${prefix})`,
  listHas: (list, element) => `(array_position(${list}, ${element}) IS NOT NULL)`,
  listOf: (items) => (items.length === 0 ? "ARRAY[]::text[]" : `array_remove(ARRAY[${items.join(", ")}]::text[], NULL)`),
  ksicDigits: (code) => `substring(${code} COLLATE "C" from ${quote("^[A-Z]?([0-9]{2,5})$")})`,
  leadingLetter: (code) => `substring(${code} COLLATE "C" from ${quote("^([A-Z])")})`,
};

/** The dialect of a name. @internal */
export const DIALECTS: Readonly<Record<SqlDialect, Dialect>> = { duckdb, postgres };

/** A double-quoted SQL identifier. @internal */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A single-quoted SQL string literal, for constants of the library (never for rule values, which are parameters). @internal */
export function quoteLiteral(text: string): string {
  return quote(text);
}
