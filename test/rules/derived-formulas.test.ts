// The formulas of the fact catalogue's derived facts (src/rules/facts.ts) at their edges: full months and years
// since a closure (end-of-month anniversaries, a closure after asOf), the KSIC sub-class comparison and its
// refusals, the founding date equal to asOf; and the nearest-fact suggestion of parseRule's unknown-fact message.
import { describe, expect, it } from "vitest";
import { evaluate, factCatalogue, isTechnoparkError, parseRule, type ConditionTrace, type DerivationTrace } from "../../src/index.js";
import { nearestFact } from "../../src/rules/facts.js";

/** The derivation trace of a derived fact from the facts as of a date. */
function derivation(fact: string, facts: object, asOf?: string): DerivationTrace {
  const trace = evaluate({ fact, op: "exists" }, facts, asOf === undefined ? undefined : { asOf }).trace as ConditionTrace;
  expect(trace.source).not.toBe("given");
  return trace.derivation!;
}
const closed = (closedOn: string) => ({ representative: { previousBusiness: { closedOn } } });

describe("representative.monthsSinceClosure", () => {
  const months = (closedOn: string, asOf: string) => derivation("representative.monthsSinceClosure", closed(closedOn), asOf).value;

  it("counts a month as reached on the same day of the month", () => {
    expect(months("2024-01-15", "2024-02-14")).toBe(0);
    expect(months("2024-01-15", "2024-02-15")).toBe(1);
    expect(months("2024-01-15", "2024-02-16")).toBe(1);
    expect(months("2022-11-15", "2024-02-15")).toBe(15);
    expect(months("2022-11-15", "2024-02-14")).toBe(14);
    expect(months("2024-03-10", "2024-03-10")).toBe(0);
  });

  it("counts a month as reached on the last day of a shorter month", () => {
    expect(months("2024-01-31", "2024-02-29")).toBe(1);
    expect(months("2024-01-31", "2024-02-28")).toBe(0);
    expect(months("2023-01-31", "2023-02-28")).toBe(1);
    expect(months("2024-01-30", "2024-04-29")).toBe(2);
    expect(months("2024-01-31", "2024-04-30")).toBe(3);
  });

  it("gives an error naming the closure date when it is after asOf", () => {
    const trace = derivation("representative.monthsSinceClosure", closed("2024-03-02"), "2024-03-01");
    expect(trace.value).toBeUndefined();
    expect(trace.error).toBe("representative.previousBusiness.closedOn 2024-03-02 is after asOf 2024-03-01");
  });

  it("gives an error for a closure date that is not a date", () => {
    const trace = derivation("representative.monthsSinceClosure", closed("2024-02-30"), "2024-03-01");
    expect(trace.error).toMatch(/^representative\.previousBusiness\.closedOn: /);
  });
});

describe("representative.yearsSinceClosure", () => {
  const years = (closedOn: string, asOf: string) => derivation("representative.yearsSinceClosure", closed(closedOn), asOf).value;

  it("counts full years, the anniversary included", () => {
    expect(years("2021-06-10", "2024-06-09")).toBe(2);
    expect(years("2021-06-10", "2024-06-10")).toBe(3);
    expect(years("2024-06-10", "2024-06-10")).toBe(0);
  });

  it("gives an error when the closure is after asOf", () => {
    expect(derivation("representative.yearsSinceClosure", closed("2024-06-11"), "2024-06-10").error).toBe("representative.previousBusiness.closedOn 2024-06-11 is after asOf 2024-06-10");
  });
});

