import packageJson from "../../package.json" with { type: "json" };
import type { RuleStamp } from "../audit/stamp.js";
import { factDefinition } from "../rules/facts.js";
import type { Rule } from "../rules/rule.js";
import { toSql, type SqlColumn, type SqlColumnType } from "../sql/index.js";
import { toSqlWithJsonItems } from "../sql/to-sql.js";
import { quoteIdentifier, quoteLiteral } from "../sql/dialect.js";
import { usageError } from "./args.js";
import type { CliIo } from "./io.js";
import { write } from "./output.js";
import { inputError } from "./read-records.js";
import { createReadStream, fstatSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Writable } from "node:stream";

/** The exact `@duckdb/node-api` version the engine is tested with (its versions carry `-r.N` suffixes). */
export const DUCKDB_VERSION: string = (packageJson as { peerDependencies?: Record<string, string> }).peerDependencies?.["@duckdb/node-api"] ?? "";

/** The outcome counts of a DuckDB run. */
export interface DuckdbCounts {
  eligible: number;
  ineligible: number;
  undetermined: number;
}

type DuckdbModule = typeof import("@duckdb/node-api");
type DuckDBConnection = import("@duckdb/node-api").DuckDBConnection;

/**
 * Loads `@duckdb/node-api` with `require`: the package is CommonJS, and `import()` would first have Node scan its
 * files for their named exports (about 0.15 s of each run's start).
 */
async function loadDuckdb(): Promise<DuckdbModule> {
  try {
    return createRequire(import.meta.url)("@duckdb/node-api") as DuckdbModule;
  } catch {
    throw usageError(`--engine duckdb needs the optional package @duckdb/node-api; install it with: npm install @duckdb/node-api@${DUCKDB_VERSION}`, "check");
  }
}

const COLUMN_OF_KIND: Readonly<Record<string, SqlColumnType>> = { number: "number", string: "string", enum: "string", boolean: "boolean", date: "date", money: "krw" };

/**
 * A KRW column as whole won: `DECIMAL(38,0)` as it is, and text (`9000000000`, `9000000000 KRW`) through an
 * exact integer cast. DuckDB's text → `DECIMAL(38,0)` cast is slow (about 35 µs a value) and rounds `1000.5`
 * to 1001; a value that is not whole won stops the run with a message naming the column and the value.
 *
 * Text is read in two steps, for speed: `lower`, the text without a ` KRW` suffix, is computed once in a lower
 * layer (`digits` names it); when it is the canonical text of a `BIGINT` (what `CAST` back to text gives: the
 * usual case), that is the amount, found without a regular expression. Any other text (` KRW` elsewhere,
 * spaces, leading zeros, 20 digits or more, a refusal) takes the exact path: `KRW` removed, spaces trimmed,
 * then `-?[0-9]{1,38}` through `HUGEINT`. Both paths agree where the first applies (its text has no spaces
 * and no `KRW`), so the result is the exact path's.
 */
function wholeWon(name: string, type: string, digits: string): { readonly lower: string | undefined; readonly value: string } {
  const column = quoteIdentifier(name);
  if (type !== "VARCHAR") return { lower: undefined, value: `CAST(${column} AS DECIMAL(38,0))` };
  const refusal = quoteLiteral(`${name}: expected whole won (digits, optionally followed by " KRW"; the JS engine also reads 80억), received `);
  const text = `trim(replace(${column}, 'KRW', ''))`;
  const exact = `CASE WHEN ${text} = '' THEN NULL WHEN regexp_full_match(${text}, '-?[0-9]{1,38}') THEN CAST(CAST(${text} AS HUGEINT) AS DECIMAL(38,0)) ELSE error(${refusal} || ${column}) END`;
  const whole = `TRY_CAST(${digits} AS BIGINT)`;
  return {
    lower: `CASE WHEN suffix(${column}, ' KRW') THEN left(${column}, -4) ELSE ${column} END`,
    value: `CASE WHEN ${column} IS NULL THEN NULL WHEN CAST(${whole} AS VARCHAR) = ${digits} THEN CAST(${whole} AS DECIMAL(38,0)) ELSE ${exact} END`,
  };
}

/**
 * `technopark check --engine duckdb`: the rule compiled with `toSql` and run by DuckDB where the data is (CSV
 * through `read_csv`, Parquet through `read_parquet`). DuckDB itself writes the Parquet file or the NDJSON
 * lines (built in SQL, one per company, in no particular order: `id`, `outcome`, `decisive`, `missing` when
 * some fact is missing, and the programme's `stamp`), so no row passes through JavaScript: the NDJSON straight
 * to stdout when it is a pipe or a device, else to a scratch file then copied to stdout. Headers are `Company`
 * field paths as for the JS engine; money cells may carry a ` KRW` suffix.
 * @internal
 */
