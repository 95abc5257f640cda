import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseRule, RULE_LIMITS, isTechnoparkError, type Rule } from "../../src/index.js";
import { RuleSchema, ruleJsonSchema } from "../../src/schemas/index.js";

const refusal = (input: unknown): { message: string; path: readonly (string | number)[] } => {
  try {
    parseRule(input);
  } catch (error) {
    expect(isTechnoparkError(error, "INVALID_RULE")).toBe(true);
    return { message: (error as Error).message, path: (error as { path: readonly (string | number)[] }).path };
  }
  throw new Error("parseRule accepted the input");
};

describe("parseRule: valid rules", () => {
  it("returns a deep copy, never the input", () => {
    const input = { id: "r", label: { ko: "가", en: "a" }, all: [{ fact: "company.ksicSection", op: "in", value: ["C"] }, { not: { fact: "x", op: "exists" } }] };
    const rule = parseRule(input);
    expect(rule).toEqual(input);
    expect(rule).not.toBe(input);
    expect((rule as { all: Rule[] }).all[0]).not.toBe(input.all[0]);
    expect((rule as unknown as { all: { value: unknown }[] }).all[0]!.value).not.toBe(input.all[0]!.value);
    expect((rule as { label: unknown }).label).not.toBe(input.label);
  });

  it("parses JSON text", () => {
    expect(parseRule('{"fact":"company.regularWorkers","op":"gte","value":30}')).toEqual({ fact: "company.regularWorkers", op: "gte", value: 30 });
    expect(refusal("{not json").message).toMatch(/^\(root\): not valid JSON \(/);
  });

  it("accepts frozen input and objects without a prototype", () => {
    const bare = Object.assign(Object.create(null) as object, { fact: "x", op: "exists" });
    expect(parseRule(Object.freeze(bare))).toEqual({ fact: "x", op: "exists" });
  });

  it("round-trips through JSON for random valid rules (property)", () => {
    const scalar = fc.oneof(fc.string({ maxLength: 5 }), fc.integer(), fc.boolean(), fc.constant(null));
    const condition = fc.oneof(
      fc.record({ fact: fc.constantFrom("a", "subject.x", "a.b.c"), op: fc.constantFrom("eq", "ne", "contains"), value: scalar }),
      fc.record({ fact: fc.constant("n"), op: fc.constantFrom("lt", "lte", "gt", "gte"), value: fc.integer() }),
      fc.record({ fact: fc.constant("s"), op: fc.constantFrom("in", "notIn"), value: fc.array(scalar, { maxLength: 3 }) }),
      fc.record({ fact: fc.constant("n"), op: fc.constant("between"), value: fc.tuple(fc.integer({ max: 0 }), fc.integer({ min: 0 })) }),
      fc.record({ fact: fc.constant("e"), op: fc.constant("exists"), value: fc.boolean() }, { requiredKeys: ["fact", "op"] }),
    );
    const rule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: "small" }, condition, tie("all"), tie("any"), tie("not")),
      all: fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), all: fc.array(tie("node"), { maxLength: 3 }) }, { requiredKeys: ["all"] }),
      any: fc.record({ any: fc.array(tie("node"), { maxLength: 3 }) }),
      not: fc.record({ not: tie("node") }),
    })).node;
    fc.assert(
      fc.property(rule, (input) => {
        const parsed = parseRule(JSON.parse(JSON.stringify(input)));
        expect(parsed).toEqual(input);
        expect(parseRule(JSON.stringify(parsed))).toEqual(parsed);
        expect(RuleSchema.safeParse(parsed).success).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseRule: refusals name the node path", () => {
  const cases: [string, unknown, string][] = [
    ["unknown operator", { all: [{ fact: "a", op: "eq", value: 1 }, { any: [{ fact: "b", op: "like", value: 1 }] }] }, 'all[1].any[0].op: unknown operator "like"; expected one of eq, ne, lt, lte, gt, gte, in, notIn, contains, startsWith, between, exists'],
    ["a non-string operator", { fact: "a", op: 3, value: 1 }, "op: expected an operator, received 3; expected one of eq, ne, lt, lte, gt, gte, in, notIn, contains, startsWith, between, exists"],
    ["a number compared with a boolean", { fact: "a", op: "gte", value: true }, "value: gte needs a number or a string (e.g. an ISO date), received true"],
    ["a missing value", { fact: "a", op: "eq" }, 'value: operator eq on "a" needs one value, received none'],
    ["an object value", { fact: "a", op: "eq", value: { x: 1 } }, 'value.x: unknown key "x" in a Money value; allowed: amount, currency'],
    ["a non-finite number", { fact: "a", op: "lt", value: Number.POSITIVE_INFINITY }, "value: expected a finite number, received Infinity"],
    ["NaN inside in", { fact: "a", op: "in", value: [1, Number.NaN] }, "value[1]: expected a finite number, received NaN"],
    ["in without an array", { fact: "a", op: "in", value: "C" }, 'value: operator in on "a" needs an array value, received "C"'],
    ["notIn without a value", { fact: "a", op: "notIn" }, 'value: operator notIn on "a" needs an array value, received none'],
    ["between with three elements", { fact: "a", op: "between", value: [1, 2, 3] }, 'value: operator between on "a" needs a [min, max] pair, received an array of 3'],
    ["between with mixed types", { fact: "a", op: "between", value: [1, "2"] }, 'value: between needs min ≤ max of one type, received [1, "2"]'],
    ["between with min > max", { fact: "a", op: "between", value: [30, 10] }, "value: between needs min ≤ max of one type, received [30, 10]"],
    ["startsWith a number", { fact: "a", op: "startsWith", value: 1 }, "value: startsWith needs a string, received 1"],
    ["exists with a string", { fact: "a", op: "exists", value: "yes" }, 'value: exists takes true, false or no value, received "yes"'],
    ["an unknown key", { all: [{ fact: "a", op: "exists", weight: 2 }] }, 'all[0].weight: unknown key "weight" in a condition; allowed: id, label, fact, op, value, factType, semantics'],
    ["an own __proto__ key from JSON.parse", JSON.parse('{"all":[],"__proto__":{"x":1}}'), '__proto__: unknown key "__proto__" in an all node; allowed: id, label, all'],
    ["two kinds in one node", { all: [], any: [] }, "(root): a rule node has exactly one of fact, all, any, not; received all and any"],
    ["no kind", { id: "x" }, '(root): expected a rule node with one of fact, all, any, not; received an object with keys "id"'],
    ["a non-array all", { all: { fact: "a", op: "exists" } }, "all: expected an array of rule nodes, received an object"],
    ["a string node", { not: "a" }, 'not: expected a rule node ({ fact, op, value } or { all } / { any } / { not }), received "a"'],
    ["an array node", [], "(root): expected a rule node ({ fact, op, value } or { all } / { any } / { not }), received an array of 0"],
    ["a class instance", { not: new Date(0) }, "not: expected a rule node ({ fact, op, value } or { all } / { any } / { not }) as a plain object, received an instance of Date"],
    ["a Map", new Map(), "(root): expected a rule node ({ fact, op, value } or { all } / { any } / { not }) as a plain object, received an instance of Map"],
    ["a __proto__ fact path", { any: [{ fact: "company.__proto__.polluted", op: "exists" }] }, 'any[0].fact: fact path "company.__proto__.polluted" touches "__proto__", which is not allowed'],
    ["a constructor fact path", { fact: "constructor.name", op: "eq", value: "Object" }, 'fact: fact path "constructor.name" touches "constructor", which is not allowed'],
    ["a prototype fact path", { fact: "a.prototype", op: "exists" }, 'fact: fact path "a.prototype" touches "prototype", which is not allowed'],
    ["an empty segment", { fact: "company..x", op: "exists" }, 'fact: fact path "company..x" has an empty segment'],
    ["an empty fact", { fact: "", op: "exists" }, 'fact: expected a non-empty dotted fact path, received ""'],
    ["a label without English", { label: { ko: "가" }, fact: "a", op: "exists" }, "label.en: expected the English label: a non-empty string, received undefined"],
    ["an empty id", { id: "", fact: "a", op: "exists" }, 'id: expected an id: a non-empty string, received ""'],
    ["an unknown factType", { fact: "a", op: "exists", factType: "list" }, 'factType: expected one of string, number, boolean, date, money, array, object, received "list"'],
    ["an unknown semantics", { fact: "a", op: "lt", value: 1, semantics: "loose" }, 'semantics: expected one of strict, json-rules-engine, received "loose"'],
  ];
  it.each(cases)("refuses %s", (_, input, message) => {
    expect(refusal(input).message).toBe(message);
  });

  it("reports the path as data too", () => {
    expect(refusal({ all: [{ fact: "a", op: "eq", value: 1 }, { any: [{ fact: "b", op: "like", value: 1 }] }] }).path).toEqual(["all", 1, "any", 0, "op"]);
  });
});

describe("parseRule: RULE_LIMITS", () => {
  it("exports its limits as data", () => {
    expect(RULE_LIMITS).toEqual({ maxDepth: 64, maxNodes: 10_000, maxFactPathLength: 1_000, maxStringLength: 10_000, maxArrayLength: 10_000 });
    expect(Object.isFrozen(RULE_LIMITS)).toBe(true);
  });

  it("accepts 64 levels and refuses 65", () => {
    const nest = (levels: number) => {
      let rule: unknown = { fact: "a", op: "exists" };
      for (let i = 1; i < levels; i++) rule = { not: rule };
      return rule;
    };
    expect(() => parseRule(nest(64))).not.toThrow();
    const { message, path } = refusal(nest(65));
    expect(path).toHaveLength(64);
    expect(message).toBe(`${Array.from({ length: 64 }, () => "not").join(".")}: rule is nested deeper than 64 levels (RULE_LIMITS.maxDepth)`);
  });

  it("refuses a 100,000-deep rule (built iteratively) quickly, without overflowing the stack", () => {
    let rule: unknown = { fact: "a", op: "exists" };
    for (let i = 0; i < 100_000; i++) rule = { any: [rule] };
    const started = performance.now();
    expect(refusal(rule).message).toMatch(/: rule is nested deeper than 64 levels \(RULE_LIMITS\.maxDepth\)$/);
    expect(performance.now() - started).toBeLessThan(1000); // a sanity bound, not a benchmark: it stops at level 65
  });

  it("accepts 10,000 nodes and refuses 10,001", () => {
    const wide = (conditions: number) => ({ all: Array.from({ length: conditions }, () => ({ fact: "a", op: "exists" })) });
    expect(() => parseRule(wide(9_999))).not.toThrow();
    expect(refusal(wide(10_000))).toEqual({ message: "all[9999]: rule has more than 10,000 nodes (RULE_LIMITS.maxNodes)", path: ["all", 9999] });
  });

  it("refuses over-long fact paths, strings and arrays", () => {
    expect(() => parseRule({ fact: "a".repeat(1_000), op: "exists" })).not.toThrow();
    expect(refusal({ fact: "a".repeat(1_001), op: "exists" }).message).toBe("fact: fact path is longer than 1,000 characters (RULE_LIMITS.maxFactPathLength)");
    expect(refusal({ fact: "a", op: "eq", value: "x".repeat(10_001) }).message).toBe("value: string is longer than 10,000 characters (RULE_LIMITS.maxStringLength)");
    expect(refusal({ fact: "a", op: "in", value: Array.from({ length: 10_001 }, (_, i) => i) }).message).toBe("value: array has more than 10,000 elements (RULE_LIMITS.maxArrayLength)");
  });
});

describe("the JSON Schema of a rule", () => {
  it("is generated from RuleSchema, recursive through $defs", () => {
    const schema = ruleJsonSchema() as { $ref: string; $defs: Record<string, { anyOf: { required: string[] }[] }> };
    expect(schema.$ref).toBe("#/$defs/Rule");
    const branches = schema.$defs["Rule"]!.anyOf as { required?: string[]; oneOf?: { required: string[]; properties: { op: { const: string } } }[] }[];
    // conditions: one branch per operator of the operator table, its value shaped as the table says
    expect(branches[0]!.oneOf!.map((branch) => branch.properties.op.const)).toEqual(["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between", "exists"]);
    expect(branches[0]!.oneOf!.map((branch) => branch.required)).toEqual([...Array(11).fill(["fact", "op", "value"]), ["fact", "op"]]);
    expect(branches.slice(1).map((branch) => branch.required)).toEqual([["all"], ["any"], ["not"]]);
    expect(JSON.stringify(schema)).toContain('"items":{"$ref":"#/$defs/Rule"}');
    expect(ruleJsonSchema()).not.toBe(ruleJsonSchema());
    expect(schema).toEqual(z.toJSONSchema(RuleSchema));
  });
});
