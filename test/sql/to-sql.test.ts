import { describe, expect, it } from "vitest";
import { evaluate, factCatalogue, type Rule } from "../../src/index.js";
import { toSql, type ToSqlOptions } from "../../src/sql/index.js";
import { sqlDerivations } from "../../src/sql/derived-facts.js";
import { engineFor } from "./engines.js";

const columns = {
  "company.regularWorkers": { column: "workers", type: "number" },
  "company.location.sigungu": { column: "sigungu", type: "string" },
  "company.foundedOn": { column: "founded", type: "date" },
  "company.averageRevenue": { column: "rev", type: "krw" },
  note: { column: "note", type: "string" },
} as const;
const options: ToSqlOptions = { dialect: "duckdb", from: "companies", key: "id", columns, asOf: "2025-09-01" };

function thrown(run: () => unknown): { code?: string | undefined; message?: string | undefined } {
  try {
    run();
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  throw new Error("expected a throw");
}

describe("toSql", () => {
  it("has an SQL derivation for every derived fact of the catalogue", () => {
    const derived = Object.entries(factCatalogue).filter(([, definition]) => "derived" in definition).map(([name]) => name).sort();
    expect(Object.keys(sqlDerivations).sort()).toEqual(derived);
  });

  it("puts rule values in positional parameters, never in the SQL text, with no LIKE and no WHERE", () => {
    const { sql, params } = toSql({ all: [{ fact: "company.location.sigungu", op: "startsWith", value: "영'%_" }, { fact: "company.regularWorkers", op: "gte", value: 30, id: "workers" }] }, options);
    expect(params.slice(0, 2)).toEqual(["영'%_", 30]);
    expect(sql).not.toContain("영'%_");
    expect(sql).not.toMatch(/\bLIKE\b|\bWHERE\b/i);
    expect(sql).toContain("starts_with(");
    const placeholders = [...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1]));
    expect(new Set(placeholders)).toEqual(new Set(params.map((_, index) => index + 1)));
  });

  it("cleans IN lists at compile time: other types and repeats dropped, an empty list a constant", () => {
    const cleaned = toSql({ fact: "note", op: "in", value: [1, "a", "a", null, true] }, options);
    expect(cleaned.params.slice(0, 1)).toEqual(["a"]);
    expect(cleaned.sql).toContain("IN (CAST($1 AS VARCHAR))");
    const empty = toSql({ fact: "note", op: "notIn", value: [] }, options);
    expect(empty.sql).toContain("ELSE TRUE END");
  });

  it("writes money as DECIMAL(38,0), dates as DATE and Postgres strings under COLLATE \"C\"", () => {
    const money = toSql({ fact: "company.averageRevenue", op: "lte", value: { amount: "12000000000", currency: "KRW" } }, { ...options, dialect: "postgres" });
    expect(money.params[0]).toBe("12000000000");
    expect(money.sql).toContain("CAST($1 AS numeric(38,0))");
    const text = toSql({ fact: "company.location.sigungu", op: "lt", value: "b" }, { ...options, dialect: "postgres" });
    expect(text.sql).toContain('COLLATE "C"');
    const date = toSql({ fact: "company.foundedOn", op: "gte", value: "2020-02-29" }, options);
    expect(date.sql).toContain("CAST($1 AS DATE)");
  });

  it("refuses what it cannot translate exactly with INVALID_RULE and the node's path", () => {
    expect(thrown(() => toSql({ all: [{ fact: "note", op: "lt", value: 10, semantics: "json-rules-engine" }] }, options))).toEqual({
      code: "INVALID_RULE",
      message: "all[0].semantics: json-rules-engine semantics (loose JavaScript comparisons) have no exact SQL translation; convert the condition to a typed one",
    });
    expect(thrown(() => toSql({ fact: "company.location", op: "exists" }, options)).code).toBe("INVALID_RULE");
    expect(thrown(() => toSql({ fact: "note", op: "eq", value: "\uD800" }, options)).message).toContain("lone surrogate or NUL");
    expect(thrown(() => toSql({ fact: "when", op: "eq", value: "2020-01-01" }, { ...options, columns: { when: { column: "w", type: "date" } } })).message).toBe(
      'value: "when" is an untyped fact on a date column; declare factType "date" so that it compares as a date'.replace("value:", "factType:"),
    );
    expect(thrown(() => toSql({ fact: "company.regularWorkers", op: "gte", value: 30 }, { ...options, columns: { "company.monthEndHeadcounts": { column: "m", type: "string[]" } } })).code).toBe("INVALID_RULE");
    // the same defects evaluate refuses (reversed between bounds)
    const reversed: Rule = { fact: "company.regularWorkers", op: "between", value: [10, 5] };
    expect(thrown(() => toSql(reversed, options))).toEqual(thrown(() => evaluate(reversed, {})));
  });

  it("refuses a threshold in another currency than the krw column's (CURRENCY_MISMATCH)", () => {
    expect(thrown(() => toSql({ fact: "company.averageRevenue", op: "lt", value: { amount: "10", currency: "USD" } }, options)).code).toBe("CURRENCY_MISMATCH");
  });

  it("validates its options (VALIDATION naming the option)", () => {
    const rule: Rule = { fact: "note", op: "exists" };
    expect(thrown(() => toSql(rule, { ...options, dialect: "sqlite" as never })).message).toBe('options.dialect: expected "duckdb" or "postgres", received "sqlite"');
    expect(thrown(() => toSql(rule, { ...options, from: " " })).code).toBe("VALIDATION");
    expect(thrown(() => toSql(rule, { ...options, key: "" })).code).toBe("VALIDATION");
    expect(thrown(() => toSql(rule, null as never)).code).toBe("VALIDATION");
    expect(thrown(() => toSql(rule, { ...options, columns: null as never })).code).toBe("VALIDATION");
    expect(thrown(() => toSql(rule, { ...options, columns: { note: null as never } })).code).toBe("VALIDATION");
    expect(thrown(() => toSql(rule, { ...options, columns: { note: { column: "", type: "string" } } })).code).toBe("VALIDATION");
    expect(thrown(() => toSql(rule, { ...options, columns: { note: { column: "n", type: "text" as never } } })).message).toContain("options.columns.note.type");
    expect(thrown(() => toSql(rule, { ...options, asOf: "2025-13-01" })).code).toBe("VALIDATION");
    expect(thrown(() => toSql({ fact: "company.regularWorkers", op: "gte", value: 3 }, { ...options, columns: { "company.regularWorkers": { column: "w", type: "string" } } })).message).toBe(
      'options.columns.company.regularWorkers.type: "company.regularWorkers" is a number fact; expected a "number" column, received "string"',
    );
    expect(thrown(() => toSql({ fact: "company.smeSize", op: "eq", value: "small" }, { ...options, columns: { "company.inListedGroup": { column: "l", type: "number" } } })).message).toBe(
      'options.columns.company.inListedGroup.type: "company.inListedGroup" is a boolean fact; expected a "boolean" column, received "number"',
    );
  });
});

