// A Deno notebook: run it with `deno run --allow-read examples/deno-notebook.ts`, or paste its cells into a
// Jupyter notebook on the Deno kernel (`deno jupyter --install`). Outside this repository import the package
// from npm, with no install step:
//
//   import { evaluateProgram, explain } from "npm:technopark";
//   import { programs } from "npm:technopark/data";
//
// (or map the bare names once in deno.json: "imports": { "technopark": "npm:technopark@^0.1.0", "technopark/data": "npm:technopark@^0.1.0/data" }).
// Inside the repository, examples/deno.json maps "technopark" to the freshly built ./dist, so this file runs
// offline after `npm run build`:  deno run --config examples/deno.json --allow-read --allow-env examples/deno-notebook.ts

// %% Imports
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { evaluateProgram, explain, money, rollup, type Money } from "technopark";
import { Company, parseWith } from "technopark/schemas";
import { programs, technoparks } from "technopark/data";

// %% The programmes in the reference data, and the rule version in force on a date
const asOf = "2024-05-01";
console.table(programs.map((p) => ({ id: p.id, 사업명: p.name.ko, since: p.eligibility[0]?.validFrom, model: p.model === true })));

// %% Companies from a CSV whose headers are field paths (id, name.ko, location.sigungu, regularWorkers, …)
const rows: Record<string, string>[] = parse(readFileSync(new URL("./data/companies.csv", import.meta.url), "utf8"), { columns: true, bom: true });
const moneyCell = (cell: string | undefined): Money | undefined => {
  const [amount, currency] = (cell ?? "").trim().split(/\s+/);
  return amount && currency ? money(amount, currency) : undefined;
};
const companies = rows.map((row) => {
  const averageRevenue = moneyCell(row["averageRevenue"]);
  const totalAssets = moneyCell(row["totalAssets"]);
  return parseWith(Company, {
    id: row["id"],
    name: { ko: row["name.ko"] },
    location: { regionCode: row["location.regionCode"], sigungu: row["location.sigungu"] },
    ...(row["ksic"] ? { ksic: row["ksic"] } : {}),
    ...(row["regularWorkers"] ? { regularWorkers: Number(row["regularWorkers"]) } : {}),
    ...(averageRevenue ? { averageRevenue } : {}),
    ...(totalAssets ? { totalAssets } : {}),
  });
});

// %% Judge them for 혁신기술개발 (fewer than 30 regular workers, in Yeongcheon, an SME) with reasons in both languages
const program = programs.find((p) => p.id === "yeongcheon-innovative-technology")!;
const results = companies.map((company) => {
  const result = evaluateProgram(program, company, { asOf });
  return { id: company.id, outcome: result.outcome, 사유: explain(result, "ko").join(" · "), reason: explain(result, "en").join("; ") };
});
console.table(results.map(({ id, outcome }) => ({ id, outcome })));
for (const r of results) console.log(`${r.id}: ${r.outcome}\n  ${r.사유}\n  ${r.reason}`);

// %% Technoparks per 시·도 code in force today, as a table
console.table(rollup(technoparks, { by: ["regionCode"], measures: { technoparks: { count: true } } }));
console.log(`deno notebook ok: ${results.filter((r) => r.outcome === "eligible").length} eligible of ${results.length}`);
