// parseRule and evaluate's typing at the edges the first mutation run showed (src/rules/parse-rule.ts,
// src/rules/prepare-condition.ts): exact messages, paths and issues for values, labels, ids, odd objects and limits.
import { describe, expect, it } from "vitest";
import { evaluate, parseRule, type Rule } from "../../src/index.js";
import { invalidRuleOf } from "../support/invalid-rule.js";

const HINT = "; validate untrusted rules with parseRule";
const parsed = (json: unknown) => invalidRuleOf(() => parseRule(json));
const evaluated = (rule: unknown) => invalidRuleOf(() => evaluate(rule as Rule, {}));

describe("parseRule: values", () => {
  it("refuses a fact path that is not a string", () => {
    expect(parsed({ fact: 5, op: "exists" })).toEqual({ message: "fact: expected a non-empty dotted fact path, received 5", path: ["fact"] });
  });

  it("refuses an operator that only looks like one when converted to a string", () => {
    for (const op of [["eq"], { toString: () => "eq" }]) {
      expect(parsed({ fact: "a", op, value: 1 }).path).toEqual(["op"]);
    }
    expect(parsed({ fact: "a", op: ["eq"], value: 1 }).message).toBe("op: expected an operator, received an array of 1; expected one of eq, ne, lt, lte, gt, gte, in, notIn, contains, startsWith, between, exists");
  });

  it("refuses an over-long array for any operator before typing it", () => {
    expect(parsed({ fact: "a", op: "eq", value: new Array(10_001).fill(1) })).toEqual({ message: "value: array has more than 10,000 elements (RULE_LIMITS.maxArrayLength)", path: ["value"] });
  });

  it("refuses nested arrays, bigints and class instances as values, each with its own message", () => {
    expect(parsed({ fact: "a", op: "in", value: [[1]] })).toEqual({ message: "value[0]: expected a string, number, boolean, null or Money value, received an array of 1", path: ["value", 0] });
    expect(parsed({ fact: "a", op: "eq", value: 5n }).message).toBe("value: expected a string, number, boolean, null or Money value, received 5n");
    expect(parsed({ fact: "a", op: "eq", value: new Date(0) }).message).toBe("value: expected a Money value { amount, currency } as a plain object, received an instance of Date");
  });

  it("refuses a Money value whose amount or currency is not a string or too long, and accepts them at the limit", () => {
    expect(parsed({ fact: "a", op: "eq", value: { amount: 5, currency: "KRW" } })).toEqual({ message: "value.amount: expected a decimal string, received 5", path: ["value", "amount"] });
    expect(parsed({ fact: "a", op: "eq", value: { amount: "1".repeat(10_001), currency: "KRW" } }).path).toEqual(["value", "amount"]);
    expect(parsed({ fact: "a", op: "eq", value: { amount: "1".repeat(10_000), currency: "KRW" } }).path).not.toEqual(["value", "amount"]);
    expect(parsed({ fact: "a", op: "eq", value: { amount: "1", currency: 5 } })).toEqual({ message: "value.currency: expected an ISO 4217 code, received 5", path: ["value", "currency"] });
    expect(parsed({ fact: "a", op: "eq", value: { amount: "1", currency: "ABCDEFGHIJKLMNOPQ" } })).toEqual({
      message: 'value.currency: expected an ISO 4217 code, received "ABCDEFGHIJKLMNOPQ"',
      path: ["value", "currency"],
    });
    expect(parsed({ fact: "a", op: "eq", value: { amount: "1", currency: "ABCDEFGHIJKLMNOP" } }).path).not.toEqual(["value", "currency"]);
  });
});

