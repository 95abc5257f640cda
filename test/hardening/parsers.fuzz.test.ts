// Fuzzing every public parser with arbitrary JSON (issue 7): parseRule, fromJsonRulesEngine, every entity schema
// through parseWith, toJsonSchema, the CSV row conversion of the CLI and the statute functions fed JSON of the
// right outer shape with anything inside. Each call either returns or throws a TechnoparkError with a code —
// never a TypeError, a RangeError (stack overflow) or a hang.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { planColumns, rowToRecord } from "../../src/cli/csv-row.js";
import { classifySme, fromJsonRulesEngine, isMicroEnterprise, isYouthFounder, parseRule, regularWorkerCount, startupStage } from "../../src/index.js";
import { Company, entityNames, entitySchemas, parseWith, toJsonSchema, type EntityName } from "../../src/schemas/index.js";
import { FUZZ, FUZZ_HEAVY, short, typedError, valueOrTypedError } from "./support.js";

/** JSON-ish values plus the keys and shapes attackers try first. */
const hostileKey = fc.constantFrom("__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf", "fact", "all", "any", "not", "op", "value");
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue() },
  { weight: 1, arbitrary: fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withObjectString: true, withSparseArray: true }) },
  { weight: 1, arbitrary: fc.dictionary(hostileKey, fc.jsonValue(), { maxKeys: 4 }) },
);
const code = (attempt: { ok: boolean; error?: unknown }) => (attempt.ok ? undefined : (attempt.error as { code: string }).code);

