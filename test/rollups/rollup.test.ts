import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { byAsOf, byFiscalYear, byPeriod, money, rollup, sumMoney, type FxRate, type Money } from "../../src/index.js";

interface Deal {
  readonly technoparkId: string;
  readonly stage: "consultation" | "contract" | "joint-agreement";
  readonly date: string;
  readonly value: Money;
  readonly employees?: number;
  readonly country?: string;
}

/** Deep-freezes test data so any mutation by the code under test throws. */
function freeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const inner of Object.values(value)) freeze(inner);
    Object.freeze(value);
  }
  return value;
}

const deals: readonly Deal[] = freeze([
  { technoparkId: "gbtp", stage: "contract", date: "2023-10-19", value: money("3000000", "USD"), employees: 40, country: "UZ" },
  { technoparkId: "gbtp", stage: "contract", date: "2023-10-20", value: money("3500000", "USD"), employees: 12, country: "UZ" },
  { technoparkId: "gbtp", stage: "joint-agreement", date: "2023-10-20", value: money("5000000", "USD"), country: "UZ" },
  { technoparkId: "ptp", stage: "consultation", date: "2024-01-02", value: money("0.1", "USD"), employees: 7, country: "RU" },
  { technoparkId: "ptp", stage: "consultation", date: "2024-03-31", value: money("0.2", "USD"), employees: 9 },
  { technoparkId: "utp", stage: "contract", date: "2022-12-31", value: money("1.05", "USD"), employees: 100, country: "KZ" },
]);

