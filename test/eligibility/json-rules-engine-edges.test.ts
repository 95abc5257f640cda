// fromJsonRulesEngine at its edges (src/eligibility/json-rules-engine.ts): JSONPath steps, the refusals not yet pinned
// with their exact messages, non-scalar values of each operator, names as ids.
import { describe, expect, it } from "vitest";
import { fromJsonRulesEngine, RULE_LIMITS } from "../../src/index.js";
import { invalidRuleOf } from "../support/invalid-rule.js";

const loose = { semantics: "json-rules-engine" } as const;
const refusal = (input: unknown) => invalidRuleOf(() => fromJsonRulesEngine(input));
const at = (path: string) => fromJsonRulesEngine({ fact: "f", path, operator: "equal", value: 1 });

describe("JSONPath steps", () => {
  it("reads .name, ['name'], [\"name\"] and [index] steps, and an empty path as the fact itself", () => {
    expect(at("$.a_1.b2")).toEqual({ fact: "f.a_1.b2", op: "eq", value: 1, ...loose });
    expect(at("$['a b'][0][\"c-d\"]")).toEqual({ fact: "f.a b.0.c-d", op: "eq", value: 1, ...loose });
    expect(at("$")).toEqual({ fact: "f", op: "eq", value: 1, ...loose });
    expect(fromJsonRulesEngine({ fact: "f", path: "", operator: "equal", value: 1 })).toEqual({ fact: "f", op: "eq", value: 1, ...loose });
  });

  it("refuses a path without $, a non-string path, an empty member and a step it does not know", () => {
    expect(refusal({ fact: "f", path: "a.b", operator: "equal", value: 1 })).toEqual({ path: ["path"], message: 'path: expected a JSONPath starting with "$", received "a.b"' });
    expect(refusal({ fact: "f", path: 3, operator: "equal", value: 1 })).toEqual({ path: ["path"], message: 'path: expected a JSONPath starting with "$", received 3' });
    expect(refusal({ fact: "f", path: "$['']", operator: "equal", value: 1 })).toEqual({ path: ["path"], message: "path: unsupported JSONPath \"$['']\": empty member name" });
    expect(refusal({ fact: "f", path: "$.a[x]", operator: "equal", value: 1 })).toEqual({
      path: ["path"],
      message: "path: unsupported JSONPath \"$.a[x]\" at character 4: only .name, ['name'] and [index] steps are supported",
    });
    expect(refusal({ fact: "f", path: "$['a.b']", operator: "equal", value: 1 }).message).toBe("path: unsupported JSONPath \"$['a.b']\" at character 2: only .name, ['name'] and [index] steps are supported");
    expect(refusal({ fact: "f", path: "$.9a", operator: "equal", value: 1 }).message).toBe('path: unsupported JSONPath "$.9a" at character 2: only .name, [\'name\'] and [index] steps are supported');
  });
});

