// A rule whose nodes change while they are read (a getter or a proxy standing in for a node): evaluate and compileRule
// walk the rule more than once (the fast walk, then the walk that names the defect), and when the walks disagree they
// still throw a typed INVALID_RULE (src/rules/rule-shape.ts's fallbacks), never a TypeError or a wrong outcome.
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, RULE_LIMITS, type Rule } from "../../src/index.js";
import { invalidRuleOf } from "../support/invalid-rule.js";

const condition = { fact: "company.regularWorkers", op: "gte", value: 30 } as const;

/** An `all` node whose list is `first` for the first `reads` reads and empty afterwards. */
function changingAll(first: unknown[], reads: number): Rule {
  let count = 0;
  return {
    get all() {
      count++;
      return count <= reads ? first : [];
    },
  } as unknown as Rule;
}
const invalid = invalidRuleOf;

describe("a rule that changes while it is read", () => {
  // evaluate reads `all` twice (the list, then whether it is an all node); the walk that names the defect reads it a third time
  it("evaluate: a node that is not an object, seen only by the first walk", () => {
    expect(invalid(() => evaluate(changingAll([42], 2), {}))).toEqual({
      message: "(root): expected a rule node ({ fact, op, value } or { all } / { any } / { not }) somewhere in the rule, received number; validate untrusted rules with parseRule",
      path: [],
    });
    expect(invalid(() => evaluate(changingAll([{ id: "x" }], 2), {})).message).toBe(
      "(root): expected a rule node ({ fact, op, value } or { all } / { any } / { not }) somewhere in the rule, received an object without fact/all/any/not; validate untrusted rules with parseRule",
    );
  });

  it("evaluate: too many nodes, seen only by the first walk", () => {
    expect(invalid(() => evaluate(changingAll(new Array(RULE_LIMITS.maxNodes).fill(condition), 2), {}))).toEqual({
      message: "(root): rule has more than RULE_LIMITS.maxNodes (10000) nodes",
      path: [],
    });
  });

  it("evaluate: too deep, seen only by the first walk", () => {
    let deep: unknown = condition;
    for (let level = 0; level < RULE_LIMITS.maxDepth; level++) deep = { not: deep };
    expect(invalid(() => evaluate(changingAll([deep], 2), {}))).toEqual({
      message: "(root): rule nesting exceeds RULE_LIMITS.maxDepth (64 levels); validate untrusted rules with parseRule",
      path: [],
    });
  });

  it("compileRule: a defect the fast check sees and the naming walk does not", () => {
    // the fast check reads `all` once, the naming walk a second time
    expect(invalid(() => compileRule(changingAll([42], 1)))).toEqual({ message: "(root): rule is malformed", path: [] });
  });
});

describe("errors that are not about the rule's shape", () => {
  it("pass through compileRule unchanged", () => {
    const rule = {
      get fact(): string {
        throw new RangeError("boom");
      },
      op: "exists",
    } as unknown as Rule;
    expect(() => compileRule(rule)).toThrow(RangeError);
    expect(() => evaluate(rule, {})).toThrow(RangeError);
  });
});

describe("the first error of a walk is the one thrown", () => {
  it("evaluate rethrows the error of its own walk, without walking the rule again", () => {
    let reads = 0;
    const rule = {
      get fact(): string {
        reads++;
        throw new RangeError(`boom ${reads}`);
      },
      op: "exists",
    } as unknown as Rule;
    expect(() => evaluate(rule, {})).toThrow("boom 1");
    expect(reads).toBe(1);
  });
});
