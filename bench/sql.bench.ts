// Benchmark of the SQL engine: `technopark check --engine duckdb` (the rule compiled by technopark/sql and run
// by DuckDB where the data is) over the same 1,000,000-row CSV as the cli suite (BENCH_SQL_ROWS for a smaller
// run) and the same data as Parquet, against the JS engine (`technopark check`, on worker threads and with --jobs 1) on the same CSV and DuckDB's
// bare read_csv / read_parquet count. Each subject runs in a fresh node process with the built CLI; rows/s is
// rows ÷ wall time, CPU s the child's user + system time (DuckDB uses both cores), peak RSS the child's maxRSS. Not a test: no timing is asserted.
import { existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { measure, writeCsv, type Measured } from "./cli.bench.js";
import type { BenchSuite } from "./suite.js";

const root = resolve(import.meta.dirname, "..");
const ROWS = Number(process.env["BENCH_SQL_ROWS"] ?? 1_000_000);
const PROGRAM = "yeongcheon-innovative-technology";

/** A node program that runs one DuckDB statement (argv[1]) and prints its first value. */
const DUCKDB_RUN = `
import { DuckDBInstance } from "@duckdb/node-api";
const connection = await (await DuckDBInstance.create(":memory:")).connect();
const reader = await connection.runAndReadAll(process.argv[1]);
process.stdout.write(String(reader.getRows()[0]?.[0] ?? "") + "\\n");
`;
const duckdb = (sql: string): string[] => ["--input-type=module", "-e", DUCKDB_RUN, sql];

export const suite: BenchSuite = {
  name: "sql",
  description: `technopark check --engine duckdb over a ${ROWS.toLocaleString("en-US")}-row CSV and Parquet (built CLI, fresh process), against the JS engine on the same CSV and DuckDB's bare read count; rows/s and peak RSS`,
  async run() {
    const cli = join(root, "dist", "cli", "index.js");
    if (!existsSync(cli)) {
      console.log("sql bench: dist/cli/index.js is missing; run `npm run build` first (skipping this suite)");
      return [];
    }
    const dir = mkdtempSync(join(tmpdir(), "technopark-sql-bench-"));
    try {
      const csv = join(dir, "companies.csv");
      const parquet = join(dir, "companies.parquet");
      await writeCsv(csv, ROWS);
      // Parquet as a warehouse keeps it: typed columns (counts DOUBLE, won BIGINT, dates DATE)
      const typed = `SELECT * REPLACE (CAST(regularWorkers AS DOUBLE) AS regularWorkers, CAST(replace(averageRevenue, ' KRW', '') AS BIGINT) AS averageRevenue, CAST(replace(totalAssets, ' KRW', '') AS BIGINT) AS totalAssets, CAST(foundedOn AS DATE) AS foundedOn) FROM read_csv('${csv}', all_varchar = true)`;
      await measure(duckdb(`COPY (${typed}) TO '${parquet}' (FORMAT parquet)`));
      console.log(`sql bench: ${ROWS.toLocaleString("en-US")} rows, ${(statSync(csv).size / 1e6).toFixed(1)} MB of CSV, ${(statSync(parquet).size / 1e6).toFixed(1)} MB of Parquet`);
      const check = ["check", "--program", PROGRAM, "--as-of", "2024-05-01"];
      const subjects: [string, string[]][] = [
        ["peer: DuckDB read_csv count(*) alone", duckdb(`SELECT count(*) FROM read_csv('${csv}', all_varchar = true)`)],
        ["peer: DuckDB read_parquet count(*) alone", duckdb(`SELECT count(*) FROM read_parquet('${parquet}')`)],
        ["JS engine: check --format ndjson (CSV, worker threads: the default)", [cli, ...check, "--format", "ndjson", csv]],
        ["JS engine: check --format ndjson --jobs 1 (CSV, one thread)", [cli, ...check, "--format", "ndjson", "--jobs", "1", csv]],
        ["DuckDB engine: check --engine duckdb --format ndjson (CSV)", [cli, ...check, "--engine", "duckdb", "--format", "ndjson", csv]],
        ["DuckDB engine: CSV → --output results.parquet", [cli, ...check, "--engine", "duckdb", "--output", join(dir, "a.parquet"), csv]],
        ["DuckDB engine: check --engine duckdb --format ndjson (Parquet)", [cli, ...check, "--engine", "duckdb", "--format", "ndjson", parquet]],
        ["DuckDB engine: Parquet → --output results.parquet", [cli, ...check, "--engine", "duckdb", "--output", join(dir, "b.parquet"), parquet]],
      ];
      // the fixed cost of a run (node, the CLI, loading DuckDB): the same Parquet command on a one-row file
      const one = join(dir, "one.parquet");
      await measure(duckdb(`COPY (SELECT * FROM read_parquet('${parquet}') LIMIT 1) TO '${one}' (FORMAT parquet)`));
      const startup = await measure([cli, ...check, "--engine", "duckdb", "--output", join(dir, "c.parquet"), one]);
      const results: { name: string; m: Measured }[] = [];
      for (const [name, args] of subjects) results.push({ name, m: await measure(args) });
      const jsRate = ROWS / results[2]!.m.seconds;
      const oneThreadRate = ROWS / results[3]!.m.seconds;
      console.log(`sql bench: a DuckDB-engine run on a one-row file takes ${startup.seconds.toFixed(2)} s (${startup.cpu.toFixed(2)} CPU s): node, the CLI and DuckDB loading`);
      return results.map(({ name, m }) => ({
        subject: name,
        seconds: Number(m.seconds.toFixed(2)),
        "rows/s after startup": name.startsWith("DuckDB engine") ? Math.round(ROWS / Math.max(m.seconds - startup.seconds, 1e-3)) : "",
        "CPU s": Number(m.cpu.toFixed(2)),
        "rows/s": Math.round(ROWS / m.seconds),
        "× JS engine": Number((ROWS / m.seconds / jsRate).toFixed(1)),
        "× JS one thread": Number((ROWS / m.seconds / oneThreadRate).toFixed(1)),
        "peak RSS MB": Number((m.rss / 1e6).toFixed(0)),
      }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
