import { describe, expectTypeOf, it } from "vitest";
import {
  byAsOf,
  byFiscalYear,
  byPeriod,
  rollup,
  type Money,
  type Versioned,
  exportFunnel,
  type ExportFunnel,
  yoy,
  type YoyRow,
  share,
  perCapita,
} from "../../src/index.js";
import { exportDeals } from "../../src/data/index.js";

interface Deal {
  readonly technoparkId: string;
  readonly stage: "consultation" | "contract" | "joint-agreement";
  readonly date: string;
  readonly value: Money;
  readonly employees?: number;
  readonly counterparty: { readonly country: string };
  readonly tags: readonly string[];
  readonly region: readonly Versioned<string>[];
}
declare const deals: readonly Deal[];

describe("rollup row types are inferred from by + measures", () => {
  it("key dimensions keep the record's field types; named ones their key's return type", () => {
    const rows = rollup(deals, {
      by: ["technoparkId", "stage", { name: "country", key: (d) => d.counterparty.country }],
      measures: { deals: { count: true } },
    });
    expectTypeOf(rows).toEqualTypeOf<
      { technoparkId: string; stage: "consultation" | "contract" | "joint-agreement"; country: string; deals: number }[]
    >();
  });

  it("measure outputs: Money for sumMoney, number for count/sum/distinct, number | undefined for mean of optional values", () => {
    const rows = rollup(deals, {
      by: [byFiscalYear("year", (d) => d.date)],
      measures: {
        deals: { count: true },
        contracts: { count: (d) => d.stage === "contract" },
        value: { sumMoney: (d) => d.value },
        staff: { sum: (d) => d.employees },
        averageStaff: { mean: (d) => d.employees },
        smallest: { min: (d) => d.tags.length },
        largest: { max: (d) => d.employees },
        countries: { distinct: (d) => d.counterparty.country },
      },
    });
    expectTypeOf(rows[0]!).toEqualTypeOf<{
      year: number;
      deals: number;
      contracts: number;
      value: Money;
      staff: number;
      averageStaff: number | undefined;
      smallest: number;
      largest: number | undefined;
      countries: number;
    }>();
  });

  it("sumMoney of optional amounts is Money | undefined unless a currency is given", () => {
    const rows = rollup(deals, {
      by: [],
      measures: {
        maybe: { sumMoney: (d) => (d.stage === "contract" ? d.value : undefined) },
        sure: { sumMoney: (d) => (d.stage === "contract" ? d.value : undefined), currency: "USD" },
      },
    });
    expectTypeOf(rows[0]!).toEqualTypeOf<{ maybe: Money | undefined; sure: Money }>();
  });

  it("byPeriod / byAsOf / byFiscalYear with optional dates widen to undefined", () => {
    const rows = rollup(deals, {
      by: [
        byPeriod("quarter", (d) => d.date, "quarter"),
        byAsOf("region", (d) => d.region, "2024-01-01"),
        byFiscalYear("maybeYear", (d): string | undefined => d.date),
      ],
      measures: {},
    });
    expectTypeOf(rows[0]!).toEqualTypeOf<{ quarter: string; region: string | undefined; maybeYear: number | undefined }>();
  });

  it("works on the frozen reference data", () => {
    const rows = rollup(exportDeals, {
      by: ["stage"],
      measures: { value: { sumMoney: (d) => d.value, currency: "USD" } },
    });
    expectTypeOf(rows[0]!.stage).toEqualTypeOf<"consultation" | "contract" | "joint-agreement">();
  });

  it("refuses keys whose values cannot be grouped and unknown measure kinds", () => {
    // @ts-expect-error — tags is an array, not a dimension value
    rollup(deals, { by: ["tags"], measures: {} });
    // @ts-expect-error — not a key of Deal
    rollup(deals, { by: ["nope"], measures: {} });
    // @ts-expect-error — median is not a measure
    rollup(deals, { by: [], measures: { x: { median: (d: Deal) => d.employees } } });
  });
});

describe("other rollup helpers", () => {
  it("exportFunnel, yoy, share, perCapita", () => {
    expectTypeOf(exportFunnel(exportDeals, "USD")).toEqualTypeOf<ExportFunnel>();
    expectTypeOf(yoy([{ period: "2018", value: 1 }])).toEqualTypeOf<YoyRow<number>[]>();
    expectTypeOf(share([1, 2])).toEqualTypeOf<number[]>();
    expectTypeOf(share({ a: 1, b: 2 })).toEqualTypeOf<Record<"a" | "b", number>>();
    expectTypeOf(perCapita(10, 2)).toEqualTypeOf<number>();
    expectTypeOf(perCapita({ amount: "10", currency: "KRW" }, 2)).toEqualTypeOf<Money>();
  });
});
