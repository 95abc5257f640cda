// explain at its boundaries (src/eligibility/explain.ts, issue 17): which side of a bound a failed condition is on
// (strict and non-strict, on the bound, values of another type), exact margins (money in one or two currencies,
// malformed amounts, counts with and without a unit, zero distance), the limits of formatValue (80/81 characters,
// 5/6 items, 3/4 keys, 40/41-character keys, depth 2), ten or eleven `in` values, citations with multi-digit
// articles and notes without a space, exclusion prefixes and undetermined sentences.
import { describe, expect, it, vi } from "vitest";
import { evaluate, explain, type FactDefinition, type Rule } from "../../src/index.js";
import { formatValue } from "../../src/eligibility/explain.js";
import { factDefinition } from "../../src/rules/facts.js";

type Result = Parameters<typeof explain>[0];
const both = (rule: Rule, facts: object, asOf?: string): [string[], string[]] => {
  const result = evaluate(rule, facts, asOf === undefined ? undefined : { asOf });
  return [explain(result), explain(result, "en")];
};
/** A hand-made result of one failed condition (what `evaluate` would not produce: values of another type, malformed money). */
const hand = (node: Record<string, unknown>): [string[], string[]] => {
  const result = { outcome: "ineligible", missing: [], trace: { kind: "condition", decisive: true, source: "given", outcome: "failed", ...node } } as unknown as Result;
  return [explain(result), explain(result, "en")];
};
const krw = (amount: string) => ({ amount, currency: "KRW" });
const usd = (amount: string) => ({ amount, currency: "USD" });
const statute = (article: string, law = { ko: "가나법", en: "Gana Act" }) => ({ law, article, url: "https://example.org" });

describe("explain: the side of a failed threshold on strings (no margin)", () => {
  it("a string equal to a strict bound neither exceeds nor falls short", () => {
    expect(both({ fact: "x", op: "lt", value: "m" }, { x: "m" })).toEqual([["x m으로 기준(m 미만)을 충족하지 못합니다"], ["x: m, not meeting the requirement of less than m"]]);
    expect(both({ fact: "x", op: "gt", value: "m" }, { x: "m" })).toEqual([["x m으로 기준(m 초과)을 충족하지 못합니다"], ["x: m, not meeting the requirement of more than m"]]);
  });

  it("a string above an upper bound exceeds it, strict or not", () => {
    expect(both({ fact: "x", op: "lt", value: "m" }, { x: "n" })).toEqual([["x n으로 기준(m 미만)을 초과합니다"], ["x: n, not meeting the requirement of less than m"]]);
    expect(both({ fact: "x", op: "lte", value: "m" }, { x: "n" })).toEqual([["x n으로 기준(m 이하)을 초과합니다"], ["x: n, not meeting the requirement of m or less"]]);
  });

  it("a string below a lower bound falls short of it, strict or not", () => {
    expect(both({ fact: "x", op: "gt", value: "m" }, { x: "a" })).toEqual([["x a로 기준(m 초과)에 미달합니다"], ["x: a, below the threshold of more than m"]]);
    expect(both({ fact: "x", op: "gte", value: "m" }, { x: "a" })).toEqual([["x a로 기준(m 이상)에 미달합니다"], ["x: a, below the threshold of m or more"]]);
  });

  it("a string outside a range, below and above", () => {
    expect(both({ fact: "x", op: "between", value: ["c", "f"] }, { x: "a" })).toEqual([["x a로 기준(c 이상 f 이하)에 미달합니다"], ["x: a, not meeting the requirement of c to f inclusive"]]);
    expect(both({ fact: "x", op: "between", value: ["c", "f"] }, { x: "z" })).toEqual([["x z로 기준(c 이상 f 이하)을 초과합니다"], ["x: z, not meeting the requirement of c to f inclusive"]]);
  });

  it("gives no side when the value and the bound differ in type, or the value is neither number nor string", () => {
    expect(hand({ fact: "x", op: "gte", value: "3", actual: 2 })).toEqual([["x 2로 기준(3 이상)에 해당하지 않습니다"], ["x: 2, not meeting the requirement of 3 or more"]]);
    expect(hand({ fact: "x", op: "lte", value: "3", actual: 4 })).toEqual([["x 4로 기준(3 이하)에 해당하지 않습니다"], ["x: 4, not meeting the requirement of 3 or less"]]);
    expect(hand({ fact: "x", op: "gte", value: 3, actual: "2" })).toEqual([["x 2로 기준(3 이상)에 해당하지 않습니다"], ["x: 2, not meeting the requirement of 3 or more"]]);
    expect(hand({ fact: "x", op: "lt", value: 5, actual: true })).toEqual([["x 예로 기준(5 미만)에 해당하지 않습니다"], ["x: yes, not meeting the requirement of less than 5"]]);
    expect(hand({ fact: "x", op: "eq", value: "m", actual: "a" })).toEqual([["x a로 기준(m)에 해당하지 않습니다"], ["x: a, not meeting the requirement of m"]]);
  });

  it("gives no side to a (hand-made) failed trace whose value lies on the passing side", () => {
    expect(hand({ fact: "x", op: "lte", value: "m", actual: "a" })).toEqual([["x a로 기준(m 이하)에 해당하지 않습니다"], ["x: a, not meeting the requirement of m or less"]]);
    expect(hand({ fact: "x", op: "gte", value: "m", actual: "z" })).toEqual([["x z로 기준(m 이상)에 해당하지 않습니다"], ["x: z, not meeting the requirement of m or more"]]);
    expect(hand({ fact: "x", op: "lte", value: 30, actual: 10 })).toEqual([["x 10으로 기준(30 이하)에 해당하지 않습니다"], ["x: 10, not meeting the requirement of 30 or less"]]);
    expect(hand({ fact: "x", op: "gte", value: 30, actual: 40 })).toEqual([["x 40으로 기준(30 이상)에 해당하지 않습니다"], ["x: 40, not meeting the requirement of 30 or more"]]);
  });

  it("calls a (hand-made) failed value equal to a non-strict bound below or above it, not on it", () => {
    expect(hand({ fact: "x", op: "gte", value: "m", actual: "m" })).toEqual([["x m으로 기준(m 이상)에 미달합니다"], ["x: m, below the threshold of m or more"]]);
    expect(hand({ fact: "x", op: "lte", value: "m", actual: "m" })).toEqual([["x m으로 기준(m 이하)을 초과합니다"], ["x: m, not meeting the requirement of m or less"]]);
  });

  it("an infinite number gets a side but no margin", () => {
    expect(hand({ fact: "x", op: "lt", value: 5, actual: Infinity })).toEqual([["x ∞(으)로 기준(5 미만)을 초과합니다"], ["x: ∞, not meeting the requirement of less than 5"]]);
    expect(hand({ fact: "x", op: "gt", value: 5, actual: -Infinity })).toEqual([["x -∞(으)로 기준(5 초과)에 미달합니다"], ["x: -∞, below the threshold of more than 5"]]);
  });
});

