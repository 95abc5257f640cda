// explain at its edges (src/eligibility/explain.ts): money margins in both languages, margins of counted facts, dates
// and strings outside a range, empty groups with and without labels, long lists, nested and long objects, bigints,
// undetermined exclusions, derived facts with their citations and the inputs a derivation still needs.
import { describe, expect, it } from "vitest";
import { evaluate, explain, type Rule } from "../../src/index.js";

const both = (rule: Rule, facts: object, asOf?: string): [string[], string[]] => {
  const result = evaluate(rule, facts, asOf === undefined ? undefined : { asOf });
  return [explain(result), explain(result, "en")];
};
const krw = (amount: string) => ({ amount, currency: "KRW" });
const usd = (amount: string) => ({ amount, currency: "USD" });

describe("explain: margins", () => {
  it("writes a money margin over an upper bound, in 억/만 원 in Korean and ₩ in English", () => {
    expect(both({ fact: "company.averageRevenue", op: "lt", value: krw("100000000000") }, { company: { averageRevenue: krw("120000000000") } })).toEqual([
      ["평균매출액 1,200억 원으로 기준(1,000억 원 미만)을 200억 원 초과합니다"],
      ["Average revenue: ₩120,000,000,000, ₩20,000,000,000 over the requirement of less than ₩100,000,000,000"],
    ]);
  });

  it("writes a one-won shortfall under a lower bound", () => {
    expect(both({ fact: "company.averageRevenue", op: "gte", value: krw("100000000000") }, { company: { averageRevenue: krw("99999999999") } })).toEqual([
      ["평균매출액 999억 9,999만 9,999원으로 기준(1,000억 원 이상)에 1원 미달합니다"],
      ["Average revenue: ₩99,999,999,999, ₩1 below the threshold of ₩100,000,000,000 or more"],
    ]);
  });

  it("writes a margin over a money range in another currency", () => {
    expect(both({ fact: "company.totalAssets", op: "between", value: [usd("10.5"), usd("20")] }, { company: { totalAssets: usd("25.25") } })).toEqual([
      ["자산총액 US$25.25로 기준(US$10.50 이상 US$20.00 이하)을 US$5.25 초과합니다"],
      ["Total assets: $25.25, $5.25 over the requirement of $10.50 to $20.00 inclusive"],
    ]);
  });

  it("writes a fractional margin with the Korean counter, and the English noun only after the fact", () => {
    expect(both({ fact: "company.regularWorkers", op: "gte", value: 10 }, { company: { regularWorkers: 7.25 } })).toEqual([
      ["상시근로자 수 7.25명으로 기준(10명 이상)에 2.75명 미달합니다"],
      ["7.25 regular workers, 2.75 below the threshold of 10 or more"],
    ]);
    expect(both({ fact: "company.innovationVoucherUses", op: "lte", value: 2 }, { company: { innovationVoucherUses: 4 } })).toEqual([
      ["최근 5년 혁신바우처 지원 횟수 4회로 기준(2회 이하)을 2회 초과합니다"],
      ["4 vouchers, 2 over the requirement of 2 or fewer"],
    ]);
  });

  it("gives dates and strings a side but no margin", () => {
    expect(both({ fact: "company.foundedOn", op: "gte", value: "2020-01-01" }, { company: { foundedOn: "2019-05-01" } })).toEqual([
      ["설립일 2019-05-01로 기준(2020-01-01 이상)에 미달합니다"],
      ["Founding date: 2019-05-01, below the threshold of 2020-01-01 or more"],
    ]);
    expect(both({ fact: "company.foundedOn", op: "between", value: ["2020-01-01", "2021-01-01"] }, { company: { foundedOn: "2022-05-01" } })).toEqual([
      ["설립일 2022-05-01로 기준(2020-01-01 이상 2021-01-01 이하)을 초과합니다"],
      ["Founding date: 2022-05-01, not meeting the requirement of 2020-01-01 to 2021-01-01 inclusive"],
    ]);
    expect(both({ fact: "company.ksic", op: "between", value: ["C10", "C20"] }, { company: { ksic: "B05" } })).toEqual([
      ["표준산업분류 코드 B05로 기준(C10 이상 C20 이하)에 미달합니다"],
      ["KSIC code: B05, not meeting the requirement of C10 to C20 inclusive"],
    ]);
  });
});

