import fc from "fast-check";
import { Engine } from "json-rules-engine";
import { describe, expect, it } from "vitest";
import { evaluate, fromJsonRulesEngine, isTechnoparkError, type Rule } from "../../src/index.js";

/** Runs json-rules-engine itself on one rule and one set of facts: did the rule pass? */
async function jreDecides(conditions: unknown, facts: Record<string, unknown>): Promise<boolean> {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addRule({ conditions: structuredClone(conditions) as never, event: { type: "pass" } });
  const { events } = await engine.run(structuredClone(facts));
  return events.length === 1;
}

function factPaths(rule: Rule, out: string[] = []): string[] {
  if ("fact" in rule) out.push(rule.fact);
  else if ("all" in rule) for (const child of rule.all) factPaths(child, out);
  else if ("any" in rule) for (const child of rule.any) factPaths(child, out);
  else factPaths(rule.not, out);
  return out;
}

function read(facts: unknown, path: string): unknown {
  let current = facts;
  for (const segment of path.split(".")) {
    if (typeof current !== "object" || current === null) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

// Values chosen to hit json-rules-engine's coercions: numeric strings ("5", " 7", "12abc", "0x10", "1e3",
// "Infinity", ""), arrays that stringify to numbers ([5], ["3"]), booleans, objects, empty arrays.
const scalar = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0.5, -0, 2.5, 1e3, 30),
  fc.constantFrom("5", " 7", "12abc", "0x10", "1e3", "Infinity", "", "a", "b", "abc", "10", "2024-01-01", "2023-12-31"),
  fc.boolean(),
  fc.constant(null),
);
const factValue = fc.oneof(
  { weight: 6, arbitrary: scalar.filter((v) => v !== null) },
  { weight: 2, arbitrary: fc.array(scalar.filter((v) => v !== null), { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.constant({ x: 1 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);
const factsArb = fc.record({
  a: factValue,
  b: factValue,
  obj: fc.record({ x: factValue, y: fc.record({ z: factValue }), arr: fc.array(factValue, { maxLength: 3 }) }),
});

const leaf = fc
  .record({
    target: fc.constantFrom(
      { fact: "a" },
      { fact: "b" },
      { fact: "obj", path: "$.x" },
      { fact: "obj", path: "$.y.z" },
      { fact: "obj", path: "$['x']" },
      { fact: "obj", path: "$.arr[0]" },
      { fact: "obj", path: "$.arr" },
    ),
    operator: fc.constantFrom("equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive", "in", "notIn", "contains", "doesNotContain"),
    scalar: scalar,
    list: fc.array(fc.oneof({ weight: 5, arbitrary: scalar }, { weight: 1, arbitrary: fc.constant({ x: 1 }) }), { maxLength: 4 }),
    odd: fc.constantFrom<unknown>({ x: 1 }, [1], ["a"]),
    useOdd: fc.boolean(),
  })
  .map(({ target, operator, scalar: s, list, odd, useOdd }) => {
    let value: unknown;
    if (operator === "in" || operator === "notIn") value = list;
    else if (operator.startsWith("less") || operator.startsWith("greater")) value = typeof s === "number" || typeof s === "string" ? s : 7;
    else value = useOdd ? odd : s;
    return { ...target, operator, value };
  });

const conditionsArb: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, tie("group"), tie("not")),
  group: fc.record({ kind: fc.constantFrom("all", "any"), children: fc.array(tie("node"), { maxLength: 4 }) }).map(({ kind, children }) => ({ [kind]: children })),
  not: tie("node").map((child) => ({ not: child })),
})).node;

// json-rules-engine requires a group (all / any / not) at the root.
const rootArb = fc.oneof(
  fc.record({ kind: fc.constantFrom("all", "any"), children: fc.array(conditionsArb, { maxLength: 4 }) }).map(({ kind, children }) => ({ [kind]: children })),
  conditionsArb.map((child) => ({ not: child })),
);

describe("fromJsonRulesEngine: differential test against json-rules-engine 7 itself", () => {
  it("decides like engine.run on every input whose facts are all present, and never contradicts it when determined (4,000 random rules × facts)", async () => {
    const cases = fc.sample(fc.tuple(rootArb, factsArb), { numRuns: 4000, seed: 20241125 });
    let allPresent = 0;
    for (let start = 0; start < cases.length; start += 500) {
      const batch = cases.slice(start, start + 500);
      const expected = await Promise.all(batch.map(([conditions, facts]) => jreDecides(conditions, facts)));
      batch.forEach(([conditions, facts], i) => {
        const rule = fromJsonRulesEngine({ conditions });
        const ours = evaluate(rule, facts);
        const present = factPaths(rule).every((path) => read(facts, path) !== undefined && read(facts, path) !== null);
        const context = JSON.stringify({ conditions, facts, rule });
        if (present) {
          allPresent++;
          expect(ours.outcome, context).toBe(expected[i] ? "eligible" : "ineligible");
        } else if (ours.outcome !== "undetermined") {
          // Kleene logic: a determined outcome holds whatever the missing facts are, so it matches too.
          expect(ours.outcome, context).toBe(expected[i] ? "eligible" : "ineligible");
        }
      });
    }
    // at least a quarter of the cases have every fact present (a mutation run samples fewer cases: test/mutation/fast-check.ts)
    expect(allPresent).toBeGreaterThan(cases.length / 4);
  });

  it("agrees on the coercions json-rules-engine applies (numeric strings, arrays, contains on strings)", async () => {
    const probes: [string, unknown, unknown, boolean][] = [
      ["lessThan", "5", 10, true], // "5" < 10 in JavaScript
      ["lessThan", "12abc", 100, false], // parseFloat passes, Number("12abc") is NaN
      ["greaterThan", [5], 4, true], // [5] → "5" → 5
      ["greaterThan", true, 0, false], // parseFloat("true") is NaN
      ["lessThan", "2023-12-31", "2024-01-01", true], // string comparison after the parseFloat check
      ["contains", "abc", "b", false], // contains only looks inside arrays
      ["contains", ["a", "b"], "b", true],
      ["doesNotContain", "abc", "z", false],
      ["doesNotContain", ["a"], "z", true],
      ["equal", [1], [1], false], // === on arrays
      ["notEqual", { x: 1 }, { x: 1 }, true],
      ["in", "a", ["a", "b"], true],
      ["notIn", 1, ["1"], true],
    ];
    for (const [operator, fact, value, expected] of probes) {
      const conditions = { all: [{ fact: "f", operator, value }] };
      expect(await jreDecides(conditions, { f: fact }), `${operator} json-rules-engine`).toBe(expected);
      expect(evaluate(fromJsonRulesEngine({ conditions }), { f: fact }).outcome, `${operator} ours`).toBe(expected ? "eligible" : "ineligible");
    }
  });
});

describe("fromJsonRulesEngine: conversion", () => {
  it("maps facts with paths, operators and names to a plain rule", () => {
    expect(
      fromJsonRulesEngine({
        conditions: {
          name: "yeongcheon",
          all: [
            { fact: "company", path: "$.location.sigungu", operator: "equal", value: "영천시" },
            { fact: "company", path: "$['tags'][0]", operator: "in", value: ["a", { x: 1 }] },
            { fact: "company", path: "$.regularWorkers", operator: "greaterThanInclusive", value: 30, priority: 2 },
            { not: { fact: "company", path: "$.tags", operator: "contains", value: "x" } },
            { fact: "company", path: "$.tags", operator: "doesNotContain", value: "y" },
            { any: [] },
          ],
        },
        event: { type: "eligible" },
        priority: 1,
      }),
    ).toEqual({
      id: "yeongcheon",
      all: [
        { fact: "company.location.sigungu", op: "eq", value: "영천시", semantics: "json-rules-engine" },
        { fact: "company.tags.0", op: "in", value: ["a"], semantics: "json-rules-engine" },
        { fact: "company.regularWorkers", op: "gte", value: 30, semantics: "json-rules-engine" },
        { not: { fact: "company.tags", op: "contains", value: "x", factType: "array", semantics: "json-rules-engine" } },
        {
          all: [
            { fact: "company.tags", op: "notIn", value: [], factType: "array", semantics: "json-rules-engine" },
            { not: { fact: "company.tags", op: "contains", value: "y", semantics: "json-rules-engine" } },
          ],
        },
        { all: [] },
      ],
    });
  });

  it("accepts a JSON string and bare conditions", () => {
    expect(fromJsonRulesEngine('{"any":[{"fact":"n","operator":"lessThan","value":3}]}')).toEqual({
      any: [{ fact: "n", op: "lt", value: 3, semantics: "json-rules-engine" }],
    });
  });

  const refusals: [string, unknown, string][] = [
    ["a condition reference", { all: [{ condition: "shared" }] }, "all[0].condition: condition references (shared conditions) are not supported; inline the referenced condition"],
    ["fact params", { all: [{ fact: "f", params: { id: 1 }, operator: "equal", value: 1 }] }, "all[0].params: fact params are not supported: they parameterise json-rules-engine's computed facts; pass the computed value as a fact"],
    ["a fact comparison", { all: [{ fact: "f", operator: "equal", value: { fact: "g" } }] }, "all[0].value: comparing a fact with another fact (value: { fact }) is not supported"],
    ["a decorated operator", { all: [{ fact: "f", operator: "everyFact:equal", value: 1 }] }, 'all[0].operator: unsupported operator "everyFact:equal"; expected one of equal, notEqual, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, in, notIn, contains, doesNotContain'],
    ["a wildcard path", { all: [{ fact: "f", path: "$..x", operator: "equal", value: 1 }] }, 'all[0].path: unsupported JSONPath "$..x" at character 2: only .name, [\'name\'] and [index] steps are supported'],
    ["a dotted fact name", { all: [{ fact: "a.b", operator: "equal", value: 1 }] }, 'all[0].fact: fact names containing "." are not supported ("a.b"); use a path'],
    ["a boolean threshold", { all: [{ fact: "f", operator: "lessThan", value: true }] }, "all[0].value: lessThan needs a number or string threshold (json-rules-engine would compare true with JavaScript coercion)"],
    ["in without an array", { all: [{ fact: "f", operator: "in", value: "abc" }] }, 'all[0].value: in needs an array value, received "abc"'],
    ["not with an array", { not: [] }, 'not: "not" takes one condition, not an array'],
    ["a missing value", { all: [{ fact: "f", operator: "equal" }] }, 'all[0]: a condition needs "value"'],
    ["a typo'd key", { all: [{ fact: "f", operater: "equal", value: 1 }] }, 'all[0].operater: unknown key "operater" in a json-rules-engine condition'],
    ["a path into __proto__", { all: [{ fact: "f", path: "$.__proto__", operator: "equal", value: 1 }] }, 'all[0].fact: fact path "f.__proto__" touches "__proto__", which is not allowed'],
  ];
  it.each(refusals)("refuses %s with INVALID_RULE and the node path", (_, conditions, message) => {
    try {
      fromJsonRulesEngine(conditions);
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "INVALID_RULE")).toBe(true);
      expect((error as Error).message).toBe(message);
    }
  });

  it("refuses conditions nested deeper than 64 levels without overflowing the stack", () => {
    let conditions: unknown = { fact: "f", operator: "equal", value: 1 };
    for (let i = 0; i < 100_000; i++) conditions = { not: conditions };
    expect(() => fromJsonRulesEngine(conditions)).toThrow(/nested deeper than 64 levels/);
  });
});