describe("refusals", () => {
  it("name the node for a non-object, a group with a fact, two groups and unknown group keys", () => {
    expect(refusal({ all: [5] })).toEqual({ path: ["all", 0], message: "all[0]: expected a condition object, received 5" });
    expect(refusal({ all: [], fact: "f" })).toEqual({ path: [], message: "(root): a condition has exactly one of all, any, not or fact; received all and fact" });
    expect(refusal({ any: [], not: {} })).toEqual({ path: [], message: "(root): a condition has exactly one of all, any, not or fact; received any and not" });
    expect(refusal({ all: [], event: {} })).toEqual({ path: ["event"], message: 'event: unknown key "event" in a json-rules-engine condition' });
    expect(refusal({ any: "x" })).toEqual({ path: ["any"], message: 'any: expected an array of conditions, received "x"' });
    expect(refusal({ conditions: { all: 1 } })).toEqual({ path: ["conditions", "all"], message: "conditions.all: expected an array of conditions, received 1" });
  });

  it("refuses a condition without fact or operator, an empty or non-string fact name, and a threshold that is an object", () => {
    expect(refusal({ operator: "equal", value: 1, path: "$" }).message).toBe('(root): a condition needs "fact"');
    expect(refusal({ fact: "f", value: 1 }).message).toBe('(root): a condition needs "operator"');
    expect(refusal({ fact: "", operator: "equal", value: 1 })).toEqual({ path: ["fact"], message: 'fact: expected a fact name, received ""' });
    expect(refusal({ fact: 7, operator: "equal", value: 1 })).toEqual({ path: ["fact"], message: "fact: expected a fact name, received 7" });
    expect(refusal({ fact: "f", operator: "greaterThan", value: [1] })).toEqual({
      path: ["value"],
      message: "value: greaterThan needs a number or string threshold (json-rules-engine would compare an array of 1 with JavaScript coercion)",
    });
    expect(refusal({ fact: "f", operator: "notIn", value: 1 }).message).toBe("value: notIn needs an array value, received 1");
  });

  it("refuses more conditions in one group than RULE_LIMITS.maxNodes", () => {
    const leaf = { fact: "f", operator: "equal", value: 1 };
    expect(refusal({ any: new Array(RULE_LIMITS.maxNodes + 1).fill(leaf) })).toEqual({ path: ["any"], message: "any: more than 10,000 conditions (RULE_LIMITS.maxNodes)" });
  });

  it("accepts conditions nested exactly 64 levels deep and refuses 65", () => {
    const nest = (levels: number) => {
      let node: unknown = { fact: "f", operator: "equal", value: 1 };
      for (let level = 1; level < levels; level++) node = { not: node };
      return node;
    };
    expect(() => fromJsonRulesEngine(nest(64))).not.toThrow();
    expect(refusal(nest(65)).path).toEqual(Array.from({ length: 64 }, () => "not"));
  });

  it("refuses malformed JSON text", () => {
    expect(refusal("{").message).toMatch(/^\(root\): not valid JSON \(/);
  });
});

describe("conversions", () => {
  it("turns non-scalar values into conditions that never or always pass on a present fact", () => {
    expect(fromJsonRulesEngine({ fact: "f", operator: "equal", value: [1] })).toEqual({ fact: "f", op: "in", value: [], ...loose });
    expect(fromJsonRulesEngine({ fact: "f", operator: "notEqual", value: { x: 1 } })).toEqual({ fact: "f", op: "notIn", value: [], ...loose });
    expect(fromJsonRulesEngine({ fact: "f", operator: "contains", value: [1] })).toEqual({ fact: "f", op: "in", value: [], ...loose });
    expect(fromJsonRulesEngine({ fact: "f", operator: "doesNotContain", value: [1] })).toEqual({ fact: "f", op: "notIn", value: [], factType: "array", ...loose });
    expect(fromJsonRulesEngine({ fact: "f", operator: "in", value: [1, [2], null, "a", { b: 1 }, true] })).toEqual({ fact: "f", op: "in", value: [1, null, "a", true], ...loose });
    expect(fromJsonRulesEngine({ fact: "f", operator: "lessThanInclusive", value: "2024-01-01" })).toEqual({ fact: "f", op: "lte", value: "2024-01-01", ...loose });
    expect(fromJsonRulesEngine({ fact: "f", operator: "greaterThanInclusive", value: 0 })).toEqual({ fact: "f", op: "gte", value: 0, ...loose });
  });

  it("keeps a non-empty name as the node's id, on conditions and groups, and ignores an empty one", () => {
    expect(fromJsonRulesEngine({ name: "g", any: [{ name: "c", fact: "f", operator: "equal", value: 1 }] })).toEqual({ id: "g", any: [{ id: "c", fact: "f", op: "eq", value: 1, ...loose }] });
    expect(fromJsonRulesEngine({ name: "", any: [] })).toEqual({ all: [] });
    expect(fromJsonRulesEngine({ name: 5, not: { fact: "f", operator: "equal", value: 1, params: {} } })).toEqual({ not: { fact: "f", op: "eq", value: 1, ...loose } });
    expect(fromJsonRulesEngine({ name: "n", not: { fact: "f", operator: "equal", value: 1 } })).toEqual({ id: "n", not: { fact: "f", op: "eq", value: 1, ...loose } });
  });
});

describe("limits met exactly", () => {
  const leaf = { fact: "f", operator: "equal", value: 1 };

  it("converts a group of exactly RULE_LIMITS.maxNodes conditions and leaves the node count to parseRule", () => {
    expect(refusal({ any: new Array(RULE_LIMITS.maxNodes).fill(leaf) })).toEqual({ path: ["any", 9999], message: "any[9999]: rule has more than 10,000 nodes (RULE_LIMITS.maxNodes)" });
  });

  it("counts the depth of nested groups itself", () => {
    let node: unknown = leaf;
    for (let level = 1; level < 65; level++) node = { all: [node] };
    const error = refusal(node);
    expect(error.message).toMatch(/: conditions are nested deeper than 64 levels \(RULE_LIMITS\.maxDepth\)$/);
    expect(error.path).toHaveLength(128);
  });

  it("reads a multi-digit index step", () => {
    expect(at("$.a[12]")).toEqual({ fact: "f.a.12", op: "eq", value: 1, ...loose });
  });
});