/** A structurally valid rule, to be mutated into a nearly valid one. */
const { validRule } = fc.letrec<{ validRule: Record<string, unknown> }>((tie) => ({
  validRule: fc.oneof(
    { depthSize: "small" },
    fc.record({ fact: fc.constantFrom("company.regularWorkers", "company.ksic", "x"), op: fc.constantFrom("eq", "gte", "in", "exists"), value: fc.constantFrom(1, "C", true) }).map((c) =>
      c.op === "in" ? { ...c, value: [c.value] } : c.op === "exists" ? { fact: c.fact, op: c.op } : c,
    ),
    fc.record({ all: fc.array(tie("validRule"), { maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("validRule"), { maxLength: 3 }) }),
    fc.record({ not: tie("validRule") }),
  ),
}));

/** Replaces the value at one random position of a JSON tree with `replacement` (a copy; the input is left alone). */
function mutate(tree: unknown, pick: number, replacement: unknown): { mutated: unknown; at: (string | number)[] } {
  const positions: (string | number)[][] = [];
  const stack: [unknown, (string | number)[]][] = [[tree, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    positions.push(path);
    if (Array.isArray(node)) node.forEach((child, i) => stack.push([child, [...path, i]]));
    else if (typeof node === "object" && node !== null) for (const [key, child] of Object.entries(node)) stack.push([child, [...path, key]]);
  }
  const at = positions[pick % positions.length]!;
  if (at.length === 0) return { mutated: replacement, at };
  const copy = structuredClone(tree) as Record<string | number, unknown>;
  let parent: Record<string | number, unknown> = copy;
  for (const key of at.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  parent[at[at.length - 1]!] = replacement;
  return { mutated: copy, at };
}

describe("parseRule and fromJsonRulesEngine on arbitrary JSON (hardening, issue 7)", () => {
  it("parseRule(anything) returns a rule or throws INVALID_RULE", () => {
    fc.assert(
      fc.property(anyJson, (json) => {
        const attempt = valueOrTypedError(() => parseRule(json), () => short(json));
        if (!attempt.ok) expect(code(attempt)).toBe("INVALID_RULE");
      }),
      FUZZ,
    );
  });

  it("parseRule(arbitrary string) treats it as JSON text: a rule or INVALID_RULE", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), validRule.map((r) => JSON.stringify(r))), (text) => {
        const attempt = valueOrTypedError(() => parseRule(text), () => short(text));
        if (!attempt.ok) expect(code(attempt)).toBe("INVALID_RULE");
      }),
      FUZZ,
    );
  });

  it("a valid rule with one node replaced by garbage is accepted or refused at a path inside the input", () => {
    fc.assert(
      fc.property(validRule, fc.nat(), anyJson, (rule, pick, garbage) => {
        const { mutated } = mutate(rule, pick, garbage);
        const attempt = valueOrTypedError(() => parseRule(mutated), () => short(mutated));
        if (attempt.ok) return;
        expect(code(attempt)).toBe("INVALID_RULE");
        const path = (attempt.error as { path: (string | number)[] }).path;
        // every segment but the last (which may name a missing or unknown key) exists in the input
        let node: unknown = mutated;
        for (const key of path.slice(0, -1)) {
          expect(typeof node === "object" && node !== null && Object.hasOwn(node, key), `path ${short(path)} leaves the input ${short(mutated)}`).toBe(true);
          node = (node as Record<string | number, unknown>)[key];
        }
        expect((attempt.error as Error).message.startsWith(path.length === 0 ? "(root)" : String(path[0]))).toBe(true);
      }),
      FUZZ,
    );
  });

  it("fromJsonRulesEngine(anything) returns a rule or throws INVALID_RULE", () => {
    const jre = fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: "small" },
        fc.record(
          {
            fact: fc.oneof(fc.constantFrom("company", "age", "__proto__", "a.b", ""), fc.string()),
            operator: fc.oneof(fc.constantFrom("equal", "notEqual", "lessThan", "greaterThanInclusive", "in", "notIn", "contains", "doesNotContain", "everyFact:equal"), fc.string()),
            value: anyJson,
            path: fc.oneof(fc.constantFrom("$.regularWorkers", "$['a'][0]", "$..x", "$.__proto__", "$.constructor.prototype", "$[*]"), fc.string()),
            params: fc.jsonValue(),
            name: fc.string(),
          },
          { requiredKeys: ["fact", "operator"] },
        ),
        fc.record({ all: fc.array(tie("node"), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie("node"), { maxLength: 3 }) }),
        fc.record({ not: tie("node") }),
        fc.record({ conditions: tie("node"), event: fc.jsonValue() }),
        anyJson,
      ),
    })).node;
    fc.assert(
      fc.property(jre, (input) => {
        const attempt = valueOrTypedError(() => fromJsonRulesEngine(input), () => short(input));
        if (!attempt.ok) expect(code(attempt)).toBe("INVALID_RULE");
        else expect(parseRule(attempt.value)).toEqual(attempt.value);
      }),
      FUZZ,
    );
  });

  it("fromJsonRulesEngine refuses prototype-touching facts and paths", () => {
    for (const condition of [
      { fact: "__proto__", operator: "equal", value: 1 },
      { fact: "company", path: "$.__proto__.x", operator: "equal", value: 1 },
      { fact: "company", path: "$['constructor']['prototype']", operator: "equal", value: 1 },
      { fact: "constructor", operator: "equal", value: 1 },
    ]) {
      typedError(() => fromJsonRulesEngine({ conditions: { all: [condition] } }), "INVALID_RULE");
    }
  });

  it("fromJsonRulesEngine refuses 100,000-deep conditions and a 1,000,000-condition list without a stack overflow", () => {
    let deep: unknown = { fact: "a", operator: "equal", value: 1 };
    for (let i = 0; i < 100_000; i++) deep = { not: deep };
    typedError(() => fromJsonRulesEngine({ conditions: deep }), "INVALID_RULE");
    typedError(() => fromJsonRulesEngine({ conditions: { any: new Array(1_000_000).fill({ fact: "a", operator: "equal", value: 1 }) } }), "INVALID_RULE");
  }, 20_000);
});

