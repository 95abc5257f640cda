import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { programs } from "../../src/data/index.js";
import {
  compareProgramDates,
  comparePrograms,
  compareRules,
  compileRule,
  explainChange,
  isTechnoparkError,
  ruleHash,
  type Outcome,
  type ProgramRules,
  type Rule,
} from "../../src/index.js";

const krw = (amount: string) => ({ amount, currency: "KRW" });
const workers = (value: number): Rule => ({ id: "workers", label: { ko: "상시근로자", en: "Regular workers" }, fact: "company.regularWorkers", op: "gte", value });
const inYeongcheon: Rule = { id: "yeongcheon", fact: "company.location.sigungu", op: "eq", value: "영천시" };
const facts = [
  { company: { regularWorkers: 27, location: { sigungu: "영천시" } } },
  { company: { regularWorkers: 40, location: { sigungu: "영천시" } } },
  { company: { regularWorkers: 26, location: { sigungu: "포항시" } } },
  { company: { location: { sigungu: "영천시" } } },
  { company: { regularWorkers: 25 } },
];

describe("compareRules", () => {
  it("counts before × after and lists every changed subject in input order with the conditions that flipped it", () => {
    const comparison = compareRules({ all: [inYeongcheon, workers(30)] }, { all: [inYeongcheon, workers(25)] }, facts, { asOf: "2025-01-01" });
    expect(comparison.total).toBe(5);
    expect(comparison.counts).toEqual({
      eligible: { eligible: 1, ineligible: 0, undetermined: 0 },
      ineligible: { eligible: 1, ineligible: 1, undetermined: 1 },
      undetermined: { eligible: 0, ineligible: 0, undetermined: 1 },
    });
    expect(comparison.changed.map(({ index, before, after }) => ({ index, before, after }))).toEqual([
      { index: 0, before: "ineligible", after: "eligible" },
      { index: 4, before: "ineligible", after: "undetermined" }, // 25 workers no longer fails; the place is unknown
    ]);
    const [change] = comparison.changed[0]!.conditions!;
    expect(comparison.changed[0]!.conditions).toHaveLength(1);
    expect(change).toMatchObject({ key: "workers", path: "all[1]", fact: "company.regularWorkers", before: { outcome: "failed", actual: 27, value: 30 }, after: { outcome: "passed", actual: 27, value: 25 } });
    expect(explainChange(change!, "en")).toEqual(["before: 27 regular workers, 3 below the threshold of 30 or more", "after: 27 regular workers, meeting the threshold of 25 or more"]);
    expect(explainChange(change!)).toEqual(["변경 전: 상시근로자 수 27명으로 기준(30명 이상)에 3명 미달합니다", "변경 후: 상시근로자 수 27명으로 기준(25명 이상)을 충족합니다"]);
  });

  it("pairs conditions by fact when they have no id (also across regrouping), and reports conditions added or removed", () => {
    const baseline: Rule = { all: [{ fact: "x", op: "gte", value: 3 }, { fact: "y", op: "eq", value: true }, { fact: "x", op: "lt", value: 9 }] };
    const reform: Rule = { all: [{ any: [{ fact: "x", op: "gte", value: 2 }, { fact: "w", op: "exists" }] }, { fact: "z", op: "exists" }, { fact: "x", op: "lt", value: 10 }] };
    const { changed } = compareRules(baseline, reform, [{ x: 2, y: true }, { x: 5, y: false, z: 1 }, { x: 2, y: true, z: 0 }, { x: 9, y: true, z: 0 }]);
    expect(changed.map((c) => [c.index, c.before, c.after, c.conditions!.map((k) => [k.key, k.path, k.before?.outcome ?? "-", k.after?.outcome ?? "-"])])).toEqual([
      // z is new and met: listed; w is new but an alternative that did not decide: not listed
      [1, "ineligible", "eligible", [["z", "all[1]", "-", "passed"], ["y", "all[1]", "failed", "-"]]],
      [2, "ineligible", "eligible", [["x", "all[0].any[0]", "failed", "passed"], ["z", "all[1]", "-", "passed"]]],
      [3, "ineligible", "eligible", [["z", "all[1]", "-", "passed"], ["x#2", "all[2]", "failed", "passed"]]],
    ]);
    const { changed: removed } = compareRules({ all: [{ id: "a", fact: "x", op: "gte", value: 3 }, { id: "b", fact: "y", op: "exists" }] }, { all: [{ id: "a", fact: "x", op: "gte", value: 3 }] }, [{ x: 4 }]);
    expect(removed[0]!.conditions).toEqual([{ key: "b", path: "all[1]", fact: "y", before: expect.objectContaining({ outcome: "failed" }) }]);
    expect(explainChange(removed[0]!.conditions![0]!, "en")[1]).toBe("after: no such condition");
    expect(explainChange(removed[0]!.conditions![0]!, "ko")[1]).toBe("변경 후: 해당 조건 없음");
    const { changed: added } = compareRules({ fact: "x", op: "exists" }, { all: [{ fact: "x", op: "exists" }, { not: { fact: "listed", op: "eq", value: true } }] }, [{ x: 1, listed: true }]);
    expect(added[0]!.conditions).toEqual([{ key: "listed", path: "all[1].not", fact: "listed", after: expect.objectContaining({ outcome: "passed" }), negated: true }]);
    expect(explainChange(added[0]!.conditions![0]!, "en")[0]).toBe("before: no such condition");
    expect(explainChange(added[0]!.conditions![0]!, "en")[1]).toMatch(/^after: /);
  });

  it("gives an empty list when only the structure changed, and none with conditions: false", () => {
    const a: Rule = { all: [{ fact: "x", op: "exists" }, { fact: "y", op: "exists" }] };
    const b: Rule = { any: [{ fact: "x", op: "exists" }, { fact: "y", op: "exists" }] };
    expect(compareRules(a, b, [{ x: 1 }]).changed).toEqual([{ index: 0, before: "ineligible", after: "eligible", conditions: [] }]);
    expect(compareRules(a, b, [{ x: 1 }], { conditions: false }).changed).toEqual([{ index: 0, before: "ineligible", after: "eligible" }]);
  });

  it("reads any iterable once and passes asOf to derived facts", () => {
    function* companies() {
      yield { company: { foundedOn: "2022-03-01" } };
      yield { company: { foundedOn: "2020-03-01" } };
    }
    const comparison = compareRules({ fact: "company.ageInYears", op: "lt", value: 3 }, { fact: "company.ageInYears", op: "lt", value: 5 }, companies(), { asOf: "2025-06-01" });
    expect(comparison.changed.map((c) => c.index)).toEqual([0]);
    expect(comparison.changed[0]!.conditions![0]!.before!.derivation!.value).toBe(3);
    expect(comparison.changed[0]!.conditions![0]!.path).toBe("");
    expect(compareRules({ fact: "x", op: "exists" }, { fact: "x", op: "exists" }, [])).toEqual({ total: 0, counts: { eligible: { eligible: 0, ineligible: 0, undetermined: 0 }, ineligible: { eligible: 0, ineligible: 0, undetermined: 0 }, undetermined: { eligible: 0, ineligible: 0, undetermined: 0 } }, changed: [] });
  });

  it("refuses bad rules as compileRule does, before reading any subject", () => {
    let read = false;
    const items = { *[Symbol.iterator]() { read = true; yield {}; } };
    try {
      compareRules({ fact: "x", op: "like" } as unknown as Rule, { fact: "x", op: "exists" }, items);
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "INVALID_RULE")).toBe(true);
    }
    expect(read).toBe(false);
  });

  it("property: counts and changes agree with two compiled rules judged separately", () => {
    const threshold = fc.integer({ min: 0, max: 40 });
    const subject = fc.record({ company: fc.record({ regularWorkers: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }), location: fc.record({ sigungu: fc.constantFrom("영천시", "포항시") }) }, { requiredKeys: [] }) });
    fc.assert(
      fc.property(threshold, threshold, fc.constantFrom("gte", "lt"), fc.array(subject, { maxLength: 30 }), (a, b, op, items) => {
        const baseline: Rule = { all: [inYeongcheon, { fact: "company.regularWorkers", op, value: a }] };
        const reform: Rule = { any: [inYeongcheon, { fact: "company.regularWorkers", op: "gte", value: b }] };
        const comparison = compareRules(baseline, reform, items);
        const before = items.map((item) => compileRule(baseline)(item));
        const after = items.map((item) => compileRule(reform)(item));
        const counts: Record<string, Record<string, number>> = {};
        for (const x of ["eligible", "ineligible", "undetermined"] as Outcome[]) {
          counts[x] = { eligible: 0, ineligible: 0, undetermined: 0 };
        }
        before.forEach((x, i) => counts[x]![after[i]!]!++);
        expect(comparison.counts).toEqual(counts);
        expect(comparison.total).toBe(items.length);
        expect(comparison.changed.map((c) => [c.index, c.before, c.after])).toEqual(before.flatMap((x, i) => (x === after[i] ? [] : [[i, x, after[i]]])));
        for (const change of comparison.changed) for (const condition of change.conditions!) expect(condition.before?.outcome).not.toBe(condition.after?.outcome);
      }),
      { numRuns: 200 },
    );
  });
});

