import { describe, expect, it } from "vitest";
import { evaluateProgram, explain, isTechnoparkError, ruleInForce, type ProgramRules } from "../../src/index.js";
import { sampleCompanies, yeongcheonRule } from "./fixtures.js";

const program: ProgramRules = {
  id: "demo-programme",
  eligibility: [
    { validFrom: "2021-01-01", validTo: "2023-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 50 } },
    { validFrom: "2023-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 30 } },
  ],
};

describe("evaluateProgram: effective-dated rule versions", () => {
  it("picks the version in force on asOf and reports it", () => {
    const company = { id: "c", name: { ko: "가" }, regularWorkers: 40 };
    const old = evaluateProgram(program, company, { asOf: "2022-12-31" });
    expect(old).toMatchObject({ outcome: "ineligible", ruleVersion: { programId: "demo-programme", validFrom: "2021-01-01", validTo: "2023-01-01" } });
    const current = evaluateProgram(program, company, { asOf: "2023-01-01" });
    expect(current).toMatchObject({ outcome: "eligible", missing: [], ruleVersion: { programId: "demo-programme", validFrom: "2023-01-01" } });
    expect(current.ruleVersion).not.toHaveProperty("validTo");
  });

  it("throws VALIDATION naming the programme and the date when no version is in force", () => {
    try {
      evaluateProgram(program, {}, { asOf: "2020-12-31" });
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect((error as Error).message).toBe('program "demo-programme": no eligibility rule version in force on 2020-12-31 (versions: 2021-01-01..2023-01-01, 2023-01-01)');
    }
    expect(() => ruleInForce({ id: "empty", eligibility: [] }, "2024-01-01")).toThrow('program "empty": no eligibility rule version in force on 2024-01-01 (versions: none)');
  });

  it("passes the representative for representative.isYouth (중소기업창업 지원법 제2조) and dates derived facts with asOf", () => {
    const youth: ProgramRules = { id: "youth", eligibility: [{ validFrom: "2024-01-01", value: { all: [{ fact: "representative.isYouth", op: "eq", value: true }, { fact: "company.startupStage", op: "in", value: ["early", "leap"] }] } }] };
    const company = { id: "s", name: { ko: "나" }, foundedOn: "2022-06-01" };
    expect(evaluateProgram(youth, company, { asOf: "2024-06-01", representative: { birthDate: "1990-01-01" } }).outcome).toBe("eligible");
    expect(evaluateProgram(youth, company, { asOf: "2024-06-01", representative: { birthDate: "1980-01-01" } }).outcome).toBe("ineligible");
    expect(evaluateProgram(youth, company, { asOf: "2024-06-01" })).toMatchObject({ outcome: "undetermined", missing: ["representative.isYouth"] });
  });

  it("judges the three sample companies for both Yeongcheon rules", () => {
    const programs = (["gte", "lt"] as const).map((w) => ({ id: w, eligibility: [{ validFrom: "2022-01-01", value: yeongcheonRule(w) }] }));
    const outcomes = programs.map((p) => Object.values(sampleCompanies).map((c) => evaluateProgram(p, c, { asOf: "2025-03-01" }).outcome));
    expect(outcomes).toEqual([
      ["eligible", "ineligible", "undetermined"],
      ["ineligible", "eligible", "undetermined"],
    ]);
    expect(explain(evaluateProgram(programs[0]!, sampleCompanies.twentyNineAndHalf, { asOf: "2025-03-01" }))).toEqual([
      "상시근로자 수 29.5명(소상공인기본법 시행령 제3조)으로 기준(30명 이상)에 0.5명 미달합니다",
    ]);
  });
});

describe("the programme records of technopark/data", () => {
  it("judge the three sample companies: Yeongcheon high-value (≥ 30) and innovative technology (< 30)", async () => {
    const { programs } = await import("../../src/data/index.js");
    const find = (id: string) => programs.find((p) => p.id === id)!;
    const highValue = find("yeongcheon-high-value-conversion");
    const innovative = find("yeongcheon-innovative-technology");
    const judge = (p: ProgramRules, c: object) => evaluateProgram(p, c, { asOf: "2022-12-08" });
    expect(Object.values(sampleCompanies).map((c) => judge(highValue, c).outcome)).toEqual(["eligible", "ineligible", "undetermined"]);
    expect(Object.values(sampleCompanies).map((c) => judge(innovative, c).outcome)).toEqual(["ineligible", "eligible", "undetermined"]);
    const result = judge(highValue, sampleCompanies.twentyNineAndHalf);
    expect(result.ruleVersion.programId).toBe("yeongcheon-high-value-conversion");
    expect(explain(result)).toEqual(["상시근로자 수 29.5명(소상공인기본법 시행령 제3조)으로 기준(30명 이상)에 0.5명 미달합니다"]);
    expect(explain(result, "en")).toEqual([
      "29.5 regular workers (Enforcement Decree of the Framework Act on Small Enterprises and Microenterprises, Art. 3), 0.5 below the threshold of 30 or more",
    ]);
    expect(judge(highValue, sampleCompanies.unknown).missing).toEqual(["company.regularWorkers"]);
  });

  it("judge a youth start-up in Seoul's south-west (modelled on the 14-party agreement, 2024-10-23)", async () => {
    const { programs } = await import("../../src/data/index.js");
    const youth = programs.find((p) => p.id === "seoul-southwest-youth-startup")!;
    const company = { id: "y", name: { ko: "다" }, location: { regionCode: "11", sigungu: "구로구" }, foundedOn: "2023-03-01" };
    const asOf = "2025-01-15";
    expect(evaluateProgram(youth, company, { asOf, representative: { birthDate: "1995-05-05" } }).outcome).toBe("eligible");
    expect(evaluateProgram(youth, { ...company, location: { regionCode: "11", sigungu: "강남구" } }, { asOf, representative: { birthDate: "1995-05-05" } }).outcome).toBe("ineligible");
    expect(evaluateProgram(youth, { ...company, foundedOn: "2015-01-01" }, { asOf, representative: { birthDate: "1995-05-05" } }).outcome).toBe("ineligible");
    expect(evaluateProgram(youth, company, { asOf }).missing).toEqual(["representative.isYouth"]);
    expect(() => evaluateProgram(youth, company, { asOf: "2024-10-22" })).toThrow(/no eligibility rule version in force on 2024-10-22/);
  });
});
