// Rule evaluation properties (issue 7): `evaluate` and `compileRule` always agree (outcome, or the same typed
// error); evaluation never mutates its inputs (deep-frozen rules and facts are evaluated without a throw, and
// equal clones stay equal); the result is consistent with its own trace; parseRule round-trips its output.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { programs } from "../../src/data/index.js";
import { compileRule, evaluate, evaluateMany, evaluateProgram, isTechnoparkError, judgeMany, parseRule, type Rule } from "../../src/index.js";
import { FUZZ, deepFreeze, short } from "./support.js";

const SCALARS = [0, 1, 2, 29.5, 30, -1, "", "a", "b", "C", "C29", "영천시", "2020-01-01", "2024-06-30", true, false, null] as const;
const scalar = fc.constantFrom(...SCALARS);
const ordered = fc.oneof(fc.constantFrom(0, 1, 2, 29.5, 30, -1), fc.constantFrom("a", "b", "C", "2020-01-01", "2024-06-30"));
// untyped facts live outside company./representative. (paths there must be in the fact catalogue)
const FACTS = [
  "other.a",
  "other.b",
  "other.c.d",
  "other.tags",
  "x",
  "company.regularWorkers",
  "company.ksicSection",
  "company.ageInYears",
  "company.startupStage",
  "company.smeSize",
  "company.isMicroEnterprise",
  "representative.isYouth",
] as const;

const meta = fc.record({ id: fc.constantFrom("n1", "n2", "workers"), label: fc.constant({ ko: "조건", en: "condition" }) }, { requiredKeys: [] });

const condition: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(
    fc.constantFrom(...FACTS),
    fc.constantFrom("eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between", "exists"),
    meta,
    fc.option(fc.constantFrom("string", "number", "boolean", "array", "object"), { nil: undefined }),
    fc.option(fc.constantFrom("strict", "json-rules-engine"), { nil: undefined }),
  )
  .chain(([fact, op, nodeMeta, factType, semantics]) => {
    const value: fc.Arbitrary<unknown> =
      op === "eq" || op === "ne" || op === "contains"
        ? scalar
        : op === "lt" || op === "lte" || op === "gt" || op === "gte"
          ? ordered
          : op === "in" || op === "notIn"
            ? fc.array(scalar, { maxLength: 5 })
            : op === "startsWith"
              ? fc.constantFrom("", "a", "C", "C2", "영", "(a+)+$", ".*")
              : op === "between"
                ? fc.oneof(
                    fc.tuple(fc.integer({ min: -2, max: 40 }), fc.integer({ min: -2, max: 40 })).map(([p, q]) => [Math.min(p, q), Math.max(p, q)]),
                    fc.tuple(fc.constantFrom("2019-01-01", "a", "C"), fc.constantFrom("2025-01-01", "z", "D")).map(([p, q]) => (p <= q ? [p, q] : [q, p])),
                  )
                : fc.option(fc.boolean(), { nil: undefined });
    return value.map((v) => ({
      ...nodeMeta,
      fact,
      op,
      ...(v === undefined ? {} : { value: v }),
      ...(factType === undefined ? {} : { factType }),
      ...(semantics === undefined ? {} : { semantics }),
    }));
  })
  // conditions the fact catalogue and the operator table accept (typed values for typed facts); the refusals
  // themselves are tested in parse-rule.test.ts
  .filter((candidate) => {
    try {
      parseRule(candidate);
      return true;
    } catch {
      return false;
    }
  });

const { rule } = fc.letrec<{ rule: Record<string, unknown> }>((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    condition,
    fc.record({ all: fc.array(tie("rule"), { maxLength: 4 }) }),
    fc.record({ any: fc.array(tie("rule"), { maxLength: 4 }) }),
    fc.record({ not: tie("rule") }),
  ),
}));

