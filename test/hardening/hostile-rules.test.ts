// Hostile rules and facts (issue 7): each attack is refused with a typed error or handled in bounded time and
// memory. Big inputs are built iteratively (never by recursion, never by JSON.stringify of a deep object).
// Nothing here asserts a timing: the per-test timeout is the hang guard.
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, explain, parseRule, RULE_LIMITS, type Rule } from "../../src/index.js";
import { typedError, valueOrTypedError } from "./support.js";

const HANG_GUARD = 10_000;
const leaf = { fact: "company.regularWorkers", op: "gte", value: 10 } as const;

/** `{ kind: [ { kind: [ … leaf … ] } ] }` (or `{ not: { not: … } }`) nested `depth` levels, built bottom-up. */
function nested(depth: number, kind: "all" | "any" | "not"): unknown {
  let node: unknown = { ...leaf };
  for (let i = 1; i < depth; i++) node = kind === "not" ? { not: node } : { [kind]: [node] };
  return node;
}

/** The same as a JSON string, built by concatenation (JSON.stringify would recurse). */
function nestedJson(depth: number): string {
  return `${'{"all":['.repeat(depth - 1)}${JSON.stringify(leaf)}${"]}".repeat(depth - 1)}`;
}

/** A balanced tree with about `count` nodes, built level by level from the leaves up. */
function balanced(count: number): unknown {
  let level: unknown[] = Array.from({ length: Math.ceil(count / 2) }, () => leaf);
  while (level.length > 1) {
    const next: unknown[] = [];
    for (let i = 0; i < level.length; i += 8) next.push({ any: level.slice(i, i + 8) });
    level = next;
  }
  return level[0];
}

const TEN_MB = 10 * 1024 * 1024;

describe("hostile rules: deep nesting (RULE_LIMITS.maxDepth)", () => {
  it("RULE_LIMITS are the documented numbers", () => {
    expect(RULE_LIMITS).toEqual({ maxDepth: 64, maxNodes: 10_000, maxFactPathLength: 1_000, maxStringLength: 10_000, maxArrayLength: 10_000 });
  });

  it("accepts a rule exactly at the depth limit and refuses one level more, with the path of the node too deep", () => {
    expect(() => parseRule(nested(RULE_LIMITS.maxDepth, "all"))).not.toThrow();
    const error = typedError(() => parseRule(nested(RULE_LIMITS.maxDepth + 1, "all")), "INVALID_RULE");
    expect(error.path).toEqual(Array.from({ length: RULE_LIMITS.maxDepth }, () => ["all", 0]).flat());
    expect(error.message).toMatch(/^all\[0\](\.all\[0\])*: rule is nested deeper than 64 levels/);
  });

  it.each(["all", "any", "not"] as const)("refuses a 100,000-deep %s chain with INVALID_RULE (no stack overflow) in parseRule, evaluate and compileRule", (kind) => {
    const deep = nested(100_000, kind);
    expect(typedError(() => parseRule(deep), "INVALID_RULE").message).toContain("nested deeper than 64 levels");
    typedError(() => evaluate(deep as Rule, { company: { regularWorkers: 12 } }), "INVALID_RULE");
    typedError(() => compileRule(deep as Rule), "INVALID_RULE");
  }, HANG_GUARD);

  it("refuses a 100,000-deep rule given as a JSON string", () => {
    typedError(() => parseRule(nestedJson(100_000)), "INVALID_RULE");
  }, HANG_GUARD);

  it("refuses a cyclic rule object (a rule that contains itself) instead of looping", () => {
    const cyclic: { all: unknown[] } = { all: [] };
    cyclic.all.push(cyclic);
    const notCycle: { not?: unknown } = {};
    notCycle.not = notCycle;
    for (const rule of [cyclic, notCycle]) {
      typedError(() => parseRule(rule), "INVALID_RULE");
      typedError(() => evaluate(rule as Rule, {}), "INVALID_RULE");
      typedError(() => compileRule(rule as Rule), "INVALID_RULE");
    }
  }, HANG_GUARD);
});