describe("explain: groups, lists and values", () => {
  it("explains empty groups with and without a label", () => {
    expect(both({ all: [] }, {})).toEqual([["요구하는 조건이 없어 충족합니다"], ["no conditions required, so it is met"]]);
    expect(both({ any: [] }, {})).toEqual([["선택할 수 있는 조건이 없어 충족하지 못합니다"], ["no alternatives to meet, so it is not met"]]);
    expect(both({ all: [], label: { ko: "필수", en: "required" } }, {})).toEqual([["필수: 요구하는 조건이 없어 충족합니다"], ["required: no conditions required, so it is met"]]);
    expect(both({ any: [], label: { ko: "대안", en: "alternatives" } }, {})[1]).toEqual(["alternatives: no alternatives to meet, so it is not met"]);
  });

  it("shows ten values of a long list and an ellipsis", () => {
    const value = Array.from({ length: 11 }, (_, i) => `A${i + 1}`);
    expect(both({ fact: "company.ksic", op: "in", value }, { company: { ksic: "B" } })).toEqual([
      ["표준산업분류 코드 B로 기준(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, … 중 하나)에 해당하지 않습니다"],
      ["KSIC code: B, not meeting the requirement of one of A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, …"],
    ]);
  });

  it("shortens nested objects, long keys and values, long lists and long bigints", () => {
    expect(both({ fact: "x", op: "eq", value: 1 }, { x: { a: { b: { c: 1 } }, bb: 2, ccc: 3, dddd: 4 } })).toEqual([
      ["x {a: {b: …}, bb: 2, ccc: 3, …}(으)로 기준(1)에 해당하지 않습니다"],
      ["x: {a: {b: …}, bb: 2, ccc: 3, …}, not meeting the requirement of 1"],
    ]);
    const [, en] = both({ fact: "x", op: "eq", value: 1 }, { x: { ["k".repeat(50)]: "v".repeat(100) } });
    expect(en).toEqual([`x: {${"k".repeat(39)}…: ${"v".repeat(77)}…}, not meeting the requirement of 1`]);
    const list = Array.from({ length: 105 }, (_, i) => i + 1);
    expect(both({ fact: "x", op: "eq", value: 1 }, { x: list })).toEqual([["x 1, 2, 3, 4, 5, … 외 100개로 기준(1)에 해당하지 않습니다"], ["x: 1, 2, 3, 4, 5, … 100 more, not meeting the requirement of 1"]]);
    expect(both({ fact: "x", op: "eq", value: 1 }, { x: 10n ** 90n })[1]).toEqual([`x: 1${"0".repeat(76)}…, not meeting the requirement of 1`]);
    expect(both({ fact: "x", op: "eq", value: 1 }, { x: 12n })).toEqual([["x 12로 기준(1)에 해당하지 않습니다"], ["x: 12, not meeting the requirement of 1"]]);
    expect(both({ fact: "x", op: "eq", value: 1 }, { x: true })).toEqual([["x 예로 기준(1)에 해당하지 않습니다"], ["x: yes, not meeting the requirement of 1"]]);
  });

  it("names a known fact by the catalogue, not by the node's label", () => {
    expect(both({ fact: "company.regularWorkers", op: "eq", value: 1, label: { ko: "라벨", en: "label" } }, { company: { regularWorkers: 2 } })).toEqual([
      ["상시근로자 수 2명으로 기준(1명)에 해당하지 않습니다"],
      ["2 regular workers, not meeting the requirement of 1"],
    ]);
  });
});

