// A notebook in plain TypeScript, run cell by cell in an editor that understands `// %%` cells (VS Code's
// Jupyter "Run Cell", or a tsx REPL), or top to bottom with `npx tsx examples/tsx-notebook.ts`.
// It reads a CSV of companies, judges them for the Yeongcheon programmes in Korean and English, and looks at
// the reference data with console.table.

// %% Imports: the library (core + reference data) and a CSV parser
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { evaluateProgram, explain, exportFunnel, formatKrw, formatPercent, growthRate, money, rollup, type Money } from "technopark";
import { Company, parseWith } from "technopark/schemas";
import { events, exportDeals, metrics, programs, technoparks } from "technopark/data";

// %% Read the CSV: one row per company, headers are field paths (the same file the CLI reads)
const rows: Record<string, string>[] = parse(readFileSync(new URL("./data/companies.csv", import.meta.url), "utf8"), { columns: true, bom: true });

/** A money cell like "4500000000 KRW", or undefined when the cell is empty. */
const moneyCell = (cell: string | undefined): Money | undefined => {
  if (cell === undefined || cell.trim() === "") return undefined;
  const [amount, currency] = cell.trim().split(/\s+/);
  return money(amount!, currency!);
};
const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } => (value === undefined ? {} : ({ [key]: value } as { [P in K]: V }));

const companies: Company[] = rows.map((row) =>
  parseWith(
    Company,
    {
      id: row["id"],
      name: { ko: row["name.ko"], ...optional("en", row["name.en"] || undefined) },
      location: { regionCode: row["location.regionCode"], sigungu: row["location.sigungu"] },
      ...optional("ksic", row["ksic"] || undefined),
      ...optional("foundedOn", row["foundedOn"] || undefined),
      ...optional("regularWorkers", row["regularWorkers"] ? Number(row["regularWorkers"]) : undefined),
      ...optional("averageRevenue", moneyCell(row["averageRevenue"])),
      ...optional("totalAssets", moneyCell(row["totalAssets"])),
    },
    `Company ${row["id"]}`,
  ),
);
console.table(companies.map((c) => ({ id: c.id, name: c.name.ko, sigungu: c.location?.sigungu, regularWorkers: c.regularWorkers, revenue: c.averageRevenue && formatKrw(c.averageRevenue) })));

// %% Judge every company for both programmes as of a date
const asOf = "2024-05-01";
const judged = companies.flatMap((company) =>
  programs
    .filter((program) => program.id.startsWith("yeongcheon-"))
    .map((program) => {
      const result = evaluateProgram(program, company, { asOf });
      return { company: company.id, program: program.id, outcome: result.outcome, 사유: explain(result, "ko").join(" · "), reason: explain(result, "en").join("; ") };
    }),
);
console.table(judged.map(({ company, program, outcome }) => ({ company, program, outcome })));

// %% Why? One line per decisive condition, in Korean and in English
for (const row of judged.filter((r) => r.program === "yeongcheon-innovative-technology")) {
  console.log(`${row.company} ${row.outcome}\n  ko: ${row.사유}\n  en: ${row.reason}`);
}

// %% Outcomes per programme (a rollup is a group-by with named measures)
console.table(rollup(judged, { by: ["program", "outcome"], measures: { companies: { count: true } } }));

// %% Technoparks per founding year, and the growth of tenant companies (source 001)
console.table(rollup(technoparks, { by: ["founded"], measures: { technoparks: { count: true } } }));
const tenants = metrics.filter((m) => m.metric === "tenant-companies").map((m) => ({ year: m.period, companies: m.value as number }));
console.table(tenants);
console.log(`tenant companies grew ${formatPercent(growthRate(tenants[0]!.companies, tenants[1]!.companies))} from 2007 to 2018`);

// %% INNO WEEK 2023: the funnel of the named deals against the reported totals (source 004)
const funnel = exportFunnel(exportDeals, "USD");
const reported = events.find((e) => e.id === "inno-week-2023")!.reported!;
console.table({
  contracts: { named: funnel.contracts.value.amount, reported: reported.contracts.value.amount },
  jointAgreements: { named: funnel.jointAgreements.value.amount, reported: reported.jointAgreements.value.amount },
});
console.log(`tsx notebook ok: ${judged.length} judgements`);