describe("representative.sameIndustryAsClosed", () => {
  const same = (previous: unknown, current: unknown) =>
    derivation("representative.sameIndustryAsClosed", { company: { ksic: current }, representative: { previousBusiness: { ksic: previous } } });

  it("compares the five digits of the sub-class, with or without the section letter", () => {
    expect(same("C29111", "C29111").value).toBe(true);
    expect(same("29111", "C29111").value).toBe(true);
    expect(same("C29111", "C29112").value).toBe(false);
    expect(same("U99000", "99000").value).toBe(true);
  });

  it("refuses a code shorter than a sub-class, naming which one", () => {
    expect(same("C2911", "C29111").error).toBe("representative.previousBusiness.ksic: C2911 is not a 5-digit KSIC sub-class (세세분류), so the industries cannot be compared");
    expect(same("C29111", "29").error).toBe("company.ksic: 29 is not a 5-digit KSIC sub-class (세세분류), so the industries cannot be compared");
  });

  it("refuses what is not a KSIC code", () => {
    expect(same("V29111", "C29111").error).toBe("representative.previousBusiness.ksic: expected a KSIC code, received V29111");
    expect(same("C29111", "C291110").error).toBe("company.ksic: expected a KSIC code, received C291110");
    expect(same("C29111", "C2").error).toBe("company.ksic: expected a KSIC code, received C2");
    expect(same("xC29111", "C29111").error).toBe("representative.previousBusiness.ksic: expected a KSIC code, received xC29111");
    expect(same("C29111 ", "C29111").error).toBe("representative.previousBusiness.ksic: expected a KSIC code, received C29111 ");
  });
});

describe("company.ageInYears", () => {
  const age = (foundedOn: string, asOf: string) => derivation("company.ageInYears", { company: { foundedOn } }, asOf);

  it("is 0 on the founding day and counts anniversaries", () => {
    expect(age("2024-03-01", "2024-03-01").value).toBe(0);
    expect(age("2020-03-01", "2024-02-29").value).toBe(3);
    expect(age("2020-03-01", "2024-03-01").value).toBe(4);
  });

  it("gives an error when the founding date is after asOf", () => {
    expect(age("2024-03-02", "2024-03-01").error).toBe("company.foundedOn 2024-03-02 is after asOf 2024-03-01");
  });
});

describe("nearestFact", () => {
  it("suggests the closest known fact or record within the distance limit", () => {
    expect(nearestFact("company.regularWorker")).toBe("company.regularWorkers");
    expect(nearestFact("company.locaton")).toBe("company.location");
    expect(nearestFact("compnay.ksic")).toBe("company.ksic");
    expect(nearestFact("company.ksi")).toBe("company.ksic");
  });

  it("gives nothing when the closest fact is further than max(3, a third of the path's length)", () => {
    expect(nearestFact("zzz")).toBeUndefined();
    expect(nearestFact("company.zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz")).toBeUndefined();
    // 12 characters, 4 edits from company.ksic: a limit of max(3, 4) = 4 accepts it
    expect(nearestFact("compan.kxxic")).toBe("company.ksic");
  });

  it("is named in parseRule's message for an unknown fact under company.", () => {
    expect(() => parseRule({ fact: "company.foundedon", op: "exists" })).toThrow(
      'fact: unknown fact "company.foundedon" (did you mean "company.foundedOn"?); facts under company. must be in the fact catalogue, or the condition must declare a factType for a custom fact',
    );
    expect(() => parseRule({ fact: "company.qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", op: "exists" })).toThrow(
      'fact: unknown fact "company.qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq"; facts under company. must be in the fact catalogue, or the condition must declare a factType for a custom fact',
    );
  });
});