describe("explain: margins at their boundaries", () => {
  it("a number on a strict bound has no margin; one off a non-strict bound has a margin of one", () => {
    expect(both({ fact: "x", op: "lt", value: 30 }, { x: 30 })).toEqual([["x 30으로 기준(30 미만)을 충족하지 못합니다"], ["x: 30, not meeting the requirement of less than 30"]]);
    expect(both({ fact: "x", op: "gt", value: 30 }, { x: 30 })).toEqual([["x 30으로 기준(30 초과)을 충족하지 못합니다"], ["x: 30, not meeting the requirement of more than 30"]]);
    expect(both({ fact: "x", op: "lte", value: 30 }, { x: 31 })).toEqual([["x 31로 기준(30 이하)을 1 초과합니다"], ["x: 31, 1 over the requirement of 30 or less"]]);
    expect(both({ fact: "x", op: "gte", value: 30 }, { x: 29 })).toEqual([["x 29로 기준(30 이상)에 1 미달합니다"], ["x: 29, 1 below the threshold of 30 or more"]]);
  });

  it("a number without a unit outside a range, below and above", () => {
    expect(both({ fact: "x", op: "between", value: [10, 20] }, { x: 9.5 })).toEqual([["x 9.5로 기준(10 이상 20 이하)에 0.5 미달합니다"], ["x: 9.5, 0.5 below the requirement of 10 to 20 inclusive"]]);
    expect(both({ fact: "x", op: "between", value: [10, 20] }, { x: 21 })).toEqual([["x 21로 기준(10 이상 20 이하)을 1 초과합니다"], ["x: 21, 1 over the requirement of 10 to 20 inclusive"]]);
  });

  it("a count with its unit: below a range, on strict bounds, long and fine fractions", () => {
    expect(both({ fact: "company.regularWorkers", op: "between", value: [10, 20] }, { company: { regularWorkers: 9 } })).toEqual([
      ["상시근로자 수 9명으로 기준(10명 이상 20명 이하)에 1명 미달합니다"],
      ["9 regular workers, 1 below the requirement of 10 to 20 inclusive"],
    ]);
    expect(both({ fact: "company.regularWorkers", op: "lt", value: 30 }, { company: { regularWorkers: 30 } })).toEqual([
      ["상시근로자 수 30명으로 기준(30명 미만)을 충족하지 못합니다"],
      ["30 regular workers, not meeting the requirement of fewer than 30"],
    ]);
    expect(both({ fact: "company.regularWorkers", op: "gt", value: 30 }, { company: { regularWorkers: 30 } })).toEqual([
      ["상시근로자 수 30명으로 기준(30명 초과)을 충족하지 못합니다"],
      ["30 regular workers, not meeting the requirement of more than 30"],
    ]);
    expect(both({ fact: "company.regularWorkers", op: "gte", value: 1234567 }, { company: { regularWorkers: 0.5 } })).toEqual([
      ["상시근로자 수 0.5명으로 기준(1,234,567명 이상)에 1,234,566.5명 미달합니다"],
      ["0.5 regular workers, 1,234,566.5 below the threshold of 1,234,567 or more"],
    ]);
    // more than the three fraction digits Intl.NumberFormat keeps by default
    expect(both({ fact: "company.regularWorkers", op: "gte", value: 1 }, { company: { regularWorkers: 0.12345 } })).toEqual([
      ["상시근로자 수 0.12345명으로 기준(1명 이상)에 0.87655명 미달합니다"],
      ["0.12345 regular workers, 0.87655 below the threshold of 1 or more"],
    ]);
    expect(both({ fact: "company.rndSpendingShare", op: "gte", value: 3 }, { company: { rndSpendingShare: 1.25 } })).toEqual([
      ["매출액 대비 연구개발비 비중 1.25%(으)로 기준(3% 이상)에 1.75% 미달합니다"],
      ["1.25 percent, 1.75 below the threshold of 3 or more"],
    ]);
  });

  it("money on a strict bound, and one-currency margins in USD and below a KRW range", () => {
    expect(both({ fact: "company.averageRevenue", op: "lt", value: krw("100") }, { company: { averageRevenue: krw("100") } })).toEqual([
      ["평균매출액 100원으로 기준(100원 미만)을 충족하지 못합니다"],
      ["Average revenue: ₩100, not meeting the requirement of less than ₩100"],
    ]);
    expect(both({ fact: "company.averageRevenue", op: "lte", value: usd("100") }, { company: { averageRevenue: usd("100.5") } })).toEqual([
      ["평균매출액 US$100.50으로 기준(US$100.00 이하)을 US$0.50 초과합니다"],
      ["Average revenue: $100.50, $0.50 over the requirement of $100.00 or less"],
    ]);
    expect(both({ fact: "company.averageRevenue", op: "gt", value: usd("100") }, { company: { averageRevenue: usd("99") } })).toEqual([
      ["평균매출액 US$99.00으로 기준(US$100.00 초과)에 US$1.00 미달합니다"],
      ["Average revenue: $99.00, $1.00 below the threshold of more than $100.00"],
    ]);
    expect(both({ fact: "company.totalAssets", op: "between", value: [krw("1000"), krw("2000")] }, { company: { totalAssets: krw("900") } })).toEqual([
      ["자산총액 900원으로 기준(1,000원 이상 2,000원 이하)에 100원 미달합니다"],
      ["Total assets: ₩900, ₩100 below the requirement of ₩1,000 to ₩2,000 inclusive"],
    ]);
  });

  it("no margin (and no side) between money in two currencies, malformed amounts, or money and a number", () => {
    expect(hand({ fact: "company.averageRevenue", op: "lt", value: usd("100"), actual: krw("200") })).toEqual([
      ["평균매출액 200원으로 기준(US$100.00 미만)에 해당하지 않습니다"],
      ["Average revenue: ₩200, not meeting the requirement of less than $100.00"],
    ]);
    expect(hand({ fact: "company.averageRevenue", op: "lt", value: krw("1e3"), actual: krw("2000") })).toEqual([
      ["평균매출액 2,000원으로 기준(1e3 KRW 미만)에 해당하지 않습니다"],
      ["Average revenue: ₩2,000, not meeting the requirement of less than 1e3 KRW"],
    ]);
    expect(hand({ fact: "company.averageRevenue", op: "lt", value: krw("100"), actual: krw("1e3") })).toEqual([
      ["평균매출액 1e3 KRW로 기준(100원 미만)에 해당하지 않습니다"],
      ["Average revenue: 1e3 KRW, not meeting the requirement of less than ₩100"],
    ]);
    expect(hand({ fact: "company.averageRevenue", op: "lt", value: krw("100"), actual: krw("x2000") })[1]).toEqual(["Average revenue: x2000 KRW, not meeting the requirement of less than ₩100"]);
    expect(hand({ fact: "company.averageRevenue", op: "lt", value: 100, actual: krw("2000") })).toEqual([
      ["평균매출액 2,000원으로 기준(100 미만)에 해당하지 않습니다"],
      ["Average revenue: ₩2,000, not meeting the requirement of less than 100"],
    ]);
    expect(hand({ fact: "x", op: "lt", value: krw("100"), actual: 200 })).toEqual([["x 200으로 기준(100원 미만)에 해당하지 않습니다"], ["x: 200, not meeting the requirement of less than ₩100"]]);
  });

  it("no margin between money-like objects whose amount or currency is not a string, nor for a missing value", () => {
    expect(hand({ fact: "x", op: "lt", value: { amount: "100", currency: 5 }, actual: { amount: "200", currency: 5 } })[1]).toEqual([
      "x: {amount: 200, currency: 5}, not meeting the requirement of less than {amount: 100, currency: 5}",
    ]);
    expect(hand({ fact: "x", op: "lt", value: krw("100"), actual: { amount: 200, currency: "KRW" } })[1]).toEqual([
      "x: {amount: 200, currency: KRW}, not meeting the requirement of less than ₩100",
    ]);
    expect(hand({ fact: "x", op: "lt", value: { amount: 100, currency: "KRW" }, actual: krw("200") })[1]).toEqual([
      "x: ₩200, not meeting the requirement of less than {amount: 100, currency: KRW}",
    ]);
    expect(hand({ fact: "x", op: "lt", value: 5, actual: null })).toEqual([["x 없음으로 기준(5 미만)에 해당하지 않습니다"], ["x: none, not meeting the requirement of less than 5"]]);
    expect(hand({ fact: "x", op: "lt", value: 5, actual: undefined })).toEqual([["x 없음으로 기준(5 미만)에 해당하지 않습니다"], ["x: none, not meeting the requirement of less than 5"]]);
  });

  it("names a money fact holding a bare number by its label, and a count holding a list with units", () => {
    expect(hand({ fact: "company.averageRevenue", op: "eq", value: 1, actual: 5 })[1]).toEqual(["Average revenue: 5, not meeting the requirement of 1"]);
    expect(hand({ fact: "company.regularWorkers", op: "gte", value: 5, actual: "4" })).toEqual([
      ["상시근로자 수 4로 기준(5명 이상)에 해당하지 않습니다"],
      ["Regular workers: 4, not meeting the requirement of 5 or more"],
    ]);
    expect(hand({ fact: "company.regularWorkers", op: "eq", value: 1, actual: [3, 4] })).toEqual([
      ["상시근로자 수 3명, 4명으로 기준(1명)에 해당하지 않습니다"],
      ["Regular workers: 3, 4, not meeting the requirement of 1"],
    ]);
    expect(hand({ fact: "company.regularWorkers", op: "gte", value: 5, actual: 6, outcome: "passed" })).toEqual([
      ["상시근로자 수 6명으로 기준(5명 이상)을 충족합니다"],
      ["6 regular workers, meeting the threshold of 5 or more"],
    ]);
  });
});