const factValue = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.constant({ d: 1 }), fc.constant(Number.NaN));
const facts = fc.record(
  {
    other: fc.record(
      {
        a: factValue,
        b: factValue,
        c: fc.oneof(fc.record({ d: factValue }, { requiredKeys: [] }), factValue),
        tags: fc.array(scalar, { maxLength: 4 }),
      },
      { requiredKeys: [] },
    ),
    company: fc.record(
      {
        regularWorkers: fc.oneof(fc.constantFrom(0, 5, 10, 29.5, 30, 300), factValue),
        ksic: fc.constantFrom("C29199", "29", "J58", "A01", "G47"),
        foundedOn: fc.constantFrom("2010-03-02", "2021-01-01", "2023-12-31", "2030-01-01"),
        monthEndHeadcounts: fc.constant([{ month: "2023-12", fullTime: 12, partTime60h: 1 }]),
        averageRevenue: fc.constant({ amount: "1000000000", currency: "KRW" }),
        totalAssets: fc.constant({ amount: "2000000000", currency: "KRW" }),
      },
      { requiredKeys: [] },
    ),
    representative: fc.record({ birthDate: fc.constantFrom("1990-05-01", "1980-01-01") }, { requiredKeys: [] }),
    x: factValue,
  },
  { requiredKeys: [] },
);
const options = fc.oneof(fc.constant(undefined), fc.record({ asOf: fc.constantFrom("2024-01-01", "2025-09-01", "2019-06-30") }));

type Verdict = { outcome: string } | { error: string };
function verdict(body: () => string): Verdict {
  try {
    return { outcome: body() };
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return { error: error.code };
  }
}

