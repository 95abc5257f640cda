// The typed rules core (issue 11): every known fact typed once in the fact catalogue, every operator defined once in
// the operator table; money compares exactly, dates as dates, enums only with their values; parseRule refuses
// mistyped rules naming the node path and suggesting the nearest known fact.
import { describe, expect, it } from "vitest";
import {
  compileRule,
  evaluate,
  explain,
  factCatalogue,
  operatorTable,
  parseRule,
  type ConditionTrace,
  type Rule,
} from "../../src/index.js";

const krw = (amount: string) => ({ amount, currency: "KRW" });
const both = (rule: Rule, facts: object, asOf?: string) => {
  const options = asOf === undefined ? undefined : { asOf };
  const result = evaluate(rule, facts, options);
  expect(compileRule(rule)(facts, options), "compileRule agrees with evaluate").toBe(result.outcome);
  return result;
};
function refusal(json: unknown): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    parseRule(json);
  } catch (error) {
    const { code, path, message } = error as { code: string; path: (string | number)[]; message: string };
    return { code, path, message };
  }
  throw new Error("parseRule accepted the input");
}

describe("money facts compare exactly, as decimals (매출 20억 원 미만)", () => {
  const under2bn: Rule = { fact: "company.previousYearRevenue", op: "lt", value: krw("2000000000") };

  it("900,000,000 won is under 2,000,000,000 (as text it would not be: '9' > '2')", () => {
    expect(both(under2bn, { company: { previousYearRevenue: krw("900000000") } }).outcome).toBe("eligible");
    expect(both(under2bn, { company: { previousYearRevenue: krw("1999999999") } }).outcome).toBe("eligible");
    expect(both(under2bn, { company: { previousYearRevenue: krw("2000000000") } }).outcome).toBe("ineligible");
    expect(both(under2bn, { company: { previousYearRevenue: krw("25000000000") } }).outcome).toBe("ineligible");
  });

  it("equal amounts in different spellings are equal; 64-digit amounts compare exactly", () => {
    const usd = (amount: string) => ({ amount, currency: "USD" });
    const eq: Rule = { fact: "company.averageRevenue", op: "eq", value: usd("1.5") };
    expect(both(eq, { company: { averageRevenue: usd("1.50") } }).outcome).toBe("eligible");
    expect(both(eq, { company: { averageRevenue: usd("01.5") } }).outcome).toBe("eligible");
    const big = "9".repeat(63);
    const gte: Rule = { fact: "company.totalAssets", op: "gte", value: krw(`${big}9`) };
    expect(both(gte, { company: { totalAssets: krw(`${big}8`) } }).outcome).toBe("ineligible");
    expect(both(gte, { company: { totalAssets: krw(`${big}9`) } }).outcome).toBe("eligible");
  });

  it("a fact in another currency throws CURRENCY_MISMATCH naming both currencies", () => {
    const facts = { company: { previousYearRevenue: { amount: "900000", currency: "USD" } } };
    for (const judge of [() => evaluate(under2bn, facts), () => compileRule(under2bn)(facts)]) {
      expect(judge).toThrow(expect.objectContaining({ code: "CURRENCY_MISMATCH", message: expect.stringContaining("cannot combine KRW and USD") }));
    }
  });

  it("a number, a string or a malformed amount where money is expected fails the condition (never compared as text)", () => {
    for (const revenue of [900000000, "900000000", { amount: "9e8", currency: "KRW" }, { amount: "1", currency: "XXX" }]) {
      expect(both(under2bn, { company: { previousYearRevenue: revenue } }).outcome).toBe("ineligible");
    }
    expect(both({ fact: "company.previousYearRevenue", op: "ne", value: krw("1") }, { company: { previousYearRevenue: 1 } }).outcome).toBe("eligible");
  });

  it("in / notIn / between take Money values of one currency", () => {
    const band: Rule = { fact: "company.averageRevenue", op: "between", value: [krw("1500000000"), krw("14000000000")] };
    expect(both(band, { company: { averageRevenue: krw("1499999999") } }).outcome).toBe("ineligible");
    expect(both(band, { company: { averageRevenue: krw("1500000000") } }).outcome).toBe("eligible");
    expect(both(band, { company: { averageRevenue: krw("14000000000") } }).outcome).toBe("eligible");
    expect(both(band, { company: { averageRevenue: krw("14000000001") } }).outcome).toBe("ineligible");
    expect(both({ fact: "company.averageRevenue", op: "in", value: [krw("1"), krw("2")] }, { company: { averageRevenue: krw("2") } }).outcome).toBe("eligible");
  });

  it("a custom money fact declares factType money", () => {
    const rule = parseRule({ fact: "company.exports", op: "gte", value: { amount: "100000", currency: "USD" }, factType: "money" });
    expect(both(rule, { company: { exports: { amount: "100000.00", currency: "USD" } } }).outcome).toBe("eligible");
    expect(both(rule, { company: { exports: { amount: "99999.99", currency: "USD" } } }).outcome).toBe("ineligible");
  });
});

