import { describe, expect, it } from "vitest";
import { evaluateProgram, explain, isTechnoparkError, matchPrograms, openRounds, runFixture, type ProgramRules } from "../../src/index.js";
import { programs } from "../../src/data/index.js";

const early = programs.find((p) => p.id === "early-startup-package")!;
const startup = {
  ksic: "C29",
  averageRevenue: { amount: "300000000", currency: "KRW" },
  totalAssets: { amount: "500000000", currency: "KRW" },
  taxArrears: false,
  inDefault: false,
};

describe("reference dates: a round judges facts as of its 공고일 (2026 초기창업패키지 일반형, 2023-01-23 ~ 2026-01-22)", () => {
  it("founded 2023-01-23 is in, 2023-01-22 is out, applying on 2026-02-01; the result names 2026-01-22", () => {
    const inside = evaluateProgram(early, { ...startup, foundedOn: "2023-01-23" }, { asOf: "2026-02-01" });
    const outside = evaluateProgram(early, { ...startup, foundedOn: "2023-01-22" }, { asOf: "2026-02-01" });
    expect([inside.outcome, outside.outcome]).toEqual(["eligible", "ineligible"]);
    expect(inside.referenceDate).toBe("2026-01-22");
    expect(inside.ruleVersion).toEqual({ programId: "early-startup-package", validFrom: "2024-01-29", round: "2026-general" });
    expect(explain(outside)).toEqual(["업력 3년(민법 제158조·제160조)으로 기준(3년 미만)을 충족하지 못합니다"]);
  });

  it("judges at the application deadline where the announcement says so (창업성장기술개발)", () => {
    const rnd = programs.find((p) => p.id === "startup-growth-rnd")!;
    const result = evaluateProgram(rnd, { ...startup, foundedOn: "2018-05-07", previousYearRevenue: { amount: "1000000000", currency: "KRW" }, newIndustryField: false, barredFromNationalRnd: false }, { asOf: "2025-04-10" });
    expect(result.referenceDate).toBe("2025-05-07");
    expect(result.outcome).toBe("ineligible");
  });

  it("judges at asOf with the rule in force when no round is open, and keeps VALIDATION when no rule is", () => {
    expect(evaluateProgram(early, { ...startup, foundedOn: "2023-02-20" }, { asOf: "2026-02-14" }).referenceDate).toBe("2026-02-14");
    expect(() => evaluateProgram(early, startup, { asOf: "2020-01-01" })).toThrow(/no eligibility rule version in force on 2020-01-01/);
  });

  it("a named round is judged whatever the date; an unknown one throws VALIDATION naming the rounds", () => {
    expect(evaluateProgram(early, { ...startup, foundedOn: "2021-01-30" }, { asOf: "2026-06-01", round: "2024" }).referenceDate).toBe("2024-01-29");
    let error: unknown;
    try {
      evaluateProgram(early, startup, { asOf: "2026-02-01", round: "2025" });
    } catch (caught) {
      error = caught;
    }
    expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
    expect((error as Error).message).toBe('program "early-startup-package": no round "2025" (rounds: 2024, 2026-deep-tech, 2026-general)');
  });

  it("openRounds includes both ends of the application period", () => {
    expect(openRounds(early, "2026-01-22").map((r) => r.id)).toEqual(["2026-deep-tech"]);
    expect(openRounds(early, "2026-01-23").map((r) => r.id)).toEqual(["2026-deep-tech", "2026-general"]);
    expect(openRounds(early, "2026-01-27").map((r) => r.id)).toEqual(["2026-deep-tech", "2026-general"]);
    expect(openRounds(early, "2026-01-28").map((r) => r.id)).toEqual(["2026-general"]);
    expect(openRounds(early, "2026-02-13").map((r) => r.id)).toEqual(["2026-general"]);
    expect(openRounds(early, "2026-02-14")).toEqual([]);
  });
});