describe("parseRule: ids, labels and odd objects", () => {
  it("refuses an over-long id with the limit in the message", () => {
    expect(parsed({ id: "r".repeat(10_001), fact: "a", op: "exists" })).toEqual({ message: "id: string is longer than 10,000 characters (RULE_LIMITS.maxStringLength)", path: ["id"] });
  });

  it("refuses a label that is not an object, has another key, or lacks the Korean text", () => {
    expect(parsed({ label: "x", fact: "a", op: "exists" })).toEqual({ message: 'label: expected a label { ko, en }, received "x"', path: ["label"] });
    expect(parsed({ label: { ko: "가", en: "a", ja: "あ" }, fact: "a", op: "exists" })).toEqual({ message: 'label.ja: unknown key "ja" in a label; allowed: ko, en', path: ["label", "ja"] });
    expect(parsed({ label: { en: "a" }, fact: "a", op: "exists" })).toEqual({ message: "label.ko: expected the Korean label: a non-empty string, received undefined", path: ["label", "ko"] });
    expect(parseRule({ label: { ko: "가", en: "a" }, fact: "a", op: "exists" })).toEqual({ label: { ko: "가", en: "a" }, fact: "a", op: "exists" });
  });

  it("refuses null, symbol keys and instances of nameless or prototype-less classes", () => {
    const node = "a rule node ({ fact, op, value } or { all } / { any } / { not })";
    expect(parsed(null)).toEqual({ message: `(root): expected ${node}, received null`, path: [] });
    expect(parsed({ fact: "a", op: "exists", [Symbol("s")]: 1 }).message).toBe(`(root): expected ${node} as plain JSON, received an object with symbol keys`);
    expect(parsed(new (class {})()).message).toBe(`(root): expected ${node} as a plain object, received an instance of a class`);
    expect(parsed(Object.create(Object.create(null) as object)).message).toBe(`(root): expected ${node} as a plain object, received an instance of a class`);
    const named = new (class Odd {})();
    expect(parsed(named).message).toBe(`(root): expected ${node} as a plain object, received an instance of Odd`);
    class Numbered {
      static override = 1;
    }
    Object.defineProperty(Numbered, "name", { value: 5 });
    expect(parsed(new Numbered()).message).toBe(`(root): expected ${node} as a plain object, received an instance of a class`);
  });

  it("lists at most ten keys of a node without a kind, or says it has none", () => {
    expect(parsed({}).message).toBe("(root): expected a rule node with one of fact, all, any, not; received an object with keys (none)");
    const keys = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`k${i}`, i]));
    expect(parsed(keys).message).toBe('(root): expected a rule node with one of fact, all, any, not; received an object with keys "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9"');
  });
});

describe("evaluate types a condition itself (without parseRule)", () => {
  it("names a non-string operator as such", () => {
    expect(evaluated({ fact: "a", op: 3, value: 1 })).toEqual({
      message: `op: expected an operator, received 3; expected one of eq, ne, lt, lte, gt, gte, in, notIn, contains, startsWith, between, exists${HINT}`,
      path: ["op"],
    });
  });

  it("refuses an over-long list and a missing pair", () => {
    expect(evaluated({ fact: "a", op: "in", value: new Array(10_001).fill(1) })).toEqual({ message: `value: array has more than 10,000 elements (RULE_LIMITS.maxArrayLength)${HINT}`, path: ["value"] });
    expect(evaluated({ fact: "a", op: "between" })).toEqual({ message: `value: operator between on "a" needs a [min, max] pair, received none${HINT}`, path: ["value"] });
  });

  it("gives the kind's expectation for a value no comparison accepts, and the operator's for one of the wrong type", () => {
    expect(evaluated({ fact: "a", op: "lt", value: Number.NaN }).message).toBe(`value: expected a string, number, boolean, null or Money value, received NaN${HINT}`);
    expect(evaluated({ fact: "a", op: "lt", value: true }).message).toBe(`value: lt needs a number or a string (e.g. an ISO date), received true${HINT}`);
  });

  it("names a custom fact's declared type, the failing element's index, and shows null and odd Money values", () => {
    expect(evaluated({ fact: "x.y", op: "eq", value: "a", factType: "number" }).message).toBe(`value: "x.y" is a number fact: expected a finite number, received "a"${HINT}`);
    expect(evaluated({ fact: "company.ksic", op: "in", value: ["a", 5] })).toEqual({ message: `value[1]: "company.ksic" is a string fact: expected a string, received 5${HINT}`, path: ["value", 1] });
    expect(evaluated({ fact: "company.ksic", op: "eq", value: null }).message).toBe(`value: "company.ksic" is a string fact: expected a string, received null${HINT}`);
    const money = (value: unknown) => evaluated({ fact: "company.totalAssets", op: "gte", value }).message;
    const expected = 'value: "company.totalAssets" is a money fact: expected a Money value { amount: "2000000000", currency: "KRW" }, received ';
    expect(money({ amount: "1", currency: 5 })).toBe(`${expected}an object${HINT}`);
    expect(money({ amount: 5, currency: "KRW" })).toBe(`${expected}an object${HINT}`);
    expect(money({ amount: "1", currency: "ABCDEFGHIJKLMNOPQ" })).toBe(`${expected}an object${HINT}`);
    expect(money({ amount: ["1"], currency: "KRW" })).toBe(`${expected}an object${HINT}`);
    expect(money({ amount: "1", currency: ["KRW"] })).toBe(`${expected}an object${HINT}`);
    expect(money("1 KRW")).toBe(`${expected}"1 KRW"${HINT}`);
  });
});
