// The randomized differential: random typed rules over every operator and fact type, random rows with NULLs and
// boundary values (29 February, anniversaries ±1 day, money at the SME caps ±1 won, strings with % _ ', empty
// lists, reversed between bounds) — `evaluate` vs DuckDB vs PGlite must agree on outcome, missing and the
// decisive conditions of every row. Seeded (reproducible), shrinking to a minimal failing rule and rows.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, type ConditionTrace, type Rule, type TraceNode } from "../../src/index.js";
import { smeSizeTables } from "../../src/statutes/sme-size-tables.js";
import { smeCaps } from "../../src/statutes/sme.js";
import { isTechnoparkError } from "../../src/errors/technopark-error.js";
import { toSql, type SqlColumn } from "../../src/sql/index.js";
import { toSqlWithJsonItems } from "../../src/sql/to-sql.js";
import { engineFor, type TestColumn } from "./engines.js";

/** Fact path → column of the test table. */
const COLUMNS: Readonly<Record<string, TestColumn>> = {
  "company.regularWorkers": { name: "workers", type: "number" },
  "company.location.sigungu": { name: "sigungu", type: "string" },
  "company.location.regionCode": { name: "region", type: "string" },
  "company.ksic": { name: "ksic", type: "string" },
  "company.foundedOn": { name: "founded", type: "date" },
  "representative.birthDate": { name: "born", type: "date" },
  "company.representative.birthDate": { name: "cborn", type: "date" },
  "company.averageRevenue": { name: "rev", type: "krw" },
  "company.totalAssets": { name: "assets", type: "krw" },
  "company.previousYearRevenue": { name: "prev", type: "krw" },
  "company.inListedGroup": { name: "listed", type: "boolean" },
  "company.seatManufacturing": { name: "seats", type: "boolean" },
  "company.smeSize": { name: "size", type: "string" },
  "company.tags": { name: "tags", type: "string[]" },
  score: { name: "score", type: "number" },
  note: { name: "note", type: "string" },
};
const SQL_COLUMNS: Record<string, SqlColumn> = Object.fromEntries(Object.entries(COLUMNS).map(([fact, c]) => [fact, { column: c.name, type: c.type }]));
const TABLE_COLUMNS = Object.values(COLUMNS);

const AS_OFS = ["2025-09-01", "2025-08-31", "2024-02-29", "2023-03-01", "2026-01-22", "2021-02-04", "2016-05-28", "2015-12-31"];

