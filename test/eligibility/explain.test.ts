import { describe, expect, it } from "vitest";
import { evaluate, explain, type Rule } from "../../src/index.js";
import { sampleCompanies, yeongcheonRule } from "./fixtures.js";

const asOf = "2025-03-01";
const judge = (rule: Rule, company: object) => evaluate(rule, { company }, { asOf });

describe("explain: the Yeongcheon programmes and three sample companies (source 002_9ba27e7115588f78.txt)", () => {
  it("30 regular workers → eligible for high-value conversion, every condition explained", () => {
    const result = judge(yeongcheonRule("gte"), sampleCompanies.thirty);
    expect(result.outcome).toBe("eligible");
    expect(explain(result)).toEqual([
      "소재지(시·군·구) 영천시로 기준(영천시)을 충족합니다",
      "업종(표준산업분류 대분류) C(제조업)(한국표준산업분류 대분류·중분류)로 기준(C(제조업))을 충족합니다",
      "기업 규모 소기업(중소기업기본법 시행령 제3조·제8조, 별표1·별표3)으로 기준(소기업, 중기업 중 하나)을 충족합니다",
      "상시근로자 수 30명으로 기준(30명 이상)을 충족합니다",
    ]);
    expect(explain(result, "en")).toEqual([
      "Location (si/gun/gu): 영천시, meeting the requirement of 영천시",
      "Industry (KSIC section): C (Manufacturing) (Korean Standard Industrial Classification), meeting the requirement of C (Manufacturing)",
      "SME size: small enterprise (Enforcement Decree of the Framework Act on Small and Medium Enterprises, Art. 3, Art. 8, Annex 1, Annex 3), meeting the requirement of one of small enterprise, medium enterprise",
      "30 regular workers, meeting the threshold of 30 or more",
    ]);
  });

  it("29.5 regular workers given directly → ineligible for high-value conversion, one decisive line", () => {
    const result = judge(yeongcheonRule("gte"), { ...sampleCompanies.thirty, regularWorkers: 29.5 });
    expect(result.outcome).toBe("ineligible");
    expect(explain(result)).toEqual(["상시근로자 수 29.5명으로 기준(30명 이상)에 0.5명 미달합니다"]);
    expect(explain(result, "en")).toEqual(["29.5 regular workers, 0.5 below the threshold of 30 or more"]);
  });

  it("29.5 regular workers from month-end headcounts → the line cites 소상공인기본법 시행령 제3조", () => {
    const result = judge(yeongcheonRule("gte"), sampleCompanies.twentyNineAndHalf);
    expect(result.outcome).toBe("ineligible");
    expect(explain(result)).toEqual(["상시근로자 수 29.5명(소상공인기본법 시행령 제3조)으로 기준(30명 이상)에 0.5명 미달합니다"]);
    expect(explain(result, "en")).toEqual([
      "29.5 regular workers (Enforcement Decree of the Framework Act on Small Enterprises and Microenterprises, Art. 3), 0.5 below the threshold of 30 or more",
    ]);
    const innovative = judge(yeongcheonRule("lt"), sampleCompanies.twentyNineAndHalf);
    expect(innovative.outcome).toBe("eligible");
    expect(explain(innovative).at(-1)).toBe("상시근로자 수 29.5명(소상공인기본법 시행령 제3조)으로 기준(30명 미만)을 충족합니다");
  });

  it("30 regular workers → ineligible for the innovative-technology programme (fewer than 30)", () => {
    const result = judge(yeongcheonRule("lt"), sampleCompanies.thirty);
    expect(explain(result)).toEqual(["상시근로자 수 30명으로 기준(30명 미만)을 충족하지 못합니다"]);
    expect(explain(result, "en")).toEqual(["30 regular workers, not meeting the requirement of fewer than 30"]);
  });

  it("a value on a strict bound neither exceeds nor falls short: 30 against more than 30", () => {
    const result = evaluate({ fact: "company.regularWorkers", op: "gt", value: 30 }, { company: { regularWorkers: 30 } });
    expect(explain(result)).toEqual(["상시근로자 수 30명으로 기준(30명 초과)을 충족하지 못합니다"]);
    const above = evaluate({ fact: "company.regularWorkers", op: "lt", value: 30 }, { company: { regularWorkers: 31 } });
    expect(explain(above)).toEqual(["상시근로자 수 31명으로 기준(30명 미만)을 1명 초과합니다"]);
  });

  it("headcount missing → undetermined for both, listing company.regularWorkers and what to supply", () => {
    for (const workers of ["gte", "lt"] as const) {
      const result = judge(yeongcheonRule(workers), sampleCompanies.unknown);
      expect(result).toMatchObject({ outcome: "undetermined", missing: ["company.regularWorkers"] });
      expect(explain(result)).toEqual(["상시근로자 수 정보가 없어 판단할 수 없습니다(필요한 자료: company.monthEndHeadcounts)"]);
      expect(explain(result, "en")).toEqual(["Regular workers unknown, so this cannot be decided (needs company.monthEndHeadcounts)"]);
    }
  });

  it("the default locale is Korean", () => {
    const result = judge(yeongcheonRule("gte"), sampleCompanies.unknown);
    expect(explain(result)).toEqual(explain(result, "ko"));
  });
});

