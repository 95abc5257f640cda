import packageJson from "../../package.json" with { type: "json" };
import type { RuleStamp } from "../audit/stamp.js";
import { factDefinition } from "../rules/facts.js";
import type { Rule } from "../rules/rule.js";
import { toSql, type SqlColumn, type SqlColumnType } from "../sql/index.js";
import { quoteIdentifier, quoteLiteral } from "../sql/dialect.js";
import { usageError } from "./args.js";
import type { CliIo } from "./io.js";
import { write } from "./output.js";

/** The exact `@duckdb/node-api` version the engine is tested with (its versions carry `-r.N` suffixes). */
export const DUCKDB_VERSION: string = (packageJson as { peerDependencies?: Record<string, string> }).peerDependencies?.["@duckdb/node-api"] ?? "";

/** The outcome counts of a DuckDB run. */
export interface DuckdbCounts {
  eligible: number;
  ineligible: number;
  undetermined: number;
}

type DuckdbModule = typeof import("@duckdb/node-api");

async function loadDuckdb(): Promise<DuckdbModule> {
  try {
    return await import("@duckdb/node-api");
  } catch {
    throw usageError(`--engine duckdb needs the optional package @duckdb/node-api; install it with: npm install @duckdb/node-api@${DUCKDB_VERSION}`, "check");
  }
}

const COLUMN_OF_KIND: Readonly<Record<string, SqlColumnType>> = { number: "number", string: "string", enum: "string", boolean: "boolean", date: "date", money: "krw" };

/**
 * `technopark check --engine duckdb`: the rule compiled with `toSql` and run by DuckDB where the data is (CSV
 * through `read_csv`, Parquet through `read_parquet`); results streamed as NDJSON or written to Parquet.
 * Headers are `Company` field paths as for the JS engine; money cells may carry a ` KRW` suffix.
 * @internal
 */
export async function checkWithDuckdb(
  rule: Rule,
  file: string,
  options: { readonly asOf: string; readonly inputFormat: "csv" | "parquet"; readonly output: string | undefined; readonly stamp?: RuleStamp | undefined },
  io: CliIo,
): Promise<DuckdbCounts> {
  const duckdb = await loadDuckdb();
  const instance = await duckdb.DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  try {
    const reader = options.inputFormat === "csv" ? `read_csv(${quoteLiteral(file)}, header = true, all_varchar = true)` : `read_parquet(${quoteLiteral(file)})`;
    const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`)).getRowObjectsJson();
    const names = new Map(described.map((row) => [String(row["column_name"]), String(row["column_type"])]));
    if (!names.has("id")) throw usageError(`${file}: no id column (the key of every result)`, "check");
    const columns: Record<string, SqlColumn> = {};
    const replace: string[] = [];
    for (const [name, type] of names) {
      const fact = `company.${name}`;
      const kind = factDefinition(fact)?.type;
      const columnType = kind === undefined ? undefined : COLUMN_OF_KIND[kind];
      if (columnType === undefined) continue;
      columns[fact] = { column: name, type: columnType };
      if (columnType === "krw" && type === "VARCHAR") replace.push(`regexp_replace(${quoteIdentifier(name)}, ' *KRW$', '') AS ${quoteIdentifier(name)}`);
    }
    const from = `(SELECT *${replace.length === 0 ? "" : ` REPLACE (${replace.join(", ")})`} FROM ${reader})`;
    const query = toSql(rule, { dialect: "duckdb", from, key: "id", columns, asOf: options.asOf });
    const types = query.params.map((value) => (typeof value === "number" ? duckdb.DOUBLE : typeof value === "boolean" ? duckdb.BOOLEAN : duckdb.VARCHAR));
    const values = query.params as never;
    const counts: DuckdbCounts = { eligible: 0, ineligible: 0, undetermined: 0 };
    if (options.output !== undefined) {
      await connection.run(`CREATE TEMP TABLE results AS ${query.sql}`, values, types);
      await connection.run(`COPY results TO ${quoteLiteral(options.output)} (FORMAT parquet)`);
      for (const row of (await connection.runAndReadAll("SELECT outcome, count(*) AS n FROM results GROUP BY outcome")).getRowObjectsJson()) {
        counts[String(row["outcome"]) as keyof DuckdbCounts] = Number(row["n"]);
      }
      return counts;
    }
    const result = await connection.stream(query.sql, values, types);
    for await (const rows of result.yieldRowObjectJson()) {
      let text = "";
      for (const row of rows) {
        const outcome = String(row["outcome"]) as keyof DuckdbCounts;
        counts[outcome]++;
        const missing = row["missing"] as string[];
        text += `${JSON.stringify({ id: row["id"], outcome, decisive: row["decisive"], ...(missing.length > 0 ? { missing } : {}), ...(options.stamp === undefined ? {} : { stamp: options.stamp }) })}\n`;
      }
      await write(io.stdout, text);
    }
    return counts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