describe("date facts compare as dates", () => {
  const foundedBy: Rule = { fact: "company.foundedOn", op: "gte", value: "2023-01-23" };

  it("ISO dates and Date objects (read in Asia/Seoul)", () => {
    expect(both(foundedBy, { company: { foundedOn: "2023-01-23" } }).outcome).toBe("eligible");
    expect(both(foundedBy, { company: { foundedOn: "2023-01-22" } }).outcome).toBe("ineligible");
    // 2023-01-22T15:00Z is 2023-01-23 00:00 in Seoul
    expect(both(foundedBy, { company: { foundedOn: new Date("2023-01-22T15:00:00Z") } }).outcome).toBe("eligible");
    expect(both(foundedBy, { company: { foundedOn: new Date("2023-01-22T14:59:59Z") } }).outcome).toBe("ineligible");
  });

  it("a fact that is not a real date fails (never compared as text)", () => {
    for (const foundedOn of ["2023-1-23", "2023-02-30", "9999", 20230123, new Date(Number.NaN)]) {
      expect(both(foundedBy, { company: { foundedOn } }).outcome).toBe("ineligible");
    }
  });

  it("between two dates, both inclusive", () => {
    const window: Rule = { fact: "company.foundedOn", op: "between", value: ["2023-01-23", "2026-01-22"] };
    expect(["2023-01-22", "2023-01-23", "2026-01-22", "2026-01-23"].map((foundedOn) => both(window, { company: { foundedOn } }).outcome)).toEqual([
      "ineligible",
      "eligible",
      "eligible",
      "ineligible",
    ]);
  });
});

describe("strings compare by code point, as SQL does under a binary collation", () => {
  it('"\\uFF01" (U+FF01) sorts before "😀" (U+1F600), though its UTF-16 unit is larger than the surrogate', () => {
    expect(both({ fact: "name", op: "lt", value: "😀" }, { name: "\uFF01" }).outcome).toBe("eligible");
    expect(both({ fact: "name", op: "gt", value: "\uFF01" }, { name: "😀" }).outcome).toBe("eligible");
    expect(both({ fact: "name", op: "between", value: ["\uE000", "😀"] }, { name: "\uFFFF" }).outcome).toBe("eligible");
  });
});

