import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, evaluateMany, isTechnoparkError, judgeMany, parseRule, type Rule } from "../../src/index.js";
import { months } from "./fixtures.js";

const scalar = fc.oneof(fc.integer({ min: -2, max: 40 }), fc.constantFrom(29.5, 30, "C", "영천시", "small", "early", "2024-01-01", "", "30"), fc.boolean(), fc.constant(null));
const value = fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant(undefined) });
const facts = fc.record({
  x: value,
  y: value,
  nested: fc.record({ z: value, list: fc.array(scalar, { maxLength: 3 }) }),
  company: fc.record(
    {
      regularWorkers: fc.option(fc.constantFrom(5, 29.5, 30, 31), { nil: undefined }),
      monthEndHeadcounts: fc.option(fc.constantFrom(months(29, 1), months(30), []), { nil: undefined }),
      ksic: fc.option(fc.constantFrom("C29", "G47", "29199", "zz"), { nil: undefined }),
      foundedOn: fc.option(fc.constantFrom("2020-05-01", "2024-01-01", "2030-01-01", "bad"), { nil: undefined }),
      averageRevenue: fc.option(fc.constantFrom({ amount: "1000000000", currency: "KRW" }, { amount: "90000000000", currency: "KRW" }), { nil: undefined }),
      totalAssets: fc.option(fc.constant({ amount: "1000000000", currency: "KRW" }), { nil: undefined }),
      inListedGroup: fc.option(fc.boolean(), { nil: undefined }),
    },
    { requiredKeys: [] },
  ),
  representative: fc.option(fc.record({ birthDate: fc.constantFrom("1990-01-01", "1980-01-01") }), { nil: undefined }),
});
const op = fc.constantFrom("eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between", "exists");
const condition = fc
  .record({
    fact: fc.constantFrom(
      "x", "y", "nested.z", "nested.list", "nested.list.0", "missing.path",
      "company.regularWorkers", "company.smeSize", "company.isMicroEnterprise", "company.startupStage",
      "company.ksicSection", "company.ageInYears", "representative.isYouth",
    ),
    op,
    scalar,
    list: fc.array(scalar, { maxLength: 4 }),
    pair: fc.oneof(fc.tuple(fc.integer({ max: 20 }), fc.integer({ min: 20, max: 40 })), fc.constant(["2020-01-01", "2025-01-01"] as [string, string])),
    factType: fc.option(fc.constantFrom("string", "number", "boolean", "array", "object"), { nil: undefined }),
    loose: fc.boolean(),
  })
  .map(({ fact, op, scalar: s, list, pair, factType, loose }): Rule => {
    const value = op === "in" || op === "notIn" ? list : op === "between" ? pair : op === "exists" ? typeof s === "boolean" ? s : undefined : s;
    return {
      fact,
      op,
      ...(value === undefined ? {} : { value }),
      ...(factType === undefined ? {} : { factType }),
      ...(loose ? { semantics: "json-rules-engine" as const } : {}),
    } as Rule;
  })
  // conditions the fact catalogue and the operator table accept; refusals are tested in parse-rule.test.ts
  .filter((candidate) => {
    try {
      parseRule(candidate);
      return true;
    } catch {
      return false;
    }
  });
const rule: fc.Arbitrary<Rule> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, condition, tie("all"), tie("any"), tie("not")),
  all: fc.array(tie("node"), { maxLength: 4 }).map((all) => ({ all }) as Rule),
  any: fc.array(tie("node"), { maxLength: 4 }).map((any) => ({ any }) as Rule),
  not: tie("node").map((not) => ({ not }) as Rule),
})).node as fc.Arbitrary<Rule>;