describe("matchPrograms", () => {
  const company = { ...startup, foundedOn: "2024-03-01" };

  it("lists the programmes open on asOf, eligible first, then undetermined, then ineligible, each with its reference date", () => {
    const matches = matchPrograms(company, { asOf: "2026-02-12", representative: { birthDate: "1994-05-01" } });
    expect(matches.map((m) => [m.programId, m.outcome, m.referenceDate, m.round?.id])).toEqual([
      ["early-startup-package", "eligible", "2026-01-22", "2026-general"],
      ["youth-startup-academy", "eligible", "2026-01-30", "2026-basic"],
      ["yeongcheon-high-value-conversion", "undetermined", "2026-02-12", undefined],
      ["yeongcheon-innovative-technology", "undetermined", "2026-02-12", undefined],
      ["seoul-southwest-youth-startup", "undetermined", "2026-02-12", undefined],
      ["regional-innovation-leader", "undetermined", "2026-01-29", "2026-rnd"],
    ]);
    expect(matches[5]!.missing).toEqual([
      "company.headOffice.regionCode",
      "company.inRegionalKeyIndustry",
      "company.rndSpendingShare",
      "company.previousYearRevenue",
      "company.largeCompanyAffiliate",
      "company.barredFromNationalRnd",
    ]);
  });

  it("puts the ineligible last, with their reasons, and leaves out programmes without an open round", () => {
    const old = { ...startup, foundedOn: "2015-03-01", location: { regionCode: "47", sigungu: "포항시" } };
    const matches = matchPrograms(old, { asOf: "2026-02-12", representative: { birthDate: "1994-05-01" } });
    expect(matches.map((m) => `${m.programId} ${m.outcome}`)).toEqual([
      "regional-innovation-leader undetermined",
      "yeongcheon-high-value-conversion ineligible",
      "yeongcheon-innovative-technology ineligible",
      "seoul-southwest-youth-startup ineligible",
      "early-startup-package ineligible",
      "youth-startup-academy ineligible",
    ]);
    expect(matches.some((m) => m.programId === "innovation-voucher")).toBe(false);
  });

  it("takes its own programme list and never mutates the company", () => {
    const own: ProgramRules = {
      id: "own",
      eligibility: [{ validFrom: "2026-01-01", value: { fact: "company.ksicSection", op: "eq", value: "C" } }],
      rounds: [{ id: "r1", announcedOn: "2026-01-10", applicationPeriod: { from: "2026-01-10", to: "2026-01-31" }, referenceDate: "application-deadline" }],
    };
    const frozen = Object.freeze({ ...company });
    expect(matchPrograms(frozen, { asOf: "2026-01-15", programs: [own] }).map((m) => [m.programId, m.outcome, m.referenceDate])).toEqual([["own", "eligible", "2026-01-31"]]);
    expect(matchPrograms(frozen, { asOf: "2026-02-01", programs: [own] })).toEqual([]);
  });

  it("refuses a bad date or company with VALIDATION", () => {
    expect(() => matchPrograms(company, { asOf: "2026-2-1" })).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => matchPrograms(null as unknown as object, { asOf: "2026-02-01" })).toThrow(expect.objectContaining({ code: "VALIDATION" }));
  });
});

describe("runFixture", () => {
  const rule = { fact: "company.regularWorkers", op: "gte", value: 10 };

  it("reports each failing expectation: outcome, missing as a set, reasons as lines among explain's", () => {
    const report = runFixture({
      rule,
      cases: [
        { name: "nine", asOf: "2026-01-01", company: { regularWorkers: 9 }, expect: { outcome: "eligible" } },
        { name: "unknown", asOf: "2026-01-01", company: {}, expect: { outcome: "undetermined", missing: ["company.monthEndHeadcounts"] } },
        { name: "reason", asOf: "2026-01-01", company: { regularWorkers: 9 }, expect: { outcome: "ineligible", reasons: { ko: ["상시근로자 수 9명으로 기준(10명 이상)에 1명 미달합니다"], en: ["nine"] } } },
      ],
    });
    expect([report.total, report.passed, report.failed]).toEqual([3, 0, 3]);
    expect(report.cases.map((c) => c.problems)).toEqual([
      ["outcome: expected eligible, actual ineligible"],
      ["missing: expected [company.monthEndHeadcounts], actual [company.regularWorkers]"],
      ['reasons.en: expected a line "nine", actual ["9 regular workers, 1 below the threshold of 10 or more"]'],
    ]);
  });

  it.each([
    [{ cases: [] }, "program: expected exactly one of program (a programme id) or rule"],
    [{ program: "nope", cases: [{ name: "a", asOf: "2026-01-01", expect: { outcome: "eligible" } }] }, 'program: unknown programme "nope"'],
    [{ rule, cases: [{ name: "a", asOf: "2026-1-1", expect: { outcome: "eligible" } }] }, "cases[0].asOf: expected a date YYYY-MM-DD"],
    [{ rule, cases: [{ name: "a", asOf: "2026-01-01", expected: {} }] }, "cases[0].expected: unknown field"],
    [{ rule, cases: [{ name: "a", asOf: "2026-01-01", expect: { outcome: "ok" } }] }, "cases[0].expect.outcome: expected eligible, ineligible, undetermined"],
    [{ rule: { fact: "company.previousYearRevenue", op: "lt", value: 5 }, cases: [{ name: "a", asOf: "2026-01-01", expect: { outcome: "eligible" } }] }, "rule.value:"],
    [{ program: "yeongcheon-high-value-conversion", cases: [{ name: "before 2019", asOf: "2018-06-01", expect: { outcome: "eligible" } }] }, 'cases[0].asOf: case "before 2019" cannot be judged'],
  ])("refuses a malformed fixture with VALIDATION and the field path (%#)", (fixture, message) => {
    let error: unknown;
    try {
      runFixture(fixture);
    } catch (caught) {
      error = caught;
    }
    expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
    expect((error as Error).message).toContain(message);
  });
});