describe("company.smeSize and company.isMicroEnterprise", () => {
  const eok = (n: number) => ({ amount: `${n}00000000`, currency: "KRW" });
  const size = (company: object, asOf = "2025-09-01") => derivation("company.smeSize", { company }, asOf).value;

  it("takes the optional seat-maker declaration into the SME table only when it is exactly true", () => {
    const seatMaker = { ksic: "C31202", averageRevenue: eok(1400), totalAssets: eok(100) };
    expect(size({ ...seatMaker, seatManufacturing: true })).toBe("medium");
    expect(size(seatMaker)).toBe("not-sme");
    expect(size({ ...seatMaker, seatManufacturing: false })).toBe("not-sme");
    expect(size({ ...seatMaker, seatManufacturing: "true" })).toBe("not-sme");
  });

  it("passes the KSIC code, the average revenue and the total assets to the SME table as of asOf", () => {
    expect(size({ ksic: "C29111", averageRevenue: eok(50), totalAssets: eok(10) })).toBe("small");
    expect(size({ ksic: "C29111", averageRevenue: eok(50), totalAssets: eok(10) }, "2020-01-01")).toBe("small");
    expect(size({ ksic: "C29111", averageRevenue: eok(200), totalAssets: eok(10) })).toBe("medium");
    expect(size({ ksic: "C29111", averageRevenue: eok(50), totalAssets: eok(6000) })).toBe("not-sme");
    expect(size({ ksic: "C29111", averageRevenue: eok(2000), totalAssets: eok(10) })).toBe("not-sme");
  });

  it("passes the KSIC code, regular workers and SME size to the microenterprise test", () => {
    const micro = (company: object) => derivation("company.isMicroEnterprise", { company }, "2025-09-01").value;
    expect(micro({ ksic: "C29111", regularWorkers: 9, smeSize: "small" })).toBe(true);
    expect(micro({ ksic: "C29111", regularWorkers: 10, smeSize: "small" })).toBe(false);
    expect(micro({ ksic: "G46100", regularWorkers: 5, smeSize: "small" })).toBe(false);
    expect(micro({ ksic: "C29111", regularWorkers: 9, smeSize: "medium" })).toBe(false);
  });

  it("reads the KSIC section and the start-up stage from their inputs", () => {
    expect(derivation("company.ksicSection", { company: { ksic: "G46100" } }).value).toBe("G");
    expect(derivation("company.startupStage", { company: { foundedOn: "2022-09-01" } }, "2025-09-01").value).toBe("leap");
    expect(derivation("company.startupStage", { company: { foundedOn: "2022-09-02" } }, "2025-09-01").value).toBe("early");
    expect(derivation("company.regularWorkers", { company: { monthEndHeadcounts: Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, "0")}`, fullTime: 4 })) } }).value).toBe(4);
  });
});

describe("nearestFact at its limit", () => {
  it("suggests a fact exactly at the distance limit and nothing one edit further", () => {
    // "company.ksic" + 6 × "q": 18 characters, limit max(3, 6) = 6, distance 6
    expect(nearestFact(`company.ksic${"q".repeat(6)}`)).toBe("company.ksic");
    // 19 characters, limit 6, distance 7 (6 when the last character is ignored)
    expect(nearestFact(`company.ksic${"q".repeat(7)}`)).toBeUndefined();
  });
});

describe("derivation formulas called directly", () => {
  const formula = (fact: keyof typeof factCatalogue) => (factCatalogue[fact] as { derived: { formula: (inputs: object, asOf?: string) => unknown } }).derived.formula;
  function thrown(run: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
    try {
      run();
    } catch (error) {
      if (!isTechnoparkError(error)) throw error;
      return { code: error.code, path: error.path, message: error.message };
    }
    throw new Error("no error");
  }

  it("name the closure date's path when it is after asOf", () => {
    for (const fact of ["representative.monthsSinceClosure", "representative.yearsSinceClosure"] as const) {
      expect(thrown(() => formula(fact)({ "representative.previousBusiness.closedOn": "2024-03-02" }, "2024-03-01"))).toEqual({
        code: "VALIDATION",
        path: ["representative", "previousBusiness", "closedOn"],
        message: "representative.previousBusiness.closedOn 2024-03-02 is after asOf 2024-03-01",
      });
      expect(thrown(() => formula(fact)({ "representative.previousBusiness.closedOn": "2024-3-2" }, "2024-03-01")).path).toEqual(["representative", "previousBusiness", "closedOn"]);
    }
  });

  it("name the KSIC code's path when it cannot be compared", () => {
    const same = formula("representative.sameIndustryAsClosed");
    expect(thrown(() => same({ "representative.previousBusiness.ksic": 29111, "company.ksic": "C29111" }))).toEqual({
      code: "VALIDATION",
      path: ["representative", "previousBusiness", "ksic"],
      message: "representative.previousBusiness.ksic: expected a KSIC code, received 29111",
    });
    expect(thrown(() => same({ "representative.previousBusiness.ksic": "C29111", "company.ksic": "C291" })).path).toEqual(["company", "ksic"]);
    expect(thrown(() => formula("company.ageInYears")({ "company.foundedOn": "2025-01-02" }, "2025-01-01")).path).toEqual(["company", "foundedOn"]);
  });
});