describe("hostile rules: huge rules (RULE_LIMITS.maxNodes)", () => {
  it("accepts 10,000 nodes and refuses 10,001 with the path of the first node over the limit", () => {
    expect(() => parseRule({ any: Array.from({ length: RULE_LIMITS.maxNodes - 1 }, () => leaf) })).not.toThrow();
    const error = typedError(() => parseRule({ any: Array.from({ length: RULE_LIMITS.maxNodes }, () => leaf) }), "INVALID_RULE");
    expect(error.message).toContain("more than 10,000 nodes");
    expect(error.path[0]).toBe("any");
  });

  it("refuses a flat 1,000,000-node rule quickly, without first copying a million children", () => {
    const flat = { any: new Array(1_000_000).fill(leaf) };
    typedError(() => parseRule(flat), "INVALID_RULE");
  }, HANG_GUARD);

  it("refuses a balanced 1,000,000-node tree", () => {
    typedError(() => parseRule(balanced(1_000_000)), "INVALID_RULE");
  }, HANG_GUARD);

  it("evaluate and compileRule agree on a rule over the node limit (both refuse it)", () => {
    const over = { any: new Array(RULE_LIMITS.maxNodes + 1).fill(leaf) } as Rule;
    const facts = { company: { regularWorkers: 12 } };
    typedError(() => compileRule(over), "INVALID_RULE");
    typedError(() => evaluate(over, facts), "INVALID_RULE");
  }, HANG_GUARD);

  it("refuses a value array over RULE_LIMITS.maxArrayLength", () => {
    const error = typedError(() => parseRule({ fact: "company.ksic", op: "in", value: new Array(RULE_LIMITS.maxArrayLength + 1).fill("C29") }), "INVALID_RULE");
    expect(error.path).toEqual(["value"]);
    expect(error.message).toContain("more than 10,000 elements");
  });
});

describe("hostile rules: 10 MB strings", () => {
  const huge = "a".repeat(TEN_MB);

  it.each([
    ["fact path", { fact: huge, op: "exists" }, ["fact"], "longer than 1,000 characters"],
    ["value", { fact: "company.name.ko", op: "eq", value: huge }, ["value"], "longer than 10,000 characters"],
    ["id", { id: huge, fact: "company.name.ko", op: "exists" }, ["id"], "longer than 10,000 characters"],
    ["label", { label: { ko: huge, en: "x" }, fact: "company.name.ko", op: "exists" }, ["label", "ko"], "longer than 10,000 characters"],
    ["in list element", { fact: "company.name.ko", op: "in", value: ["x", huge] }, ["value", 1], "longer than 10,000 characters"],
  ] as const)("refuses a 10 MB %s with INVALID_RULE and a short message", (_what, rule, path, text) => {
    const error = typedError(() => parseRule(rule), "INVALID_RULE");
    expect(error.path).toEqual(path);
    expect(error.message).toContain(text);
    expect(error.message.length).toBeLessThan(1_000);
  }, HANG_GUARD);

  it("refuses a 10 MB unknown operator with INVALID_RULE and a short message", () => {
    const error = typedError(() => parseRule({ fact: "company.name.ko", op: huge, value: 1 }), "INVALID_RULE");
    expect(error.path).toEqual(["op"]);
    expect(error.message).toContain("unknown operator");
    expect(error.message.length).toBeLessThan(1_000);
  }, HANG_GUARD);

  it("refuses a 10 MB unknown key with a short message", () => {
    const error = typedError(() => parseRule({ fact: "company.name.ko", op: "exists", [huge]: 1 }), "INVALID_RULE");
    expect(error.message.length).toBeLessThan(1_000);
  }, HANG_GUARD);

  it("parses a 10 MB JSON string (a legal rule padded with whitespace) or refuses it, in bounded time", () => {
    const padded = `${" ".repeat(TEN_MB)}${JSON.stringify({ all: [leaf] })}`;
    expect(parseRule(padded)).toEqual({ all: [leaf] });
    typedError(() => parseRule(`{"all":[${" ".repeat(TEN_MB)}`), "INVALID_RULE");
  }, HANG_GUARD);

  it("evaluates a condition on a 10 MB fact string and explains it in a line of bounded length", () => {
    const result = evaluate({ id: "name", fact: "company.name.ko", op: "contains", value: "needle" }, { company: { name: { ko: huge } } });
    expect(result.outcome).toBe("ineligible");
    for (const locale of ["ko", "en"] as const) {
      const lines = explain(result, locale);
      expect(lines).toHaveLength(1);
      expect(lines[0]!.length).toBeLessThan(1_000);
    }
  }, HANG_GUARD);
});