describe("evaluate and compileRule agree, and never mutate their inputs (hardening, issue 7)", () => {
  it("parseRule accepts every generated rule and returns an equal deep copy (never the input)", () => {
    fc.assert(
      fc.property(rule, (json) => {
        const parsed = parseRule(json);
        expect(parsed).toEqual(json);
        expect(parsed).not.toBe(json);
        expect(parseRule(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
        expect(parseRule(JSON.stringify(json))).toEqual(parsed);
      }),
      FUZZ,
    );
  });

  it("evaluate(rule).outcome === compileRule(rule)(facts) for any rule, facts and asOf (or both throw the same code)", () => {
    fc.assert(
      fc.property(rule, facts, options, (json, subject, opts) => {
        const parsed = parseRule(json);
        const byEvaluate = verdict(() => evaluate(parsed, subject, opts).outcome);
        const compiled = compileRule(parsed);
        const byCompiled = verdict(() => compiled(subject, opts));
        expect(byCompiled, `rule ${short(parsed)}\nfacts ${short(subject)}\noptions ${short(opts)}`).toEqual(byEvaluate);
        // a compiled rule is reusable: the second call on other facts agrees too (no state leaks between calls)
        expect(verdict(() => compiled({}, opts))).toEqual(verdict(() => evaluate(parsed, {}, opts).outcome));
        expect(verdict(() => compiled(subject, opts))).toEqual(byEvaluate);
      }),
      FUZZ,
    );
  });

  it("evaluateMany and judgeMany give, item by item, the outcome evaluate gives", () => {
    fc.assert(
      fc.property(rule, fc.array(facts, { maxLength: 8 }), options, (json, list, opts) => {
        const parsed = parseRule(json);
        const one = list.map((subject) => verdict(() => evaluate(parsed, subject, opts).outcome));
        if (one.some((v) => "error" in v)) return;
        const outcomes = one.map((v) => (v as { outcome: string }).outcome);
        const summary = evaluateMany(parsed, list, { ...opts, results: true });
        expect(summary.results).toEqual(outcomes);
        expect(summary.total).toBe(list.length);
        expect(summary.counts.eligible + summary.counts.ineligible + summary.counts.undetermined).toBe(list.length);
        expect([...judgeMany(parsed, list, opts)].map((judgement) => judgement.outcome)).toEqual(outcomes);
      }),
      FUZZ,
    );
  });

  it("evaluateProgram on the reference programmes returns a result or a typed error for any company record and date", () => {
    expect(programs.length).toBeGreaterThan(0);
    const company = fc.oneof(
      facts.map((f) => (f as { company?: object }).company ?? {}),
      fc.jsonValue(),
      fc.dictionary(fc.constantFrom("__proto__", "constructor", "regularWorkers", "ksic", "foundedOn", "location"), fc.jsonValue(), { maxKeys: 4 }),
    );
    const asOf = fc.oneof(fc.constantFrom("2019-01-01", "2024-03-01", "2025-09-01", "2030-12-31"), fc.string(), fc.jsonValue());
    fc.assert(
      fc.property(fc.constantFrom(...programs), company, asOf, (program, subject, on) => {
        try {
          const result = evaluateProgram(program, subject as object, { asOf: on as string });
          expect(["eligible", "ineligible", "undetermined"]).toContain(result.outcome);
        } catch (error) {
          if (!isTechnoparkError(error)) throw error;
        }
      }),
      FUZZ,
    );
  });

  it("evaluates deep-frozen rules and facts without touching them (a write would throw in strict mode)", () => {
    fc.assert(
      fc.property(rule, facts, options, (json, subject, opts) => {
        const parsed = deepFreeze(parseRule(json));
        const frozenFacts = deepFreeze(structuredClone(subject));
        const ruleBefore = structuredClone(parsed);
        const factsBefore = structuredClone(frozenFacts);
        const first = verdict(() => evaluate(parsed, frozenFacts, opts).outcome);
        expect(verdict(() => compileRule(parsed)(frozenFacts, opts))).toEqual(first);
        expect(parsed).toEqual(ruleBefore);
        expect(frozenFacts).toEqual(factsBefore);
        // same inputs, same answer: nothing was memoised into the inputs or into module state
        expect(verdict(() => evaluate(parsed, frozenFacts, opts).outcome)).toEqual(first);
      }),
      FUZZ,
    );
  });

  it("the result is consistent: the root trace carries the outcome; `missing` is empty unless undetermined", () => {
    fc.assert(
      fc.property(rule, facts, options, (json, subject, opts) => {
        let result;
        try {
          result = evaluate(parseRule(json), subject, opts);
        } catch (error) {
          if (isTechnoparkError(error)) return;
          throw error;
        }
        const expected = { passed: "eligible", failed: "ineligible", undetermined: "undetermined" }[result.trace.outcome];
        expect(result.outcome).toBe(expected);
        if (result.outcome !== "undetermined") expect(result.missing).toEqual([]);
        else expect(result.missing.length).toBeGreaterThan(0);
        expect(new Set(result.missing).size).toBe(result.missing.length);
        // the result is plain data that serialises (the trace holds copies of scalars, never functions or cycles)
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      FUZZ,
    );
  });

  it("supplying a missing fact never flips a decided outcome (three-valued monotonicity)", () => {
    const plain = fc.constantFrom("other.a", "other.b", "x");
    const simple = fc.letrec<{ r: Rule }>((tie) => ({
      r: fc.oneof(
        { depthSize: "small" },
        fc.tuple(plain, fc.constantFrom("eq", "ne", "lt", "gte"), fc.constantFrom(1, 2, 30)).map(([fact, op, value]) => ({ fact, op, value }) as Rule),
        fc.array(tie("r"), { maxLength: 3 }).map((all) => ({ all }) as Rule),
        fc.array(tie("r"), { maxLength: 3 }).map((any) => ({ any }) as Rule),
        tie("r").map((not) => ({ not }) as Rule),
      ),
    })).r;
    fc.assert(
      fc.property(simple, fc.constantFrom(1, 2, 30), fc.constantFrom(1, 2, 30), (r, a, b) => {
        const partial = evaluate(r, { other: { a } });
        const full = evaluate(r, { other: { a, b }, x: 2 });
        if (partial.outcome !== "undetermined") expect(full.outcome).toBe(partial.outcome);
        else expect(full.outcome).not.toBe("undetermined");
      }),
      FUZZ,
    );
  });
});
