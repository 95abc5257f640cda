// How a compiled rule reads its facts and dates (src/eligibility/compile.ts): derived facts given or derived, exists on
// them, asOf changing between calls (strings are cached, Dates are not), functions and inherited keys read as missing,
// and a polluted Object.prototype switching every read to own properties.
import { afterEach, describe, expect, it } from "vitest";
import { compileRule, evaluate, isTechnoparkError, type Rule } from "../../src/index.js";

describe("compiled rules read facts like evaluate", () => {
  it("decides a derived fact from its given value first, else from its derivation", () => {
    const judge = compileRule({ fact: "company.ageInYears", op: "lt", value: 3 });
    expect(judge({ company: { ageInYears: 2, foundedOn: "2000-01-01" } }, { asOf: "2025-01-01" })).toBe("eligible");
    expect(judge({ company: { ageInYears: null, foundedOn: "2000-01-01" } }, { asOf: "2025-01-01" })).toBe("ineligible");
    expect(judge({ company: { foundedOn: "2023-01-01" } }, { asOf: "2025-01-01" })).toBe("eligible");
    expect(judge({ company: { foundedOn: "2023-01-01" } })).toBe("undetermined");
    expect(judge({ company: {} }, { asOf: "2025-01-01" })).toBe("undetermined");
  });

  it("decides exists on a derived fact by whether it could be derived", () => {
    const exists = compileRule({ fact: "company.ageInYears", op: "exists" });
    const absent = compileRule({ fact: "company.ageInYears", op: "exists", value: false });
    expect([exists({ company: { foundedOn: "2023-01-01" } }, { asOf: "2025-01-01" }), absent({ company: { foundedOn: "2023-01-01" } }, { asOf: "2025-01-01" })]).toEqual(["eligible", "ineligible"]);
    expect([exists({ company: {} }, { asOf: "2025-01-01" }), absent({ company: {} }, { asOf: "2025-01-01" })]).toEqual(["ineligible", "eligible"]);
    expect(exists({ company: { ageInYears: 0 } })).toBe("eligible");
  });

  it("uses each call's asOf, whether a string repeated, a new string or a Date", () => {
    const judge = compileRule({ fact: "company.ageInYears", op: "gte", value: 3 });
    const facts = { company: { foundedOn: "2022-03-01" } };
    expect(judge(facts, { asOf: "2025-02-28" })).toBe("ineligible");
    expect(judge(facts, { asOf: "2025-02-28" })).toBe("ineligible");
    expect(judge(facts, { asOf: "2025-03-01" })).toBe("eligible");
    expect(judge(facts, { asOf: "2025-02-28" })).toBe("ineligible");
    expect(judge(facts, { asOf: new Date("2025-03-01T00:00:00+09:00") })).toBe("eligible");
    expect(judge(facts, { asOf: new Date("2025-02-28T00:00:00+09:00") })).toBe("ineligible");
    expect(judge(facts, { asOf: "2025-03-01" })).toBe("eligible");
    expect(judge(facts)).toBe("undetermined");
    expect(judge(facts, {})).toBe("undetermined");
  });

  it("refuses a malformed asOf with VALIDATION at options.asOf, also after a good one", () => {
    const judge = compileRule({ fact: "company.ageInYears", op: "gte", value: 3 });
    expect(judge({ company: { foundedOn: "2022-03-01" } }, { asOf: "2025-03-01" })).toBe("eligible");
    let caught: unknown;
    try {
      judge({ company: { foundedOn: "2022-03-01" } }, { asOf: "2025-02-30" });
    } catch (error) {
      caught = error;
    }
    expect(isTechnoparkError(caught, "VALIDATION")).toBe(true);
    expect((caught as { path: unknown }).path).toEqual(["options", "asOf"]);
    let fromEvaluate: unknown;
    try {
      evaluate({ fact: "company.ageInYears", op: "gte", value: 3 }, {}, { asOf: "2025-02-30" });
    } catch (error) {
      fromEvaluate = error;
    }
    expect(isTechnoparkError(fromEvaluate, "VALIDATION")).toBe(true);
    expect((fromEvaluate as { path: unknown }).path).toEqual(["options", "asOf"]);
  });

  it("reads functions, primitives on the way and inherited keys as missing", () => {
    const rule: Rule = { fact: "company.regularWorkers", op: "gte", value: 1 };
    const judge = compileRule(rule);
    for (const facts of [{ company: { regularWorkers: () => 5 } }, { company: 5 }, { company: { regularWorkers: null } }, {}]) {
      expect(judge(facts), JSON.stringify(facts)).toBe("undetermined");
      expect(evaluate(rule, facts).outcome).toBe("undetermined");
    }
    const guarded = compileRule({ fact: "company.valueOf", op: "exists" });
    expect(guarded({ company: {} })).toBe("ineligible");
    expect(guarded({ company: { valueOf: 1 } })).toBe("eligible");
    expect(compileRule({ fact: "company.x", op: "exists" })({ company: Object.create({ x: 1 }) as object })).toBe(evaluate({ fact: "company.x", op: "exists" }, { company: Object.create({ x: 1 }) as object }).outcome);
  });
});

