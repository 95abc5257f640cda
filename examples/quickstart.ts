// Quickstart (`npm run demo`): judge companies for the two Yeongcheon SME programmes, read why in Korean and
// English, add up money exactly, and reproduce the INNO WEEK 2023 export results from the named deals.
// Run it with `npx tsx examples/quickstart.ts`; it prints to the console and changes nothing.
import {
  Company,
  classifySme,
  evaluateProgram,
  explain,
  exportFunnel,
  formatKrw,
  formatPercent,
  cagr,
  money,
  parseWith,
  sumMoney,
} from "technopark";
import { events, exportDeals, metrics, programs } from "technopark/data";

// 1. A company as it might arrive from a form or a database row. parseWith validates it (a bad field throws a
//    VALIDATION error naming the field) and returns a typed Company.
const company = parseWith(
  Company,
  {
    id: "yc-003",
    name: { ko: "㈜별빛소재", en: "Byeolbit Materials" },
    location: { regionCode: "47", sigungu: "영천시" },
    ksic: "C24",
    foundedOn: "2020-08-17",
    regularWorkers: 29.5, // 상시근로자: part-timers of 60 h/month or more count 0.5, so fractions are real
    averageRevenue: money("9000000000", "KRW"),
    totalAssets: money("6000000000", "KRW"),
  },
  "Company",
);

// 2. Judge it for both programmes as of a date (the date is always an argument: rules change over time).
const asOf = "2024-05-01";
for (const id of ["yeongcheon-high-value-conversion", "yeongcheon-innovative-technology"]) {
  const program = programs.find((p) => p.id === id)!;
  const result = evaluateProgram(program, company, { asOf });
  console.log(`\n${program.name.ko} — ${company.name.ko}: ${result.outcome} (rules in force since ${result.ruleVersion.validFrom})`);
  for (const line of explain(result, "ko")) console.log(`  · ${line}`);
  for (const line of explain(result, "en")) console.log(`  · ${line}`);
}

// 3. The statute behind "SME": 중소기업기본법 시행령 별표1 (caps by industry, table in force on the date).
console.log(`\nSME size of ${company.id} on ${asOf}: ${classifySme({ ksic: "C24", averageRevenue: company.averageRevenue!, totalAssets: company.totalAssets! }, { asOf })}`);

// 4. Money is exact (0.1 + 0.2 is 0.3) and formats the way Korean reports write it.
console.log(`\n0.1 + 0.2 USD = ${sumMoney([money("0.1", "USD"), money("0.2", "USD")]).amount} USD`);
const revenue = metrics.filter((m) => m.metric === "tenant-revenue");
for (const m of revenue) console.log(`tenant revenue ${m.period}: ${formatKrw(m.value as { amount: string; currency: string })}`);
const tenants = metrics.filter((m) => m.metric === "tenant-companies").map((m) => m.value as number);
console.log(`tenant companies ${tenants[0]} → ${tenants[1]}: ${formatPercent(cagr(tenants[0]!, tenants[1]!, 11))} a year (2007 → 2018)`);

// 5. The INNO WEEK 2023 funnel from the named deals reproduces the totals the organisers reported.
const funnel = exportFunnel(exportDeals, "USD");
const reported = events.find((e) => e.id === "inno-week-2023")!.reported!;
console.log(`\nINNO WEEK 2023 contracts: USD ${funnel.contracts.value.amount} from ${funnel.contracts.count} named deals (reported: USD ${reported.contracts.value.amount})`);
console.log(`INNO WEEK 2023 joint agreements: USD ${funnel.jointAgreements.value.amount} (reported: USD ${reported.jointAgreements.value.amount})`);
console.log(funnel.contracts.value.amount === reported.contracts.value.amount ? "quickstart ok: the named deals add up to the reported totals" : "quickstart: MISMATCH");
