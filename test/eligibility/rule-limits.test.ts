// Every RULE_LIMITS entry at its boundary (issue 17): parseRule accepts input exactly at the limit and refuses one
// more with INVALID_RULE. Written against parseRule's public behaviour only (the code, not the wording), so it
// holds across the rewrite of the rules core. A limit added to RULE_LIMITS without a case here fails the first test.
import { describe, expect, it } from "vitest";
import { isTechnoparkError, parseRule, RULE_LIMITS } from "../../src/index.js";

type Limit = keyof typeof RULE_LIMITS;

/** What parseRule did: "accepted" or the code of the typed error it threw. */
function verdict(json: unknown): string {
  try {
    parseRule(json);
    return "accepted";
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return error.code;
  }
}

const condition = (extra: Record<string, unknown> = {}) => ({ fact: "company.regularWorkers", op: "gte", value: 30, ...extra });

/** For each limit, rules whose measured size is exactly `n` (one rule per place the limit applies). */
const atSize: Record<Limit, (n: number) => readonly [where: string, rule: unknown][]> = {
  maxDepth: (n) => {
    // n levels: n − 1 `not` / `all` / `any` nodes around a condition (the root is level 1)
    const nest = (wrap: (rule: unknown) => unknown) => {
      let rule: unknown = condition();
      for (let level = 1; level < n; level++) rule = wrap(rule);
      return rule;
    };
    return [
      ["not", nest((rule) => ({ not: rule }))],
      ["all", nest((rule) => ({ all: [rule] }))],
      ["any", nest((rule) => ({ any: [condition(), rule] }))],
    ];
  },
  maxNodes: (n) => [
    // an `all` node and n − 1 conditions; the same count spread over nested groups
    ["flat", { all: Array.from({ length: n - 1 }, () => condition()) }],
    ["nested", { any: [{ all: Array.from({ length: n - 4 }, () => condition()) }, { not: condition() }] }],
  ],
  maxFactPathLength: (n) => [
    ["one segment", { fact: "a".repeat(n), op: "exists" }],
    ["dotted", { fact: `subject.${"b".repeat(n - "subject.".length)}`, op: "exists" }],
  ],
  maxStringLength: (n) => [
    ["eq value", { fact: "company.name.ko", op: "eq", value: "가".repeat(n) }],
    ["startsWith value", { fact: "company.ksic", op: "startsWith", value: "C".repeat(n) }],
    ["in element", { fact: "company.ksic", op: "in", value: ["C29", "x".repeat(n)] }],
    ["id", condition({ id: "r".repeat(n) })],
    ["label.ko", condition({ label: { ko: "라".repeat(n), en: "label" } })],
    ["label.en", { all: [condition()], label: { ko: "라벨", en: "e".repeat(n) } }],
  ],
  maxArrayLength: (n) => [
    ["in", { fact: "company.ksic", op: "in", value: Array.from({ length: n }, (_, i) => `C${i}`) }],
    ["notIn", { fact: "company.regularWorkers", op: "notIn", value: Array.from({ length: n }, (_, i) => i) }],
  ],
};

describe("RULE_LIMITS: exactly the limit is accepted, one more is INVALID_RULE", () => {
  it("every limit has boundary cases here", () => {
    expect(Object.keys(atSize).sort()).toEqual(Object.keys(RULE_LIMITS).sort());
  });

  it.each(Object.keys(RULE_LIMITS) as Limit[])("%s", (limit) => {
    const max = RULE_LIMITS[limit];
    const atLimit = atSize[limit](max);
    const overLimit = atSize[limit](max + 1);
    expect(atLimit.map(([where, rule]) => [where, verdict(rule)])).toEqual(atLimit.map(([where]) => [where, "accepted"]));
    expect(overLimit.map(([where, rule]) => [where, verdict(rule)])).toEqual(overLimit.map(([where]) => [where, "INVALID_RULE"]));
  });

  it("the same boundaries hold for rules given as JSON text", () => {
    for (const limit of Object.keys(RULE_LIMITS) as Limit[]) {
      const [[, atLimit]] = atSize[limit](RULE_LIMITS[limit]) as [[string, unknown]];
      const [[, overLimit]] = atSize[limit](RULE_LIMITS[limit] + 1) as [[string, unknown]];
      expect([limit, verdict(JSON.stringify(atLimit))]).toEqual([limit, "accepted"]);
      expect([limit, verdict(JSON.stringify(overLimit))]).toEqual([limit, "INVALID_RULE"]);
    }
  });
});