describe("explain: generic sentences", () => {
  const line = (rule: Rule, facts: object, locale: "ko" | "en" = "ko", options: { asOf?: string } = {}) => explain(evaluate(rule, facts, options), locale);

  it("a missing date for a date-dependent fact says so", () => {
    const rule: Rule = { fact: "company.startupStage", op: "in", value: ["early", "leap"] };
    expect(line(rule, { company: { foundedOn: "2020-01-01" } })).toEqual(["기준일(asOf)이 주어지지 않아 창업 단계를 산정할 수 없으므로 판단할 수 없습니다"]);
    expect(line(rule, { company: { foundedOn: "2020-01-01" } }, "en")).toEqual(["Start-up stage depends on the date and no asOf date was given, so this cannot be decided"]);
    expect(line(rule, { company: { foundedOn: "2020-01-01" } }, "ko", { asOf: "2025-01-01" })).toEqual(["창업 단계 도약기(중소기업창업 지원법 제2조)로 기준(초기, 도약기 중 하나)을 충족합니다"]);
  });

  it("a derivation error is quoted", () => {
    const lines = line({ fact: "company.regularWorkers", op: "gte", value: 1 }, { company: { monthEndHeadcounts: [] } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^상시근로자 수를 산정할 수 없어 판단할 수 없습니다\(monthEnds: /);
  });

  it("exclusions under not are marked", () => {
    const rule: Rule = { not: { fact: "company.inListedGroup", op: "eq", value: true } };
    expect(line(rule, { company: { inListedGroup: true } })).toEqual(["제외 조건 해당: 공시대상기업집단 소속 여부 예로 기준(예)을 충족합니다"]);
    expect(line(rule, { company: { inListedGroup: false } }, "en")).toEqual(["Exclusion does not apply: Member of a disclosed business group: no, not meeting the requirement of yes"]);
  });

  it("unknown facts use the node label, else the path; particles follow the value's final sound", () => {
    expect(line({ fact: "company.score", op: "between", value: [1, 5], label: { ko: "평가 점수", en: "evaluation score" } }, { company: { score: 3 } })).toEqual([
      "평가 점수 3으로 기준(1 이상 5 이하)을 충족합니다",
    ]);
    expect(line({ fact: "company.score", op: "gt", value: 2 }, { company: { score: 2 } }, "en")).toEqual(["company.score: 2, not meeting the requirement of more than 2"]);
    expect(line({ fact: "company.code", op: "startsWith", value: "M" }, { company: { code: "L1" } })).toEqual(["company.code L1로 기준(M으로 시작)에 해당하지 않습니다"]);
    expect(line({ fact: "company.tags", op: "contains", value: "수출" }, { company: { tags: ["수출", "R&D"] } }, "en")).toEqual(["company.tags: 수출, R&D, meeting the requirement of containing 수출"]);
    expect(line({ fact: "company.x", op: "exists" }, {})).toEqual(["company.x 없음으로 기준(정보 있음)에 해당하지 않습니다"]);
  });

  it("money facts show the amount with its currency", () => {
    expect(line({ fact: "company.totalAssets.currency", op: "eq", value: "USD" }, { company: { totalAssets: { amount: "5000000000", currency: "KRW" } } })).toEqual([
      "company.totalAssets.currency KRW로 기준(USD)에 해당하지 않습니다",
    ]);
    expect(line({ fact: "company.totalAssets", op: "exists" }, { company: { totalAssets: { amount: "5000000000", currency: "KRW" } } })).toEqual([
      "자산총액 50억 원으로 기준(정보 있음)을 충족합니다",
    ]);
  });

  it("empty groups explain themselves", () => {
    expect(line({ any: [], label: { ko: "대안 요건", en: "alternatives" } }, {})).toEqual(["대안 요건: 선택할 수 있는 조건이 없어 충족하지 못합니다"]);
    expect(line({ all: [] }, {}, "en")).toEqual(["no conditions required, so it is met"]);
  });
});

describe("explain: every operator in both languages", () => {
  const one = (rule: Rule, facts: object, locale: "ko" | "en") => explain(evaluate(rule, facts), locale)[0];
  const workers = (op: Rule extends never ? never : string, value: unknown, actual: number) =>
    ({ rule: { fact: "company.regularWorkers", op, value } as Rule, facts: { company: { regularWorkers: actual } } });
  const table: [string, Rule, object, string, string][] = [
    ["eq", { fact: "company.location.sigungu", op: "eq", value: "영천시" }, { company: { location: { sigungu: "경산시" } } }, "소재지(시·군·구) 경산시로 기준(영천시)에 해당하지 않습니다", "Location (si/gun/gu): 경산시, not meeting the requirement of 영천시"],
    ["ne", { fact: "company.ksicSection", op: "ne", value: "C" }, { company: { ksicSection: "G" } }, "업종(표준산업분류 대분류) G(도매 및 소매업)로 기준(C(제조업) 외)을 충족합니다", "Industry (KSIC section): G (Wholesale and retail trade), meeting the requirement of other than C (Manufacturing)"],
    ["lte", workers("lte", 10, 12).rule, workers("lte", 10, 12).facts, "상시근로자 수 12명으로 기준(10명 이하)을 2명 초과합니다", "12 regular workers, 2 over the requirement of 10 or fewer"],
    ["gt", workers("gt", 10, 10).rule, workers("gt", 10, 10).facts, "상시근로자 수 10명으로 기준(10명 초과)을 충족하지 못합니다", "10 regular workers, not meeting the requirement of more than 10"],
    ["between below", workers("between", [10, 20], 5).rule, workers("between", [10, 20], 5).facts, "상시근로자 수 5명으로 기준(10명 이상 20명 이하)에 5명 미달합니다", "5 regular workers, 5 below the requirement of 10 to 20 inclusive"],
    ["between above", workers("between", [10, 20], 21).rule, workers("between", [10, 20], 21).facts, "상시근로자 수 21명으로 기준(10명 이상 20명 이하)을 1명 초과합니다", "21 regular workers, 1 over the requirement of 10 to 20 inclusive"],
    ["in, one value", { fact: "company.smeSize", op: "in", value: ["small"] }, { company: { smeSize: "medium" } }, "기업 규모 중기업으로 기준(소기업)에 해당하지 않습니다", "SME size: medium enterprise, not meeting the requirement of small enterprise"],
    ["notIn", { fact: "company.location.regionCode", op: "notIn", value: ["11", "41"] }, { company: { location: { regionCode: "11" } } }, "소재지(시·도) 서울특별시(11)로 기준(서울특별시(11), 경기도(41) 외)에 해당하지 않습니다", "Region: Seoul (11), not meeting the requirement of none of Seoul (11), Gyeonggi (41)"],
    ["exists false", { fact: "company.foundedOn", op: "exists", value: false }, { company: { foundedOn: "2020-01-01" } }, "설립일 2020-01-01로 기준(정보 없음)에 해당하지 않습니다", "Founding date: 2020-01-01, not meeting the requirement of absent"],
    ["lt on dates", { fact: "company.foundedOn", op: "lt", value: "2020-01-01" }, { company: { foundedOn: "2021-05-01" } }, "설립일 2021-05-01로 기준(2020-01-01 미만)을 초과합니다", "Founding date: 2021-05-01, not meeting the requirement of less than 2020-01-01"],
    ["a boolean fact", { fact: "representative.isYouth", op: "eq", value: true }, { representative: { isYouth: false } }, "대표자 청년 여부(만 39세 이하) 아니요로 기준(예)에 해당하지 않습니다", "Youth founder (39 or younger): no, not meeting the requirement of yes"],
    ["an object fact", { fact: "company.extra", op: "eq", value: 1 }, { company: { extra: { a: 1, b: [1, 2] } } }, "company.extra {a: 1, b: 1, 2}(으)로 기준(1)에 해당하지 않습니다", "company.extra: {a: 1, b: 1, 2}, not meeting the requirement of 1"],
    ["a long list fact", { fact: "company.tags", op: "contains", value: "z" }, { company: { tags: ["a", "b", "c", "d", "e", "f", "g"] } }, "company.tags a, b, c, d, e, … 외 2개로 기준(z 포함)에 해당하지 않습니다", "company.tags: a, b, c, d, e, … 2 more, not meeting the requirement of containing z"],
    ["USD money", { fact: "company.totalAssets", op: "exists" }, { company: { totalAssets: { amount: "1234567.5", currency: "USD" } } }, "자산총액 US$1,234,567.50으로 기준(정보 있음)을 충족합니다", "Total assets: $1,234,567.50, meeting the requirement of present"],
    ["malformed money", { fact: "company.totalAssets", op: "exists" }, { company: { totalAssets: { amount: "1.5", currency: "KRW" } } }, "자산총액 1.5 KRW로 기준(정보 있음)을 충족합니다", "Total assets: 1.5 KRW, meeting the requirement of present"],
  ];
  it.each(table)("%s", (_, rule, facts, ko, en) => {
    expect(one(rule, facts, "ko")).toBe(ko);
    expect(one(rule, facts, "en")).toBe(en);
  });

  it("a derivation error and an undetermined exclusion in English", () => {
    expect(one({ fact: "company.regularWorkers", op: "gte", value: 1 }, { company: { monthEndHeadcounts: [] } }, "en")).toMatch(/^Regular workers could not be computed \(monthEnds: .*\), so this cannot be decided$/);
    expect(one({ not: { fact: "company.inListedGroup", op: "eq", value: true } }, {}, "ko")).toBe("제외 조건: 공시대상기업집단 소속 여부 정보가 없어 판단할 수 없습니다");
    expect(one({ not: { fact: "company.inListedGroup", op: "eq", value: true } }, { company: { inListedGroup: true } }, "en")).toBe("Exclusion applies: Member of a disclosed business group: yes, meeting the requirement of yes");
    expect(one({ not: { fact: "x", op: "exists" } }, {}, "en")).toBe("Exclusion does not apply: x: none, not meeting the requirement of present");
  });
});