describe("entity schemas on arbitrary JSON (hardening, issue 7)", () => {
  it("knows the entity schemas (a fuzz over nothing proves nothing)", () => {
    expect(entityNames.length).toBeGreaterThan(20);
    expect(entityNames).toContain("Company");
  });

  it("parseWith(schema, anything) returns a value or throws VALIDATION with issues, paths and the zod error attached", () => {
    fc.assert(
      fc.property(fc.constantFrom(...entityNames), anyJson, (name, input) => {
        const attempt = valueOrTypedError(() => parseWith(entitySchemas[name] as never, input, name), () => `${name} ${short(input)}`);
        if (attempt.ok) return;
        const error = attempt.error as { code: string; message: string; issues: { path: unknown[]; message: string }[]; cause: { issues?: unknown[] } };
        expect(error.code).toBe("VALIDATION");
        expect(error.message.startsWith(`Invalid ${name}: `)).toBe(true);
        expect(error.issues.length).toBeGreaterThan(0);
        for (const issue of error.issues) expect(Array.isArray(issue.path)).toBe(true);
        expect(Array.isArray(error.cause.issues)).toBe(true);
        expect(error.message.length).toBeLessThan(20_000);
      }),
      FUZZ,
    );
  });

  it("Company accepts its own documented example and refuses each field's garbage at the field's path", () => {
    const good = { id: "c-001", name: { ko: "㈜무계바이오" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "20", foundedOn: "2016-03-02" };
    expect(parseWith(Company, good, "Company")).toEqual(good);
    fc.assert(
      fc.property(fc.constantFrom("id", "name", "location", "ksic", "foundedOn", "regularWorkers", "averageRevenue", "monthEndHeadcounts"), fc.oneof(fc.constant(Number.NaN), fc.constant({}), fc.constant(-1), fc.constant("2023-02-30"), fc.constant([null])), (field, garbage) => {
        const attempt = valueOrTypedError(() => parseWith(Company, { ...good, [field]: garbage }, "Company"));
        if (!attempt.ok) expect((attempt.error as { path: unknown[] }).path[0]).toBe(field);
      }),
      FUZZ,
    );
  });

  it("a 10 MB string in any field is accepted or refused with a message of bounded length", () => {
    const huge = "가".repeat(5 * 1024 * 1024);
    for (const name of entityNames) {
      for (const input of [huge, { id: huge, name: { ko: huge } }, [huge]]) {
        const attempt = valueOrTypedError(() => parseWith(entitySchemas[name] as never, input, name));
        if (!attempt.ok) expect((attempt.error as Error).message.length, name).toBeLessThan(20_000);
      }
    }
  }, 20_000);

  it("toJsonSchema(anything) returns a schema or throws VALIDATION; every entity name gives a JSON-serialisable schema", () => {
    for (const name of entityNames) expect(() => JSON.stringify(toJsonSchema(name))).not.toThrow();
    fc.assert(
      fc.property(fc.oneof(anyJson, fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty")), anyJson, (name, options) => {
        const attempt = valueOrTypedError(() => toJsonSchema(name as EntityName, options as never), () => `${short(name)} ${short(options)}`);
        if (!attempt.ok) expect(code(attempt)).toBe("VALIDATION");
      }),
      FUZZ,
    );
  });
});

describe("CSV rows of the CLI on arbitrary headers and cells (hardening, issue 7)", () => {
  const header = fc.oneof(
    fc.constantFrom("id", "name.ko", "name.en", "regularWorkers", "ksic", "foundedOn", "averageRevenue", "location.regionCode", "monthEndHeadcounts.0.month", "monthEndHeadcounts.0.fullTime", "inListedGroup", "tenancy.technoparkId"),
    fc.constantFrom("__proto__", "__proto__.polluted", "constructor.prototype.polluted", "name.__proto__.x", "a..b", "", "\uFEFFid"),
    fc.string({ maxLength: 20 }),
  );
  const cell = fc.oneof(fc.constantFrom("", "1", "1,234", "1e400", "-0", "NaN", "yes", "no", "2024-01-01", "1000 KRW", "12.5 usd", "a;b;c"), fc.string({ maxLength: 20 }));

  it("planColumns + rowToRecord + parseWith(Company) give a company or a VALIDATION error, and never pollute Object.prototype", () => {
    fc.assert(
      fc.property(fc.array(header, { minLength: 1, maxLength: 8 }), fc.array(cell, { maxLength: 10 }), fc.boolean(), (headers, cells, typed) => {
        try {
          const plan = valueOrTypedError(() => planColumns(headers, typed ? Company : undefined, "Company"), () => short(headers));
          if (!plan.ok) {
            expect(code(plan)).toBe("VALIDATION");
            return;
          }
          const record = valueOrTypedError(() => rowToRecord(plan.value, cells), () => `${short(headers)} ${short(cells)}`);
          expect(record.ok).toBe(true);
          if (typed && record.ok) {
            const company = valueOrTypedError(() => parseWith(Company, record.value, "Company"));
            if (!company.ok) expect(code(company)).toBe("VALIDATION");
          }
        } finally {
          const polluted = Object.hasOwn(Object.prototype, "polluted") || Object.hasOwn(Object.prototype, "x");
          delete (Object.prototype as Record<string, unknown>)["polluted"];
          delete (Object.prototype as Record<string, unknown>)["x"];
          expect(polluted, `Object.prototype polluted by headers ${short(headers)}`).toBe(false);
        }
      }),
      FUZZ,
    );
  });

  it("a __proto__ header never writes into Object.prototype (with or without a schema)", () => {
    for (const schema of [undefined, Company]) {
      try {
        const attempt = valueOrTypedError(() => rowToRecord(planColumns(["id", "__proto__.polluted"], schema, "Company"), ["x", "yes"]));
        if (attempt.ok) expect(Object.getPrototypeOf(attempt.value)).toBe(Object.prototype);
        expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      } finally {
        delete (Object.prototype as Record<string, unknown>)["polluted"];
      }
    }
  });

  it("an array index in a header is bounded: monthEndHeadcounts.99999999.month is refused or parsed without building a 100-million-slot array", () => {
    const attempt = valueOrTypedError(() => planColumns(["id", "name.ko", "monthEndHeadcounts.99999999.month"], Company, "Company"));
    if (!attempt.ok) {
      expect(code(attempt)).toBe("VALIDATION");
      return;
    }
    const record = rowToRecord(attempt.value, ["c-1", "회사", "2024-01"]);
    const list = (record as { monthEndHeadcounts?: unknown[] }).monthEndHeadcounts ?? [];
    expect(list.length).toBeLessThanOrEqual(10_000);
    valueOrTypedError(() => parseWith(Company, record, "Company"));
  }, 10_000);
});

describe("statute functions on JSON of the right shape with anything inside (hardening, issue 7)", () => {
  const anything = fc.oneof(anyJson, fc.constantFrom("2024-01-01", "1990-05-01", "C29", "29", "J58", 12, 0.5));
  const maybeMoney = fc.oneof(anything, fc.record({ amount: fc.oneof(fc.constantFrom("1000000000", "-1", "1.5"), fc.string()), currency: fc.constantFrom("KRW", "USD", "XXX") }));

  it("regularWorkerCount, classifySme, isMicroEnterprise, startupStage and isYouthFounder return or throw a typed error", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anything, fc.record({ month: fc.oneof(fc.constantFrom("2024-01", "2024-13"), fc.string()), fullTime: anything, partTime60h: anything }, { requiredKeys: [] })), { maxLength: 14 }),
        fc.record({ ksic: anything, averageRevenue: maybeMoney, totalAssets: maybeMoney, regularWorkers: anything, inListedGroup: anything }, { requiredKeys: [] }),
        anything,
        anything,
        (months, firm, date, asOf) => {
          const context = () => `${short(months)} ${short(firm)} ${short(date)} ${short(asOf)}`;
          valueOrTypedError(() => regularWorkerCount(months as never), context);
          valueOrTypedError(() => classifySme(firm as never, { asOf: asOf as string }), context);
          valueOrTypedError(() => classifySme(firm as never, { asOf: "2025-09-01" }), context);
          valueOrTypedError(() => isMicroEnterprise(firm as never, { asOf: "2025-09-01" }), context);
          valueOrTypedError(() => startupStage(date as string, { asOf: asOf as string }), context);
          valueOrTypedError(() => startupStage(date as string, { asOf: "2024-01-01" }), context);
          valueOrTypedError(() => isYouthFounder(date as string, { asOf: asOf as string }), context);
        },
      ),
      FUZZ_HEAVY,
    );
  });
});
