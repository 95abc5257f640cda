// Error audit (issue 7): one representative failure from every family of throw sites in src/, each checked for
// what the house rules promise a caller: a TechnoparkError with the stable code, a `path`, a message that starts
// with that path (so a log line says where), the received value for a bad value, at least one entry in `issues`,
// and — when zod found the problem — every zod issue attached (`issues` one per zod issue, the ZodError as `cause`).
import { describe, expect, it } from "vitest";
import { planColumns } from "../../src/cli/csv-row.js";
import { formatPath } from "../../src/errors/format.js";
import { classifySme, compileRule, convertMoney, evaluate, fromJsonRulesEngine, growthRate, isTechnoparkError, money, parseRule, periodOf, regularWorkerCount, rollup, ruleInForce, startupStage, sumMoney, toIsoDate, type Rule } from "../../src/index.js";
import { Company, parseWith, toJsonSchema } from "../../src/schemas/index.js";

interface Case {
  /** What fails, for the test name. */
  readonly what: string;
  readonly call: () => unknown;
  readonly code: string;
  /** The path the error must carry. */
  readonly path: readonly (string | number)[];
  /** A piece of the bad value the message must quote (omit for limits, where there is no single bad value). */
  readonly received?: string;
  /** Whether zod found the problem (then the zod issues must be attached). */
  readonly zod?: boolean;
}

let deep: unknown = { fact: "a", op: "exists" };
for (let i = 0; i < 100; i++) deep = { not: deep };

const CASES: readonly Case[] = [
  { what: "money: a non-decimal amount", call: () => money("abc", "KRW"), code: "VALIDATION", path: ["amount"], received: '"abc"' },
  { what: "money: an unknown currency", call: () => money("1", "XXX"), code: "VALIDATION", path: ["currency"], received: '"XXX"' },
  { what: "sumMoney: mixed currencies", call: () => sumMoney([money("1", "USD"), money("1", "KRW")]), code: "CURRENCY_MISMATCH", path: ["items", 1, "currency"], received: "KRW" },
  { what: "convertMoney: no rate", call: () => convertMoney(money("1", "USD"), "KRW", [], "2024-01-01"), code: "MISSING_RATE", path: ["rates"], received: "2024-01-01" },
  {
    what: "convertMoney: a malformed rate",
    call: () => convertMoney(money("1", "USD"), "KRW", [{ base: "USD", quote: "KRW", rate: "1e3", validFrom: "2024-01-01" }], "2024-06-01"),
    code: "VALIDATION",
    path: ["rates", 0, "rate"],
    received: '"1e3"',
  },
  { what: "parseRule: an unknown operator", call: () => parseRule({ all: [{ fact: "company.regularWorkers", op: "like", value: 1 }] }), code: "INVALID_RULE", path: ["all", 0, "op"], received: '"like"' },
  { what: "parseRule: too deep", call: () => parseRule(deep), code: "INVALID_RULE", path: Array.from({ length: 64 }, () => "not") },
  { what: "fromJsonRulesEngine: an unsupported operator", call: () => fromJsonRulesEngine({ conditions: { all: [{ fact: "a", operator: "regex", value: "x" }] } }), code: "INVALID_RULE", path: ["conditions", "all", 0, "operator"], received: "regex" },
  { what: "evaluate: a rule built in code that is too deep", call: () => evaluate(deep as Rule, {}), code: "INVALID_RULE", path: Array.from({ length: 64 }, () => "not") },
  { what: "evaluate: a condition built in code with a malformed value", call: () => evaluate({ all: [{ fact: "a", op: "in", value: 1 }] } as unknown as Rule, {}), code: "INVALID_RULE", path: ["all", 0, "value"], received: "1" },
  { what: "compileRule: a rule over the node limit", call: () => compileRule({ any: new Array(10_001).fill({ fact: "a", op: "exists" }) }), code: "INVALID_RULE", path: ["any"] },
  { what: "evaluate: a bad asOf", call: () => evaluate({ fact: "a", op: "exists" }, {}, { asOf: "2023-02-30" }), code: "VALIDATION", path: ["options", "asOf"], received: "2023-02-30" },
  { what: "ruleInForce: no version on the date", call: () => ruleInForce({ id: "p", eligibility: [{ validFrom: "2024-01-01", value: { fact: "a", op: "exists" } }] }, "2020-01-01"), code: "VALIDATION", path: ["eligibility"], received: "2020-01-01" },
  { what: "parseWith(Company): bad fields (zod)", call: () => parseWith(Company, { id: "", name: { ko: 1 } }, "Company"), code: "VALIDATION", path: ["id"], received: '""', zod: true },
  { what: "toJsonSchema: an unknown entity", call: () => toJsonSchema("Nope" as never), code: "VALIDATION", path: ["name"], received: '"Nope"' },
  { what: "regularWorkerCount: no months", call: () => regularWorkerCount([]), code: "VALIDATION", path: ["monthEnds"] },
  { what: "classifySme: a KSIC code outside the table", call: () => classifySme({ ksic: "99", averageRevenue: money("1", "KRW"), totalAssets: money("1", "KRW") }, { asOf: "2025-09-01" }), code: "VALIDATION", path: ["ksic"], received: "99" },
  { what: "startupStage: founded after asOf", call: () => startupStage("2030-01-01", { asOf: "2024-01-01" }), code: "VALIDATION", path: ["foundedOn"], received: "2030-01-01" },
  { what: "toIsoDate: an impossible date", call: () => toIsoDate("2023-02-30", ["foundedOn"]), code: "VALIDATION", path: ["foundedOn"], received: "2023-02-30" },
  { what: "periodOf: an unknown granularity", call: () => periodOf("2024-01-01", "week" as never), code: "VALIDATION", path: ["granularity"], received: "week" },
  { what: "growthRate: from zero", call: () => growthRate(0, 5), code: "VALIDATION", path: ["from"], received: "0" },
  { what: "rollup: a bad measure", call: () => rollup([{ a: 1 }], { by: ["a"], measures: { n: { count: 5 } } } as never), code: "VALIDATION", path: ["options", "measures", "n", "count"], received: "5" },
  { what: "CSV header: a column twice", call: () => planColumns(["id", "id"], Company, "Company"), code: "VALIDATION", path: ["header"], received: "id" },
];

describe("every family of thrown errors carries code, path, received value and issues (error audit, issue 7)", () => {
  for (const { what, call, code, path, received, zod } of CASES) it(what, () => {
    let error: unknown;
    try {
      call();
    } catch (caught) {
      error = caught;
    }
    expect(isTechnoparkError(error), `expected a TechnoparkError, received ${String(error)}`).toBe(true);
    const e = error as { code: string; path: readonly (string | number)[]; message: string; issues: readonly { path: readonly unknown[]; message: string }[]; cause?: { issues?: unknown[] } };
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
    expect(e.message.length).toBeLessThan(2_000);
    // the message names where (e.g. "all[0].op: unknown operator …", "Invalid Company: id: …")
    const where = formatPath(e.path);
    expect(e.message.includes(where), `message ${JSON.stringify(e.message)} does not name ${where}`).toBe(true);
    if (received !== undefined) expect(e.message).toContain(received);
    expect(e.issues.length, "issues").toBeGreaterThan(0);
    for (const issue of e.issues) {
      expect(Array.isArray(issue.path)).toBe(true);
      expect(issue.message.length).toBeGreaterThan(0);
    }
    if (zod === true) {
      expect(Array.isArray(e.cause?.issues), "the ZodError is attached as cause").toBe(true);
      expect(e.issues.length).toBe(e.cause!.issues!.length);
    }
  });
});
