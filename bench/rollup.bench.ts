// Benchmark of `rollup`: 1,000,000 synthetic export deals (seeded) grouped by technopark × fiscal year with a
// count, an exact Money sum and a mean, against a hand-written Map loop doing the same sums with plain
// integer arithmetic (the fastest correct peer for KRW amounts that stay below 2^53). Runs over 100k, 250k and
// 500k deals check that the time per record stays flat (linear growth, no quadratic step).
// Not a test: nothing here asserts a timing.
// `npm run bench -- rollup` prints the table.
import { Bench } from "tinybench";
import { money, type Money } from "../src/money/index.js";
import { byFiscalYear, rollup } from "../src/rollups/index.js";
import { seeded } from "./seeded.js";
import type { BenchSuite } from "./suite.js";

const COUNT = 1_000_000;
/** Smaller runs for the linearity check: the time per record should stay about the same. */
const SIZES = [100_000, 250_000, 500_000] as const;
const TECHNOPARKS = ["gtp", "itp", "gbtp", "ctp", "gjtp", "dgtp", "btp", "ptp", "gwtp", "cbtp", "jbtp", "jntp", "gntp", "utp", "gdtp", "djtp", "seoultp", "jejutp", "sjtp"];

/** A synthetic deal: which technopark's tenant made it, when, for how much, and the tenant's headcount. */
interface SyntheticDeal {
  readonly technoparkId: string;
  readonly date: string;
  readonly year: number;
  readonly value: Money;
  readonly employees: number;
}

/** `count` deals over 19 technoparks and 2014–2024, KRW 1 to 1,000,000,000 each. */
function makeDeals(count: number): SyntheticDeal[] {
  const random = seeded(20231019);
  const deals = new Array<SyntheticDeal>(count);
  for (let i = 0; i < count; i++) {
    const year = 2014 + Math.floor(random() * 11);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    deals[i] = {
      technoparkId: TECHNOPARKS[Math.floor(random() * TECHNOPARKS.length)]!,
      date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      year,
      value: money(1 + Math.floor(random() * 1_000_000_000), "KRW"),
      employees: 1 + Math.floor(random() * 300),
    };
  }
  return deals;
}

/** The subject: technopark × fiscal year (read from the ISO date) with count, exact Money sum and mean. */
function subject(deals: readonly SyntheticDeal[]) {
  return rollup(deals, {
    by: ["technoparkId", byFiscalYear("year", (d) => d.date)],
    measures: { deals: { count: true }, value: { sumMoney: (d) => d.value }, averageEmployees: { mean: (d) => d.employees } },
  });
}

/** The peer: one Map keyed by "technopark|year", integer sums of KRW amounts (exact below 2^53). */
function handWritten(deals: readonly SyntheticDeal[]) {
  const groups = new Map<string, { technoparkId: string; year: number; deals: number; won: number; employees: number }>();
  for (const deal of deals) {
    const year = Number(deal.date.slice(0, 4));
    const key = `${deal.technoparkId}|${year}`;
    let group = groups.get(key);
    if (group === undefined) {
      group = { technoparkId: deal.technoparkId, year, deals: 0, won: 0, employees: 0 };
      groups.set(key, group);
    }
    group.deals++;
    group.won += Number(deal.value.amount);
    group.employees += deal.employees;
  }
  return [...groups.values()]
    .sort((a, b) => (a.technoparkId < b.technoparkId ? -1 : a.technoparkId > b.technoparkId ? 1 : a.year - b.year))
    .map((g) => ({ technoparkId: g.technoparkId, year: g.year, deals: g.deals, value: String(g.won), averageEmployees: g.employees / g.deals }));
}

export const suite: BenchSuite = {
  name: "rollup",
  description: "rollup of 1,000,000 deals by technopark × fiscal year (count, exact KRW sum, mean) vs a hand-written Map loop; 100k–1M for linearity",
  async run() {
    const deals = makeDeals(COUNT);

    // Same answer first: the bench compares equal work.
    const ours = subject(deals);
    const theirs = handWritten(deals);
    const same =
      ours.length === theirs.length &&
      ours.every((row, i) => {
        const peer = theirs[i]!;
        return row.technoparkId === peer.technoparkId && row.year === peer.year && row.deals === peer.deals && row.value.amount === peer.value;
      });
    if (!same) throw new Error("rollup and the hand-written loop disagree");

    let sink: unknown;
    const bench = new Bench({ time: 3_000, warmupIterations: 2, iterations: 8 });
    bench
      .add("rollup 1M: technopark × byFiscalYear(date)", () => {
        sink = subject(deals);
      })
      .add("rollup 1M: technopark × year (plain key)", () => {
        sink = rollup(deals, {
          by: ["technoparkId", "year"],
          measures: { deals: { count: true }, value: { sumMoney: (d) => d.value }, averageEmployees: { mean: (d) => d.employees } },
        });
      })
      .add("hand-written Map loop 1M (peer)", () => {
        sink = handWritten(deals);
      });
    for (const size of SIZES) {
      const slice = deals.slice(0, size);
      bench.add(`rollup ${size / 1000}k: technopark × byFiscalYear(date)`, () => {
        sink = subject(slice);
      });
    }
    await bench.run();
    void sink;
    const mean = (name: string) => bench.getTask(name)?.result?.latency.mean ?? Number.NaN;
    const peerMean = mean("hand-written Map loop 1M (peer)");
    const rows: Record<string, string | number>[] = bench.tasks.map((task) => {
      const ms = task.result?.latency.mean ?? Number.NaN;
      const small = /rollup (\d+)k/.exec(task.name);
      const records = small === null ? COUNT : Number(small[1]) * 1000;
      return {
        task: task.name,
        "mean ms": Number(ms.toFixed(1)),
        "ns/record": Number(((ms * 1e6) / records).toFixed(0)),
        "records/s": Math.round((records / ms) * 1000),
        samples: task.runs,
        "ratio vs peer": small === null ? Number((ms / peerMean).toFixed(2)) : "-",
      };
    });
    const full = mean("rollup 1M: technopark × byFiscalYear(date)");
    const tenth = mean("rollup 100k: technopark × byFiscalYear(date)");
    const half = mean("rollup 500k: technopark × byFiscalYear(date)");
    rows.push({
      task: `linearity (${ours.length} groups): time(1M) ÷ time(100k), ≈ 10 if linear; time(1M) ÷ time(500k), ≈ 2`,
      "mean ms": "-",
      "ns/record": "-",
      "records/s": `${(full / tenth).toFixed(2)}; ${(full / half).toFixed(2)}`,
      samples: "-",
      "ratio vs peer": "-",
    });
    return rows;
  },
};
