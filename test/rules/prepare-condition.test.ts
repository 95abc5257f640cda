// Typing a condition (src/rules/prepare-condition.ts): a declared factType guards the fact's type for every operator,
// long values and keys are cut in messages, and the refusals name the kind of fact.
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, isTechnoparkError, parseRule, type FactType, type Rule } from "../../src/index.js";

const outcome = (rule: Rule, facts: object): string => {
  const result = evaluate(rule, facts).outcome;
  expect(compileRule(rule)(facts), "compileRule agrees").toBe(result);
  return result;
};
function refused(json: unknown): { path: readonly (string | number)[]; message: string } {
  try {
    parseRule(json);
  } catch (error) {
    if (!isTechnoparkError(error, "INVALID_RULE")) throw error;
    return { path: error.path, message: error.message };
  }
  throw new Error("accepted");
}

describe("a declared factType", () => {
  const exists = (factType: FactType): Rule => ({ fact: "x.y", op: "exists", factType });
  const cases: [FactType, unknown[], unknown[]][] = [
    ["string", ["", "a"], [5, true, ["a"], {}]],
    ["number", [0, 1.5], ["1", true, [1]]],
    ["boolean", [true, false], ["true", 0, [true]]],
    ["array", [[], [1]], [{}, "a", 1]],
    ["object", [{}, { a: 1 }], [[], "a", 1, true]],
    ["money", [{ amount: "1", currency: "KRW" }, { amount: "0.5", currency: "USD" }], [{ amount: 1, currency: "KRW" }, { amount: "1" }, "1 KRW", []]],
    ["date", ["2020-02-29", new Date("2020-01-01T00:00:00Z")], ["2021-02-29", "2020-1-1", 20200101, new Date(Number.NaN), {}]],
  ];
  it.each(cases)("%s: a present fact of the type passes exists, any other fails it", (factType, good, bad) => {
    for (const y of good) expect(outcome(exists(factType), { x: { y } }), `${factType} ${String(y)}`).toBe("eligible");
    for (const y of bad) expect(outcome(exists(factType), { x: { y } }), `${factType} ${JSON.stringify(y)}`).toBe("ineligible");
  });

  it("also guards ne and notIn, which pass a fact of another type without it", () => {
    expect(outcome({ fact: "x.y", op: "ne", value: "a" }, { x: { y: 5 } })).toBe("eligible");
    expect(outcome({ fact: "x.y", op: "ne", value: "a", factType: "string" }, { x: { y: 5 } })).toBe("ineligible");
    expect(outcome({ fact: "x.y", op: "notIn", value: ["a"], factType: "string" }, { x: { y: "b" } })).toBe("eligible");
    expect(outcome({ fact: "x.y", op: "notIn", value: ["a"], factType: "string" }, { x: { y: 5 } })).toBe("ineligible");
  });

  it("refuses an unknown factType given to evaluate, listing the known ones", () => {
    expect(() => evaluate({ fact: "x", op: "exists", factType: "list" as FactType }, {})).toThrow(
      'factType: expected one of string, number, boolean, date, money, array, object, received "list"; validate untrusted rules with parseRule',
    );
  });
});

describe("messages", () => {
  it("show a Money value as JSON when short, and as an object when its amount or currency is long", () => {
    expect(refused({ fact: "company.totalAssets", op: "between", value: [{ amount: "2", currency: "KRW" }, { amount: "1", currency: "KRW" }] }).message).toBe(
      'value: between needs min ≤ max of one type, received [{"amount":"2","currency":"KRW"}, {"amount":"1","currency":"KRW"}]',
    );
    const long = "9".repeat(81);
    // too many digits for money, and shown as "an object": the amount is over 80 characters
    expect(refused({ fact: "company.totalAssets", op: "between", value: [{ amount: long, currency: "KRW" }, { amount: "1", currency: "KRW" }] }).message).toBe(
      'value[0]: "company.totalAssets" is a money fact: expected a Money value { amount: "2000000000", currency: "KRW" }, received an object',
    );
    const eighty = "9".repeat(80);
    expect(refused({ fact: "company.totalAssets", op: "between", value: [{ amount: eighty, currency: "KRW" }, { amount: "1", currency: "KRW" }] }).message).toMatch(new RegExp(`received \\{"amount":"${eighty}","currency":"KRW"\\}$`));
    expect(refused({ fact: "company.totalAssets", op: "gte", value: { amount: "1", currency: "ABCDEFGHIJKLMNOP" } }).message).toBe(
      'value: "company.totalAssets" is a money fact: expected a Money value { amount: "2000000000", currency: "KRW" }, received {"amount":"1","currency":"ABCDEFGHIJKLMNOP"}',
    );
  });

  it("cut a key longer than 80 characters in the path, keeping the whole key in error.path", () => {
    const key = "k".repeat(100);
    const error = refused({ fact: "x", op: "exists", [key]: 1 });
    expect(error.path).toEqual([key]);
    expect(error.message.startsWith(`["${"k".repeat(77)}…"]: unknown key `)).toBe(true);
    const exact = "k".repeat(80);
    expect(refused({ fact: "x", op: "exists", [exact]: 1 }).message.startsWith(`${exact}: unknown key `)).toBe(true);
  });

  it("name the kind of fact an operator does not apply to, or a value does not fit", () => {
    expect(refused({ fact: "company.extra", op: "eq", value: 1, factType: "object" }).message).toBe(
      'op: operator eq does not apply to "company.extra", an object fact; it applies to number, string, boolean, date, money, enum facts',
    );
    expect(refused({ fact: "company.extra", op: "contains", value: 1.5, factType: "date" }).message).toBe(
      'op: operator contains does not apply to "company.extra", a date fact; it applies to list, string facts',
    );
    expect(refused({ fact: "company.foundedOn", op: "eq", value: "2021-3-5" }).message).toBe('value: "company.foundedOn" is a date fact: expected an ISO date YYYY-MM-DD, received "2021-3-5"');
  });
});
