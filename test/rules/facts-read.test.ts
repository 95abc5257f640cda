// factsReadBy (the fields check reads and validates, the tables the SQL stamp lists): the conditions' facts and, for
// derived facts, their inputs, fallbacks and preempting facts, transitively, each once, in first-seen order.
import { describe, expect, it } from "vitest";
import { factsReadBy } from "../../src/rules/facts-read.js";

describe("factsReadBy", () => {
  it("factsReadBy lists the conditions' facts and, for derived facts, their inputs, fallbacks and preempting facts", () => {
    expect(factsReadBy({ all: [{ fact: "company.location.sigungu", op: "eq", value: "영천시" }, { not: { fact: "representative.isYouth", op: "eq", value: true } }] })).toEqual([
      "company.location.sigungu",
      "representative.isYouth",
      "representative.birthDate",
      "company.representative.birthDate",
    ]);
    // SME size (별표1·별표3) reads revenue and assets, not the headcount; the regular-worker count reads the month-end headcounts
    expect(factsReadBy({ fact: "company.smeSize", op: "eq", value: "small" })).toEqual([
      "company.smeSize",
      "company.inListedGroup",
      "company.ksic",
      "company.averageRevenue",
      "company.totalAssets",
      "company.seatManufacturing",
    ]);
    const sme = factsReadBy({ any: [{ fact: "company.regularWorkers", op: "gte", value: 10 }, { fact: "company.isMicroEnterprise", op: "eq", value: true }] });
    expect(sme.slice(0, 2)).toEqual(["company.regularWorkers", "company.monthEndHeadcounts"]);
    expect(new Set(sme).size).toBe(sme.length);
  });


  it("walks all, any and not in rule order, and names a fact read twice once", () => {
    expect(
      factsReadBy({
        any: [
          { fact: "company.ksicSection", op: "eq", value: "C" },
          { all: [{ fact: "company.ksic", op: "startsWith", value: "C2" }, { not: { fact: "other.flag", op: "eq", value: true } }] },
          { fact: "company.ksic", op: "exists", value: true },
        ],
      }),
    ).toEqual(["company.ksicSection", "company.ksic", "other.flag"]);
    expect(factsReadBy({ all: [] })).toEqual([]);
    expect(factsReadBy({ not: { fact: "company.ageInYears", op: "lt", value: 7 } })).toEqual(["company.ageInYears", "company.foundedOn"]);
  });
});