export async function checkWithDuckdb(
  rule: Rule,
  file: string,
  options: { readonly asOf: string; readonly inputFormat: "csv" | "parquet"; readonly output: string | undefined; readonly stamp?: RuleStamp | undefined },
  io: CliIo,
): Promise<DuckdbCounts> {
  const duckdb = await loadDuckdb();
  // results come in no particular order (docs/guides/rules-in-sql.md): kept in input order, DuckDB writes them
  // from one thread (on 1M rows, a CSV COPY to a file took 2.9 s with the order kept, 1.3 s without)
  const instance = await duckdb.DuckDBInstance.create(":memory:", { preserve_insertion_order: "false" });
  const connection = await instance.connect();
  const scratch = options.output === undefined ? await mkdtemp(join(tmpdir(), "technopark-duckdb-")) : undefined;
  try {
    // 4 MiB CSV buffers (twice the longest line DuckDB reads) instead of the default 16 × that: a 82 MB file is
    // then 20 pieces that both threads share from the start, with less memory touched (1M rows: 0.5 s less)
    const reader = options.inputFormat === "csv" ? `read_csv(${quoteLiteral(file)}, header = true, all_varchar = true, buffer_size = ${4 << 20})` : `read_parquet(${quoteLiteral(file)})`;
    const described = (await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${reader}`)).getRowObjectsJson();
    const names = new Map(described.map((row) => [String(row["column_name"]), String(row["column_type"])]));
    if (!names.has("id")) throw usageError(`${file}: no id column (the key of every result)`, "check");
    const columns: Record<string, SqlColumn> = {};
    const replace: string[] = [];
    const lower: string[] = [];
    const lowerNames: string[] = [];
    for (const [name, type] of names) {
      const fact = `company.${name}`;
      const kind = factDefinition(fact)?.type;
      const columnType = kind === undefined ? undefined : COLUMN_OF_KIND[kind];
      if (columnType === undefined) continue;
      columns[fact] = { column: name, type: columnType };
      if (columnType !== "krw") continue;
      let digits = `_won${lower.length}`;
      while (names.has(digits)) digits = `_${digits}`;
      const won = wholeWon(name, type, quoteIdentifier(digits));
      if (won.lower !== undefined) {
        lower.push(`${won.lower} AS ${quoteIdentifier(digits)}`);
        lowerNames.push(quoteIdentifier(digits));
      }
      replace.push(`${won.value} AS ${quoteIdentifier(name)}`);
    }
    const inner = lower.length === 0 ? reader : `(SELECT *, ${lower.join(", ")} FROM ${reader})`;
    const from = `(SELECT *${lowerNames.length === 0 ? "" : ` EXCLUDE (${lowerNames.join(", ")})`}${replace.length === 0 ? "" : ` REPLACE (${replace.join(", ")})`} FROM ${inner})`;
    // NDJSON lines take `missing` and `decisive` as JSON text, written without building lists; Parquet takes lists
    const compile = options.output === undefined ? toSqlWithJsonItems : toSql;
    const query = compile(rule, { dialect: "duckdb", from, key: "id", columns, asOf: options.asOf });
    return await judged(connection, query, file, options, scratch, io, duckdb);
  } finally {
    connection.closeSync();
    instance.closeSync();
    if (scratch !== undefined) await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Runs the compiled rule and writes its results; a value DuckDB cannot read as its column's type (`many`
 * workers, `1000.5` won) stops the run as an input error naming the file (exit 2), never a stack trace.
 */
async function judged(
  connection: DuckDBConnection,
  query: { readonly sql: string; readonly params: readonly unknown[] },
  file: string,
  options: { readonly output: string | undefined; readonly stamp?: RuleStamp | undefined },
  scratch: string | undefined,
  io: CliIo,
  duckdb: DuckdbModule,
): Promise<DuckdbCounts> {
  try {
    const types = query.params.map((value) => (typeof value === "number" ? duckdb.DOUBLE : typeof value === "boolean" ? duckdb.BOOLEAN : duckdb.VARCHAR));
    const values = query.params as never;
    if (options.output !== undefined) {
      // streamed into the file (bounded memory), then counted from its outcome column
      await connection.run(`COPY (${query.sql}) TO ${quoteLiteral(options.output)} (FORMAT parquet)`, values, types);
      const counts: DuckdbCounts = { eligible: 0, ineligible: 0, undetermined: 0 };
      for (const row of (await connection.runAndReadAll(`SELECT outcome, count(*) AS n FROM read_parquet(${quoteLiteral(options.output)}) GROUP BY outcome`)).getRowObjectsJson()) {
        counts[String(row["outcome"]) as keyof DuckdbCounts] = Number(row["n"]);
      }
      return counts;
    }
    // one JSON text per row, written by DuckDB as a one-column CSV without quoting (JSON text never holds a raw
    // tab or line break, so nothing needs quoting), each outcome counted on the way
    const stamp = options.stamp === undefined ? "" : `,"stamp":${JSON.stringify(options.stamp)}`;
    const line = `'{"id":' || to_json("id") || ',"outcome":"' || outcome || '","decisive":[' || decisive || ']' || CASE WHEN missing = '' THEN '' ELSE ',"missing":[' || missing || ']' END || ${quoteLiteral(`${stamp}}`)}`;
    const tally = outcomeTally(connection, duckdb, file);
    const copy = (target: string): string =>
      `COPY (SELECT ${line} FROM (${query.sql}) WHERE ${tally.sql}) TO ${quoteLiteral(target)} (FORMAT csv, HEADER false, QUOTE '', ESCAPE '', DELIMITER '\t', USE_TMP_FILE false)`;
    if (io.stdout === process.stdout && writesThroughPath(1)) {
      // DuckDB writes the lines to this process's stdout itself (a pipe or a device): nothing to copy
      await drained(process.stdout);
      try {
        return tally.counts(await connection.runAndReadAll(copy("/dev/stdout"), values, types));
      } catch (error) {
        // the reader went away (| head): the same quiet end as a closed stdout (main.ts)
        if (error instanceof Error && /\bBroken pipe\b/i.test(error.message)) (error as { code?: string }).code = "EPIPE";
        throw error;
      }
    }
    // elsewhere (a file, or a stream of the caller's): streamed to a scratch file in bounded memory, then copied
    const lines = join(scratch!, "results.ndjson");
    const counts = tally.counts(await connection.runAndReadAll(copy(lines), values, types));
    await copyTo(lines, io.stdout);
    return counts;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const kind = /^(Invalid Input|Conversion) Error: /.exec(message);
    if (kind === null) throw error;
    throw inputError(file, message.slice(kind[0].length).replace(/\s*\n[\s\S]*$/, ""));
  }
}

/**
 * Counts the outcomes of the rows a query writes in the same pass: `sql` is a `WHERE` condition, true on every
 * row, that hands each row's outcome to a function of this process (called once per vector of rows), and
 * `counts` reads the tally after the COPY, checked against the number of rows the COPY reports.
 */
function outcomeTally(connection: DuckDBConnection, duckdb: DuckdbModule, file: string): { readonly sql: string; counts(copied: { getRows(): unknown[][] }): DuckdbCounts } {
  const tally = [0, 0, 0];
  connection.registerScalarFunction(
    duckdb.DuckDBScalarFunction.create({
      name: "technopark_tally",
      returnType: duckdb.UTINYINT,
      parameterTypes: [duckdb.UTINYINT],
      volatile: true,
      mainFunction: (_info, input, output) => {
        const outcomes = input.getColumnVector(0);
        for (let row = 0; row < input.rowCount; row++) {
          const outcome = outcomes.getItem(row) as number;
          tally[outcome]!++;
          output.setItem(row, outcome);
        }
        output.flush();
      },
    }),
  );
  return {
    sql: "technopark_tally(CAST(CASE outcome WHEN 'eligible' THEN 0 WHEN 'ineligible' THEN 1 ELSE 2 END AS UTINYINT)) IS NOT NULL",
    counts: (copied) => {
      const [eligible, ineligible, undetermined] = tally as [number, number, number];
      const rows = Number(copied.getRows()[0]?.[0]);
      if (eligible + ineligible + undetermined !== rows) throw inputError(file, `DuckDB wrote ${rows} results but counted ${eligible + ineligible + undetermined}`);
      return { eligible, ineligible, undetermined };
    },
  };
}

/** Whether DuckDB can open a file descriptor of this process by the path `/dev/stdout`: a pipe or a device, not a file (which it would reopen at its start) nor a socket (which has no path). */
function writesThroughPath(fd: number): boolean {
  if (process.platform === "win32") return false;
  try {
    const stat = fstatSync(fd);
    return stat.isFIFO() || stat.isCharacterDevice();
  } catch {
    return false;
  }
}

/** Waits until a stream has handed everything written to it to the system. */
async function drained(stream: Writable): Promise<void> {
  if (stream.writableLength > 0) await new Promise((resolve) => stream.once("drain", resolve));
}

/** Copies a file to a stream in large chunks, waiting for it to drain, without ending it. */
async function copyTo(file: string, stream: Writable): Promise<void> {
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const waiting = write(stream, chunk as Buffer);
    if (waiting !== undefined) await waiting;
  }
}