describe("fromJsonRulesEngine refuses what it cannot decide as json-rules-engine does (issue 11)", () => {
  const refusal = (condition: Record<string, unknown>) => {
    try {
      fromJsonRulesEngine({ conditions: { all: [condition] } });
    } catch (error) {
      const { code, path, message } = error as { code: string; path: unknown[]; message: string };
      return { code, path, message };
    }
    throw new Error("converted");
  };

  it.each(["$['*']", "$.$", "$['x^2']", "$['@string()']", "$['a,b']", "$['~']", "$['a:b']"])("bracket or member name %s is JSONPath syntax there, not a literal key", (path) => {
    const result = refusal({ fact: "company", path, operator: "equal", value: 1 });
    expect(result.code).toBe("INVALID_RULE");
    expect(result.path).toEqual(["conditions", "all", 0, "path"]);
    expect(result.message).toMatch(/is JSONPath syntax in json-rules-engine \(wildcards, filters, scripts\), not a plain key$/);
  });

  it.each([
    ["Infinity", Number.POSITIVE_INFINITY, ["conditions", "all", 0, "value"]],
    ["-Infinity", Number.NEGATIVE_INFINITY, ["conditions", "all", 0, "value"]],
    ["NaN", Number.NaN, ["conditions", "all", 0, "value"]],
    ["a BigInt", 10n, ["conditions", "all", 0, "value"]],
  ])("%s (compared by identity in json-rules-engine) is refused", (_, value, path) => {
    expect(refusal({ fact: "score", operator: "equal", value })).toMatchObject({ code: "INVALID_RULE", path });
    expect(refusal({ fact: "score", operator: "notEqual", value })).toMatchObject({ code: "INVALID_RULE", path });
  });

  it("an Infinity inside an in-list is refused at its index", () => {
    expect(refusal({ fact: "score", operator: "in", value: [1, Number.POSITIVE_INFINITY] })).toEqual({
      code: "INVALID_RULE",
      path: ["conditions", "all", 0, "value", 1],
      message: "conditions.all[0].value[1]: Infinity cannot be expressed in a JSON rule (json-rules-engine compares it by identity); use a finite number",
    });
  });

  it("plain member names stay accepted", () => {
    expect(fromJsonRulesEngine({ fact: "company", path: "$.tenancy.technoparkId", operator: "equal", value: "gbtp" })).toEqual({
      fact: "company.tenancy.technoparkId",
      op: "eq",
      value: "gbtp",
      semantics: "json-rules-engine",
    });
  });
});