describe("explain: undetermined and derived facts", () => {
  it("marks an undetermined exclusion in English too", () => {
    expect(both({ not: { fact: "company.taxArrears", op: "eq", value: true } }, {})).toEqual([
      ["제외 조건: 국세·지방세 체납 여부 정보가 없어 판단할 수 없습니다"],
      ["Exclusion: National or local tax arrears unknown, so this cannot be decided"],
    ]);
  });

  it("cites the statute of a derived value, translating 법/시행령/조 in English", () => {
    expect(both({ fact: "company.isMicroEnterprise", op: "eq", value: true }, { company: { ksic: "C29111", regularWorkers: 5, smeSize: "small" } }, "2025-01-01")).toEqual([
      ["소상공인 여부 예(소상공인기본법 · 같은 법 시행령 법 제2조, 시행령 제3조)로 기준(예)을 충족합니다"],
      ["Microenterprise: yes (Framework Act on Small Enterprises and Microenterprises and its Enforcement Decree, Act Art. 2, Decree Art. 3), meeting the requirement of yes"],
    ]);
    expect(both({ fact: "representative.sameIndustryAsClosed", op: "eq", value: false }, { company: { ksic: "C29111" }, representative: { previousBusiness: { ksic: "C29112" } } })).toEqual([
      ["이전 사업과 같은 업종(세세분류) 여부 아니요(중소기업창업 지원법 시행령 제2조)로 기준(아니요)을 충족합니다"],
      ["Same industry (KSIC sub-class) as the earlier business: no (Enforcement Decree of the Support for Small and Medium Enterprise Establishment Act, Art. 2), meeting the requirement of no"],
    ]);
  });

  it("names the derived input still needed", () => {
    expect(both({ fact: "company.isMicroEnterprise", op: "eq", value: true }, { company: { ksic: "C29111", regularWorkers: 5 } }, "2025-01-01")).toEqual([
      ["소상공인 여부 정보가 없어 판단할 수 없습니다(필요한 자료: company.smeSize)"],
      ["Microenterprise unknown, so this cannot be decided (needs company.smeSize)"],
    ]);
  });
});

describe("explain: hand-made results", () => {
  const derived = (article: string, law = { ko: "가나법 (약칭)", en: "Gana Act (short)" }) =>
    ({
      outcome: "eligible",
      missing: [],
      trace: {
        kind: "condition",
        fact: "custom.score",
        op: "eq",
        value: 1,
        outcome: "passed",
        decisive: true,
        actual: 1,
        source: "derived",
        derivation: { fact: "company.regularWorkers", statute: { law, article, url: "https://example.org" }, inputs: [] },
      },
    }) as unknown as Parameters<typeof explain>[0];

  it("cites a statute without parenthesised notes, translating 조의 and 별표, and only the law when Korean remains", () => {
    expect(explain(derived("제3조의2 (정의)"))).toEqual(["custom.score 1(가나법 제3조의2)로 기준(1)을 충족합니다"]);
    expect(explain(derived("제3조의2 (정의)"), "en")).toEqual(["custom.score: 1 (Gana Act, Art. 3-2), meeting the requirement of 1"]);
    expect(explain(derived("법 제10조·시행령 별표2"), "en")).toEqual(["custom.score: 1 (Gana Act, Act Art. 10, Decree Annex 2), meeting the requirement of 1"]);
    expect(explain(derived("부칙 제2조"), "en")).toEqual(["custom.score: 1 (Gana Act), meeting the requirement of 1"]);
  });

  it("writes the values of an operator it does not know as they are, and skips nodes that did not decide", () => {
    const result = {
      outcome: "ineligible",
      missing: [],
      trace: {
        kind: "any",
        outcome: "failed",
        decisive: true,
        children: [
          { kind: "condition", fact: "x", op: "like", value: ["a", "b"], outcome: "failed", decisive: true, actual: "c", source: "given" },
          { kind: "condition", fact: "y", op: "eq", value: 1, outcome: "failed", decisive: false, actual: 2, source: "given" },
        ],
      },
    } as unknown as Parameters<typeof explain>[0];
    expect(explain(result)).toEqual(["x c로 기준(a, b)에 해당하지 않습니다"]);
    expect(explain(result, "en")).toEqual(["x: c, not meeting the requirement of a, b"]);
  });

  it("refuses what is not a result, naming the path", () => {
    expect(() => explain(null as unknown as Parameters<typeof explain>[0])).toThrow(/^result: expected an EligibilityResult from evaluate, received null$/);
    expect(() => explain({ outcome: "eligible", missing: [] } as unknown as Parameters<typeof explain>[0])).toThrow(/^result\.trace: expected the trace of an EligibilityResult, received undefined$/);
  });
});
