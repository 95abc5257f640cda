// The comparison kinds of the rules core (src/rules/comparisons.ts), pinned at their edges: code-point order around
// the surrogates, a value or fact of the wrong type for each kind, NaN, Dates out of range, malformed money, and
// an untyped condition with a Money value. Written against the survivors of the first mutation run (issue 17).
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, isTechnoparkError, type Rule } from "../../src/index.js";
import { compareCodePoints } from "../../src/rules/comparisons.js";

const outcome = (rule: Rule, facts: object): string => {
  const result = evaluate(rule, facts).outcome;
  expect(compileRule(rule)(facts), "compileRule agrees with evaluate").toBe(result);
  return result;
};
const company = (fields: object) => ({ company: fields });
/** The error evaluate throws for a condition (evaluate types the value itself; parseRule's schema would refuse some first). */
function refused(condition: unknown): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    evaluate(condition as Rule, {});
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return { code: error.code, path: error.path, message: error.message };
  }
  throw new Error("evaluate accepted the rule");
}

describe("compareCodePoints", () => {
  it("orders by the first differing unit after a common prefix", () => {
    expect(Math.sign(compareCodePoints("ab", "ac"))).toBe(-1);
    expect(Math.sign(compareCodePoints("ac", "ab"))).toBe(1);
    expect(compareCodePoints("abc", "abc")).toBe(0);
    expect(Math.sign(compareCodePoints("ab", "abc"))).toBe(-1);
  });

  it("puts every surrogate (U+D800..U+DFFF) after U+E000..U+FFFF, and both ends of the surrogate range count", () => {
    for (const surrogate of ["\ud800", "\udbff", "\udc00", "\udfff"]) {
      for (const high of ["\ue000", "\uffff"]) {
        expect(Math.sign(compareCodePoints(surrogate, high)), `${surrogate.charCodeAt(0).toString(16)} vs ${high.charCodeAt(0).toString(16)}`).toBe(1);
        expect(Math.sign(compareCodePoints(high, surrogate))).toBe(-1);
      }
    }
  });

  it("keeps UTF-16 order below U+D800 and between units on the same side", () => {
    expect(Math.sign(compareCodePoints("\ue000", "a"))).toBe(1);
    expect(Math.sign(compareCodePoints("a", "\ue000"))).toBe(-1);
    expect(Math.sign(compareCodePoints("\ud7ff", "\ud800"))).toBe(-1);
    expect(Math.sign(compareCodePoints("\ud800", "\ud7ff"))).toBe(1);
    expect(Math.sign(compareCodePoints("\ue000", "\ue001"))).toBe(-1);
    expect(Math.sign(compareCodePoints("\ud800", "\udfff"))).toBe(-1);
    expect(Math.sign(compareCodePoints("😀", "\uff01"))).toBe(1);
  });
});

describe("number facts", () => {
  const between = { fact: "company.regularWorkers", op: "between", value: [1, 10] } as const;

  it("between passes a number inside the range and fails NaN, a numeric string and one outside", () => {
    expect(outcome(between, company({ regularWorkers: 5 }))).toBe("eligible");
    expect(outcome(between, company({ regularWorkers: 1 }))).toBe("eligible");
    expect(outcome(between, company({ regularWorkers: 10 }))).toBe("eligible");
    expect(outcome(between, company({ regularWorkers: 11 }))).toBe("ineligible");
    expect(outcome(between, company({ regularWorkers: Number.NaN }))).toBe("ineligible");
    expect(outcome(between, company({ regularWorkers: "5" }))).toBe("ineligible");
  });

  it("refuses NaN and Infinity as a threshold", () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = refused({ fact: "company.regularWorkers", op: "gte", value });
      expect(error.code).toBe("INVALID_RULE");
      expect(error.path).toEqual(["value"]);
      expect(error.message).toContain('"company.regularWorkers" is a number fact: expected a finite number');
    }
  });

  it("in with more than eight numbers matches a number and never a numeric string", () => {
    const rule: Rule = { fact: "company.regularWorkers", op: "in", value: [1, 2, 3, 4, 5, 6, 7, 8, 9] };
    expect(outcome(rule, company({ regularWorkers: 9 }))).toBe("eligible");
    expect(outcome(rule, company({ regularWorkers: "9" }))).toBe("ineligible");
    expect(outcome(rule, company({ regularWorkers: Number.NaN }))).toBe("ineligible");
  });
});

