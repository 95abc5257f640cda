// Benchmark of the statutory computations: classifySme (exact bigint compare on the canonical amount strings,
// effective-dated table look-up per call) against the same decision made with decimal.js and with floats
// (inexact), and regularWorkerCount (integer half-units) against a decimal.js mean. Not a test: no timing is
// asserted; `npx tsx bench/index.ts statutes` prints the table with ratios to the classifySme row.
import { Decimal } from "decimal.js";
import { Bench } from "tinybench";
import { money } from "../src/money/index.js";
import { classifySme, regularWorkerCount, smeCaps, type MonthEndCount } from "../src/statutes/index.js";
import { seeded } from "./seeded.js";
import type { BenchSuite } from "./suite.js";

const FIRMS = 10_000;
const Exact = Decimal.clone({ precision: 40 });

const DIVISIONS = ["10", "17", "20", "24", "29", "30", "41", "46", "49", "58", "62", "70", "75", "86", "95"];

export const suite: BenchSuite = {
  name: "statutes",
  description: "classifySme over 10,000 firms vs decimal.js and float decisions with pre-read caps; regularWorkerCount vs a decimal.js mean",
  async run() {
    const random = seeded(20250901);
    const firms = Array.from({ length: FIRMS }, () => ({
      ksic: `${DIVISIONS[Math.floor(random() * DIVISIONS.length)]}${Math.floor(random() * 900 + 100)}`,
      averageRevenue: money(BigInt(Math.floor(random() * 2_000)) * 100_000_000n + BigInt(Math.floor(random() * 1e8)), "KRW"),
      totalAssets: money(BigInt(Math.floor(random() * 6_000)) * 100_000_000n, "KRW"),
    }));
    const asOf = "2025-09-01";
    const caps = firms.map((firm) => smeCaps(firm.ksic, { asOf }));
    const ceiling = new Exact("500000000000");
    const years: MonthEndCount[][] = Array.from({ length: FIRMS }, () =>
      Array.from({ length: 12 }, (_, m) => ({ month: `2024-${String(m + 1).padStart(2, "0")}`, fullTime: Math.floor(random() * 300), partTime60h: Math.floor(random() * 20) })),
    );
    let sink: unknown;
    const bench = new Bench({ time: 1_500, warmupIterations: 3, iterations: 10 });
    bench
      .add("classifySme (exact, validates input, table look-up per call)", () => {
        for (const firm of firms) sink = classifySme(firm, { asOf });
      })
      .add("decimal.js compare, caps pre-read (exact, no validation)", () => {
        firms.forEach((firm, i) => {
          const revenue = new Exact(firm.averageRevenue.amount);
          const c = caps[i]!;
          sink = new Exact(firm.totalAssets.amount).gte(ceiling) ? "not-sme" : revenue.lte(c.smallRevenueCap.amount) ? "small" : revenue.lte(c.smeRevenueCap.amount) ? "medium" : "not-sme";
        });
      })
      .add("float compare, caps pre-read (inexact above 2^53, no validation)", () => {
        firms.forEach((firm, i) => {
          const revenue = Number(firm.averageRevenue.amount);
          const c = caps[i]!;
          sink = Number(firm.totalAssets.amount) >= 5e11 ? "not-sme" : revenue <= Number(c.smallRevenueCap.amount) ? "small" : revenue <= Number(c.smeRevenueCap.amount) ? "medium" : "not-sme";
        });
      })
      .add("regularWorkerCount × 10,000 years (exact half-units, validates)", () => {
        for (const year of years) sink = regularWorkerCount(year);
      })
      .add("decimal.js mean × 10,000 years (exact, no validation)", () => {
        for (const year of years) {
          let total = new Exact(0);
          for (const m of year) total = total.plus(m.fullTime).plus(new Exact(m.partTime60h ?? 0).div(2));
          sink = total.div(year.length).toNumber();
        }
      });
    await bench.run();
    void sink;
    const base = (name: string) => bench.getTask(name)?.result?.latency.mean ?? Number.NaN;
    const smeBase = base("classifySme (exact, validates input, table look-up per call)");
    const rwBase = base("regularWorkerCount × 10,000 years (exact half-units, validates)");
    return bench.tasks.map((task) => {
      const mean = task.result?.latency.mean ?? Number.NaN;
      const ref = task.name.includes("year") ? rwBase : smeBase;
      return { task: task.name, "mean ms": Number(mean.toFixed(2)), "µs per item": Number(((mean * 1000) / FIRMS).toFixed(3)), "ratio vs subject": Number((mean / ref).toFixed(2)) };
    });
  },
};
