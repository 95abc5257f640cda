import { describe, expect, it } from "vitest";
import { citations, compileRule, factCatalogue, evaluate, money, type ConditionTrace, type Rule } from "../../src/index.js";

const months = (fullTime: number, partTime60h = 0) =>
  Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, "0")}`, fullTime, partTime60h }));
const conditionTrace = (rule: Rule, facts: object, asOf?: string) => {
  const result = evaluate(rule, facts, asOf === undefined ? {} : { asOf });
  expect(compileRule(rule)(facts, asOf === undefined ? {} : { asOf })).toBe(result.outcome);
  return { result, trace: result.trace as ConditionTrace };
};

describe("derived facts, computed lazily by the statutes as of options.asOf", () => {
  it("company.regularWorkers from month-end headcounts (소상공인기본법 시행령 제3조): 29 full-time + 1 part-timer ≥ 60 h = 29.5", () => {
    const { result, trace } = conditionTrace({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: { monthEndHeadcounts: months(29, 1) } });
    expect(result.outcome).toBe("ineligible");
    expect(trace.actual).toBe(29.5);
    expect(trace.source).toBe("derived");
    expect(trace.derivation).toEqual({
      fact: "company.regularWorkers",
      statute: citations.regularWorkerCount,
      inputs: ["company.monthEndHeadcounts"],
      value: 29.5,
    });
  });

  it("a path given explicitly wins over its derivation", () => {
    const { trace } = conditionTrace({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: { regularWorkers: 30, monthEndHeadcounts: months(1) } });
    expect(trace).toMatchObject({ outcome: "passed", actual: 30, source: "given" });
    expect(trace.derivation).toBeUndefined();
  });

  it("missing inputs leave the derived fact missing: the result lists the rule's fact path, the trace the inputs", () => {
    const { result, trace } = conditionTrace({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: {} });
    expect(result).toMatchObject({ outcome: "undetermined", missing: ["company.regularWorkers"] });
    expect(trace.derivation).toMatchObject({ missingInputs: ["company.monthEndHeadcounts"] });
  });

  it("a derivation that throws (empty headcounts) makes the fact undeterminable, with the statute's message in the trace", () => {
    const { result, trace } = conditionTrace({ fact: "company.regularWorkers", op: "lt", value: 30 }, { company: { monthEndHeadcounts: [] } });
    expect(result).toMatchObject({ outcome: "undetermined", missing: ["company.regularWorkers"] });
    expect(trace.derivation?.error).toMatch(/^monthEnds: /);
  });

  it("company.smeSize (중소기업기본법 시행령 별표1·별표3) needs asOf: without it the fact is missing and the clock is never read", () => {
    const company = { ksic: "C29", averageRevenue: money("10000000000", "KRW"), totalAssets: money("10000000000", "KRW") };
    const rule: Rule = { fact: "company.smeSize", op: "in", value: ["small", "medium"] };
    const without = conditionTrace(rule, { company });
    expect(without.result).toMatchObject({ outcome: "undetermined", missing: ["company.smeSize"] });
    expect(without.trace.derivation).toMatchObject({ missingAsOf: true });
    const dated = conditionTrace(rule, { company }, "2025-09-01");
    expect(dated.trace).toMatchObject({ outcome: "passed", actual: "small", source: "derived" });
    expect(dated.trace.derivation).toMatchObject({ asOf: "2025-09-01", statute: citations.classifySme });
  });

  it("company.smeSize is not-sme for a member of a 공시대상기업집단, without revenue data or a date", () => {
    const { trace } = conditionTrace({ fact: "company.smeSize", op: "eq", value: "not-sme" }, { company: { inListedGroup: true } });
    expect(trace).toMatchObject({ outcome: "passed", actual: "not-sme" });
  });

  it("company.isMicroEnterprise uses the derived regular workers and SME size, recorded in dependsOn", () => {
    const company = { ksic: "C29", monthEndHeadcounts: months(5), averageRevenue: money("1000000000", "KRW"), totalAssets: money("1000000000", "KRW") };
    const { trace } = conditionTrace({ fact: "company.isMicroEnterprise", op: "eq", value: true }, { company }, "2025-03-01");
    expect(trace).toMatchObject({ outcome: "passed", actual: true, source: "derived" });
    expect(trace.derivation?.dependsOn?.map((d) => [d.fact, d.value])).toEqual([
      ["company.regularWorkers", 5],
      ["company.smeSize", "small"],
    ]);
  });

  it("company.isMicroEnterprise is missing while its SME size is unknown", () => {
    const { result, trace } = conditionTrace({ fact: "company.isMicroEnterprise", op: "eq", value: false }, { company: { ksic: "C29", regularWorkers: 50 } }, "2025-03-01");
    expect(result.outcome).toBe("undetermined");
    expect(trace.derivation?.missingInputs).toEqual(["company.smeSize"]);
  });

  it("company.startupStage (중소기업창업 지원법 제2조): the third anniversary moves early → leap; no foundedOn is missing, not pre-startup", () => {
    const rule: Rule = { fact: "company.startupStage", op: "eq", value: "early" };
    expect(conditionTrace(rule, { company: { foundedOn: "2022-03-02" } }, "2025-03-01").result.outcome).toBe("eligible");
    expect(conditionTrace(rule, { company: { foundedOn: "2022-03-01" } }, "2025-03-01").trace.actual).toBe("leap");
    expect(conditionTrace(rule, { company: {} }, "2025-03-01").result).toMatchObject({ outcome: "undetermined", missing: ["company.startupStage"] });
  });

  it("a founding date after asOf is a derivation error, so the stage is undeterminable", () => {
    const { result, trace } = conditionTrace({ fact: "company.startupStage", op: "eq", value: "early" }, { company: { foundedOn: "2026-01-01" } }, "2025-03-01");
    expect(result.outcome).toBe("undetermined");
    expect(trace.derivation?.error).toBeTypeOf("string");
    const age = conditionTrace({ fact: "company.ageInYears", op: "gte", value: 0 }, { company: { foundedOn: "2026-01-01" } }, "2025-03-01");
    expect(age.trace.derivation?.error).toBe("company.foundedOn 2026-01-01 is after asOf 2025-03-01");
  });

  it("company.ageInYears counts full years (민법 제158조·제160조)", () => {
    const rule: Rule = { fact: "company.ageInYears", op: "gte", value: 7 };
    expect(conditionTrace(rule, { company: { foundedOn: "2018-03-01" } }, "2025-02-28").trace.actual).toBe(6);
    expect(conditionTrace(rule, { company: { foundedOn: "2018-03-01" } }, "2025-03-01").result.outcome).toBe("eligible");
  });

  it("company.ksicSection from the KSIC code, with no date needed", () => {
    const { trace } = conditionTrace({ fact: "company.ksicSection", op: "eq", value: "C" }, { company: { ksic: "29199" } });
    expect(trace).toMatchObject({ outcome: "passed", actual: "C", source: "derived" });
    expect(trace.derivation?.statute).toEqual(citations.ksicSection);
  });

  it("representative.isYouth (중소기업창업 지원법 제2조: 39 or under) from representative.birthDate, else company.representative.birthDate", () => {
    const rule: Rule = { fact: "representative.isYouth", op: "eq", value: true };
    expect(conditionTrace(rule, { representative: { birthDate: "1985-03-15" } }, "2025-03-14").trace.actual).toBe(true);
    expect(conditionTrace(rule, { representative: { birthDate: "1985-03-15" } }, "2025-03-15").trace.actual).toBe(false);
    expect(conditionTrace(rule, { company: { representative: { birthDate: "1990-01-01" } } }, "2025-03-15").result.outcome).toBe("eligible");
    expect(conditionTrace(rule, { representative: { isYouth: false, birthDate: "1990-01-01" } }, "2025-03-15").trace).toMatchObject({ actual: false, source: "given" });
    expect(conditionTrace(rule, {}, "2025-03-15").trace.derivation?.missingInputs).toEqual(["representative.birthDate"]);
  });

  it("derives only what a rule asks for (a bad KSIC code does not matter to a rule on workers)", () => {
    const { result } = conditionTrace({ fact: "company.regularWorkers", op: "gte", value: 1 }, { company: { ksic: "not a code", regularWorkers: 3 } });
    expect(result.outcome).toBe("eligible");
    expect(JSON.stringify(result.trace)).not.toContain("ksic");
  });

  it("lists each derived fact with its statute and date dependence", () => {
    const derived = Object.entries(factCatalogue).flatMap(([fact, definition]) => ("derived" in definition ? [{ fact, ...definition.derived }] : []));
    expect(derived.map((d) => d.fact)).toEqual([
      "company.regularWorkers",
      "company.smeSize",
      "company.isMicroEnterprise",
      "company.startupStage",
      "company.ksicSection",
      "company.ageInYears",
      "representative.monthsSinceClosure",
      "representative.yearsSinceClosure",
      "representative.sameIndustryAsClosed",
      "representative.isYouth",
    ]);
    expect(derived.filter((d) => !d.needsAsOf).map((d) => d.fact)).toEqual(["company.regularWorkers", "company.ksicSection", "representative.sameIndustryAsClosed"]);
  });
});

describe("company.smeSize: the 별표1 seat exception (중소기업기본법 시행령 별표1, from 2025-09-01)", () => {
  const seatMaker = {
    ksic: "C31202",
    averageRevenue: { amount: "140000000000", currency: "KRW" },
    totalAssets: { amount: "10000000000", currency: "KRW" },
  };
  const rule = { fact: "company.smeSize", op: "eq", value: "medium" } as const;
  it("a railway-seat maker with 1,400억 원 revenue is an SME only when it says it makes seats", () => {
    expect(evaluate(rule, { company: { ...seatMaker, seatManufacturing: true } }, { asOf: "2025-09-01" }).outcome).toBe("eligible");
    expect(evaluate(rule, { company: seatMaker }, { asOf: "2025-09-01" }).outcome).toBe("ineligible");
  });
});