// ---- values, boundary-targeted ----
const EOK = 100_000_000n;
const CAPS = [...new Set(smeSizeTables.flatMap(({ value }) => [...value.rows.flatMap((row) => [row.sme, row.small]), value.assetCeiling]))].map((cap) => BigInt(cap) * EOK);
const money = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom(...CAPS), fc.constantFrom(-1n, 0n, 1n)).map(([cap, d]) => cap + d) },
  { weight: 2, arbitrary: fc.bigInt({ min: 0n, max: 600_000_000_000_000n }) },
  { weight: 1, arbitrary: fc.constantFrom(0n, -1n, -5_000_000_000n, 10n ** 30n) },
).map(String);

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const isoOf = (date: Date): string => `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
function shift(iso: string, years: number, days: number): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y - years, m - 1, 1));
  date.setUTCDate(Math.min(d, new Date(Date.UTC(y - years, m, 0)).getUTCDate()) + days);
  return isoOf(date);
}
/** Dates near the anniversaries of `asOf` (±1 day), 29 February and its neighbours, or anywhere 1930–2030. */
const dateNear = (asOf: string): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(fc.constantFrom(0, 1, 2, 3, 6, 7, 8, 39, 40, 41), fc.constantFrom(-1, 0, 1)).map(([years, days]) => shift(asOf, years, days)) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(1980, 1984, 1986, 2000, 2016, 2019, 2020, 2021, 2022, 2023, 2024), fc.constantFrom("02-28", "02-29", "03-01")).map(([y, md]) => (md === "02-29" && y % 4 !== 0 ? `${y}-03-01` : `${y}-${md}`)) },
    { weight: 2, arbitrary: fc.date({ min: new Date("1930-01-01T00:00:00Z"), max: new Date("2030-12-31T00:00:00Z"), noInvalidDate: true }).map(isoOf) },
  );

const CHARS = ["a", "b", "A", "%", "_", "'", '"', "\\", "영", "천", "\uFF01", "😀", " ", "é"];
const text = fc.array(fc.constantFrom(...CHARS), { maxLength: 3 }).map((chars) => chars.join(""));
const KSIC = [
  "29", "C29", "C29199", "29199", "30393", "C30393", "31202", "C31202", "31322", "31322", "31", "17", "J62", "62010", "K64", "L68", "N76", "N75",
  "E36", "37", "01", "A01", "05", "35", "84", "O84", "S94", "94", "95", "99", "C10", "A29", "04", "9", "C2919x", "c29", "", "123456", "C 29",
];
const ksic = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KSIC) }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom("", "C", "G", "J"), fc.integer({ min: 1, max: 99 }), fc.constantFrom("", "1", "199")).map(([l, d, r]) => `${l}${pad(d)}${r}`) });
const workers = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(0, 4, 4.5, 5, 9, 9.5, 10, 29.5, 30, 31, -1, 1e308) }, { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -100, max: 1000 }) });
const REGIONS = ["11", "26", "47", "51", "52"];
const SIZES = ["small", "medium", "not-sme"];

const nullable = <T>(arbitrary: fc.Arbitrary<T>, nullWeight = 1): fc.Arbitrary<T | null> => fc.oneof({ weight: nullWeight, arbitrary: fc.constant(null) }, { weight: 4, arbitrary });

/** The row's own SME caps ±1 won (both table versions), so that the size boundaries are hit, or any amount. */
const revenueFor = (code: string | null): fc.Arbitrary<string> => {
  const caps: bigint[] = [];
  for (const on of ["2025-09-01", "2025-08-31"]) {
    for (const seatManufacturing of [false, true]) {
      try {
        const found = smeCaps(code ?? "", { asOf: on, seatManufacturing });
        caps.push(BigInt(found.smeRevenueCap.amount), BigInt(found.smallRevenueCap.amount));
      } catch {
        // not a covered code
      }
    }
  }
  if (caps.length === 0) return money;
  return fc.oneof({ weight: 3, arbitrary: fc.tuple(fc.constantFrom(...caps), fc.constantFrom(-1n, 0n, 1n)).map(([cap, d]) => String(cap + d)) }, { weight: 1, arbitrary: money });
};

/** One row (JSON-shaped, as the engines load it). */
const row = (asOf: string): fc.Arbitrary<Record<string, unknown>> =>
  nullable(ksic).chain((code) => fc.record({
    ksic: fc.constant(code),
    rev: nullable(revenueFor(code)),
    workers: nullable(workers),
    sigungu: nullable(text),
    region: nullable(fc.constantFrom(...REGIONS, "99")),
    founded: nullable(dateNear(asOf)),
    born: nullable(dateNear(asOf), 2),
    cborn: nullable(dateNear(asOf), 2),
    assets: nullable(money),
    prev: nullable(money),
    listed: nullable(fc.boolean(), 3),
    seats: nullable(fc.boolean()),
    size: nullable(fc.constantFrom(...SIZES, "smal"), 12),
    tags: nullable(fc.array(fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: fc.constant(null) }), { maxLength: 3 })),
    score: nullable(workers),
    note: nullable(text),
  }));

/** The facts `evaluate` sees for a row: NULL columns absent, dates as ISO strings, krw as Money in KRW. */
function factsOf(values: Record<string, unknown>): object {
  const facts: Record<string, unknown> = {};
  for (const [fact, column] of Object.entries(COLUMNS)) {
    const value = values[column.name];
    if (value === null || value === undefined) continue;
    const segments = fact.split(".");
    let node = facts;
    for (const segment of segments.slice(0, -1)) node = (node[segment] ??= {}) as Record<string, unknown>;
    node[segments.at(-1)!] = column.type === "krw" ? { amount: value, currency: "KRW" } : value;
  }
  return facts;
}

// ---- rules ----
const krw = money.map((amount) => ({ amount, currency: "KRW" }));
type ConditionSpec = readonly [fact: string, ops: readonly string[], value: fc.Arbitrary<unknown>, extra?: object];
const ORDERED = ["eq", "ne", "lt", "lte", "gt", "gte", "in", "notIn", "between", "exists"];
const EQUATABLE = ["eq", "ne", "in", "notIn", "exists"];
const conditionSpecs = (asOf: string): ConditionSpec[] => [
  ["company.regularWorkers", ORDERED, workers],
  ["company.location.sigungu", [...ORDERED, "startsWith", "contains"], text],
  ["company.location.regionCode", EQUATABLE, fc.constantFrom(...REGIONS)],
  ["company.ksic", ["eq", "startsWith", "contains", "in", "lt", "between"], ksic],
  ["company.foundedOn", ORDERED, dateNear(asOf)],
  ["representative.birthDate", ORDERED, dateNear(asOf)],
  ["company.averageRevenue", ORDERED, krw],
  ["company.totalAssets", ORDERED, krw],
  ["company.previousYearRevenue", ORDERED, krw],
  ["company.inListedGroup", EQUATABLE, fc.boolean()],
  ["company.smeSize", EQUATABLE, fc.constantFrom(...SIZES)],
  ["company.ksicSection", EQUATABLE, fc.constantFrom("A", "C", "G", "J", "K", "N", "O", "S")],
  ["company.ageInYears", ORDERED, fc.constantFrom(0, 1, 2, 3, 6, 7, 8, 2.5)],
  ["company.startupStage", EQUATABLE, fc.constantFrom("early", "leap", "established", "pre-startup")],
  ["representative.isYouth", EQUATABLE, fc.boolean()],
  ["company.isMicroEnterprise", EQUATABLE, fc.boolean()],
  ["company.tags", ["contains", "exists"], fc.oneof(text, fc.constant(null), fc.constant(3)), { factType: "array" }],
  ["score", ORDERED, fc.oneof(workers, text)],
  ["note", [...ORDERED, "startsWith", "contains"], fc.oneof(text, workers)],
  ["company.tenancy.since", ["eq", "exists"], dateNear(asOf)],
];

const condition = (asOf: string): fc.Arbitrary<Rule> =>
  fc.constantFrom(...conditionSpecs(asOf)).chain(([fact, ops, value, extra]) =>
    fc.constantFrom(...ops).chain((op): fc.Arbitrary<Rule> => {
      const base = { fact, op, ...extra };
      switch (op) {
        case "in":
        case "notIn":
          return fc.array(value, { maxLength: 4 }).map((values) => ({ ...base, value: values }) as Rule);
        case "between":
          // mostly ordered bounds; a reversed pair must be refused by both (INVALID_RULE)
          return fc.tuple(value, value, fc.integer({ min: 0, max: 9 })).map(([a, other, reverse]) => {
            const b = typeof other === typeof a ? other : a;
            const sorted = [a, b].sort((x, y) => (comparable(x) < comparable(y) ? -1 : comparable(x) > comparable(y) ? 1 : 0));
            return { ...base, value: reverse === 0 ? sorted.reverse() : sorted } as Rule;
          });
        case "exists":
          return fc.constantFrom(undefined, true, false).map((flag) => (flag === undefined ? base : { ...base, value: flag }) as Rule);
        default:
          return value.map((v) => ({ ...base, value: v }) as Rule);
      }
    }),
  ).chain((rule) => fc.option(fc.constantFrom("a", "b", "x'y"), { nil: undefined, freq: 3 }).map((id) => (id === undefined ? rule : ({ ...rule, id } as Rule))));

function comparable(value: unknown): string | number {
  if (typeof value === "object" && value !== null) return Number((value as { amount: string }).amount);
  return typeof value === "number" || typeof value === "string" ? value : String(value);
}

const ruleOf = (asOf: string): fc.Arbitrary<Rule> =>
  fc.letrec<{ node: Rule }>((tie) => ({
    node: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      { weight: 4, arbitrary: condition(asOf) },
      { weight: 1, arbitrary: fc.array(tie("node"), { maxLength: 4 }).map((all) => ({ all }) as Rule) },
      { weight: 1, arbitrary: fc.array(tie("node"), { maxLength: 4 }).map((any) => ({ any }) as Rule) },
      { weight: 1, arbitrary: tie("node").map((not) => ({ not }) as Rule) },
    ),
  })).node;

const scenario = fc.constantFrom(...AS_OFS, undefined).chain((asOf) =>
  fc.record({ asOf: fc.constant(asOf), rule: ruleOf(asOf ?? "2025-09-01"), rows: fc.array(row(asOf ?? "2025-09-01"), { minLength: 1, maxLength: 150, size: "max" }) }),
);

/** The decisive conditions of a trace, named as toSql names them (id, or JSON Pointer), in rule order. */
function decisiveNames(node: TraceNode, pointer: string, out: string[]): string[] {
  if (!node.decisive) return out;
  if (node.kind === "condition") out.push((node as ConditionTrace).id ?? pointer);
  else if (node.kind === "not") decisiveNames(node.child, `${pointer}/not`, out);
  else node.children.forEach((child, index) => decisiveNames(child, `${pointer}/${node.kind}/${index}`, out));
  return out;
}

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return isTechnoparkError(error) ? error.code : `foreign: ${String(error)}`;
  }
}

const RUNS = 200;

describe.each([["duckdb"], ["postgres"]] as const)("toSql on %s decides as evaluate", (dialect) => {
  const engine = engineFor(dialect);

  it(`agrees on outcome, missing and decisive conditions for ${RUNS} random rules`, async () => {
    let comparisons = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(scenario, async ({ asOf, rule, rows }) => {
        const options = { dialect, from: "t", key: "id", columns: SQL_COLUMNS, ...(asOf === undefined ? {} : { asOf }) } as const;
        const evaluateCode = codeOf(() => evaluate(rule, {}, { asOf }));
        const sqlCode = codeOf(() => toSql(rule, options));
        expect(sqlCode).toBe(evaluateCode);
        if (sqlCode !== undefined) {
          refused++;
          return;
        }
        const keyed = rows.map((values, index) => ({ id: index + 1, ...values }));
        await engine.load(TABLE_COLUMNS, keyed);
        const got = await engine.run(toSql(rule, options), "id");
        expect(got).toHaveLength(keyed.length);
        // the CLI's NDJSON form (missing and decisive as JSON text) decides the same rows the same
        if (dialect === "duckdb") expect(await engine.run(toSqlWithJsonItems(rule, options), "id")).toEqual(got);
        const byKey = new Map(got.map((r) => [r.key, r]));
        for (const values of keyed) {
          const expected = evaluate(rule, factsOf(values), { asOf });
          const actual = byKey.get(values.id)!;
          expect({ id: values.id, outcome: actual.outcome, missing: actual.missing, decisive: actual.decisive }).toEqual({
            id: values.id,
            outcome: expected.outcome,
            missing: expected.missing,
            decisive: decisiveNames(expected.trace, "", []),
          });
          comparisons++;
        }
      }),
      { seed: 20261202, numRuns: RUNS, endOnFailure: false },
    );
    console.log(`${dialect}: ${comparisons} row comparisons, ${refused} rules refused by both`);
    expect(comparisons).toBeGreaterThan(RUNS * 40); // tens of thousands of row comparisons over both dialects
  }, 300_000);
});