describe("hostile rules: __proto__, constructor and prototype", () => {
  it.each(["__proto__", "constructor", "prototype", "company.__proto__", "company.constructor.name", "company.prototype", "a.__proto__.polluted"])(
    "parseRule refuses the fact path %j with INVALID_RULE naming the segment",
    (fact) => {
      const error = typedError(() => parseRule({ all: [{ fact: "company.regularWorkers", op: "exists" }, { fact, op: "exists" }] }), "INVALID_RULE");
      expect(error.path).toEqual(["all", 1, "fact"]);
      expect(error.message).toMatch(/touches "(__proto__|constructor|prototype)"/);
    },
  );

  it("parseRule keeps an own __proto__ key from JSON.parse as data, never as a prototype (no pollution)", () => {
    const json = JSON.parse('{"__proto__": {"polluted": true}, "fact": "company.name", "op": "exists"}') as unknown;
    const error = typedError(() => parseRule(json), "INVALID_RULE");
    expect(error.message).toContain('unknown key "__proto__"');
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    const label = JSON.parse('{"fact": "company.name", "op": "exists", "label": {"ko": "가", "en": "a", "__proto__": {"x": 1}}}') as unknown;
    typedError(() => parseRule(label), "INVALID_RULE");
  });

  it("an own __proto__ key in the facts (from JSON.parse) is not read as the company's data", () => {
    const facts = JSON.parse('{"company": {"__proto__": {"regularWorkers": 500}}}') as object;
    const rule = parseRule({ fact: "company.regularWorkers", op: "gte", value: 10 });
    expect(evaluate(rule, facts).outcome).toBe("undetermined");
    expect(evaluate(rule, facts).missing).toEqual(["company.regularWorkers"]);
    expect(compileRule(rule)(facts)).toBe("undetermined");
  });

  it("inherited members are not facts: toString, constructor, hasOwnProperty, __proto__ count as absent even in rules that skipped parseRule", () => {
    for (const fact of ["company.toString", "company.constructor", "company.hasOwnProperty", "company.__proto__", "__proto__", "company.valueOf"]) {
      const rule = { fact, op: "exists" } as Rule;
      const byEvaluate = valueOrTypedError(() => evaluate(rule, { company: {} }).outcome, () => fact);
      const byCompiled = valueOrTypedError(() => compileRule(rule)({ company: {} }), () => fact);
      // refusing the unsafe path is fine; treating the member as present (eligible) is not
      if (byEvaluate.ok) expect(byEvaluate.value, fact).toBe("ineligible");
      if (byCompiled.ok) expect(byCompiled.value, fact).toBe("ineligible");
    }
  });

  it("a polluted Object.prototype does not make a fact appear for every company", () => {
    const rule = parseRule({ fact: "company.isVenture", op: "eq", value: true, factType: "boolean" });
    const proto = Object.prototype as unknown as Record<string, unknown>;
    proto["isVenture"] = true;
    try {
      expect(evaluate(rule, { company: {} }).outcome).toBe("undetermined");
      expect(compileRule(rule)({ company: {} })).toBe("undetermined");
    } finally {
      delete proto["isVenture"];
    }
  });

  it("facts with a null prototype and facts nested 100,000 deep are read safely", () => {
    const company = Object.assign(Object.create(null) as object, { regularWorkers: 12 });
    const rule = parseRule({ fact: "company.regularWorkers", op: "gte", value: 10 });
    expect(evaluate(rule, { company }).outcome).toBe("eligible");
    expect(compileRule(rule)({ company })).toBe("eligible");
    let deep: Record<string, unknown> = { regularWorkers: 12 };
    for (let i = 0; i < 100_000; i++) deep = { company: deep };
    expect(evaluate(rule, deep).outcome).toBe("undetermined");
    const path = `${"company.".repeat(100)}regularWorkers`;
    expect(evaluate(parseRule({ fact: path, op: "gte", value: 10, factType: "number" }), deep).outcome).toBe("undetermined");
    let shallow: Record<string, unknown> = { regularWorkers: 12 };
    for (let i = 0; i < 100; i++) shallow = { company: shallow };
    expect(evaluate(parseRule({ fact: path, op: "gte", value: 10, factType: "number" }), shallow).outcome).toBe("eligible");
  }, HANG_GUARD);

  it("a cyclic, huge or bigint-holding fact value is evaluated and explained in a few lines, without looping", () => {
    const company: Record<string, unknown> = { regularWorkers: 12 };
    company["self"] = company;
    const result = evaluate({ all: [{ fact: "company.self", op: "exists" }, { fact: "company.self.self.self.regularWorkers", op: "gte", value: 10 }] }, { company });
    expect(result.outcome).toBe("eligible");
    for (const locale of ["ko", "en"] as const) expect(explain(result, locale).join("\n").length).toBeLessThan(2_000);
    const list: unknown[] = [1];
    list.push(list);
    const withList = evaluate({ fact: "company.list", op: "contains", value: 2 }, { company: { list } });
    expect(withList.outcome).toBe("ineligible");
    for (const locale of ["ko", "en"] as const) expect(explain(withList, locale).join("\n").length).toBeLessThan(2_000);
    const big = evaluate({ fact: "company.big", op: "exists" }, { company: { big: { amount: 1n, list: new Array(1_000_000).fill("x") } } });
    for (const locale of ["ko", "en"] as const) expect(explain(big, locale).join("\n").length).toBeLessThan(2_000);
  }, HANG_GUARD);
});

