import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { DUCKDB_VERSION } from "../../src/cli/check-duckdb.js";
import { fixture, runCli } from "./run-cli.js";

const work = mkdtempSync(join(tmpdir(), "technopark-duckdb-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const rule = join(work, "rule.json");
writeFileSync(
  rule,
  JSON.stringify({
    id: "sme-leap",
    all: [
      { fact: "company.smeSize", op: "in", value: ["small", "medium"] },
      { any: [{ fact: "company.regularWorkers", op: "gte", value: 10 }, { fact: "company.startupStage", op: "eq", value: "leap" }] },
      { fact: "company.ksicSection", op: "eq", value: "C" },
    ],
  }),
);

type Line = { id: string; outcome: string; missing?: string[] };
const lines = (text: string): Line[] => text.trim().split("\n").map((line) => JSON.parse(line) as Line).map(({ id, outcome, missing }) => ({ id, outcome, ...(missing === undefined ? {} : { missing }) }));
const byId = (rows: Line[]): Line[] => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

describe("technopark check --engine duckdb", () => {
  it("decides every company of a CSV as the JS engine does, with the same summary", async () => {
    for (const args of [["--rule", rule], ["--program", "yeongcheon-innovative-technology"]]) {
      const js = await runCli(["check", ...args, "--as-of", "2024-05-01", "--format", "ndjson", fixture("companies.csv")]);
      const duck = await runCli(["check", ...args, "--as-of", "2024-05-01", "--format", "ndjson", "--engine", "duckdb", fixture("companies.csv")]);
      expect(duck.code).toBe(0);
      expect(byId(lines(duck.stdout))).toEqual(byId(lines(js.stdout)));
      // the same summary; a programme's DuckDB summary also carries the stamp its rows carry
      const summary = (text: string) => (JSON.parse(text) as { summary: Record<string, unknown> }).summary;
      const { stamp, ...counts } = summary(duck.stderr);
      expect(counts).toEqual(summary(js.stderr));
      expect(stamp === undefined).toBe(args[0] === "--rule");
    }
  });

  it("stamps every row of a programme with the rule it used, as the JS engine does (issue 14)", async () => {
    const args = ["check", "--program", "yeongcheon-innovative-technology", "--as-of", "2025-09-01", "--format", "ndjson", fixture("companies.csv")];
    type Stamped = { stamp: { programId: string; validFrom: string; ruleHash: string; tables: Record<string, string>; library: string } };
    const js = (await runCli(args)).stdout.trim().split("\n").map((line) => JSON.parse(line) as Stamped);
    const duck = (await runCli([...args, "--engine", "duckdb"])).stdout.trim().split("\n").map((line) => JSON.parse(line) as Stamped);
    expect(duck.length).toBe(js.length);
    for (const { stamp } of duck) {
      // the SQL engine lists every table the rule's derived facts read as of the date (here the 2025-09-01 별표1)
      expect(stamp.tables).toEqual({ "sme-size": "2025-09-01" });
      const { tables: _duckTables, ...rest } = stamp;
      for (const row of js) {
        const { tables, ...jsRest } = row.stamp;
        expect(rest).toEqual(jsRest);
        for (const [table, validFrom] of Object.entries(tables)) expect(stamp.tables[table]).toBe(validFrom);
      }
    }
  });

  it("writes the results to Parquet and reads Parquet input", async () => {
    const output = join(work, "results.parquet");
    const run = await runCli(["check", "--rule", rule, "--as-of", "2024-05-01", "--engine", "duckdb", "--output", output, fixture("companies.csv")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"total":');
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const input = join(work, "companies.parquet");
    await connection.run(`COPY (SELECT * FROM read_csv('${fixture("companies.csv")}', all_varchar = true)) TO '${input}' (FORMAT parquet)`);
    const fromParquet = await runCli(["check", "--rule", rule, "--as-of", "2024-05-01", "--format", "ndjson", "--engine", "duckdb", input]);
    const written = (await connection.runAndReadAll(`SELECT id, outcome, missing FROM read_parquet('${output}')`)).getRowObjectsJson() as unknown as Line[];
    expect(byId(written.map(({ id, outcome, missing }) => ({ id, outcome, ...((missing ?? []).length > 0 ? { missing: missing! } : {}) })))).toEqual(byId(lines(fromParquet.stdout)));
    connection.closeSync();
  });

  it("reads whole won with or without KRW, typed Parquet columns, and writes one exact JSON line per company", async () => {
    const csv = join(work, "won.csv");
    writeFileSync(csv, 'id,ksic,regularWorkers,averageRevenue,totalAssets\n"a ""quoted"" id",C29,12,9000000000 KRW,100KRW\nb,C29,12,,\nc,C29,12,200000000000,100\n');
    const sme = join(work, "sme.json");
    writeFileSync(sme, JSON.stringify({ id: "sme", fact: "company.smeSize", op: "in", value: ["small", "medium"] }));
    const run = await runCli(["check", "--rule", sme, "--as-of", "2024-05-01", "--engine", "duckdb", "--format", "ndjson", csv]);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect([...rows].sort((p, q) => (String(p["id"]) < String(q["id"]) ? -1 : 1))).toEqual([
      { id: 'a "quoted" id', outcome: "eligible", decisive: ["sme"] },
      { id: "b", outcome: "undetermined", decisive: ["sme"], missing: ["company.smeSize"] },
      { id: "c", outcome: "ineligible", decisive: ["sme"] },
    ]);
    expect(JSON.parse(run.stderr.trim().split("\n")[0]!).summary).toMatchObject({ total: 3, eligible: 1, ineligible: 1, undetermined: 1, invalid: 0 });
    // the same companies as typed Parquet (DECIMAL won, DOUBLE workers) decide the same
    const connection = await (await DuckDBInstance.create(":memory:")).connect();
    const typed = join(work, "typed.parquet");
    await connection.run(`COPY (SELECT id, ksic, CAST(regularWorkers AS DOUBLE) AS regularWorkers, CAST(replace(averageRevenue, ' KRW', '') AS DECIMAL(38,0)) AS averageRevenue, CAST(replace(totalAssets, 'KRW', '') AS BIGINT) AS totalAssets FROM read_csv('${csv}', all_varchar = true)) TO '${typed}' (FORMAT parquet)`);
    connection.closeSync();
    const fromParquet = await runCli(["check", "--rule", sme, "--as-of", "2024-05-01", "--engine", "duckdb", "--format", "ndjson", typed]);
    expect(byId(lines(fromParquet.stdout))).toEqual(byId(lines(run.stdout)));
  });

  it("reads won text the same whether it is plain digits (the fast path) or not (spaces, KRW anywhere, leading zeros, 20 digits)", async () => {
    const csv = join(work, "won-forms.csv");
    const cells: [string, string][] = [
      ["plain", "12"], ["suffix", "12 KRW"], ["below", "11 KRW"], ["negative", "-12"], ["zero", "0 KRW"], ["bigint-max", "9223372036854775807 KRW"],
      ["leading-zero", "012"], ["glued", "12KRW"], ["spaced", '" 12 KRW "'], ["minus-zero", "-0"], ["twenty-digits", "99999999999999999999 KRW"], ["prefix", "KRW 12"],
      ["empty", ""], ["only-krw", "KRW"],
    ];
    writeFileSync(csv, `id,averageRevenue\n${cells.map(([id, won]) => `${id},${won}`).join("\n")}\n`);
    const twelve = join(work, "twelve.json");
    writeFileSync(twelve, JSON.stringify({ id: "twelve", fact: "company.averageRevenue", op: "gte", value: { amount: "12", currency: "KRW" } }));
    const run = await runCli(["check", "--rule", twelve, "--as-of", "2024-05-01", "--engine", "duckdb", "--format", "ndjson", csv]);
    expect(run.code).toBe(0);
    const outcomes = Object.fromEntries(lines(run.stdout).map(({ id, outcome }) => [id, outcome]));
    expect(outcomes).toEqual({
      plain: "eligible", suffix: "eligible", below: "ineligible", negative: "ineligible", zero: "ineligible", "bigint-max": "eligible",
      "leading-zero": "eligible", glued: "eligible", spaced: "eligible", "minus-zero": "ineligible", "twenty-digits": "eligible", prefix: "eligible",
      empty: "undetermined", "only-krw": "undetermined",
    });
  });

  it.skipIf(process.platform === "win32")("writes straight to a pipe when stdout is one, with the same lines and counts, and ends quietly when the reader goes", async () => {
    const root = resolve(import.meta.dirname, "../..");
    const cli = [join(root, "node_modules", ".bin", "tsx"), join(root, "src", "cli", "index.ts"), "check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "--engine", "duckdb", "--format", "ndjson"];
    const piped = (file: string, reader: string) => spawnSync("bash", ["-o", "pipefail", "-c", `"$@" | ${reader}`, "bash", ...cli, file], { cwd: root, encoding: "utf8", timeout: 60_000 });
    const inProcess = await runCli(cli.slice(2).concat(fixture("companies.csv")));
    const direct = piped(fixture("companies.csv"), "cat");
    expect(direct.status).toBe(0);
    expect(byId(lines(direct.stdout))).toEqual(byId(lines(inProcess.stdout)));
    expect(direct.stderr).toBe(inProcess.stderr);
    // a reader that stops early (| head -1) ends the run with exit 0 and nothing on stderr
    const many = join(work, "many-companies.csv");
    const [header, ...rows] = readFileSync(fixture("companies.csv"), "utf8").trim().split("\n");
    writeFileSync(many, `${header}\n${Array.from({ length: 20_000 }, (_, index) => rows[index % rows.length]!.replace(/^[^,]*/, `p${index}`)).join("\n")}\n`);
    const head = piped(many, "head -1");
    expect(head.stdout.trim().split("\n")).toHaveLength(1);
    expect(head.stderr).toBe("");
    expect(head.status).toBe(0);
    // a value that stops the run is still one line on stderr and exit 2
    const fraction = join(work, "fraction-piped.csv");
    writeFileSync(fraction, "id,ksic,averageRevenue,totalAssets\nc1,C29,1000.5,100\n");
    const refused = piped(fraction, "cat");
    expect(refused.status).toBe(2);
    expect(refused.stderr).toBe(`technopark check: ${fraction}: averageRevenue: expected whole won (digits, optionally followed by " KRW"; the JS engine also reads 80억), received 1000.5\n`);
  });

  it("stops at a value its column cannot hold, naming the file, the column and the value (exit 2)", async () => {
    const sme = join(work, "sme.json");
    const fraction = join(work, "fraction.csv");
    writeFileSync(fraction, "id,ksic,averageRevenue,totalAssets\nc1,C29,1000.5,100\n");
    const refused = await runCli(["check", "--rule", sme, "--as-of", "2024-05-01", "--engine", "duckdb", "--format", "ndjson", fraction]);
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe("");
    expect(refused.stderr).toBe(`technopark check: ${fraction}: averageRevenue: expected whole won (digits, optionally followed by " KRW"; the JS engine also reads 80억), received 1000.5\n`);
    const many = join(work, "many.csv");
    writeFileSync(many, "id,regularWorkers\nc1,many\n");
    const workers = await runCli(["check", "--rule", fixture("workers-10-rule.json"), "--as-of", "2024-05-01", "--engine", "duckdb", "--format", "ndjson", many]);
    expect(workers.code).toBe(2);
    expect(workers.stderr).toBe(`technopark check: ${many}: Could not convert string 'many' to DOUBLE when casting from source column regularWorkers\n`);
  });

  it("judges a programme's open round at the round's reference date, as evaluateProgram does", async () => {
    // 2026 초기창업패키지: applying on 2026-02-01, the company's age is judged as of the 공고일 2026-01-22
    const csv = join(work, "early.csv");
    writeFileSync(csv, "id,ksic,foundedOn,averageRevenue,totalAssets,taxArrears,inDefault\ne1,C29,2023-01-23,1000000000,1000000000,false,false\ne2,C29,2023-01-22,1000000000,1000000000,false,false\n");
    const args = ["check", "-p", "early-startup-package", "--as-of", "2026-02-01", "--format", "ndjson", csv];
    const js = await runCli(args);
    const duck = await runCli([...args, "--engine", "duckdb"]);
    expect(duck.code).toBe(0);
    expect(byId(lines(duck.stdout))).toEqual([
      { id: "e1", outcome: "eligible" },
      { id: "e2", outcome: "ineligible" },
    ]);
    expect(byId(lines(duck.stdout))).toEqual(byId(lines(js.stdout)));
    const stamps = (text: string): unknown[] => text.trim().split("\n").map((line) => (JSON.parse(line) as { stamp: unknown }).stamp);
    expect(stamps(duck.stdout)).toEqual(stamps(js.stdout));
    // two rounds (tracks) open on one day: the JS engine takes the most favourable, the DuckDB engine says so
    const tracks = await runCli(["check", "-p", "early-startup-package", "--as-of", "2026-01-23", "--format", "ndjson", "--engine", "duckdb", csv]);
    expect(tracks.code).toBe(2);
    expect(tracks.stderr).toContain("early-startup-package has 2 rounds open on 2026-01-23 (2026-deep-tech, 2026-general); the DuckDB engine judges one rule per run: use the JS engine");
  });

  it("refuses table output and stdin, naming what it writes and reads", async () => {
    expect((await runCli(["check", "--rule", rule, "--engine", "duckdb", fixture("companies.csv")])).stderr).toContain("--engine duckdb writes --format ndjson");
    expect((await runCli(["check", "--rule", rule, "--engine", "duckdb", "--format", "ndjson", "-"])).stderr).toContain("not stdin");
    expect(DUCKDB_VERSION).toMatch(/^\d+\.\d+\.\d+-r\.\d+$/);
  });
});