describe("parseRule refuses mistyped rules, naming the node path", () => {
  it.each([
    [
      "a typo in a company path, with the nearest known fact",
      { all: [{ fact: "company.regularWorker", op: "gte", value: 30 }] },
      ["all", 0, "fact"],
      'all[0].fact: unknown fact "company.regularWorker" (did you mean "company.regularWorkers"?); facts under company. must be in the fact catalogue, or the condition must declare a factType for a custom fact',
    ],
    [
      "a typo under representative",
      { fact: "representative.birthdate", op: "exists" },
      ["fact"],
      'fact: unknown fact "representative.birthdate" (did you mean "representative.birthDate"?); facts under representative. must be in the fact catalogue, or the condition must declare a factType for a custom fact',
    ],
    [
      "a path below a money fact",
      { fact: "company.averageRevenue.amount", op: "lt", value: "2000000000" },
      ["fact"],
      'fact: unknown fact "company.averageRevenue.amount" (did you mean "company.averageRevenue"?); facts under company. must be in the fact catalogue, or the condition must declare a factType for a custom fact',
    ],
    [
      "a value outside an enum",
      { fact: "company.smeSize", op: "eq", value: "smal" },
      ["value"],
      'value: "company.smeSize" is an enum fact: expected one of "small", "medium", "not-sme", received "smal"',
    ],
    [
      "a string against a number fact",
      { any: [{ fact: "company.regularWorkers", op: "gte", value: "30" }] },
      ["any", 0, "value"],
      'any[0].value: "company.regularWorkers" is a number fact: expected a finite number, received "30"',
    ],
    [
      "a number against a money fact",
      { fact: "company.previousYearRevenue", op: "lt", value: 2000000000 },
      ["value"],
      'value: "company.previousYearRevenue" is a money fact: expected a Money value { amount: "2000000000", currency: "KRW" }, received 2000000000',
    ],
    [
      "a malformed date",
      { fact: "company.foundedOn", op: "lt", value: "2021-3-5" },
      ["value"],
      'value: "company.foundedOn" is a date fact: expected an ISO date YYYY-MM-DD, received "2021-3-5"',
    ],
    [
      "an operator that does not fit the type",
      { fact: "company.regularWorkers", op: "startsWith", value: "3" },
      ["op"],
      'op: operator startsWith does not apply to "company.regularWorkers", a number fact; it applies to string facts',
    ],
    ["an order on an enum", { fact: "company.startupStage", op: "lt", value: "leap" }, ["op"], 'op: operator lt does not apply to "company.startupStage", an enum fact; it applies to number, string, date, money facts'],
    [
      "an unknown currency",
      { fact: "company.totalAssets", op: "lt", value: { amount: "1", currency: "XYZ" } },
      ["value"],
      'value: "company.totalAssets" is a money fact: expected a Money value { amount: "2000000000", currency: "KRW" }, received {"amount":"1","currency":"XYZ"}',
    ],
    [
      "money in two currencies",
      { fact: "company.totalAssets", op: "in", value: [krw("1"), { amount: "1", currency: "USD" }] },
      ["value"],
      "value: money values must share one currency, received KRW and USD",
    ],
    ["between out of order on money", { fact: "company.totalAssets", op: "between", value: [krw("2"), krw("1")] }, ["value"], 'value: between needs min ≤ max of one type, received [{"amount":"2","currency":"KRW"}, {"amount":"1","currency":"KRW"}]'],
  ])("%s", (_, json, path, message) => {
    expect(refusal(json)).toEqual({ code: "INVALID_RULE", path, message });
  });

  it("accepts facts outside company./representative. untyped, custom facts with a factType, and objects of the catalogue with exists", () => {
    expect(parseRule({ fact: "tags", op: "contains", value: "export" })).toEqual({ fact: "tags", op: "contains", value: "export" });
    expect(parseRule({ fact: "company.isVenture", op: "eq", value: true, factType: "boolean" })).toEqual({ fact: "company.isVenture", op: "eq", value: true, factType: "boolean" });
    expect(parseRule({ fact: "company.location", op: "exists" })).toEqual({ fact: "company.location", op: "exists" });
    expect(refusal({ fact: "company.location", op: "eq", value: "x" }).message).toBe('op: operator eq does not apply to "company.location", an object fact; it applies to number, string, boolean, date, money, enum facts');
  });

  it("evaluate and compileRule refuse the same mistyped known facts, with the path and the parseRule hint", () => {
    const rule = { all: [{ fact: "company.regularWorkers", op: "gte", value: "30" }] } as unknown as Rule;
    const message = 'all[0].value: "company.regularWorkers" is a number fact: expected a finite number, received "30"; validate untrusted rules with parseRule';
    expect(() => evaluate(rule, {})).toThrow(expect.objectContaining({ code: "INVALID_RULE", path: ["all", 0, "value"], message }));
    expect(() => compileRule(rule)).toThrow(expect.objectContaining({ code: "INVALID_RULE", path: ["all", 0, "value"], message }));
  });
});

describe("the fact catalogue and the operator table", () => {
  it("types every Company field and derived fact, with ko/en labels", () => {
    const entries = Object.entries(factCatalogue);
    expect(entries.length).toBe(43); // 24 + the 19 facts of the national programmes (issue 13)
    for (const [path, definition] of entries) {
      expect(path).toMatch(/^(company|representative)\./);
      expect(definition.label.ko.length, path).toBeGreaterThan(0);
      expect(definition.label.en.length, path).toBeGreaterThan(0);
      if (definition.type === "enum") expect((definition as { values: readonly string[] }).values.length, path).toBeGreaterThan(1);
    }
    expect(factCatalogue["company.previousYearRevenue"]).toMatchObject({ type: "money", label: { ko: "직전 사업연도 매출액" }, unit: { ko: "원" } });
    expect(factCatalogue["company.smeSize"].derived.inputs.map((input) => input.fact)).toEqual(["company.ksic", "company.averageRevenue", "company.totalAssets", "company.seatManufacturing"]);
  });

  it("defines each operator once: value shape, types, wording", () => {
    expect(Object.keys(operatorTable)).toEqual(["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between", "exists"]);
    expect(Object.fromEntries(Object.entries(operatorTable).map(([op, definition]) => [op, definition.value]))).toEqual({
      eq: "one", ne: "one", lt: "one", lte: "one", gt: "one", gte: "one", in: "list", notIn: "list", contains: "one", startsWith: "one", between: "pair", exists: "flag",
    });
    expect(operatorTable.between.words.ko(["10명", "20명"])).toBe("10명 이상 20명 이하");
    expect(operatorTable.lte.words.en(["10"], true)).toBe("10 or fewer");
    expect(operatorTable.startsWith.words.ko(["C"])).toBe("C로 시작");
  });
});