describe("compiled rules on a polluted Object.prototype", () => {
  const keys = ["company", "regularWorkers", "ksic"];
  afterEach(() => {
    for (const key of keys) delete (Object.prototype as Record<string, unknown>)[key];
  });

  it("read only own properties, for single conditions and shared prefixes alike", () => {
    const single = compileRule({ fact: "company.regularWorkers", op: "gte", value: 1 });
    const shared = compileRule({ all: [{ fact: "company.regularWorkers", op: "gte", value: 1 }, { fact: "company.ksic", op: "startsWith", value: "C" }] });
    const derived = compileRule({ fact: "company.ageInYears", op: "exists" });
    expect(shared({ company: { regularWorkers: 3, ksic: "C1" } })).toBe("eligible");
    (Object.prototype as Record<string, unknown>)["company"] = { regularWorkers: 3, ksic: "C1", foundedOn: "2020-01-01" };
    (Object.prototype as Record<string, unknown>)["regularWorkers"] = 3;
    (Object.prototype as Record<string, unknown>)["ksic"] = "C1";
    expect(single({})).toBe("undetermined");
    expect(single({ company: {} })).toBe("undetermined");
    expect(shared({})).toBe("undetermined");
    expect(shared({ company: {} })).toBe("undetermined");
    expect(derived({}, { asOf: "2025-01-01" })).toBe("ineligible");
    expect(shared({ company: { regularWorkers: 3, ksic: "C1" } })).toBe("eligible");
  });
});

describe("compiled rules: shared prefixes and the asOf cache", () => {
  it("do not share a prefix with conditions nested in all, any or not under another root", () => {
    const facts = { representative: { b: 1 } };
    for (const nested of [{ all: [{ fact: "representative.b", op: "exists" }] }, { any: [{ fact: "representative.b", op: "exists" }] }, { not: { fact: "representative.b", op: "exists", value: false } }] as Rule[]) {
      const rule: Rule = { any: [{ fact: "company.a", op: "exists" }, nested] };
      expect(compileRule(rule)(facts), JSON.stringify(nested)).toBe("eligible");
      expect(evaluate(rule, facts).outcome).toBe("eligible");
    }
  });

  it("keep the own-property guard of each segment under a shared prefix", () => {
    const rule = { all: [{ fact: "company.__proto__", op: "exists" }, { fact: "company.a", op: "exists" }] } as Rule;
    expect(compileRule(rule)({ company: { a: 1 } })).toBe("ineligible");
    expect(evaluate(rule, { company: { a: 1 } }).outcome).toBe("ineligible");
  });

  it("read a Date asOf again on every call, even the same Date object changed in between", () => {
    const judge = compileRule({ fact: "company.ageInYears", op: "gte", value: 3 });
    const facts = { company: { foundedOn: "2022-03-01" } };
    const day = new Date("2025-02-28T12:00:00+09:00");
    expect(judge(facts, { asOf: day })).toBe("ineligible");
    day.setTime(new Date("2025-03-01T12:00:00+09:00").getTime());
    expect(judge(facts, { asOf: day })).toBe("eligible");
  });
});
