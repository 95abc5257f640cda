// Reference data and rollups under hostile use (issue 7): the records of technopark/data are deep-frozen (no
// module state one caller can change for the next), valid against their own schemas and plain JSON; the rollup
// functions fed arbitrary values return or throw a typed error.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as data from "../../src/data/index.js";
import { budgetExecution, cagr, exportFunnel, formatPercent, growthRate, money, perCapita, revenuePerEmployee, rollup, share } from "../../src/index.js";
import { Agreement, Alliance, Budget, Event, ExportDeal, Investment, MetricObservation, Organization, parseWith, Region, SupportProgram, Technopark } from "../../src/schemas/index.js";
import { FUZZ, short, valueOrTypedError } from "./support.js";

/** The first path under `value` that is a non-frozen object, or undefined when everything is frozen. Iterative. */
function firstUnfrozen(value: unknown, name: string): string | undefined {
  const stack: [unknown, string][] = [[value, name]];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node !== "object" || node === null || seen.has(node)) continue;
    seen.add(node);
    if (!Object.isFrozen(node)) return path;
    for (const key of Object.keys(node)) stack.push([(node as Record<string, unknown>)[key], `${path}.${key}`]);
  }
  return undefined;
}

const collections = Object.entries(data).filter(([, value]) => typeof value !== "function");

describe("technopark/data cannot be changed by one caller for the next (hardening, issue 7)", () => {
  it("exports the reference collections (a check of nothing proves nothing)", () => {
    expect(collections.map(([name]) => name)).toEqual(expect.arrayContaining(["technoparks", "programs", "exportDeals", "agreements"]));
    expect(data.technoparks).toHaveLength(19);
  });

  it.each(collections)("%s is deep-frozen", (name, value) => {
    expect(firstUnfrozen(value, name)).toBeUndefined();
    expect(() => {
      "use strict";
      (value as Record<string, unknown>)["injected"] = 1;
    }).toThrow(TypeError);
  });

  it.each(collections)("%s is plain JSON data (survives a JSON round trip)", (_name, value) => {
    expect(JSON.parse(JSON.stringify(value))).toEqual(value);
  });

  it.each([
    ["technoparks", Technopark],
    ["programs", SupportProgram],
    ["exportDeals", ExportDeal],
    ["agreements", Agreement],
    ["alliances", Alliance],
    ["budgets", Budget],
    ["regions", Region],
    ["organizations", Organization],
    ["events", Event],
    ["metrics", MetricObservation],
    ["investments", Investment],
  ] as const)("every record of %s passes its own schema", (name, schema) => {
    const records = (data as unknown as Record<string, unknown>)[name];
    expect(Array.isArray(records), `${name} is an array`).toBe(true);
    (records as unknown[]).forEach((record, index) => {
      expect(() => parseWith(schema as never, record, `${name}[${index}]`)).not.toThrow();
    });
  });
});

describe("rollups fed arbitrary values return or throw a typed error (hardening, issue 7)", () => {
  const value = fc.oneof(fc.jsonValue(), fc.double(), fc.constantFrom(0, -1, Number.NaN, Number.POSITIVE_INFINITY), fc.constant(money("100", "KRW")), fc.constant(money("0", "KRW")), fc.constant(money("1.5", "USD")));
  const records = fc.array(fc.oneof(value, fc.dictionary(fc.constantFrom("stage", "value", "technoparkId", "allocated", "executed", "fiscalYear", "__proto__"), value, { maxKeys: 5 })), { maxLength: 6 });

  it("growthRate, cagr, share, perCapita, revenuePerEmployee, formatPercent never return NaN and never throw untyped errors", () => {
    fc.assert(
      fc.property(value, value, value, (a, b, c) => {
        const context = () => `${short(a)} ${short(b)} ${short(c)}`;
        for (const attempt of [
          valueOrTypedError(() => growthRate(a as number, b as number), context),
          valueOrTypedError(() => cagr(a as number, b as number, c as number), context),
          valueOrTypedError(() => formatPercent(a as number, b as number), context),
        ]) {
          if (attempt.ok && typeof attempt.value === "number") expect(Number.isNaN(attempt.value), context()).toBe(false);
        }
        valueOrTypedError(() => share(a as number[], b as number), context);
        valueOrTypedError(() => share([a, b] as number[]), context);
        valueOrTypedError(() => perCapita(a as number, b as number), context);
        valueOrTypedError(() => revenuePerEmployee(a as never, b as number), context);
      }),
      FUZZ,
    );
  });

  it("rollup by a record key over a list holding null, a number and a string gives rows or a typed error, never a TypeError", () => {
    for (const odd of [null, 5, "x"]) {
      valueOrTypedError(() => rollup([{ stage: "contract" }, odd] as never, { by: ["stage"], measures: { n: { count: true } } } as never), () => short(odd));
    }
  });

  it("exportFunnel, budgetExecution and rollup on arbitrary records", () => {
    fc.assert(
      fc.property(records, fc.oneof(fc.constantFrom("KRW", "USD", "XXX"), fc.jsonValue()), (list, currency) => {
        const context = () => `${short(list)} ${short(currency)}`;
        valueOrTypedError(() => exportFunnel(list as never, currency as string), context);
        valueOrTypedError(() => budgetExecution(list as never), context);
        valueOrTypedError(
          () =>
            rollup(list as never, {
              by: ["stage", { name: "tp", key: (record: unknown) => String((record as { technoparkId?: unknown } | null)?.technoparkId) }],
              measures: { n: { count: true }, total: { sumMoney: (record: unknown) => (record as { value?: unknown } | null)?.value, currency: "KRW" } },
            } as never),
          context,
        );
      }),
      FUZZ,
    );
  });
});
