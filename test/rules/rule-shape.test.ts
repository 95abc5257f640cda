// A malformed rule given to evaluate or compileRule (not through parseRule) is refused with INVALID_RULE naming the
// first defective node (src/rules/rule-shape.ts), in the order parseRule walks, with the parseRule hint.
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, RULE_LIMITS, type Rule } from "../../src/index.js";
import { invalidRuleOf } from "../support/invalid-rule.js";

const condition = { fact: "company.regularWorkers", op: "gte", value: 30 } as const;
const HINT = "; validate untrusted rules with parseRule";

/** The INVALID_RULE errors evaluate and compileRule throw for a rule: they must be the same. */
function refusal(rule: unknown): { message: string; path: readonly (string | number)[] } {
  const fromEvaluate = invalidRuleOf(() => evaluate(rule as Rule, {}));
  expect(invalidRuleOf(() => compileRule(rule as Rule)), "compileRule refuses like evaluate").toEqual(fromEvaluate);
  return fromEvaluate;
}
function nest(levels: number, wrap: (rule: unknown) => unknown): unknown {
  let rule: unknown = condition;
  for (let level = 1; level < levels; level++) rule = wrap(rule);
  return rule;
}

describe("rule shape errors of evaluate and compileRule", () => {
  it("accepts a rule exactly at RULE_LIMITS.maxDepth and refuses one level more at the first node too deep", () => {
    expect(evaluate(nest(RULE_LIMITS.maxDepth, (rule) => ({ not: rule })) as Rule, {}).outcome).toBe("undetermined");
    expect(compileRule(nest(RULE_LIMITS.maxDepth, (rule) => ({ all: [rule] })) as Rule)({})).toBe("undetermined");
    const notPath = Array.from({ length: 64 }, () => "not");
    expect(refusal(nest(65, (rule) => ({ not: rule })))).toEqual({ message: `${notPath.join(".")}: rule nesting exceeds RULE_LIMITS.maxDepth (64 levels)${HINT}`, path: notPath });
    const allPath = Array.from({ length: 64 }, () => ["all", 0]).flat();
    expect(refusal(nest(65, (rule) => ({ all: [rule] }))).path).toEqual(allPath);
  });

  it("refuses a list that alone takes the rule over RULE_LIMITS.maxNodes, naming its size", () => {
    expect(evaluate({ all: new Array(RULE_LIMITS.maxNodes - 1).fill(condition) }, {}).outcome).toBe("undetermined");
    expect(refusal({ all: new Array(RULE_LIMITS.maxNodes).fill(condition) })).toEqual({
      message: `all: rule has more than RULE_LIMITS.maxNodes (10,000) nodes: the list has 10,000 entries${HINT}`,
      path: ["all"],
    });
    expect(refusal({ not: { any: [condition, { all: new Array(RULE_LIMITS.maxNodes - 3).fill(condition) }] } }).path).toEqual(["not", "any", 1, "all"]);
  });

  it("accepts exactly RULE_LIMITS.maxNodes nodes and refuses the first node over it when no single list is too long", () => {
    const nodes = (conditions: number) => ({ all: [...new Array(conditions).fill(condition), { not: { not: condition } }] });
    // 1 + conditions + 3 nodes
    expect(evaluate(nodes(RULE_LIMITS.maxNodes - 4) as Rule, {}).outcome).toBe("undetermined");
    expect(compileRule(nodes(RULE_LIMITS.maxNodes - 4) as Rule)({})).toBe("undetermined");
    expect(refusal(nodes(RULE_LIMITS.maxNodes - 3))).toEqual({
      message: `all[9997].not.not: rule has more than RULE_LIMITS.maxNodes (10,000) nodes${HINT}`,
      path: ["all", 9997, "not", "not"],
    });
  });

  it("names a node that is not an object, one without fact/all/any/not, and a list that is not an array", () => {
    expect(refusal({ all: [condition, 5] })).toEqual({ message: `all[1]: expected a rule node ({ fact, op, value } or { all } / { any } / { not }), received 5${HINT}`, path: ["all", 1] });
    expect(refusal({ any: [condition, null] }).message).toBe(`any[1]: expected a rule node ({ fact, op, value } or { all } / { any } / { not }), received null${HINT}`);
    expect(refusal({ not: { id: "x" } })).toEqual({ message: `not: expected a rule node with one of fact, all, any, not; received an object without them${HINT}`, path: ["not"] });
    expect(refusal({ any: [condition, { all: { x: 1 } }] })).toEqual({ message: `any[1].all: expected an array of rule nodes, received an object${HINT}`, path: ["any", 1, "all"] });
  });

  it("names the first defective node in document order, and the field of a defective condition", () => {
    const rule = { all: [condition, { any: [{ fact: "company.ksic", op: "eq", value: 5 }] }, { fact: "company.ksic", op: "lt", value: true }] };
    expect(refusal(rule)).toEqual({
      message: `all[1].any[0].value: "company.ksic" is a string fact: expected a string, received 5${HINT}`,
      path: ["all", 1, "any", 0, "value"],
    });
    expect(refusal({ not: { fact: "company.regularWorkers", op: "like", value: 1 } }).path).toEqual(["not", "op"]);
  });
});

describe("rule shape errors after a complete list", () => {
  it("name a defect that follows a nested list, not a position past that list's end", () => {
    expect(refusal({ all: [{ all: [condition] }, 5] })).toEqual({ message: `all[1]: expected a rule node ({ fact, op, value } or { all } / { any } / { not }), received 5${HINT}`, path: ["all", 1] });
  });
});

describe("the list look-ahead of the node limit", () => {
  it("accepts a list that brings the rule to exactly RULE_LIMITS.maxNodes", () => {
    const exact = { all: new Array(RULE_LIMITS.maxNodes - 1).fill(condition) } as Rule;
    expect(compileRule(exact)({})).toBe("undetermined");
    expect(refusal({ all: [...new Array(RULE_LIMITS.maxNodes - 2).fill(condition), 5] }).path).toEqual(["all", RULE_LIMITS.maxNodes - 2]);
  });

  it("counts the nodes still waiting on the stack", () => {
    expect(refusal({ any: [{ all: new Array(RULE_LIMITS.maxNodes - 2).fill(condition) }, condition] })).toEqual({
      message: `any[0].all: rule has more than RULE_LIMITS.maxNodes (10,000) nodes: the list has 9,998 entries${HINT}`,
      path: ["any", 0, "all"],
    });
  });
});
