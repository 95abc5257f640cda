// Benchmark of exact money sums: `sumMoney` over 1,000,000 USD amounts against a plain float sum of the
// same amounts (which is wrong in the last digits) and decimal.js `plus` in a loop. Not a test: no timing
// is asserted; `npm run bench -- money` prints the table with the ratio of each row to the float sum.
import { Decimal } from "decimal.js";
import { Bench } from "tinybench";
import { money, sumMoney, type Money } from "../src/money/index.js";
import { seeded } from "./seeded.js";
import type { BenchSuite } from "./suite.js";

const COUNT = 1_000_000;

/** 1,000,000 USD amounts from 0.01 to 99,999,999.99 with 0, 1 or 2 fraction digits, some negative. */
function makeAmounts(): Money[] {
  const random = seeded(20231019);
  const out: Money[] = new Array<Money>(COUNT);
  for (let i = 0; i < COUNT; i++) {
    const cents = 1 + Math.floor(random() * 9_999_999_999);
    const sign = random() < 0.1 ? "-" : "";
    out[i] = money(`${sign}${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`, "USD");
  }
  return out;
}

const PreciseDecimal = Decimal.clone({ precision: 100 });

export const suite: BenchSuite = {
  name: "money",
  description: "sumMoney over 1,000,000 USD amounts vs a float sum of the same amounts (inexact) and decimal.js plus",
  async run() {
    const amounts = makeAmounts();
    const floats = amounts.map((m) => Number(m.amount));
    let sink: unknown;
    const bench = new Bench({ time: 2_000, warmupIterations: 3, iterations: 10 });
    bench
      .add("sumMoney (exact)", () => {
        sink = sumMoney(amounts);
      })
      .add("float sum of Number(m.amount) (inexact)", () => {
        let total = 0;
        for (const m of amounts) total += Number(m.amount);
        sink = total;
      })
      .add("float sum of a number[] (inexact, no parsing)", () => {
        let total = 0;
        for (const value of floats) total += value;
        sink = total;
      })
      .add("decimal.js plus loop (exact)", () => {
        let total = new PreciseDecimal(0);
        for (const m of amounts) total = total.plus(m.amount);
        sink = total;
      });
    await bench.run();
    void sink;
    const floatTask = bench.getTask("float sum of Number(m.amount) (inexact)");
    const floatMean = floatTask?.result?.latency.mean ?? Number.NaN;
    const exact = sumMoney(amounts).amount;
    let floatTotal = 0;
    for (const m of amounts) floatTotal += Number(m.amount);
    const reference = amounts.reduce((total, m) => total.plus(m.amount), new PreciseDecimal(0)).toFixed();
    const rows = bench.tasks.map((task) => {
      const mean = task.result?.latency.mean ?? Number.NaN;
      return {
        task: task.name,
        "mean ms": Number(mean.toFixed(2)),
        "samples": task.runs,
        "ratio vs float": Number((mean / floatMean).toFixed(2)),
      };
    });
    return [
      ...rows,
      { task: `sumMoney total ${exact} (decimal.js: ${reference}${exact === reference ? ", equal" : ", DIFFERENT"})`, "mean ms": "", samples: "", "ratio vs float": "" },
      { task: `float total ${floatTotal.toFixed(2)} (off by ${new PreciseDecimal(floatTotal).minus(exact).toFixed()})`, "mean ms": "", samples: "", "ratio vs float": "" },
    ];
  },
};