describe.each([["duckdb"], ["postgres"]] as const)("edge rows on %s", (dialect) => {
  const engine = engineFor(dialect);

  it("treats NaN as JavaScript does (every test fails, ne passes) and quotes identifiers", async () => {
    const from = `(SELECT 1 AS "the id", CAST('NaN' AS ${dialect === "duckdb" ? "DOUBLE" : "float8"}) AS "w""x")`;
    const cols = { score: { column: 'w"x', type: "number" } } as const;
    const rule: Rule = { any: [{ fact: "score", op: "eq", value: 1, id: "eq" }, { fact: "score", op: "ne", value: 1, id: "ne" }, { fact: "score", op: "gte", value: 0, id: "gte" }] };
    const [row] = await engine.run(toSql(rule, { dialect, from, key: "the id", columns: cols }), "the id");
    expect(row).toEqual({ key: 1, outcome: "eligible", missing: [], decisive: ["ne"] });
    expect(evaluate(rule, { score: Number.NaN }).outcome).toBe("eligible");
  });

  it("gives every row an outcome for a rule with no conditions, and lists nothing missing", async () => {
    const from = "(SELECT 7 AS id)";
    expect(await engine.run(toSql({ any: [] }, { dialect, from, key: "id", columns: {} }), "id")).toEqual([{ key: 7, outcome: "ineligible", missing: [], decisive: [] }]);
    expect(await engine.run(toSql({ fact: "x", op: "exists", value: false }, { dialect, from, key: "id", columns: {} }), "id")).toEqual([
      { key: 7, outcome: "eligible", missing: [], decisive: [""] },
    ]);
  });
});