describe("hostile rules: regular-expression-like strings are literal text", () => {
  const evil = "(a+)+$";
  const attack = `${"a".repeat(50_000)}!`;

  it.each([
    { op: "startsWith", value: evil, actual: attack, outcome: "ineligible", shown: "50,000 a's and a !" },
    { op: "startsWith", value: "(a+)", actual: "(a+)+$ literally", outcome: "eligible", shown: "(a+)+$ literally" },
    { op: "contains", value: ".*", actual: "abc", outcome: "ineligible", shown: "abc" },
    { op: "contains", value: ".*", actual: "a.*b", outcome: "eligible", shown: "a.*b" },
    { op: "contains", value: "^[", actual: "x^[y", outcome: "eligible", shown: "x^[y" },
    { op: "eq", value: "$&", actual: "$&", outcome: "eligible", shown: "$&" },
    { op: "in", value: ["\\d+", "[0-9]"], actual: "7", outcome: "ineligible", shown: "7" },
  ] as const)("$op $value on $shown is $outcome (no regular-expression semantics, no catastrophic backtracking)", ({ op, value, actual, outcome }) => {
    const rule = parseRule({ fact: "company.name.ko", op, value });
    expect(evaluate(rule, { company: { name: { ko: actual } } }).outcome).toBe(outcome);
    expect(compileRule(rule)({ company: { name: { ko: actual } } })).toBe(outcome);
  }, HANG_GUARD);

  it("explain shows replacement patterns ($&, $', $`) and regex metacharacters literally", () => {
    const value = "$&$'$`(a+)+";
    const result = evaluate({ fact: "company.name.ko", op: "eq", value, label: { ko: "$& 상호", en: "$& name" } }, { company: { name: { ko: "x$&y" } } });
    for (const locale of ["ko", "en"] as const) {
      const [line] = explain(result, locale);
      expect(line).toContain("$&$'$`(a+)+");
      expect(line).toContain("x$&y");
    }
  });
});
