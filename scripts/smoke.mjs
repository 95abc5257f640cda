#!/usr/bin/env node
// Smoke test of the packed tarball: installs it into a temporary project and loads the four entry points
// from ESM (import), CJS (require), tsx (a .ts file) and Deno (deno run + deno check).
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { installPackedTarball } from "./packed-project.mjs";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "technopark-smoke-"));
const run = (cmd, args, cwd = work) => {
  try {
    return execFileSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1", DENO_NO_UPDATE_CHECK: "1" } }).trim();
  } catch (error) {
    throw new Error(`smoke: ${cmd} ${args.join(" ")} failed (exit ${error.status}):\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
};
const expectOutput = (label, output) => {
  const lines = output.split("\n");
  const last = lines[lines.length - 1] ?? "";
  if (last !== `ok ${JSON.stringify(expected)}`) throw new Error(`${label}: expected ok ${JSON.stringify(expected)}, got:\n${output}`);
  console.log(`smoke ${label.padEnd(12)} ${last}`);
};

// a check that touches the three entry points (core API, schemas, reference data); every runtime must print exactly `expected`
const expected = {
  sum: "0.3",
  outcome: "ineligible",
  code: "VALIDATION",
  technoparks: 19,
  krw: "17조 6,031억 원",
  contracts: "6500000",
  members2004: 12,
  parsed: "c-1",
  schemaCode: "VALIDATION",
  jsonSchema: "#/$defs/Company",
  shown: "10억 원",
  hash: "1b7cee6e336e5b893610f7596ddff6649baf97a2232f697b48c17407482043de",
  sqlParam: 30,
};

try {
  const packed = installPackedTarball(root, work, run);
  const body = (imp) => `${imp}
const sum = core.sumMoney([core.money("0.1", "USD"), core.money("0.2", "USD")]);
const rule = core.parseRule({ all: [{ fact: "company.regularWorkers", op: "gte", value: 30 }] });
const outcome = core.evaluate(rule, { company: { regularWorkers: 29.5 } }, { asOf: "2024-01-01" }).outcome;
let code = "none";
try { core.money("abc", "KRW"); } catch (error) { code = core.isTechnoparkError(error) ? error.code : "foreign"; }
const contracts = core.exportFunnel(data.exportDeals, "USD").contracts.value.amount;
const members2004 = data.associationMembersAsOf("2004-12-31").known.length;
const parsed = schemas.parseWith(schemas.Company, { id: "c-1", name: { ko: "가나정밀" } }, "Company").id;
let schemaCode = "none";
try { schemas.parseWith(schemas.ExportDeal, { id: 1 }, "ExportDeal"); } catch (error) { schemaCode = core.isTechnoparkError(error) ? error.code : "foreign"; }
const jsonSchema = schemas.toJsonSchema("Company").$ref;
const shown = notebook.show(core.money("1000000000", "KRW"))[notebook.JUPYTER_DISPLAY]()["text/plain"];
const hash = core.ruleHash({ value: 30, op: "gte", fact: "company.regularWorkers" });
const sqlParam = sql.toSql(rule, { dialect: "duckdb", from: "t", key: "id", columns: { "company.regularWorkers": { column: "w", type: "number" } } }).params[0];
console.log("ok", JSON.stringify({ sum: sum.amount, outcome, code, technoparks: data.technoparks.length, krw: core.formatKrw("17603100000000"), contracts, members2004, parsed, schemaCode, jsonSchema, shown, hash, sqlParam }));
`;
  writeFileSync(join(work, "esm.mjs"), body(`import * as core from "technopark";\nimport * as schemas from "technopark/schemas";\nimport * as data from "technopark/data";\nimport * as notebook from "technopark/notebook";\nimport * as sql from "technopark/sql";`));
  writeFileSync(join(work, "cjs.cjs"), body(`const core = require("technopark");\nconst schemas = require("technopark/schemas");\nconst data = require("technopark/data");\nconst notebook = require("technopark/notebook");\nconst sql = require("technopark/sql");`));
  writeFileSync(
    join(work, "typed.ts"),
    body(`import * as core from "technopark";\nimport * as schemas from "technopark/schemas";\nimport * as data from "technopark/data";\nimport * as notebook from "technopark/notebook";\nimport * as sql from "technopark/sql";\nimport type { Money } from "technopark";\nimport type { Company } from "technopark/schemas";\nconst typed: Money = core.money("1", "KRW");\nconst company: Company = { id: "c-2", name: { ko: "다라" } };\nvoid typed; void company;`),
  );
  const tsx = join(root, "node_modules", ".bin", "tsx");
  const deno = join(root, "node_modules", ".bin", "deno");
  expectOutput("esm", run("node", ["esm.mjs"]));
  expectOutput("cjs", run("node", ["cjs.cjs"]));
  expectOutput("tsx", run(tsx, ["typed.ts"]));
  expectOutput("deno run", run(deno, ["run", "--quiet", "--allow-read", "--allow-env", "typed.ts"]));
  run(deno, ["check", "--quiet", "typed.ts"]);
  console.log("smoke deno check   ok");
  // the CLI entry (bin) starts
  const help = run("node", [join("node_modules", "technopark", "dist", "cli", "index.js"), "--help"]);
  if (!help.includes("technopark")) throw new Error(`cli: unexpected --help output:\n${help}`);
  console.log("smoke cli          ok --help");
  writeFileSync(
    join(work, "companies.csv"),
    "id,name.ko,location.regionCode,location.sigungu,ksic,regularWorkers,averageRevenue,totalAssets\nyc-001,㈜무계바이오,47,영천시,C20,12,4500000000 KRW,3000000000 KRW\n",
  );
  const checked = run("node", [join("node_modules", "technopark", "dist", "cli", "index.js"), "check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "--format", "ndjson", "companies.csv"]);
  if (!checked.includes('"outcome":"eligible"')) throw new Error(`cli: unexpected check output:\n${checked}`);
  console.log("smoke cli check    ok eligible");
  const workersRule = (value) => JSON.stringify({ all: [{ id: "workers", fact: "company.regularWorkers", op: "gte", value }] });
  writeFileSync(join(work, "rule-30.json"), workersRule(30));
  writeFileSync(join(work, "rule-10.json"), workersRule(10));
  const compared = run("node", [join("node_modules", "technopark", "dist", "cli", "index.js"), "compare", "--baseline", "rule-30.json", "--reform", "rule-10.json", "--as-of", "2024-05-01", "--format", "ndjson", "companies.csv"]);
  if (!compared.includes('"before":"ineligible","after":"eligible"') || !compared.includes('"key":"workers"')) throw new Error(`cli: unexpected compare output:\n${compared}`);
  console.log("smoke cli compare  ok ineligible → eligible");
  // worker threads from the packed CLI (dist/cli/check-worker.js): a 12 MB CSV (threads by default) judged as in one thread
  const rows = ["id,name.ko,location.regionCode,location.sigungu,ksic,regularWorkers,averageRevenue,totalAssets"];
  for (let i = 0; i < 150_000; i++) rows.push(`c${i},"기업 ${i}, 본사",47,${i % 3 === 0 ? "포항시" : "영천시"},C2${i % 10},${i % 60},${(1 + (i % 90)) * 100_000_000} KRW,${i % 7 === 0 ? "" : "3000000000 KRW"}`);
  writeFileSync(join(work, "many.csv"), `${rows.join("\r\n")}\r\n`);
  const checkMany = (jobs) => run("node", [join("node_modules", "technopark", "dist", "cli", "index.js"), "check", "-p", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "--format", "ndjson", ...jobs, "many.csv"]);
  const threaded = checkMany([]);
  const oneThread = checkMany(["--jobs", "1"]);
  if (threaded !== oneThread || threaded.split("\n").length !== 150_000) throw new Error(`cli check on worker threads: the output differs from one thread's (${threaded.length} vs ${oneThread.length} characters)`);
  console.log("smoke cli threads  ok 150,000 rows judged on worker threads, the same output as one thread");
  // a person's spreadsheet (Korean headers, 억 amounts, region names) from the packed CLI, and results as a workbook
  copyFileSync(join(root, "examples", "data", "companies-ko.xlsx"), join(work, "companies-ko.xlsx"));
  const sheet = run("node", [join("node_modules", "technopark", "dist", "cli", "index.js"), "check", "-p", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "companies-ko.xlsx"]);
  if (!sheet.includes("총 7건 — 적격 4, 부적격 2, 판단보류 1, 입력오류 0")) throw new Error(`cli: unexpected check output for companies-ko.xlsx:\n${sheet}`);
  run("node", [join("node_modules", "technopark", "dist", "cli", "index.js"), "check", "-p", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "-o", "results.xlsx", "companies-ko.xlsx"]);
  if (!readdirSync(work).includes("results.xlsx")) throw new Error("cli: check -o results.xlsx wrote no workbook");
  console.log("smoke cli xlsx     ok 적격 4, results.xlsx");
  // --engine duckdb: a clear error naming the install command without the optional peer, the same outcome with it
  const cliArgs = [join("node_modules", "technopark", "dist", "cli", "index.js"), "check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "--format", "ndjson", "--engine", "duckdb", "companies.csv"];
  const duckdbVersion = JSON.parse(execFileSync("npm", ["pkg", "get", "devDependencies.@duckdb/node-api"], { cwd: root, encoding: "utf8" }));
  let refusal = "";
  try { execFileSync("node", cliArgs, { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }); } catch (error) { refusal = `${error.stderr ?? ""}`; }
  if (!refusal.includes(`npm install @duckdb/node-api@${duckdbVersion}`)) throw new Error(`cli duckdb: expected the install hint, got:\n${refusal}`);
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", `@duckdb/node-api@${duckdbVersion}`]);
  const onDuckdb = run("node", cliArgs);
  if (!onDuckdb.includes('"outcome":"eligible"')) throw new Error(`cli duckdb: unexpected check output:\n${onDuckdb}`);
  console.log("smoke cli duckdb   ok eligible (and the install hint without @duckdb/node-api)");
  console.log(`smoke: tarball ${packed} (${readdirSync(join(work, "node_modules", "technopark", "dist")).length} dist entries) loads everywhere`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
