// Whole derivation traces (src/eligibility/derived-facts.ts): the citation and table versions in force on asOf, the
// inputs read, dependsOn, tables only when a value was computed, missingAsOf and missingInputs, the or-fallback, and one
// derivation per fact per evaluation (memoised).
import { describe, expect, it } from "vitest";
import { evaluate, type ConditionTrace, type GroupTrace, type Rule } from "../../src/index.js";

const MICRO_STATUTE = {
  law: { ko: "소상공인기본법 · 같은 법 시행령", en: "Framework Act on Small Enterprises and Microenterprises and its Enforcement Decree" },
  article: "법 제2조, 시행령 제3조",
  validFrom: "2021-02-05",
  url: "https://www.law.go.kr/법령/소상공인기본법",
};
const smeStatute = (validFrom: string) => ({
  law: { ko: "중소기업기본법 시행령", en: "Enforcement Decree of the Framework Act on Small and Medium Enterprises" },
  article: "제3조·제8조, 별표1·별표3",
  validFrom,
  url: "https://www.law.go.kr/법령/중소기업기본법시행령",
});
const SME_INPUTS = ["company.inListedGroup", "company.ksic", "company.averageRevenue", "company.totalAssets", "company.seatManufacturing"];
const MICRO_INPUTS = ["company.ksic", "company.regularWorkers", "company.smeSize"];

const rule: Rule = { all: [{ fact: "company.isMicroEnterprise", op: "eq", value: false }, { fact: "company.smeSize", op: "eq", value: "small" }] };
const company = { ksic: "C29111", averageRevenue: { amount: "5000000000", currency: "KRW" }, totalAssets: { amount: "1000000000", currency: "KRW" }, regularWorkers: 12 };
const derivations = (asOf?: string) => {
  const trace = evaluate(rule, { company }, asOf === undefined ? undefined : { asOf }).trace as GroupTrace;
  return (trace.children as ConditionTrace[]).map((child) => child.derivation);
};

describe("derivation traces", () => {
  it("cite the table versions in force on asOf and record dependsOn; a fact is derived once per evaluation", () => {
    const [micro, sme] = derivations("2025-09-01");
    const smeTrace = { fact: "company.smeSize", statute: smeStatute("2025-09-01"), inputs: SME_INPUTS, asOf: "2025-09-01", tables: { "sme-size": "2025-09-01" }, value: "small" };
    expect(micro).toEqual({ fact: "company.isMicroEnterprise", statute: MICRO_STATUTE, inputs: MICRO_INPUTS, asOf: "2025-09-01", tables: { "micro-enterprise": "2021-02-05" }, dependsOn: [smeTrace], value: false });
    expect(sme).toEqual(smeTrace);
    expect(sme).toBe(micro!.dependsOn![0]);
  });

  it("keep the older SME table's citation for an earlier asOf, and give no tables when the value could not be computed", () => {
    const [micro, sme] = derivations("2020-01-01");
    expect(sme).toEqual({ fact: "company.smeSize", statute: smeStatute("2016-01-01"), inputs: SME_INPUTS, asOf: "2020-01-01", tables: { "sme-size": "2016-01-01" }, value: "small" });
    expect(micro).toEqual({
      fact: "company.isMicroEnterprise",
      statute: MICRO_STATUTE,
      inputs: MICRO_INPUTS,
      asOf: "2020-01-01",
      dependsOn: [sme],
      error: 'asOf: expected a date on or after 2021-02-05 (소상공인기본법 in force): no 소상공인 thresholds are encoded for 2020-01-01, received "2020-01-01"',
    });
  });

  it("say missingAsOf without a date, and list the derived input that is missing because of it", () => {
    const [micro, sme] = derivations();
    const smeTrace = { fact: "company.smeSize", statute: smeStatute("2025-09-01"), inputs: SME_INPUTS, missingAsOf: true };
    expect(sme).toEqual(smeTrace);
    expect(micro).toEqual({ fact: "company.isMicroEnterprise", statute: MICRO_STATUTE, inputs: MICRO_INPUTS, dependsOn: [smeTrace], missingInputs: ["company.smeSize"] });
  });

  it("list both paths of an input with a fallback, read the fallback when the first is absent, and date the youth table", () => {
    const youth = (facts: object) => (evaluate({ fact: "representative.isYouth", op: "eq", value: true }, facts, { asOf: "2025-01-01" }).trace as ConditionTrace).derivation;
    const statute = { law: { ko: "중소기업창업 지원법", en: "Support for Small and Medium Enterprise Establishment Act" }, article: "제2조", url: "https://www.law.go.kr/법령/중소기업창업지원법" };
    const inputs = ["representative.birthDate", "company.representative.birthDate"];
    expect(youth({ representative: { birthDate: "1990-01-01" } })).toEqual({ fact: "representative.isYouth", statute, inputs, asOf: "2025-01-01", tables: { "youth-age": "2016-05-29" }, value: true });
    expect(youth({ company: { representative: { birthDate: "1980-01-01" } } })).toMatchObject({ value: false });
    expect(youth({ representative: { birthDate: null }, company: { representative: { birthDate: "1990-01-01" } } })).toMatchObject({ value: true });
    expect(youth({ representative: { birthDate: "1980-01-01" }, company: { representative: { birthDate: "1990-01-01" } } })).toMatchObject({ value: false });
    expect(youth({})).toEqual({ fact: "representative.isYouth", statute, inputs, asOf: "2025-01-01", missingInputs: ["representative.birthDate"] });
  });

  it("settle smeSize from the listed-group fact before reading the inputs, only when it is exactly true", () => {
    const size = (facts: object) => (evaluate({ fact: "company.smeSize", op: "eq", value: "not-sme" }, facts, { asOf: "2025-09-01" }).trace as ConditionTrace).derivation;
    expect(size({ company: { inListedGroup: true } })).toEqual({ fact: "company.smeSize", statute: smeStatute("2025-09-01"), inputs: SME_INPUTS, asOf: "2025-09-01", tables: { "sme-size": "2025-09-01" }, value: "not-sme" });
    expect(size({ company: { inListedGroup: "true" } })).toMatchObject({ missingInputs: ["company.ksic", "company.averageRevenue", "company.totalAssets"] });
    expect(size({ company: { ...company, inListedGroup: false } })).toMatchObject({ value: "small" });
  });

  it("give no asOf for a fact that does not depend on the date", () => {
    const workers = (evaluate({ fact: "company.regularWorkers", op: "gte", value: 1 }, { company: { monthEndHeadcounts: [{ fullTime: 3 }] } }, { asOf: "2025-01-01" }).trace as ConditionTrace).derivation;
    expect(workers).not.toHaveProperty("asOf");
    expect(workers).not.toHaveProperty("tables");
  });
});

describe("table versions", () => {
  it("are not recorded when no version of the table is in force (the formula refuses the date)", () => {
    const trace = (evaluate({ fact: "representative.isYouth", op: "eq", value: true }, { representative: { birthDate: "1980-01-01" } }, { asOf: "2010-01-01" }).trace as ConditionTrace).derivation!;
    expect(trace.error).toMatch(/^asOf: expected a date on or after 2016-05-29/);
    expect(trace).not.toHaveProperty("tables");
    expect(trace).not.toHaveProperty("value");
  });
});