describe("rollup", () => {
  it("groups by a key and a computed fiscal year, sorted by dimension values", () => {
    const rows = rollup(deals, {
      by: ["technoparkId", byFiscalYear("year", (d) => d.date)],
      measures: { deals: { count: true }, value: { sumMoney: (d) => d.value } },
    });
    expect(rows).toEqual([
      { technoparkId: "gbtp", year: 2023, deals: 3, value: { amount: "11500000", currency: "USD" } },
      { technoparkId: "ptp", year: 2024, deals: 2, value: { amount: "0.3", currency: "USD" } },
      { technoparkId: "utp", year: 2022, deals: 1, value: { amount: "1.05", currency: "USD" } },
    ]);
    // Columns come in `by` order, then measure order: ready for console.table.
    expect(Object.keys(rows[0]!)).toEqual(["technoparkId", "year", "deals", "value"]);
  });

  it("computes count with a predicate, sum, mean, min, max and distinct, skipping undefined values", () => {
    const rows = rollup(deals, {
      by: ["technoparkId"],
      measures: {
        deals: { count: true },
        contracts: { count: (d) => d.stage === "contract" },
        staff: { sum: (d) => d.employees },
        averageStaff: { mean: (d) => d.employees },
        smallest: { min: (d) => d.employees },
        largest: { max: (d) => d.employees },
        countries: { distinct: (d) => d.country },
      },
    });
    expect(rows).toEqual([
      { technoparkId: "gbtp", deals: 3, contracts: 2, staff: 52, averageStaff: 26, smallest: 12, largest: 40, countries: 1 },
      { technoparkId: "ptp", deals: 2, contracts: 0, staff: 16, averageStaff: 8, smallest: 7, largest: 9, countries: 1 },
      { technoparkId: "utp", deals: 1, contracts: 1, staff: 100, averageStaff: 100, smallest: 100, largest: 100, countries: 1 },
    ]);
  });

  it("mean/min/max are undefined when a group has no value; sumMoney too unless a currency is set", () => {
    const rows = rollup(deals, {
      by: ["stage"],
      measures: {
        averageStaff: { mean: (d) => (d.stage === "joint-agreement" ? undefined : d.employees) },
        smallest: { min: (d) => (d.stage === "joint-agreement" ? undefined : d.employees) },
        contractValue: { sumMoney: (d) => (d.stage === "contract" ? d.value : undefined) },
        contractValueUsd: { sumMoney: (d) => (d.stage === "contract" ? d.value : undefined), currency: "USD" },
      },
    });
    expect(rows).toEqual([
      { stage: "consultation", averageStaff: 8, smallest: 7, contractValue: undefined, contractValueUsd: { amount: "0", currency: "USD" } },
      { stage: "contract", averageStaff: 152 / 3, smallest: 12, contractValue: { amount: "6500001.05", currency: "USD" }, contractValueUsd: { amount: "6500001.05", currency: "USD" } },
      { stage: "joint-agreement", averageStaff: undefined, smallest: undefined, contractValue: undefined, contractValueUsd: { amount: "0", currency: "USD" } },
    ]);
  });

  it("with no dimensions gives one grand-total row, and no rows for no records", () => {
    expect(rollup(deals, { by: [], measures: { deals: { count: true }, value: { sumMoney: (d) => d.value } } })).toEqual([
      { deals: 6, value: { amount: "11500001.35", currency: "USD" } },
    ]);
    expect(rollup([] as Deal[], { by: [], measures: { deals: { count: true } } })).toEqual([]);
    expect(rollup([] as Deal[], { by: ["stage"], measures: { deals: { count: true } } })).toEqual([]);
  });

  it("groups by period and by a value as of a date (region renamed on 2023-06-11)", () => {
    const parks = freeze([
      { id: "gwtp", region: [{ validFrom: "1946-01-01", validTo: "2023-06-11", value: "42" }, { validFrom: "2023-06-11", value: "51" }], opened: "2003-07-01" },
      { id: "cbtp", region: [{ validFrom: "1946-01-01", value: "43" }], opened: "2003-09-15" },
      { id: "sjtp", region: undefined, opened: undefined },
    ]);
    expect(
      rollup(parks, {
        by: [byAsOf("region", (p) => p.region, "2023-06-10"), byPeriod("opened", (p) => p.opened, "half")],
        measures: { parks: { count: true } },
      }),
    ).toEqual([
      { region: "42", opened: "2003-H2", parks: 1 },
      { region: "43", opened: "2003-H2", parks: 1 },
      { region: undefined, opened: undefined, parks: 1 },
    ]);
    expect(rollup(parks, { by: [byAsOf("region", (p) => p.region, (p) => p.opened ?? "2024-01-01")], measures: { parks: { count: true } } })).toEqual([
      { region: "42", parks: 1 },
      { region: "43", parks: 1 },
      { region: undefined, parks: 1 },
    ]);
    expect(rollup(parks, { by: [byAsOf("region", (p) => p.region, "2023-06-11")], measures: {} })).toEqual([
      { region: "43" },
      { region: "51" },
      { region: undefined },
    ]);
  });

  it("orders numbers numerically, strings by code point (not locale), then booleans, undefined last", () => {
    const records = freeze([
      { k: "b" }, { k: 10 }, { k: "B" }, { k: 9 }, { k: undefined }, { k: "가" }, { k: "a" }, { k: true }, { k: -1 }, { k: "😀" }, { k: "\uffe0" }, { k: false }, { k: "ab" }, { k: true }, { k: 9 },
    ] as { k: string | number | boolean | undefined }[]);
    expect(rollup(records, { by: ["k"], measures: {} }).map((row) => row.k)).toEqual([-1, 9, 10, "B", "a", "ab", "b", "가", "\uffe0", "😀", false, true, undefined]);
  });

  it("sums money exactly (0.1 + 0.2 = 0.3) and beyond 2^53 minor units", () => {
    const big = freeze(Array.from({ length: 5 }, () => ({ value: money("9000000000000000", "USD") })));
    expect(rollup(big, { by: [], measures: { value: { sumMoney: (r) => r.value } } })).toEqual([
      { value: { amount: "45000000000000000", currency: "USD" } },
    ]);
    const long = freeze([{ value: money("123456789012345678901234567890.12", "USD") }, { value: money("0.88", "USD") }]);
    expect(rollup(long, { by: [], measures: { value: { sumMoney: (r) => r.value } } })[0]!.value).toEqual({
      amount: "123456789012345678901234567891",
      currency: "USD",
    });
  });

  it("sums money exactly like sumMoney for any amounts (property)", () => {
    const amount = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((cents) => {
      const negative = cents < 0n;
      const digits = (negative ? -cents : cents).toString().padStart(3, "0");
      return money(`${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`, "USD");
    });
    fc.assert(
      fc.property(fc.array(fc.record({ group: fc.constantFrom("a", "b", "c"), value: amount }), { maxLength: 60 }), (records) => {
        const rows = rollup(records, { by: ["group"], measures: { value: { sumMoney: (r) => r.value }, n: { count: true } } });
        for (const row of rows) {
          expect(row.value).toEqual(sumMoney(records.filter((r) => r.group === row.group).map((r) => r.value)));
          expect(row.n).toBe(records.filter((r) => r.group === row.group).length);
        }
        expect(rows.map((row) => row.group)).toEqual([...new Set(records.map((r) => r.group))].sort());
      }),
      { numRuns: 200 },
    );
  });

  it("agrees with a naive group-by on random records (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ a: fc.constantFrom("x", "y", "가"), b: fc.integer({ min: 0, max: 3 }), n: fc.option(fc.integer({ min: -50, max: 50 }), { nil: undefined }) }), { maxLength: 80 }),
        (records) => {
          const rows = rollup(records, { by: ["a", "b"], measures: { count: { count: true }, sum: { sum: (r) => r.n }, max: { max: (r) => r.n }, distinct: { distinct: (r) => r.n } } });
          const keys = [...new Set(records.map((r) => JSON.stringify([r.a, r.b])))].map((k) => JSON.parse(k) as [string, number]);
          keys.sort((p, q) => (p[0] < q[0] ? -1 : p[0] > q[0] ? 1 : p[1] - q[1]));
          expect(rows.map((row) => [row.a, row.b])).toEqual(keys);
          for (const row of rows) {
            const members = records.filter((r) => r.a === row.a && r.b === row.b);
            const values = members.map((r) => r.n).filter((n): n is number => n !== undefined);
            expect(row.count).toBe(members.length);
            expect(row.sum).toBe(values.reduce((s, n) => s + n, 0));
            expect(row.max).toBe(values.length === 0 ? undefined : Math.max(...values));
            expect(row.distinct).toBe(new Set(values).size);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("gives the same rows whatever the input order (property)", () => {
    const record = fc.record({
      park: fc.constantFrom("gbtp", "ptp", "utp", "가", "😀"),
      year: fc.integer({ min: 2018, max: 2024 }),
      staff: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
      value: fc.integer({ min: 0, max: 10_000_000 }).map((won) => money(won, "KRW")),
    });
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 50 }).chain((records) => fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }))),
        ([records, shuffled]) => {
          const options = {
            by: ["park", "year"],
            measures: { n: { count: true }, staff: { mean: (r: (typeof records)[number]) => r.staff }, value: { sumMoney: (r: (typeof records)[number]) => r.value, currency: "KRW" } },
          } as const;
          expect(rollup(shuffled, options)).toEqual(rollup(records, options));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("keeps a float sum accurate (compensated summation)", () => {
    const records = Array.from({ length: 10 }, () => ({ x: 0.1 }));
    expect(rollup(records, { by: [], measures: { total: { sum: (r) => r.x } } })[0]!.total).toBe(1);
    expect(rollup([{ x: 1e100 }, { x: 1 }, { x: -1e100 }], { by: [], measures: { total: { sum: (r) => r.x } } })[0]!.total).toBe(1);
  });

  it("accepts any iterable (a generator) and never mutates frozen input", () => {
    function* generate() {
      yield* deals;
    }
    expect(rollup(generate(), { by: ["stage"], measures: { n: { count: true } } })).toEqual([
      { stage: "consultation", n: 2 },
      { stage: "contract", n: 3 },
      { stage: "joint-agreement", n: 1 },
    ]);
  });

  it("converts money in other currencies with a dated rate table", () => {
    const rates: FxRate[] = [{ base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-01", source: "test rate" }];
    const mixed = freeze([
      { value: money("1000", "KRW"), date: "2023-10-19" },
      { value: money("1.01", "USD"), date: "2023-10-19" },
    ]);
    expect(rollup(mixed, { by: [], measures: { value: { sumMoney: (r) => r.value, currency: "KRW", convert: { rates, asOf: (r) => r.date } } } })).toEqual([
      { value: { amount: "2364", currency: "KRW" } }, // 1.01 × 1350.5 = 1364.005 → 1364 (half-even)
    ]);
    expect(() => rollup(mixed, { by: [], measures: { value: { sumMoney: (r) => r.value, currency: "KRW", convert: { rates, asOf: "2023-09-30" } } } })).toThrow(
      expect.objectContaining({ code: "MISSING_RATE", path: expect.arrayContaining(["records", 1]) }),
    );
  });
});

describe("rollup: bad input", () => {
  it("mixed currencies without a rate table → CURRENCY_MISMATCH naming both and the record", () => {
    const mixed = [{ value: money("1", "USD") }, { value: money("1", "KRW") }];
    expect(() => rollup(mixed, { by: [], measures: { value: { sumMoney: (r) => r.value } } })).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["records", 1], message: expect.stringMatching(/rollup measure "value": cannot combine USD and KRW/) }),
    );
    expect(() => rollup(mixed, { by: [], measures: { value: { sumMoney: (r) => r.value, currency: "KRW" } } })).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["records", 0] }),
    );
  });

  it("a NaN measure value or an object dimension value → VALIDATION with the record index", () => {
    expect(() => rollup([{ n: 1 }, { n: Number.NaN }], { by: [], measures: { total: { sum: (r) => r.n } } })).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["records", 1], message: 'records[1] (measure "total"): expected a finite number or undefined, received NaN' }),
    );
    expect(() => rollup([{ k: {} }], { by: [{ name: "k", key: (r) => r.k as unknown as string }], measures: {} })).toThrow(
      expect.objectContaining({ code: "VALIDATION", message: 'records[0] (dimension "k"): expected a string, number, boolean or undefined, received an object' }),
    );
    expect(() => rollup([{ k: Number.NaN }], { by: ["k"], measures: {} })).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["records", 0] }));
    expect(() => rollup([{ n: 1 }], { by: [], measures: { n: { count: (r) => r.n as unknown as boolean } } })).toThrow(
      expect.objectContaining({ message: 'records[0] (measure "n"): expected the count predicate to return true or false, received 1' }),
    );
  });

  it("an invalid date inside a dimension → VALIDATION located at the record", () => {
    expect(() => rollup([{ d: "2023-01-01" }, { d: "2023-02-30" }], { by: [byFiscalYear("year", (r) => r.d)], measures: {} })).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        path: ["records", 1, "year"],
        message: 'records[1]: year: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"',
      }),
    );
    expect(() => byPeriod("p", (r: { d: string }) => r.d, "week" as "year")).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["granularity"] }));
  });

  it("an invalid Money amount → VALIDATION", () => {
    expect(() => rollup([{ v: { amount: "1.234", currency: "USD" } }], { by: [], measures: { v: { sumMoney: (r) => r.v } } })).toThrow(
      expect.objectContaining({ code: "VALIDATION", message: 'records[0] (measure "v" amount): expected a plain decimal string with at most 2 fraction digits for USD, received "1.234"' }),
    );
    expect(() => rollup([{ v: { amount: "1", currency: "XXX" } }], { by: [], measures: { v: { sumMoney: (r) => r.v } } })).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["records", 0] }),
    );
  });

  it("bad options → VALIDATION naming the option", () => {
    const bad = (options: unknown) => () => rollup(deals, options as never);
    expect(bad({ by: "stage", measures: {} })).toThrow(
      expect.objectContaining({ path: ["options", "by"], message: 'options.by: expected an array of dimensions (record keys or { name, key }), received "stage"' }),
    );
    expect(bad({ by: ["stage", "stage"], measures: {} })).toThrow(expect.objectContaining({ path: ["options", "by", 1, "name"] }));
    expect(bad({ by: [42], measures: {} })).toThrow(expect.objectContaining({ path: ["options", "by", 0] }));
    expect(bad({ by: [{ name: "__proto__", key: () => 1 }], measures: {} })).toThrow(expect.objectContaining({ path: ["options", "by", 0, "name"] }));
    expect(bad({ by: ["stage"], measures: { stage: { count: true } } })).toThrow(expect.objectContaining({ path: ["options", "measures", "stage"] }));
    expect(bad({ by: [], measures: { x: { median: () => 1 } } })).toThrow(
      expect.objectContaining({ path: ["options", "measures", "x"], message: "options.measures.x: expected exactly one of count, sum, mean, min, max, sumMoney, distinct, received an object" }),
    );
    expect(bad({ by: [], measures: { x: { sum: () => 1, mean: () => 1 } } })).toThrow(
      expect.objectContaining({ message: 'options.measures.x: expected exactly one of count, sum, mean, min, max, sumMoney, distinct, received "sum and mean together"' }),
    );
    expect(bad({ by: [], measures: { x: { sum: 3 } } })).toThrow(expect.objectContaining({ path: ["options", "measures", "x", "sum"] }));
    expect(bad({ by: [], measures: { x: { sum: () => 1, currency: "USD" } } })).toThrow(expect.objectContaining({ path: ["options", "measures", "x", "currency"] }));
    expect(bad({ by: [], measures: { x: { sumMoney: () => undefined, currency: "ABC" } } })).toThrow(expect.objectContaining({ path: ["options", "measures", "x", "currency"] }));
    expect(bad({ by: [], measures: { x: { sumMoney: () => undefined, convert: { rates: [], asOf: "2024-01-01" } } } })).toThrow(
      expect.objectContaining({ path: ["options", "measures", "x", "currency"] }),
    );
    expect(bad({ by: [], measures: { x: { sumMoney: () => undefined, currency: "USD", convert: { asOf: "2024-01-01" } } } })).toThrow(
      expect.objectContaining({ path: ["options", "measures", "x", "convert"] }),
    );
    expect(bad({ by: [], measures: [] })).toThrow(expect.objectContaining({ path: ["options", "measures"] }));
    expect(bad(null)).toThrow(expect.objectContaining({ path: ["options"] }));
    expect(() => rollup(42 as never, { by: [], measures: {} })).toThrow(expect.objectContaining({ path: ["records"] }));
  });

  it("lets errors from the caller's own accessors through unchanged", () => {
    const boom = new TypeError("boom");
    expect(() => rollup([{}], { by: [{ name: "x", key: () => { throw boom; } }], measures: {} })).toThrow(boom);
  });
});
