// Test helpers: an in-memory DuckDB and a PGlite (Postgres compiled to WebAssembly) loaded with the same rows.
import { BOOLEAN, DOUBLE, DuckDBInstance, VARCHAR, type DuckDBConnection, type DuckDBType } from "@duckdb/node-api";
import { PGlite } from "@electric-sql/pglite";
import { afterAll, beforeAll } from "vitest";
import type { SqlColumnType, SqlQuery } from "../../src/sql/index.js";

/** A column of the test table: its name and type. */
export type TestColumn = { readonly name: string; readonly type: SqlColumnType };

/** One decided row as the query returns it. */
export type SqlRow = { readonly key: number; readonly outcome: string; readonly missing: readonly string[]; readonly decisive: readonly string[] };

const DUCK_TYPES: Record<SqlColumnType, string> = { number: "DOUBLE", string: "VARCHAR", boolean: "BOOLEAN", date: "DATE", krw: "DECIMAL(38,0)", "string[]": "VARCHAR[]" };
const PG_TYPES: Record<SqlColumnType, string> = { number: "float8", string: "text", boolean: "boolean", date: "date", krw: "numeric(38,0)", "string[]": "text[]" };

/** An engine that loads rows (JSON-shaped: dates as ISO strings, amounts as decimal strings) into table `t` and runs a query. */
export interface Engine {
  readonly name: "duckdb" | "postgres";
  load(columns: readonly TestColumn[], rows: readonly Record<string, unknown>[]): Promise<void>;
  run(query: SqlQuery, key: string): Promise<SqlRow[]>;
  close(): Promise<void>;
}

/** A list as the query returns it: a list, or (`toSqlWithJsonItems`) the inside of a JSON array, which must be exactly `JSON.stringify`'s text. */
function items(value: unknown): string[] {
  if (typeof value !== "string") return value as string[];
  const parsed = JSON.parse(`[${value}]`) as string[];
  if (JSON.stringify(parsed) !== `[${value}]`) throw new Error(`JSON items differ from JSON.stringify's text: [${value}]`);
  return parsed;
}

export async function duckdbEngine(): Promise<Engine> {
  const instance = await DuckDBInstance.create(":memory:", { threads: "1" });
  const connection: DuckDBConnection = await instance.connect();
  return {
    name: "duckdb",
    async load(columns, rows) {
      const shape = JSON.stringify([Object.fromEntries([["id", "INTEGER"], ...columns.map((c) => [c.name, DUCK_TYPES[c.type]])])]);
      await connection.run(`CREATE OR REPLACE TEMP TABLE t AS SELECT unnest(from_json(CAST($1 AS JSON), '${shape}'), recursive := true)`, [JSON.stringify(rows)]);
    },
    async run(query, key) {
      // bound with explicit types: the client would bind an integral number as BIGINT (and refuse 1e308)
      const types: DuckDBType[] = query.params.map((value) => (typeof value === "number" ? DOUBLE : typeof value === "boolean" ? BOOLEAN : VARCHAR));
      const reader = await connection.runAndReadAll(query.sql, query.params as never, types);
      return reader.getRowObjectsJson().map((row) => ({ key: Number(row[key]), outcome: String(row.outcome), missing: items(row.missing), decisive: items(row.decisive) }));
    },
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}

export async function postgresEngine(): Promise<Engine> {
  const db = new PGlite();
  await db.waitReady;
  return {
    name: "postgres",
    async load(columns, rows) {
      await db.query("DROP TABLE IF EXISTS t");
      const shape = ["id int", ...columns.map((c) => `"${c.name}" ${PG_TYPES[c.type]}`)].join(", ");
      await db.query(`CREATE TEMP TABLE t AS SELECT * FROM json_to_recordset($1::json) AS x(${shape})`, [JSON.stringify(rows)]);
    },
    async run(query, key) {
      const result = await db.query<Record<string, unknown>>(query.sql, query.params as unknown[]);
      return result.rows.map((row) => ({ key: Number(row[key]), outcome: String(row.outcome), missing: row.missing as string[], decisive: row.decisive as string[] }));
    },
    async close() {
      await db.close();
    },
  };
}

/** The engine of a dialect for the tests of a `describe` block: started before them (PGlite can take a while on a busy machine), closed after. */
export function engineFor(dialect: "duckdb" | "postgres"): Engine {
  let engine: Engine | undefined;
  beforeAll(async () => {
    engine = dialect === "duckdb" ? await duckdbEngine() : await postgresEngine();
  }, 120_000);
  afterAll(async () => {
    await engine?.close();
  });
  const started = (): Engine => {
    if (engine === undefined) throw new Error(`the ${dialect} engine is not started`);
    return engine;
  };
  return { name: dialect, load: (columns, rows) => started().load(columns, rows), run: (query, key) => started().run(query, key), close: async () => undefined };
}
