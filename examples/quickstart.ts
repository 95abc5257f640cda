// Quickstart (`npm run demo`): a tour of technopark over its own reference data.
//   1. the 19 technoparks grouped by 시·도 as of today, and the association's membership on 2004-12-31;
//   2. the two Yeongcheon SME programmes judging three sample companies (30 regular workers, 29.5, headcount
//      missing), with the reasons in Korean and English; a result's audit stamp, and who flips on the day the
//      2025-09-01 SME size table took effect;
//   2b. one young company matched across every programme with a round open on 2026-02-12 (each judged at its
//      round's reference date), with the reasons in Korean;
//   3. exact money and rollups: the INNO WEEK 2023 export funnel in USD and in KRW at a dated rate, a rollup of
//      the named deals, and the national tenant statistics 2007 → 2018 as growth, CAGR and 조/억 amounts.
// Run it with `npx tsx examples/quickstart.ts`; it prints to the console and changes nothing.
import { cagr, compareProgramDates, evaluateProgram, explain, explainChange, exportFunnel, matchPrograms, formatKrw, formatPercent, growthRate, money, rollup, sumMoney, toIsoDate, type FxRate, type Money } from "technopark";
import { type Company } from "technopark/schemas";
import { associationMembersAsOf, events, exportDeals, metrics, programs, technoparksByRegion } from "technopark/data";

const heading = (title: string) => console.log(`\n== ${title}`);

// ---------------------------------------------------------------------------------------------------------
// 1. Reference data, read as of a date. The library never reads the clock: the example picks "today" (in Seoul)
//    and passes it in.
const today = toIsoDate(new Date());
heading(`The 19 technoparks by 시·도 on ${today}`);
const byRegion = technoparksByRegion(today);
for (const { region, technoparks } of byRegion) {
  console.log(`${region.code} ${region.name.ko.padEnd(12, "　")} ${technoparks.map((tp) => tp.name.ko).join(", ")}`);
}
console.log(`${byRegion.reduce((n, group) => n + group.technoparks.length, 0)} technoparks in ${byRegion.length} 시·도`);

const members = associationMembersAsOf("2004-12-31");
heading("Korea Technopark Association (한국테크노파크진흥회) membership on 2004-12-31");
console.log(`known members: ${members.known.length} (${members.known.join(", ")})`);
console.log(`unknown (the sources do not date their joining): ${members.unknown.length} (${members.unknown.join(", ")})`);
console.log(`known + unknown: ${members.known.length + members.unknown.length}`);