describe("derived facts: the trace names the table version it used (issue 17: the citation was always 2025-09-01)", () => {
  const company = { ksic: "C29", averageRevenue: krw("100000000000"), totalAssets: krw("10000000000") };
  const rule: Rule = { fact: "company.smeSize", op: "in", value: ["small", "medium"] };

  it.each([
    ["2020-01-01", "2016-01-01"],
    ["2025-08-31", "2016-01-01"],
    ["2025-09-01", "2025-09-01"],
  ])("as of %s: 별표1 of %s", (asOf, validFrom) => {
    const trace = both(rule, { company }, asOf).trace as ConditionTrace;
    expect(trace.derivation?.statute.validFrom).toBe(validFrom);
    expect(trace.derivation?.tables).toEqual({ "sme-size": validFrom });
  });

  it("a company founded on the judging day is 0 full years old, not undetermined", () => {
    const result = both({ fact: "company.ageInYears", op: "lt", value: 3 }, { company: { foundedOn: "2026-01-22" } }, "2026-01-22");
    expect(result.outcome).toBe("eligible");
    expect((result.trace as ConditionTrace).actual).toBe(0);
    expect(both({ fact: "company.ageInYears", op: "lt", value: 3 }, { company: { foundedOn: "2026-01-23" } }, "2026-01-22").outcome).toBe("undetermined");
  });
});

describe("explain states the margin to the threshold, in the fact's unit", () => {
  it("counts: 27 against 30 or more is 3명 short", () => {
    const result = evaluate({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: { regularWorkers: 27 } });
    expect(explain(result)).toEqual(["상시근로자 수 27명으로 기준(30명 이상)에 3명 미달합니다"]);
    expect(explain(result, "en")).toEqual(["27 regular workers, 3 below the threshold of 30 or more"]);
  });

  it("money: revenue 25억 against less than 20억 is 5억 원 over", () => {
    const result = evaluate({ fact: "company.previousYearRevenue", op: "lt", value: krw("2000000000") }, { company: { previousYearRevenue: krw("2500000000") } });
    expect(explain(result)).toEqual(["직전 사업연도 매출액 25억 원으로 기준(20억 원 미만)을 5억 원 초과합니다"]);
    expect(explain(result, "en")).toEqual(["Previous-year revenue: ₩2,500,000,000, ₩500,000,000 over the requirement of less than ₩2,000,000,000"]);
  });

  it("money below a floor, years since founding, and no margin where the value sits on a strict bound", () => {
    const floor = evaluate({ fact: "company.averageRevenue", op: "gte", value: krw("1500000000") }, { company: { averageRevenue: krw("1234560000") } });
    expect(explain(floor)).toEqual(["평균매출액 12억 3,456만 원으로 기준(15억 원 이상)에 2억 6,544만 원 미달합니다"]);
    const age = evaluate({ fact: "company.ageInYears", op: "gte", value: 3 }, { company: { foundedOn: "2024-05-01" } }, { asOf: "2025-06-01" });
    expect(explain(age)).toEqual(["업력 1년(민법 제158조·제160조)으로 기준(3년 이상)에 2년 미달합니다"]);
    const onBound = evaluate({ fact: "company.previousYearRevenue", op: "lt", value: krw("2000000000") }, { company: { previousYearRevenue: krw("2000000000") } });
    expect(explain(onBound)).toEqual(["직전 사업연도 매출액 20억 원으로 기준(20억 원 미만)을 충족하지 못합니다"]);
  });

  it("exact margins whatever the floats: 0.30000000000000004 against at most 0.3", () => {
    const result = evaluate({ fact: "score", op: "lte", value: 0.3 }, { score: 0.1 + 0.2 });
    expect(explain(result, "en")).toEqual(["score: 0.30000000000000004, 0.00000000000000004 over the requirement of 0.3 or less"]);
  });
});
