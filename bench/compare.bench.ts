// Benchmark of compareRules over 1,000,000 synthetic companies: the 3-condition Yeongcheon rule (영천시,
// 30 or more regular workers, SME small or medium) against a reform lowering the threshold to 25 (about 3 %
// of the companies flip). Peers, measured in the same run: two compileRule passes over the companies (the
// target: compareRules should run at that speed), and compareRules with `conditions: false` (outcomes only,
// no traced re-evaluation of the changed companies). CPU time, subjects interleaved, best of 5 rounds.
// Not a test: no timing is asserted. `npm run bench -- compare` prints rows/s and the ratios.
import { compareRules, compileRule, type Outcome, type Rule } from "../src/index.js";
import { syntheticCompanies, type CompanyFacts } from "./companies.js";
import type { BenchSuite } from "./suite.js";

const COUNT = 1_000_000;
const ROUNDS = 5;

type Facts = CompanyFacts;
const makeCompanies = (): Facts[] => syntheticCompanies(COUNT, 20250901);

const rule = (workers: number): Rule => ({
  id: "yeongcheon-high-value",
  all: [
    { id: "in-yeongcheon", fact: "company.location.sigungu", op: "eq", value: "영천시" },
    { id: "workers", fact: "company.regularWorkers", op: "gte", value: workers },
    { id: "sme", fact: "company.smeSize", op: "in", value: ["small", "medium"] },
  ],
});
const baseline = rule(30);
const reform = rule(25);

export const suite: BenchSuite = {
  name: "compare",
  description: `compareRules (threshold 30 → 25) over ${COUNT.toLocaleString("en")} companies against two compileRule passes`,
  async run() {
    const companies = makeCompanies();
    const before = compileRule(baseline);
    const after = compileRule(reform);
    const options = { asOf: "2025-09-01" };
    // the subjects must agree before they are timed
    const reference = compareRules(baseline, reform, companies, options);
    let changed = 0;
    for (let i = 0; i < companies.length; i++) if (before(companies[i]!, options) !== after(companies[i]!, options)) changed++;
    if (changed !== reference.changed.length) throw new Error(`compareRules found ${reference.changed.length} changes, two passes ${changed}`);

    const twoPasses = (): number => {
      const a: Outcome[] = new Array<Outcome>(companies.length);
      for (let i = 0; i < companies.length; i++) a[i] = before(companies[i]!, options);
      let n = 0;
      for (let i = 0; i < companies.length; i++) if (after(companies[i]!, options) !== a[i]) n++;
      return n;
    };
    const subjects: [string, () => number][] = [
      ["two compileRule passes (outcomes compared)", twoPasses],
      ["compareRules (with the flipped conditions)", () => compareRules(baseline, reform, companies, options).changed.length],
      ["compareRules, conditions: false", () => compareRules(baseline, reform, companies, { ...options, conditions: false }).changed.length],
    ];
    const best = new Map<string, number>();
    let sink = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, run] of subjects) {
        const started = process.cpuUsage();
        sink += run();
        const used = process.cpuUsage(started);
        best.set(name, Math.min(best.get(name) ?? Number.POSITIVE_INFINITY, (used.user + used.system) / 1e6));
      }
    }
    void sink;
    const rate = (name: string): number => COUNT / best.get(name)!;
    const peer = rate(subjects[0]![0]);
    return [
      ...subjects.map(([name]) => ({
        task: name,
        "rows/s": Math.round(rate(name)).toLocaleString("en"),
        "ns/row": Number((1e9 / rate(name)).toFixed(1)),
        ratio: name === subjects[0]![0] ? "1.00× (peer)" : `${(peer / rate(name)).toFixed(2)}× the two-pass time`,
      })),
      { task: `${reference.changed.length.toLocaleString("en")} of ${COUNT.toLocaleString("en")} companies flip (${((reference.changed.length / COUNT) * 100).toFixed(1)} %)`, "rows/s": "", "ns/row": "", ratio: "" },
    ];
  },
};