describe("formatValue at its limits", () => {
  const workers = factDefinition("company.regularWorkers");
  const yesNo = factDefinition("company.taxArrears");
  const custom: FactDefinition = { type: "boolean", label: { ko: "켜짐", en: "on" }, valueNames: { true: { ko: "켬", en: "on" }, "5": { ko: "다섯", en: "five" } } };
  const bare: FactDefinition = { type: "number", label: { ko: "수", en: "number" } };

  it("cuts strings and bigints over 80 characters, not at 80", () => {
    expect(formatValue("a".repeat(80), undefined, "en", false)).toBe("a".repeat(80));
    expect(formatValue("a".repeat(81), undefined, "en", false)).toBe(`${"a".repeat(77)}…`);
    expect(formatValue(10n ** 79n, undefined, "en", false)).toBe(`1${"0".repeat(79)}`);
    expect(formatValue(10n ** 80n, undefined, "en", false)).toBe(`1${"0".repeat(76)}…`);
  });

  it("shows five items of a list and counts the rest, three keys of an object, 40 characters of a key", () => {
    expect(formatValue([1, 2, 3, 4, 5], undefined, "ko", false)).toBe("1, 2, 3, 4, 5");
    expect(formatValue([1, 2, 3, 4, 5, 6], undefined, "ko", false)).toBe("1, 2, 3, 4, 5, … 외 1개");
    expect(formatValue([1, 2, 3, 4, 5, 6], undefined, "en", false)).toBe("1, 2, 3, 4, 5, … 1 more");
    expect(formatValue({ a: 1, b: 2, c: 3 }, undefined, "en", false)).toBe("{a: 1, b: 2, c: 3}");
    expect(formatValue({ a: 1, b: 2, c: 3, d: 4 }, undefined, "en", false)).toBe("{a: 1, b: 2, c: 3, …}");
    expect(formatValue({ ["k".repeat(40)]: 1 }, undefined, "en", false)).toBe(`{${"k".repeat(40)}: 1}`);
    expect(formatValue({ ["k".repeat(41)]: 1 }, undefined, "en", false)).toBe(`{${"k".repeat(39)}…: 1}`);
  });

  it("stops at depth 2 and keeps units on list items", () => {
    expect(formatValue([[1, [2]]], undefined, "en", false)).toBe("1, …");
    expect(formatValue([[[1]]], workers, "ko", true)).toBe("…");
    expect(formatValue([3, [4]], workers, "ko", true)).toBe("3명, 4명");
  });

  it("names booleans and coded strings by valueNames, else yes/no, and only strings and booleans", () => {
    expect(formatValue(true, yesNo, "ko", false)).toBe("예");
    expect(formatValue(false, yesNo, "en", false)).toBe("no");
    expect(formatValue(true, custom, "en", false)).toBe("on");
    expect(formatValue(true, custom, "ko", false)).toBe("켬");
    expect(formatValue(false, custom, "en", false)).toBe("no");
    expect(formatValue("true", yesNo, "en", false)).toBe("yes");
    expect(formatValue("yes", yesNo, "en", false)).toBe("yes");
    expect(formatValue(5, custom, "en", true)).toBe("5");
    expect([true, false].map((value) => formatValue(value, undefined, "ko", false))).toEqual(["예", "아니요"]);
    expect([true, false].map((value) => formatValue(value, undefined, "en", false))).toEqual(["yes", "no"]);
  });

  it("writes numbers with a unit only when asked and known, and none for null and undefined", () => {
    expect(formatValue(5, workers, "en", false)).toBe("5");
    expect(formatValue(5, workers, "en", true)).toBe("5 regular workers");
    expect(formatValue(5, workers, "ko", true)).toBe("5명");
    expect(formatValue(5, bare, "ko", true)).toBe("5");
    expect(formatValue(5, yesNo, "en", true)).toBe("5");
    expect(formatValue(null, undefined, "ko", false)).toBe("없음");
    expect(formatValue(undefined, undefined, "en", false)).toBe("none");
    expect(formatValue(null, workers, "en", true)).toBe("none");
  });

  it("writes money only when amount and currency are strings, and other values by their type", () => {
    expect(formatValue({ amount: "5", currency: 3 }, undefined, "en", false)).toBe("{amount: 5, currency: 3}");
    expect(formatValue({ amount: 5, currency: "KRW" }, undefined, "en", false)).toBe("{amount: 5, currency: KRW}");
    expect(formatValue({ amount: "5" }, undefined, "en", false)).toBe("{amount: 5}");
    expect(formatValue({ amount: "5", currency: "KRW" }, undefined, "en", false)).toBe("₩5");
    expect(formatValue(Symbol("s"), undefined, "en", false)).toBe("symbol");
    expect(formatValue(() => 1, undefined, "en", false)).toBe("function");
  });

  // the number formats are built once per module; a fresh module builds them in this test
  it("keeps fraction digits past the default three, in both locales", async () => {
    vi.resetModules();
    const fresh = await import("../../src/eligibility/explain.js");
    expect(fresh.formatValue(0.12345, undefined, "ko", false)).toBe("0.12345");
    expect(fresh.formatValue(1234.56789, undefined, "en", false)).toBe("1,234.56789");
  });

  it("lists exactly ten `in` values without an ellipsis", () => {
    expect(both({ fact: "x", op: "in", value: Array.from({ length: 10 }, (_, i) => `A${i + 1}`) }, { x: "B" })).toEqual([
      ["x B로 기준(A1, A2, A3, A4, A5, A6, A7, A8, A9, A10 중 하나)에 해당하지 않습니다"],
      ["x: B, not meeting the requirement of one of A1, A2, A3, A4, A5, A6, A7, A8, A9, A10"],
    ]);
  });
});