describe("string facts", () => {
  it("refuses a number as a string fact's value", () => {
    const error = refused({ fact: "company.ksic", op: "eq", value: 5 });
    expect(error.code).toBe("INVALID_RULE");
    expect(error.message).toBe('value: "company.ksic" is a string fact: expected a string, received 5; validate untrusted rules with parseRule');
  });

  it("orders strings by code point and fails a fact of another type, even an array", () => {
    const lt: Rule = { fact: "company.ksic", op: "lt", value: "C30" };
    expect(outcome(lt, company({ ksic: "C29" }))).toBe("eligible");
    expect(outcome(lt, company({ ksic: "C31" }))).toBe("ineligible");
    expect(outcome(lt, company({ ksic: 5 }))).toBe("ineligible");
    expect(outcome(lt, company({ ksic: ["C29"] }))).toBe("ineligible");
    const between: Rule = { fact: "company.ksic", op: "between", value: ["C10", "C34"] };
    expect(outcome(between, company({ ksic: "C29" }))).toBe("eligible");
    expect(outcome(between, company({ ksic: "D35" }))).toBe("ineligible");
    expect(outcome(between, company({ ksic: ["C29"] }))).toBe("ineligible");
  });

  it("in with more than eight strings matches the string only", () => {
    const rule: Rule = { fact: "company.ksic", op: "in", value: ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "C9"] };
    expect(outcome(rule, company({ ksic: "C9" }))).toBe("eligible");
    expect(outcome(rule, company({ ksic: "C0" }))).toBe("ineligible");
    expect(outcome(rule, company({ ksic: ["C9"] }))).toBe("ineligible");
  });
});

describe("boolean facts", () => {
  it("refuses a string as a boolean fact's value", () => {
    const error = refused({ fact: "company.taxArrears", op: "eq", value: "yes" });
    expect(error.message).toBe('value: "company.taxArrears" is a boolean fact: expected true or false, received "yes"; validate untrusted rules with parseRule');
  });

  it("in with more than eight booleans matches a boolean", () => {
    const rule: Rule = { fact: "company.taxArrears", op: "in", value: [true, true, true, true, true, true, true, true, true] };
    expect(outcome(rule, company({ taxArrears: true }))).toBe("eligible");
    expect(outcome(rule, company({ taxArrears: false }))).toBe("ineligible");
    expect(outcome(rule, company({ taxArrears: "true" }))).toBe("ineligible");
  });
});

describe("date facts", () => {
  it("eq compares ISO dates and Dates read in Asia/Seoul", () => {
    const rule: Rule = { fact: "company.foundedOn", op: "eq", value: "2020-01-01" };
    expect(outcome(rule, company({ foundedOn: "2020-01-01" }))).toBe("eligible");
    expect(outcome(rule, company({ foundedOn: "2020-01-02" }))).toBe("ineligible");
    expect(outcome(rule, company({ foundedOn: new Date("2019-12-31T15:00:00Z") }))).toBe("eligible");
    expect(outcome({ fact: "company.foundedOn", op: "in", value: ["2020-01-01", "2021-01-01"] }, company({ foundedOn: "2021-01-01" }))).toBe("eligible");
  });

  it("fails a number, an invalid Date and a Date outside years 1..9999 instead of reading them as dates", () => {
    const gte: Rule = { fact: "company.foundedOn", op: "gte", value: "1900-01-01" };
    const lte: Rule = { fact: "company.foundedOn", op: "lte", value: "9999-12-31" };
    for (const foundedOn of [0, 1_600_000_000_000, new Date(Number.NaN), new Date("+010000-01-01T00:00:00Z"), { toISOString: () => "2020-01-01" }]) {
      expect(outcome(gte, company({ foundedOn })), String(foundedOn)).toBe("ineligible");
      expect(outcome(lte, company({ foundedOn })), String(foundedOn)).toBe("ineligible");
    }
    expect(outcome(gte, company({ foundedOn: new Date("2020-01-01T00:00:00Z") }))).toBe("eligible");
  });
});

describe("money facts", () => {
  const rule: Rule = { fact: "company.averageRevenue", op: "lt", value: { amount: "2000000000", currency: "KRW" } };

  it("refuses a Money value with a numeric amount, a non-string currency or an amount the currency cannot hold", () => {
    for (const value of [{ amount: 2000000000, currency: "KRW" }, { amount: "1", currency: ["KRW"] }, { amount: "12.5", currency: "KRW" }, { amount: "1", currency: "XXX" }]) {
      const error = refused({ fact: "company.averageRevenue", op: "lt", value });
      expect(error.code, JSON.stringify(value)).toBe("INVALID_RULE");
      expect(error.message, JSON.stringify(value)).toMatch(/^value: "company\.averageRevenue" is a money fact: expected a Money value/);
    }
  });

  it("fails a fact with a numeric amount, an array currency or a malformed amount", () => {
    for (const averageRevenue of [{ amount: 5, currency: "KRW" }, { amount: "5", currency: ["KRW"] }, { amount: "5.5", currency: "KRW" }, { amount: "five", currency: "KRW" }]) {
      expect(outcome(rule, company({ averageRevenue })), JSON.stringify(averageRevenue)).toBe("ineligible");
    }
    expect(outcome(rule, company({ averageRevenue: { amount: "5", currency: "KRW" } }))).toBe("eligible");
  });

  it("throws CURRENCY_MISMATCH naming evaluate, both currencies and the fact's currency path", () => {
    let caught: unknown;
    try {
      evaluate(rule, company({ averageRevenue: { amount: "5", currency: "USD" } }));
    } catch (error) {
      caught = error;
    }
    expect(isTechnoparkError(caught)).toBe(true);
    const error = caught as { code: string; path: unknown; message: string };
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["fact", "currency"]);
    expect(error.message).toBe("evaluate: cannot combine KRW and USD (fact.currency is USD, expected KRW); convert one with convertMoney and a dated FxRate table first");
  });
});