describe("compareProgramDates and comparePrograms", () => {
  const sme: ProgramRules = { id: "sme-only", eligibility: [{ validFrom: "2020-01-01", value: { id: "sme", fact: "company.smeSize", op: "in", value: ["small", "medium"] } }] };
  const food = { ksic: "C10", averageRevenue: krw("110000000000"), totalAssets: krw("100000000000") };

  it("finds who flips the day the 2025-09-01 SME size table takes effect, with the derived value before and after", () => {
    const comparison = compareProgramDates(sme, [food, { ...food, averageRevenue: krw("50000000000") }], { asOf: "2025-08-31", vs: "2025-09-01" });
    expect(comparison.counts.ineligible.eligible).toBe(1);
    expect(comparison.counts.eligible.eligible).toBe(1);
    const [change] = comparison.changed;
    expect(change).toMatchObject({ index: 0, before: "ineligible", after: "eligible" });
    expect(change!.conditions![0]).toMatchObject({ key: "sme", before: { actual: "not-sme", outcome: "failed" }, after: { actual: "medium", outcome: "passed" } });
    const hash = ruleHash(sme.eligibility[0]!.value);
    expect(comparison.baseline).toEqual({ programId: "sme-only", validFrom: "2020-01-01", ruleHash: hash, asOf: "2025-08-31" });
    expect(comparison.reform).toEqual({ programId: "sme-only", validFrom: "2020-01-01", ruleHash: hash, asOf: "2025-09-01" });
  });

  it("uses each date's rule version (two rounds of one programme)", () => {
    const rounds: ProgramRules = {
      id: "rounds",
      eligibility: [
        { validFrom: "2025-01-01", value: { id: "w", fact: "company.regularWorkers", op: "gte", value: 30 } },
        { validFrom: "2026-01-01", value: { id: "w", fact: "company.regularWorkers", op: "gte", value: 25 } },
      ],
    };
    const comparison = compareProgramDates(rounds, [{ regularWorkers: 27 }, { regularWorkers: 20 }], { asOf: "2025-06-01", vs: new Date("2026-06-01T00:00:00+09:00") });
    expect(comparison.changed.map((c) => c.index)).toEqual([0]);
    expect([comparison.baseline.validFrom, comparison.reform.validFrom]).toEqual(["2025-01-01", "2026-01-01"]);
    expect(comparison.reform.asOf).toBe("2026-06-01");
    expect(comparison.baseline.ruleHash).not.toBe(comparison.reform.ruleHash);
  });

  it("comparePrograms judges two programme records on one date", () => {
    const program = programs.find((p) => p.id === "yeongcheon-high-value-conversion")!;
    const baselineRule = program.eligibility[0]!.value as Rule & { all: readonly Rule[] };
    const draft: ProgramRules = { id: program.id, eligibility: [{ validFrom: "2026-01-01", value: { ...baselineRule, all: baselineRule.all.map((c) => ("fact" in c && c.fact === "company.regularWorkers" ? { ...c, value: 20 } : c)) } }] };
    const company = { location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29199", averageRevenue: krw("8000000000"), totalAssets: krw("5000000000"), regularWorkers: 22 };
    const comparison = comparePrograms(program, draft, [company, { ...company, regularWorkers: 35 }], { asOf: "2026-01-22" });
    expect(comparison.counts.ineligible.eligible).toBe(1);
    expect(comparison.counts.eligible.eligible).toBe(1);
    expect(comparison.changed[0]!.conditions!.map((c) => c.key)).toEqual(["regular-workers-30-or-more"]);
    expect(comparison.baseline).toMatchObject({ programId: program.id, validFrom: "2019-01-01", asOf: "2026-01-22" });
    expect(comparison.reform).toMatchObject({ programId: program.id, validFrom: "2026-01-01", asOf: "2026-01-22" });
    expect(comparePrograms(program, draft, [company], { asOf: "2026-01-22", conditions: false }).changed).toEqual([{ index: 0, before: "ineligible", after: "eligible" }]);
  });

  it("throws VALIDATION for a bad date or when no version is in force", () => {
    expect(() => compareProgramDates(sme, [], { asOf: "2025-13-01", vs: "2025-09-01" })).toThrow(/options\.asOf/);
    expect(() => compareProgramDates(sme, [], { asOf: "2025-08-01", vs: "bad" })).toThrow(/options\.vs/);
    expect(() => compareProgramDates(sme, [], { asOf: "2019-08-01", vs: "2025-09-01" })).toThrow('program "sme-only": no eligibility rule version in force on 2019-08-01 (versions: 2020-01-01)');
  });
});