describe("explain: citations, labels, exclusions and undetermined sentences", () => {
  const derived = (article: string, law?: { ko: string; en: string }) => hand({ fact: "x", op: "eq", value: 1, actual: 1, outcome: "passed", source: "derived", derivation: { fact: "x", statute: statute(article, law), inputs: [] } });

  it("translates multi-digit articles and annexes, and drops notes with or without a space", () => {
    expect(derived("제10조의12")).toEqual([["x 1(가나법 제10조의12)로 기준(1)을 충족합니다"], ["x: 1 (Gana Act, Art. 10-12), meeting the requirement of 1"]]);
    expect(derived("시행령 별표12")[1]).toEqual(["x: 1 (Gana Act, Decree Annex 12), meeting the requirement of 1"]);
    expect(derived("제3조(정의)", { ko: "가나법(약칭)", en: "Gana Act(short)" })).toEqual([["x 1(가나법 제3조)로 기준(1)을 충족합니다"], ["x: 1 (Gana Act, Art. 3), meeting the requirement of 1"]]);
    expect(derived("(주석) 제2조", { ko: " 가나법 ", en: " Gana Act " })).toEqual([["x 1(가나법 제2조)로 기준(1)을 충족합니다"], ["x: 1 (Gana Act, Art. 2), meeting the requirement of 1"]]);
  });

  it("cites only derived values that carry their derivation", () => {
    const derivation = { fact: "x", statute: statute("제1조"), inputs: [] };
    expect(hand({ fact: "x", op: "eq", value: 1, actual: 2, source: "given", derivation })).toEqual([["x 2로 기준(1)에 해당하지 않습니다"], ["x: 2, not meeting the requirement of 1"]]);
    expect(hand({ fact: "x", op: "eq", value: 1, actual: 2, source: "derived" })).toEqual([["x 2로 기준(1)에 해당하지 않습니다"], ["x: 2, not meeting the requirement of 1"]]);
  });

  it("writes an empty label as it is, without capitalising", () => {
    expect(hand({ fact: "x", op: "eq", value: 1, label: { ko: "", en: "" }, actual: 2 })).toEqual([[" 2로 기준(1)에 해당하지 않습니다"], [": 2, not meeting the requirement of 1"]]);
  });

  it("marks exclusions that apply, do not apply and cannot be decided", () => {
    expect(both({ not: { fact: "x", op: "eq", value: 1 } }, { x: 1 })).toEqual([["제외 조건 해당: x 1로 기준(1)을 충족합니다"], ["Exclusion applies: x: 1, meeting the requirement of 1"]]);
    expect(both({ not: { fact: "x", op: "eq", value: 1 } }, { x: 2 })).toEqual([["제외 조건 비해당: x 2로 기준(1)에 해당하지 않습니다"], ["Exclusion does not apply: x: 2, not meeting the requirement of 1"]]);
    expect(both({ not: { fact: "x", op: "eq", value: 1 } }, {})).toEqual([["제외 조건: x 정보가 없어 판단할 수 없습니다"], ["Exclusion: x unknown, so this cannot be decided"]]);
    expect(both({ not: { not: { fact: "x", op: "eq", value: 1 } } }, { x: 1 })).toEqual([["x 1로 기준(1)을 충족합니다"], ["x: 1, meeting the requirement of 1"]]);
  });

  it("names the missing inputs of an undetermined derivation only when there are some", () => {
    const undetermined = (derivation: object) => hand({ fact: "x", op: "eq", value: 1, outcome: "undetermined", actual: undefined, label: { ko: "점수", en: "score" }, derivation: { fact: "x", statute: statute("제1조"), inputs: [], ...derivation } });
    expect(undetermined({})).toEqual([["점수 정보가 없어 판단할 수 없습니다"], ["Score unknown, so this cannot be decided"]]);
    expect(undetermined({ missingInputs: [] })).toEqual([["점수 정보가 없어 판단할 수 없습니다"], ["Score unknown, so this cannot be decided"]]);
    expect(undetermined({ missingInputs: ["a.b", "c"] })).toEqual([["점수 정보가 없어 판단할 수 없습니다(필요한 자료: a.b, c)"], ["Score unknown, so this cannot be decided (needs a.b, c)"]]);
  });
});