describe("list facts", () => {
  const has = (value: unknown): Rule => ({ fact: "company.monthEndHeadcounts", op: "contains", value } as Rule);

  it("contains takes null, a string, a boolean or a finite number", () => {
    expect(outcome(has(null), company({ monthEndHeadcounts: [1, null] }))).toBe("eligible");
    expect(outcome(has(true), company({ monthEndHeadcounts: [1, true] }))).toBe("eligible");
    expect(outcome(has(3), company({ monthEndHeadcounts: [1, 3] }))).toBe("eligible");
    expect(outcome(has("3"), company({ monthEndHeadcounts: [1, 3] }))).toBe("ineligible");
  });

  it("refuses NaN, Infinity and objects as the element", () => {
    for (const value of [Number.NaN, Number.NEGATIVE_INFINITY, { a: 1 }]) {
      const error = refused(has(value));
      expect(error.code).toBe("INVALID_RULE");
      expect(error.message).toMatch(/^value: "company\.monthEndHeadcounts" is a list fact: expected a list element \(a string, number or boolean\), received /);
    }
  });
});

describe("untyped facts", () => {
  it("refuses an object value that is not Money", () => {
    const error = refused({ fact: "grant.kind", op: "eq", value: { a: 1 } });
    expect(error.message).toBe("value: expected a string, number, boolean, null or Money value, received an object; validate untrusted rules with parseRule");
  });

  it("compares an untyped fact with a Money value as money (exactly, across representations)", () => {
    const rule = { fact: "grant.amount", op: "eq", value: { amount: "100", currency: "KRW" } } as Rule;
    expect(outcome(rule, { grant: { amount: { amount: "100.0", currency: "KRW" } } })).toBe("eligible");
    expect(outcome(rule, { grant: { amount: { amount: "101", currency: "KRW" } } })).toBe("ineligible");
    const list = { fact: "grant.amount", op: "in", value: [{ amount: "100", currency: "KRW" }] } as Rule;
    expect(outcome(list, { grant: { amount: { amount: "100.0", currency: "KRW" } } })).toBe("eligible");
  });
});

describe("operators on the edges of their fast paths", () => {
  const money = (amount: string, currency = "KRW") => ({ amount, currency });

  it("orders only numbers for a number fact, never a numeric string", () => {
    expect(outcome({ fact: "company.regularWorkers", op: "gt", value: 3 }, company({ regularWorkers: "5" }))).toBe("ineligible");
    expect(outcome({ fact: "company.regularWorkers", op: "lt", value: 10 }, company({ regularWorkers: "5" }))).toBe("ineligible");
    expect(outcome({ fact: "company.regularWorkers", op: "gt", value: 3 }, company({ regularWorkers: 5 }))).toBe("eligible");
  });

  it("in on money compares amounts exactly, with more than eight values too, and fails a fact that is not money", () => {
    const nine = Array.from({ length: 9 }, (_, i) => money(String(i + 1)));
    const rule: Rule = { fact: "company.totalAssets", op: "in", value: nine };
    expect(outcome(rule, company({ totalAssets: money("9.0") }))).toBe("eligible");
    expect(outcome(rule, company({ totalAssets: money("10") }))).toBe("ineligible");
    expect(outcome(rule, company({ totalAssets: 9 }))).toBe("ineligible");
    const two: Rule = { fact: "company.totalAssets", op: "in", value: [money("1"), money("2")] };
    expect(outcome(two, company({ totalAssets: money("2") }))).toBe("eligible");
    expect(outcome(two, company({ totalAssets: money("3") }))).toBe("ineligible");
    expect(outcome(two, company({ totalAssets: "2" }))).toBe("ineligible");
    expect(outcome({ fact: "company.totalAssets", op: "notIn", value: [money("1"), money("2")] }, company({ totalAssets: money("3") }))).toBe("eligible");
  });

  it("json-rules-engine's thresholds fail a fact without a string form", () => {
    const rule: Rule = { fact: "n", op: "lt", value: 3, semantics: "json-rules-engine" };
    expect(outcome(rule, { n: Object.create(null) as object })).toBe("ineligible");
    expect(outcome(rule, { n: "2" })).toBe("eligible");
    expect(outcome(rule, { n: 2 })).toBe("eligible");
    expect(outcome(rule, { n: "abc" })).toBe("ineligible");
  });
});
