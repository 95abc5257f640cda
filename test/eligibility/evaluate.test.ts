import { describe, expect, it } from "vitest";
import { compileRule, evaluate, isTechnoparkError, type Condition, type Rule } from "../../src/index.js";

const both = (rule: Rule, facts: object, options?: { asOf?: string }) => {
  const result = evaluate(rule, facts, options);
  expect(compileRule(rule)(facts, options), "compileRule agrees with evaluate").toBe(result.outcome);
  return result;
};
const outcome = (condition: Condition, fact: unknown) => both(condition, fact === undefined ? {} : { x: fact }).outcome;
const c = (op: Condition["op"], value?: Condition["value"], extra: Partial<Condition> = {}): Condition =>
  (value === undefined ? { fact: "x", op, ...extra } : { fact: "x", op, value, ...extra }) as Condition;

describe("operators: type-strict semantics", () => {
  const table: [string, Condition, unknown, "eligible" | "ineligible" | "undetermined"][] = [
    ["eq number", c("eq", 30), 30, "eligible"],
    ["eq is strict: 30 ≠ \"30\"", c("eq", 30), "30", "ineligible"],
    ["eq null never matches a present fact", c("eq", null), 0, "ineligible"],
    ["ne", c("ne", "영천시"), "포항시", "eligible"],
    ["ne with another type passes", c("ne", 30), "30", "eligible"],
    ["ne equal", c("ne", true), true, "ineligible"],
    ["lt", c("lt", 30), 29.5, "eligible"],
    ["lt boundary", c("lt", 30), 30, "ineligible"],
    ["lte boundary", c("lte", 30), 30, "eligible"],
    ["gt", c("gt", 30), 30, "ineligible"],
    ["gte boundary", c("gte", 30), 30, "eligible"],
    ["gte 29.5", c("gte", 30), 29.5, "ineligible"],
    ["gte on ISO date strings", c("gte", "2024-01-01"), "2024-03-01", "eligible"],
    ["lt type mismatch: string fact vs number", c("lt", 30), "5", "ineligible"],
    ["gt type mismatch: number fact vs string", c("gt", "10"), 11, "ineligible"],
    ["gte type mismatch: boolean", c("gte", 1), true, "ineligible"],
    ["in", c("in", ["small", "medium"]), "small", "eligible"],
    ["in miss", c("in", ["small", "medium"]), "not-sme", "ineligible"],
    ["in is strict", c("in", [1, 2]), "1", "ineligible"],
    ["in empty list", c("in", []), "a", "ineligible"],
    ["notIn", c("notIn", ["A", "B"]), "C", "eligible"],
    ["notIn hit", c("notIn", ["A", "B"]), "A", "ineligible"],
    ["notIn with another type passes", c("notIn", [1]), "1", "eligible"],
    ["contains in an array", c("contains", "C29"), ["C28", "C29"], "eligible"],
    ["contains miss", c("contains", "C30"), ["C28", "C29"], "ineligible"],
    ["contains a substring", c("contains", "테크노"), "경북테크노파크", "eligible"],
    ["contains type mismatch", c("contains", "1"), 12, "ineligible"],
    ["contains number in string: mismatch", c("contains", 1), "1", "ineligible"],
    ["startsWith", c("startsWith", "C"), "C29199", "eligible"],
    ["startsWith miss", c("startsWith", "C"), "G47", "ineligible"],
    ["startsWith type mismatch", c("startsWith", "2"), 29, "ineligible"],
    ["between inclusive low", c("between", [10, 30]), 10, "eligible"],
    ["between inclusive high", c("between", [10, 30]), 30, "eligible"],
    ["between outside", c("between", [10, 30]), 30.5, "ineligible"],
    ["between strings", c("between", ["2024-01-01", "2024-12-31"]), "2024-06-30", "eligible"],
    ["between type mismatch", c("between", [10, 30]), "20", "ineligible"],
    ["exists on a present fact", c("exists"), 0, "eligible"],
    ["exists true explicit", c("exists", true), false, "eligible"],
    ["exists on a missing fact is decided, not undetermined", c("exists"), undefined, "ineligible"],
    ["exists false on a missing fact", c("exists", false), undefined, "eligible"],
    ["exists false on a present fact", c("exists", false), "", "ineligible"],
    ["factType array guards contains", c("contains", "b", { factType: "array" }), "abc", "ineligible"],
    ["factType number", c("ne", 3, { factType: "number" }), "x", "ineligible"],
    ["factType object", c("exists", true, { factType: "object" }), [1], "ineligible"],
    ["factType boolean", c("eq", true, { factType: "boolean" }), true, "eligible"],
    ["json-rules-engine semantics: \"5\" < 10", c("lt", 10, { semantics: "json-rules-engine" }), "5", "eligible"],
    ["json-rules-engine semantics: contains only in arrays", c("contains", "b", { semantics: "json-rules-engine" }), "abc", "ineligible"],
  ];
  it.each(table)("%s", (_, condition, fact, expected) => {
    expect(outcome(condition, fact)).toBe(expected);
  });

  it.each(["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "contains", "startsWith", "between"] as const)(
    "%s on a missing fact (undefined or null) is undetermined and lists the path",
    (op) => {
      const value = op === "in" || op === "notIn" ? [1] : op === "between" ? [1, 2] : op === "startsWith" ? "1" : 1;
      for (const facts of [{}, { x: null }, { x: undefined }]) {
        const result = both({ fact: "x", op, value }, facts);
        expect(result.outcome).toBe("undetermined");
        expect(result.missing).toEqual(["x"]);
      }
    },
  );

  it("reads nested paths and array indexes, never inherited methods or prototypes", () => {
    expect(outcome({ fact: "x.a.1.b", op: "eq", value: 1 }, { a: [{ b: 1 }] })).toBe("undetermined"); // no element 1
    expect(both({ fact: "a.0.b", op: "eq", value: 1 }, { a: [{ b: 1 }] }).outcome).toBe("eligible");
    expect(both({ fact: "company.toString", op: "exists" }, { company: {} }).outcome).toBe("ineligible");
    expect(both({ fact: "company.name.length", op: "exists" }, { company: { name: "가" } }).outcome).toBe("ineligible"); // no descent into strings
  });
});

describe("three-valued logic (Kleene): all / any / not with missing facts", () => {
  const P: Condition = { fact: "p", op: "eq", value: true };
  const F: Condition = { fact: "f", op: "eq", value: true };
  const U: Condition = { fact: "u", op: "eq", value: true };
  const facts = { p: true, f: false };
  const name = { passed: P, failed: F, undetermined: U } as const;
  const kinds = ["passed", "failed", "undetermined"] as const;
  const toOutcome = { passed: "eligible", failed: "ineligible", undetermined: "undetermined" } as const;
  const allTable = (a: string, b: string) => (a === "failed" || b === "failed" ? "failed" : a === "undetermined" || b === "undetermined" ? "undetermined" : "passed");
  const anyTable = (a: string, b: string) => (a === "passed" || b === "passed" ? "passed" : a === "undetermined" || b === "undetermined" ? "undetermined" : "failed");

  for (const a of kinds) {
    for (const b of kinds) {
      it(`all(${a}, ${b}) = ${allTable(a, b)}; any(${a}, ${b}) = ${anyTable(a, b)}`, () => {
        const all = both({ all: [name[a], name[b]] }, facts);
        expect(all.outcome).toBe(toOutcome[allTable(a, b) as keyof typeof toOutcome]);
        expect(all.missing).toEqual(all.outcome === "undetermined" ? ["u"] : []);
        const any = both({ any: [name[a], name[b]] }, facts);
        expect(any.outcome).toBe(toOutcome[anyTable(a, b) as keyof typeof toOutcome]);
        expect(any.missing).toEqual(any.outcome === "undetermined" ? ["u"] : []);
      });
    }
    it(`not(${a})`, () => {
      const result = both({ not: name[a] }, facts);
      expect(result.outcome).toBe({ passed: "ineligible", failed: "eligible", undetermined: "undetermined" }[a]);
    });
  }

  it("all with a failed condition is ineligible even when others are missing (contract)", () => {
    const result = both({ all: [U, F, { fact: "v", op: "gte", value: 1 }] }, facts);
    expect(result).toMatchObject({ outcome: "ineligible", missing: [] });
  });

  it("any with a passing condition is eligible even when others are missing", () => {
    expect(both({ any: [U, P] }, facts)).toMatchObject({ outcome: "eligible", missing: [] });
  });

  it("missing lists every fact that could decide, in rule order, once each", () => {
    const result = both({ all: [P, { any: [U, { fact: "w", op: "gt", value: 1 }, F] }, { not: U }] }, facts);
    expect(result.outcome).toBe("undetermined");
    expect(result.missing).toEqual(["u", "w"]);
  });

  it("empty all passes and empty any fails", () => {
    expect(both({ all: [] }, {}).outcome).toBe("eligible");
    expect(both({ any: [] }, {}).outcome).toBe("ineligible");
  });

  it("the trace records every node's outcome, actual value, threshold and which ones decided", () => {
    const result = evaluate({ id: "root", all: [{ id: "p", ...P }, { id: "f", ...F }, { not: U }] }, facts);
    expect(result.trace).toEqual({
      kind: "all",
      id: "root",
      outcome: "failed",
      decisive: true,
      children: [
        { kind: "condition", id: "p", fact: "p", op: "eq", value: true, outcome: "passed", decisive: false, actual: true, source: "given" },
        { kind: "condition", id: "f", fact: "f", op: "eq", value: true, outcome: "failed", decisive: true, actual: false, source: "given" },
        {
          kind: "not",
          outcome: "undetermined",
          decisive: false,
          child: { kind: "condition", fact: "u", op: "eq", value: true, outcome: "undetermined", decisive: false, source: "missing" },
        },
      ],
    });
  });
});

describe("facts are own properties only", () => {
  it("inherited members (toString, constructor, __proto__) are missing, not present", () => {
    for (const fact of ["company.toString", "company.constructor", "company.__proto__", "company.hasOwnProperty"]) {
      expect(both({ fact, op: "exists" } as Rule, { company: {} }).outcome, fact).toBe("ineligible");
    }
    expect(both({ fact: "company.constructor", op: "eq", value: 1 }, { company: { constructor: 1 } }).outcome).toBe("eligible"); // an own data property is a fact
  });

  it("a polluted Object.prototype does not plant facts, at any depth, in evaluate or compiled rules", () => {
    const rule: Rule = { all: [{ fact: "company.isVenture", op: "eq", value: true }, { fact: "company.extra.flag", op: "eq", value: true }] };
    const compiled = compileRule(rule);
    const proto = Object.prototype as unknown as Record<string, unknown>;
    proto["isVenture"] = true;
    proto["extra"] = { flag: true };
    try {
      expect(evaluate(rule, { company: {} }).missing).toEqual(["company.isVenture", "company.extra.flag"]);
      expect(compiled({ company: {} })).toBe("undetermined");
      expect(compiled({ company: { isVenture: true, extra: { flag: true } } })).toBe("eligible");
    } finally {
      delete proto["isVenture"];
      delete proto["extra"];
    }
    expect(compiled({ company: { isVenture: true, extra: { flag: true } } })).toBe("eligible");
  });

  it("refuses rules over RULE_LIMITS.maxNodes in evaluate as in compileRule", () => {
    const over: Rule = { any: new Array(10_001).fill({ fact: "x", op: "exists" }) };
    const message = "any: rule has more than RULE_LIMITS.maxNodes (10,000) nodes: the list has 10,001 entries; validate untrusted rules with parseRule";
    expect(() => evaluate(over, {})).toThrow(message);
    expect(() => compileRule(over)).toThrow(message);
  });
});

describe("evaluate: inputs and errors", () => {
  const deepFreeze = <T>(value: T): T => {
    if (typeof value === "object" && value !== null) {
      Object.freeze(value);
      for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    }
    return value;
  };

  it("works on frozen rules and facts and never mutates them", () => {
    const rule = deepFreeze<Rule>({ all: [{ fact: "company.regularWorkers", op: "gte", value: 30 }, { fact: "company.startupStage", op: "in", value: ["early", "leap"] }] });
    const facts = deepFreeze({ company: { monthEndHeadcounts: [{ month: "2024-12", fullTime: 31 }], foundedOn: "2023-01-01" } });
    const before = JSON.stringify({ rule, facts });
    expect(evaluate(rule, facts, { asOf: "2025-01-01" }).outcome).toBe("eligible");
    expect(compileRule(rule)(facts, { asOf: "2025-01-01" })).toBe("eligible");
    expect(JSON.stringify({ rule, facts })).toBe(before);
  });

  it("refuses an invalid asOf with VALIDATION naming options.asOf", () => {
    try {
      evaluate({ fact: "x", op: "exists" }, {}, { asOf: "2023-02-30" });
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect((error as Error).message).toBe('options.asOf: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"');
    }
  });

  it("accepts a Date for asOf, read as the Seoul calendar day", () => {
    const rule: Rule = { fact: "company.ageInYears", op: "gte", value: 1 };
    const facts = { company: { foundedOn: "2023-01-01" } };
    expect(evaluate(rule, facts, { asOf: new Date("2023-12-31T15:00:00Z") }).outcome).toBe("eligible"); // 2024-01-01 in Seoul
    expect(evaluate(rule, facts, { asOf: new Date("2023-12-31T14:59:59Z") }).outcome).toBe("ineligible");
  });

  it("refuses, with INVALID_RULE, rules deeper than RULE_LIMITS.maxDepth instead of overflowing the stack", () => {
    let rule: Rule = { fact: "x", op: "exists" };
    for (let i = 0; i < 100_000; i++) rule = { not: rule };
    const path = "not.".repeat(64).slice(0, -1);
    const message = `${path}: rule nesting exceeds RULE_LIMITS.maxDepth (64 levels); validate untrusted rules with parseRule`;
    expect(() => evaluate(rule, {})).toThrow(message);
    expect(() => compileRule(rule)).toThrow(message);
    try {
      evaluate(rule, {});
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "INVALID_RULE")).toBe(true);
      expect((error as { path: unknown[] }).path).toEqual(new Array(64).fill("not"));
    }
  });

  it("refuses rule defects with INVALID_RULE whatever the facts: in without an array, an unknown operator", () => {
    const noArray = { fact: "x", op: "in", value: "ab" } as unknown as Rule;
    const unknownOp = { fact: "x", op: "like", value: 1 } as unknown as Rule;
    for (const facts of [{}, { x: "a" }]) {
      expect(() => evaluate(noArray, facts)).toThrow('value: operator in on "x" needs an array value, received "ab"; validate untrusted rules with parseRule');
      expect(() => evaluate(unknownOp, facts)).toThrow('op: unknown operator "like"; expected one of eq, ne, lt, lte, gt, gte, in, notIn, contains, startsWith, between, exists; validate untrusted rules with parseRule');
    }
    expect(() => compileRule(noArray)).toThrow(/needs an array value/);
    expect(() => compileRule(unknownOp)).toThrow(/unknown operator "like"/);
  });
});