describe("compileRule", () => {
  it("gives the same outcome as evaluate on random rules and facts, with and without asOf (property)", () => {
    fc.assert(
      fc.property(rule, facts, fc.constantFrom(undefined, "2025-03-01", "2019-06-30"), (r, f, asOf) => {
        const options = asOf === undefined ? undefined : { asOf };
        expect(compileRule(r)(f, options)).toBe(evaluate(r, f, options).outcome);
      }),
      { numRuns: 3000 },
    );
  });

  it("agrees with evaluate on every operator × fact value × threshold (exhaustive over a small domain)", () => {
    const values = [undefined, null, -1, 0, 29.5, 30, "", "2024-01-01", "2024-12-31", "C", "C29", "30", true, false, [], ["C"], [30, "C"], { a: 1 }];
    const thresholds = [null, 0, 30, "C", "2024-01-01", "30", true, false, [], ["C", 30], [0, 30], ["2024-01-01", "2024-12-31"], ["C"]];
    const ops = ["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between", "exists"] as const;
    let checked = 0;
    for (const op of ops) {
      for (const threshold of thresholds) {
        if ((op === "in" || op === "notIn" || op === "between") !== Array.isArray(threshold)) continue;
        for (const semantics of ["strict", "json-rules-engine"] as const) {
          const condition = { fact: "x", op, value: threshold, semantics } as Rule;
          let refused: unknown;
          try {
            parseRule(condition);
          } catch (error) {
            refused = error;
          }
          if (refused !== undefined) {
            // a condition the operator table refuses is refused alike by both engines, whatever the facts
            expect(isTechnoparkError(refused, "INVALID_RULE")).toBe(true);
            expect(() => compileRule(condition)).toThrow(expect.objectContaining({ code: "INVALID_RULE" }));
            expect(() => evaluate(condition, { x: 1 })).toThrow(expect.objectContaining({ code: "INVALID_RULE" }));
            continue;
          }
          const compiled = compileRule(condition);
          for (const x of values) {
            expect(compiled({ x }), JSON.stringify({ condition, x })).toBe(evaluate(condition, { x }).outcome);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(900);
  });

  it("caches nothing between calls: the same compiled rule judges different dates and subjects", () => {
    const young = compileRule({ fact: "company.startupStage", op: "eq", value: "early" });
    const company = { company: { foundedOn: "2022-03-02" } };
    expect(young(company, { asOf: "2025-03-01" })).toBe("eligible");
    expect(young(company, { asOf: "2025-03-02" })).toBe("ineligible");
    expect(young(company, { asOf: new Date("2025-02-28T00:00:00+09:00") })).toBe("eligible");
    expect(young(company)).toBe("undetermined");
    expect(() => young(company, { asOf: "2025-13-01" })).toThrow(/options\.asOf: expected a real calendar date/);
  });
});

describe("evaluateMany and judgeMany", () => {
  const rule: Rule = { fact: "company.regularWorkers", op: "gte", value: 30 };
  const companies = [{ company: { regularWorkers: 31 } }, { company: { regularWorkers: 29.5 } }, { company: {} }, { company: { monthEndHeadcounts: months(30) } }];

  it("counts outcomes over any iterable", () => {
    function* stream() {
      yield* companies;
    }
    expect(evaluateMany(rule, stream())).toEqual({ counts: { eligible: 2, ineligible: 1, undetermined: 1 }, total: 4 });
    expect(evaluateMany(rule, companies, { results: true }).results).toEqual(["eligible", "ineligible", "undetermined", "eligible"]);
    expect(evaluateMany(rule, [])).toEqual({ counts: { eligible: 0, ineligible: 0, undetermined: 0 }, total: 0 });
  });

  it("streams one verdict per subject and returns the summary", () => {
    const iterator = judgeMany(rule, companies);
    const verdicts = [];
    let step = iterator.next();
    while (!step.done) {
      verdicts.push(step.value);
      step = iterator.next();
    }
    expect(verdicts.map((v) => [v.index, v.outcome, v.subject === companies[v.index]])).toEqual([
      [0, "eligible", true],
      [1, "ineligible", true],
      [2, "undetermined", true],
      [3, "eligible", true],
    ]);
    expect(step.value).toEqual({ counts: { eligible: 2, ineligible: 1, undetermined: 1 }, total: 4 });
  });

  it("carries full results for explain when asked", () => {
    const [first] = [...judgeMany(rule, companies.slice(1, 2), { explain: true })];
    expect(first?.result?.trace).toMatchObject({ kind: "condition", actual: 29.5, outcome: "failed" });
    expect([...judgeMany(rule, companies.slice(1, 2))][0]?.result).toBeUndefined();
  });
});