// ---------------------------------------------------------------------------------------------------------
// 2. Eligibility. Three manufacturers in 영천시: 30 regular workers; 29 full-time + 1 part-timer of 60 h/month or
//    more every month (29.5 by 소상공인기본법 시행령 제3조); and one whose headcount is unknown.
const asOf = "2025-03-01";
const months = (fullTime: number, partTime60h: number) =>
  Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, "0")}`, fullTime, partTime60h }));
const yeongcheonManufacturer = {
  location: { regionCode: "47", sigungu: "영천시" },
  ksic: "C29199",
  averageRevenue: money("8000000000", "KRW"),
  totalAssets: money("5000000000", "KRW"),
} satisfies Partial<Company>;
const samples: Company[] = [
  { id: "yc-30", name: { ko: "㈜영천정밀", en: "Yeongcheon Precision" }, ...yeongcheonManufacturer, regularWorkers: 30 },
  { id: "yc-29.5", name: { ko: "㈜금호기계", en: "Geumho Machinery" }, ...yeongcheonManufacturer, monthEndHeadcounts: months(29, 1) },
  { id: "yc-unknown", name: { ko: "㈜화산소재", en: "Hwasan Materials" }, ...yeongcheonManufacturer },
];
for (const id of ["yeongcheon-high-value-conversion", "yeongcheon-innovative-technology"]) {
  const program = programs.find((p) => p.id === id)!;
  heading(`${program.name.ko} (${program.name.en}), as of ${asOf}`);
  for (const company of samples) {
    const result = evaluateProgram(program, company, { asOf });
    const missing = result.missing.length > 0 ? ` — missing: ${result.missing.join(", ")}` : "";
    console.log(`${company.name.ko} (${company.id}): ${result.outcome}${missing}`);
    for (const line of explain(result, "ko")) console.log(`  ko · ${line}`);
    for (const line of explain(result, "en")) console.log(`  en · ${line}`);
  }
}

// Audit and what-if: the stamp says which rule version, rule hash, SME size table and library decided; a food maker
// with 1,100억 원 of revenue becomes an SME (C10 cap 1,000억 → 1,200억) the day the amended table takes effect.
const highValue = programs.find((p) => p.id === "yeongcheon-high-value-conversion")!;
heading("audit stamp and what-if: the 2025-09-01 SME size table");
console.log(JSON.stringify(evaluateProgram(highValue, samples[0]!, { asOf }).stamp));
const foodMaker: Company = { ...yeongcheonManufacturer, id: "yc-food", name: { ko: "영천식품㈜" }, ksic: "C10", regularWorkers: 50, averageRevenue: money("110000000000", "KRW") };
const flips = compareProgramDates(highValue, [...samples, foodMaker], { asOf: "2025-08-31", vs: "2025-09-01" });
console.log(`${flips.changed.length} of ${flips.total} companies change outcome on 2025-09-01`);
for (const change of flips.changed) {
  const company = [...samples, foodMaker][change.index]!;
  console.log(`${company.name.ko} (${company.id}): ${change.before} → ${change.after}`);
  for (const condition of change.conditions ?? []) for (const line of explainChange(condition, "en")) console.log(`  ${line}`);
}

// ---------------------------------------------------------------------------------------------------------
// 2b. Finding programmes: which programmes can one company apply for on a date? matchPrograms judges every
//     programme with a round (공고) open that day at the round's own reference date (공고일 or 접수 마감일).
const applyOn = "2026-02-12";
const sprout = {
  id: "sprout-robotics", name: { ko: "㈜새싹로봇", en: "Sprout Robotics" },
  location: { regionCode: "47", sigungu: "영천시" }, headOffice: { regionCode: "47" },
  ksic: "C29199", foundedOn: "2024-03-01", regularWorkers: 12,
  averageRevenue: money("300000000", "KRW"), totalAssets: money("500000000", "KRW"), previousYearRevenue: money("400000000", "KRW"),
  rndSpendingShare: 8, inRegionalKeyIndustry: true,
  taxArrears: false, inDefault: false, largeCompanyAffiliate: false, barredFromNationalRnd: false,
  representative: { birthDate: "1994-05-01" },
} satisfies Company;
heading(`Programmes ${sprout.name.ko} can apply for on ${applyOn}`);
for (const match of matchPrograms(sprout, { asOf: applyOn, representative: sprout.representative })) {
  const round = match.round === undefined ? "" : `, 공고 ${match.round.id}, 마감 ${match.round.applicationPeriod.to}`;
  console.log(`${match.programId}: ${match.outcome} (기준일 ${match.referenceDate}${round})`);
  if (match.outcome !== "eligible") for (const line of explain(match, "ko")) console.log(`  ko · ${line}`);
}

// ---------------------------------------------------------------------------------------------------------
// 3. Money and rollups. Amounts are exact decimal strings; converting needs a rate with a date and a source.
heading("INNO WEEK 2023 (Tashkent) export funnel from the named deals");
const innoWeek = events.find((event) => event.id === "inno-week-2023")!;
const usdKrw: FxRate = {
  base: "USD",
  quote: "KRW",
  rate: "1350",
  validFrom: "2023-10-01",
  source: "illustrative rate for this demo, not an official quote: use a dated rate from your own source",
};
const inUsd = exportFunnel(exportDeals, "USD");
const inKrw = exportFunnel(exportDeals, "KRW", { rates: [usdKrw], asOf: "2023-10-27" });
const stages = [
  ["consultations", inUsd.consultations, inKrw.consultations],
  ["contracts", inUsd.contracts, inKrw.contracts],
  ["joint agreements", inUsd.jointAgreements, inKrw.jointAgreements],
] as const;
console.table(
  stages.map(([stage, usd, krw]) => ({ stage, deals: usd.count, USD: usd.value.amount, KRW: formatKrw(krw.value) })),
);
const reported = innoWeek.reported!;
console.log(`reported on ${reported.asOf}: ${reported.consultations.count} consultations worth USD ${reported.consultations.value.amount} (not itemised in the source)`);
console.log(`reported on ${reported.asOf}: contracts USD ${reported.contracts.value.amount}, joint agreements USD ${reported.jointAgreements.value.amount}`);
console.log(
  inUsd.contracts.value.amount === reported.contracts.value.amount && inUsd.jointAgreements.value.amount === reported.jointAgreements.value.amount
    ? "the named deals add up to the reported totals"
    : "MISMATCH between the named deals and the reported totals",
);

heading("The named deals, rolled up by stage");
console.table(
  rollup(exportDeals, {
    by: ["stage"],
    measures: {
      deals: { count: true },
      value: { sumMoney: (deal) => deal.value, currency: "USD" },
    },
  }).map((row) => ({ stage: row.stage, deals: row.deals, USD: row.value.amount })),
);

heading("National technopark statistics, 2007 → 2018 (001_d4d5ca49a03203d9.txt)");
const national = (metric: string, period: string) =>
  metrics.find((m) => m.subject.kind === "all-technoparks" && m.metric === metric && m.period === period)!.value;
const tenants2007 = national("tenant-companies", "2007") as number;
const tenants2018 = national("tenant-companies", "2018") as number;
const revenue2007 = national("tenant-revenue", "2007") as Money;
const revenue2018 = national("tenant-revenue", "2018") as Money;
console.log(`tenant companies: ${tenants2007} → ${tenants2018}, growth ${formatPercent(growthRate(tenants2007, tenants2018))}, CAGR ${formatPercent(cagr(tenants2007, tenants2018, 11))}`);
console.log(`tenant revenue: ${formatKrw(revenue2007)} → ${formatKrw(revenue2018)}, growth ${formatPercent(growthRate(revenue2007, revenue2018))}`);
console.log(`0.1 + 0.2 USD = ${sumMoney([money("0.1", "USD"), money("0.2", "USD")]).amount} USD (exact, never a float)`);

console.log("\nquickstart ok");
