// check's rendering memo (issue 15): a result is explained once per distinct signature of its decisive
// conditions and values, and every row must still get exactly what `explain` gives it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resultRenderer } from "../../src/cli/rendered-results.js";
import { companyFieldsFor } from "../../src/cli/company-fields.js";
import { programs } from "../../src/data/index.js";
import { evaluate, explain, parseRule, type Rule } from "../../src/index.js";
import { programJudge } from "../../src/eligibility/program.js";

const KRW = (amount: string) => ({ amount, currency: "KRW" });

const condition: fc.Arbitrary<Rule> = fc.oneof(
  // two given facts over the same values: a signature must tell which condition saw a value
  fc.record({ fact: fc.constantFrom("company.regularWorkers", "company.rndSpendingShare"), op: fc.constantFrom("lt", "gte", "eq"), value: fc.constantFrom(10, 30) }),
  fc.record({ fact: fc.constant("company.location.sigungu"), op: fc.constantFrom("eq", "ne"), value: fc.constantFrom("영천시", "포항시") }),
  fc.record({ fact: fc.constant("company.smeSize"), op: fc.constant("in"), value: fc.constant(["small", "medium"]) }),
  fc.record({ fact: fc.constant("company.previousYearRevenue"), op: fc.constantFrom("lt", "gte"), value: fc.constant(KRW("2000000000")) }),
  fc.record({ fact: fc.constant("company.ageInYears"), op: fc.constantFrom("lt", "between"), value: fc.constant(7) }).map((c) => (c.op === "between" ? { ...c, value: [3, 7] } : c)),
  fc.record({ fact: fc.constant("company.ksicSection"), op: fc.constant("eq"), value: fc.constant("C") }),
) as fc.Arbitrary<Rule>;

const { rule } = fc.letrec<{ rule: Rule }>((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({ all: fc.array(tie("rule"), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("rule"), { maxLength: 3 }) }),
    fc.record({ not: tie("rule") }),
  ) as fc.Arbitrary<Rule>,
}));

// few values per fact, so that signatures repeat and the memo is exercised
const company = fc.record(
  {
    id: fc.constant("c"),
    regularWorkers: fc.constantFrom(0, 9, 10, 29.5, 30, 31),
    rndSpendingShare: fc.constantFrom(0, 9, 10, 29.5, 30, 31),
    location: fc.record({ regionCode: fc.constant("47"), sigungu: fc.constantFrom("영천시", "포항시") }, { requiredKeys: ["regionCode"] }),
    ksic: fc.constantFrom("C29199", "J58", "C10"),
    foundedOn: fc.constantFrom("2010-03-02", "2021-05-01", "2024-05-01"),
    previousYearRevenue: fc.constantFrom(KRW("1999999999"), KRW("2000000000"), KRW("2500000000")),
    averageRevenue: fc.constantFrom(KRW("1000000000"), KRW("200000000000")),
    totalAssets: fc.constant(KRW("2000000000")),
  },
  { requiredKeys: ["id"] },
);

describe("resultRenderer (check's explanation memo)", () => {
  it("gives every result exactly explain's sentences and the JSON of its missing facts, however often a signature repeats", () => {
    fc.assert(
      fc.property(rule, fc.array(company, { minLength: 1, maxLength: 25 }), fc.constantFrom("ko", "en"), fc.constantFrom("2024-05-01", "2020-01-01"), (json, companies, locale, asOf) => {
        const parsed = parseRule(json);
        const render = resultRenderer(locale);
        for (const each of [...companies, ...companies]) {
          const result = evaluate(parsed, { company: each }, { asOf });
          const rendered = render(result);
          expect(rendered.reasons).toEqual(explain(result, locale));
          expect(JSON.parse(rendered.reasonsJson)).toEqual(explain(result, locale));
          expect(rendered.missingJson).toBe(result.missing.length === 0 ? undefined : JSON.stringify(result.missing));
          expect(rendered.stampJson).toBeUndefined();
        }
      }),
      { numRuns: 150 },
    );
  });

  it("tells apart two conditions that saw the same value (the signature names each condition's place in the rule)", () => {
    const rule: Rule = { all: [{ fact: "company.regularWorkers", op: "lt", value: 10 }, { fact: "company.rndSpendingShare", op: "lt", value: 10 }] };
    const render = resultRenderer("ko");
    const workers = render(evaluate(rule, { company: { regularWorkers: 31, rndSpendingShare: 5 } }));
    const share = render(evaluate(rule, { company: { regularWorkers: 5, rndSpendingShare: 31 } }));
    expect(workers.reasons).toEqual(["상시근로자 수 31명으로 기준(10명 미만)을 21명 초과합니다"]);
    expect(share.reasons).toEqual(explain(evaluate(rule, { company: { regularWorkers: 5, rndSpendingShare: 31 } }), "ko"));
    expect(share.reasons).not.toEqual(workers.reasons);
  });

  it("gives programme results their own stamp's JSON, tables included", () => {
    const program = programs.find((candidate) => candidate.id === "yeongcheon-innovative-technology")!;
    const judge = programJudge(program, { asOf: "2024-05-01" });
    const render = resultRenderer("en");
    const companies = [
      { id: "a", location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 12, averageRevenue: KRW("1000000000"), totalAssets: KRW("1000000000") },
      { id: "b", location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 12 },
      { id: "c", location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 12, averageRevenue: KRW("1000000000"), totalAssets: KRW("1000000000") },
    ];
    const stamps = companies.map((each) => {
      const result = judge(each);
      const rendered = render(result);
      expect(rendered.stampJson).toBe(JSON.stringify(result.stamp));
      expect(rendered.reasons).toEqual(explain(result, "en"));
      return JSON.parse(rendered.stampJson!) as { tables: Record<string, string> };
    });
    expect(stamps.map((stamp) => stamp.tables)).toEqual([{ "sme-size": "2016-01-01" }, {}, { "sme-size": "2016-01-01" }]);
  });
});

describe("the fields check reads", () => {
  it("companyFieldsFor narrows Company to id and the fields read, in Company's order", () => {
    const workers = companyFieldsFor([{ all: [{ fact: "company.regularWorkers", op: "gte", value: 10 }, { fact: "company.location.sigungu", op: "eq", value: "영천시" }] }]);
    expect(workers.fields).toEqual(["id", "location", "monthEndHeadcounts", "regularWorkers"]);
    expect(workers.read(["location", "sigungu"])).toBe(true);
    expect(workers.read(["foundedOn"])).toBe(false);
    expect(workers.schema.safeParse({ id: "x", foundedOn: "2016-02-30", regularWorkers: 3 }).success).toBe(true);
    expect(workers.schema.safeParse({ id: "x", regularWorkers: -1 }).success).toBe(false);
    expect(workers.schema.safeParse({ regularWorkers: 3 }).success).toBe(false);
    const custom = companyFieldsFor([{ fact: "company.custom", op: "eq", value: 1, factType: "number" }, { fact: "company.ageInYears", op: "lt", value: 7 }]);
    expect(custom.fields).toEqual(["id", "foundedOn"]);
  });
});
