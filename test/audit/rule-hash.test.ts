import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { programs } from "../../src/data/index.js";
import { isTechnoparkError, ruleHash, type Rule } from "../../src/index.js";

/**
 * An independent implementation of the hash: canonical JSON written here from scratch (keys sorted by UTF-16
 * code units with a comparator, numbers and strings by JSON.stringify) and hashed by node:crypto, not noble.
 */
function independentCanonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(independentCanonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
    keys.sort((a, b) => {
      for (let i = 0; i < Math.min(a.length, b.length); i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return a.charCodeAt(i) - b.charCodeAt(i);
      return a.length - b.length;
    });
    return `{${keys.map((key) => `${JSON.stringify(key)}:${independentCanonical((value as Record<string, unknown>)[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
const independentHash = (value: unknown): string => createHash("sha256").update(independentCanonical(value), "utf8").digest("hex");

const allRules: Rule[] = programs.flatMap((program) => program.eligibility.map((version) => version.value));

/** Shuffles the keys of every object (reversed order), values untouched. */
function reorder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reorder);
  if (typeof value === "object" && value !== null) return Object.fromEntries(Object.keys(value).reverse().map((key) => [key, reorder((value as Record<string, unknown>)[key])]));
  return value;
}

const leaf = fc.record(
  {
    id: fc.string({ maxLength: 6 }),
    label: fc.record({ ko: fc.string({ unit: "grapheme", maxLength: 8 }), en: fc.string({ maxLength: 8 }) }),
    fact: fc.constantFrom("company.regularWorkers", "company.smeSize", "company.location.sigungu", "x"),
    op: fc.constantFrom("eq", "gte", "lt", "in", "exists"),
    value: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string({ unit: "grapheme", maxLength: 6 }), fc.boolean(), fc.constant(null), fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 })),
  },
  { requiredKeys: ["fact", "op"] },
) as fc.Arbitrary<Rule>;
const rule: fc.Arbitrary<Rule> = fc.letrec<{ node: Rule }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, leaf, fc.record({ all: fc.array(tie("node"), { maxLength: 3 }) }), fc.record({ any: fc.array(tie("node"), { maxLength: 3 }) }), fc.record({ not: tie("node") })),
})).node;

describe("ruleHash", () => {
  it("is the SHA-256 of the canonical JSON, as node:crypto computes it over a canonical form built separately", () => {
    const simple: Rule = { value: 30, op: "gte", fact: "company.regularWorkers" };
    expect(ruleHash(simple)).toBe("1b7cee6e336e5b893610f7596ddff6649baf97a2232f697b48c17407482043de");
    expect(ruleHash(simple)).toBe(createHash("sha256").update('{"fact":"company.regularWorkers","op":"gte","value":30}').digest("hex"));
    expect(allRules.length).toBeGreaterThan(2);
    for (const programRule of allRules) expect(ruleHash(programRule)).toBe(independentHash(programRule));
  });

  it("property: equals the independent implementation; key order does not change it", () => {
    fc.assert(
      fc.property(rule, (r) => {
        const hash = ruleHash(r);
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        expect(hash).toBe(independentHash(r));
        expect(ruleHash(reorder(r) as Rule)).toBe(hash);
      }),
      { numRuns: 300 },
    );
  });

  it("property: any change of a value, operator, fact, id or label changes it", () => {
    fc.assert(
      fc.property(rule, rule, (a, b) => {
        fc.pre(independentCanonical(a) !== independentCanonical(b));
        expect(ruleHash(a)).not.toBe(ruleHash(b));
      }),
      { numRuns: 300 },
    );
    const base: Rule = { id: "w", label: { ko: "상시근로자 30명 이상", en: "30+" }, fact: "company.regularWorkers", op: "gte", value: 30 };
    const variants: Rule[] = [
      { ...base, value: 25 },
      { ...base, value: 30.5 },
      { ...base, value: "30" },
      { ...base, op: "gt" },
      { ...base, fact: "company.regularWorker" },
      { ...base, id: "w2" },
      { ...base, label: { ko: "상시근로자 30명 이상 ", en: "30+" } },
      { all: [base] },
    ];
    const hashes = new Set([ruleHash(base), ...variants.map(ruleHash)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it("hashes a deeply frozen rule once and a rule that can still change every time", () => {
    const mutable = { all: [{ fact: "company.regularWorkers", op: "gte" as const, value: 30 }] };
    const before = ruleHash(mutable);
    mutable.all[0]!.value = 25;
    expect(ruleHash(mutable)).not.toBe(before);
    expect(ruleHash(mutable)).toBe(independentHash(mutable));
    const partlyFrozen = Object.freeze({ all: [{ fact: "company.regularWorkers", op: "gte" as const, value: 30 }] });
    const first = ruleHash(partlyFrozen);
    partlyFrozen.all[0]!.value = 20; // the root is frozen, the condition is not: not cached
    expect(ruleHash(partlyFrozen)).not.toBe(first);
    const frozen = allRules[0]!;
    expect(Object.isFrozen(frozen)).toBe(true);
    expect(ruleHash(frozen)).toBe(ruleHash(frozen));
    expect(ruleHash(frozen)).toBe(independentHash(frozen));
  });

  it("refuses a rule that is not JSON with VALIDATION naming the path", () => {
    try {
      ruleHash({ all: [{ fact: "x", op: "eq", value: Number.NaN }] });
      expect.unreachable();
    } catch (error) {
      expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect((error as Error).message).toBe("all[0].value: expected a finite number (JSON has no NaN or Infinity), received NaN");
    }
  });

  const python = (() => {
    try {
      return execFileSync("python3", ["--version"], { encoding: "utf8" }).startsWith("Python 3");
    } catch {
      return false;
    }
  })();
  it.skipIf(!python)("is what the Python snippet of the guide computes (json.dumps sort_keys + hashlib)", () => {
    const guide = readFileSync(resolve(import.meta.dirname, "../../docs/guides/auditing-and-changing-rules.md"), "utf8");
    const snippet = /```python\n([\s\S]*?)```/.exec(guide)![1]!;
    expect(snippet).toContain("def rule_hash(rule) -> str:");
    const program = `${snippet}\nimport sys\nfor rule in json.load(sys.stdin): print(rule_hash(rule))\n`;
    const out = execFileSync("python3", ["-c", program], { input: JSON.stringify(allRules), encoding: "utf8" });
    expect(out.trim().split("\n")).toEqual(allRules.map(ruleHash));
  });
});
