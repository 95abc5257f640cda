import { describe, expect, it } from "vitest";
import { compileRule, evaluate, explain, factCatalogue, parseRule } from "../../src/index.js";

const closedOn = (date: string) => ({ representative: { previousBusiness: { closedOn: date } } });

describe("representative.monthsSinceClosure / yearsSinceClosure (민법 제158조·제160조: full months and years)", () => {
  const rule = { fact: "representative.monthsSinceClosure", op: "gte", value: 1 } as const;
  it.each([
    ["2023-12-29", "2024-01-29", "eligible"],
    ["2023-12-30", "2024-01-29", "ineligible"],
    ["2024-01-31", "2024-02-29", "eligible"], // no 31 February: the month ends on its last day
    ["2024-01-31", "2024-02-28", "ineligible"],
  ] as const)("closed %s, judged %s: %s", (closed, asOf, outcome) => {
    expect(evaluate(rule, closedOn(closed), { asOf }).outcome).toBe(outcome);
    expect(compileRule(rule)(closedOn(closed), { asOf })).toBe(outcome);
  });

  it("counts years like 만 나이 and explains in months", () => {
    expect(evaluate({ fact: "representative.yearsSinceClosure", op: "gte", value: 3 }, closedOn("2021-01-29"), { asOf: "2024-01-29" }).outcome).toBe("eligible");
    expect(evaluate({ fact: "representative.yearsSinceClosure", op: "gte", value: 3 }, closedOn("2021-01-30"), { asOf: "2024-01-29" }).outcome).toBe("ineligible");
    expect(explain(evaluate(rule, closedOn("2024-01-10"), { asOf: "2024-01-29" }))).toEqual(["이전 사업 폐업 후 경과 개월 수 0개월(민법 제158조·제160조)로 기준(1개월 이상)에 1개월 미달합니다"]);
  });

  it("a closure after the date is not a value: the fact is missing", () => {
    expect(evaluate(rule, closedOn("2024-03-01"), { asOf: "2024-01-29" }).missing).toEqual(["representative.monthsSinceClosure"]);
  });
});

describe("representative.sameIndustryAsClosed (중소기업창업 지원법 시행령 제2조: 같은 종류 = KSIC 세세분류)", () => {
  const same = { fact: "representative.sameIndustryAsClosed", op: "eq", value: true } as const;
  it("compares the five-digit sub-classes, ignoring the section letter", () => {
    expect(evaluate(same, { company: { ksic: "C29199" }, representative: { previousBusiness: { ksic: "29199" } } }).outcome).toBe("eligible");
    expect(evaluate(same, { company: { ksic: "C29199" }, representative: { previousBusiness: { ksic: "C29194" } } }).outcome).toBe("ineligible");
  });
  it("cannot tell from a shorter code: the fact is missing", () => {
    expect(evaluate(same, { company: { ksic: "C29" }, representative: { previousBusiness: { ksic: "C29199" } } }).outcome).toBe("undetermined");
  });
});

describe("the facts the national programmes ask are typed", () => {
  it("with labels and units, and parseRule refuses mistyped values", () => {
    expect(factCatalogue["company.rndSpendingShare"]).toMatchObject({ type: "number", unit: { ko: "%" } });
    expect(factCatalogue["company.headOffice.regionCode"].type).toBe("enum");
    expect(factCatalogue["company.deepTechField"].values).toEqual(["big-data-ai", "bio-health", "future-mobility", "eco-energy", "robotics"]);
    expect(() => parseRule({ fact: "company.taxArrears", op: "eq", value: "no" })).toThrow(expect.objectContaining({ code: "INVALID_RULE" }));
    expect(() => parseRule({ fact: "company.deepTechField", op: "eq", value: "ai" })).toThrow(expect.objectContaining({ code: "INVALID_RULE" }));
    expect(() => parseRule({ fact: "representative.previousBusiness.closedOn", op: "lt", value: "2024-1-1" })).toThrow(expect.objectContaining({ code: "INVALID_RULE" }));
  });
});
