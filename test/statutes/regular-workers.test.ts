import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { regularWorkerCount, type MonthEndCount } from "../../src/index.js";

const Exact = Decimal.clone({ precision: 60 });

const year = (fullTime: number, partTime60h?: number): MonthEndCount[] =>
  Array.from({ length: 12 }, (_, i) => ({
    month: `2024-${String(i + 1).padStart(2, "0")}`,
    fullTime,
    ...(partTime60h === undefined ? {} : { partTime60h }),
  }));

function thrown(run: () => unknown): { code: unknown; message: unknown; path: unknown } {
  try {
    run();
  } catch (error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path: unknown };
    return { code, message, path };
  }
  throw new Error("expected a throw");
}

describe("소상공인기본법 시행령 제3조: regular workers are the average of month-end headcounts", () => {
  it("소상공인기본법 시행령 제3조: 12 month-ends of 30 full-time workers give 30", () => {
    expect(regularWorkerCount(year(30))).toBe(30);
  });

  it("소상공인기본법 시행령 제3조: part-timers of 60 h/month or more count 0.5 (29 + 1 part-timer = 29.5)", () => {
    expect(regularWorkerCount(year(29, 1))).toBe(29.5);
    expect(regularWorkerCount(year(29, 2))).toBe(30);
  });

  it("소상공인기본법 시행령 제3조: fractions of the yearly average are kept, not rounded", () => {
    const months = year(10).map((entry, i) => (i === 0 ? { ...entry, fullTime: 11 } : entry));
    expect(regularWorkerCount(months)).toBe(121 / 12);
    expect(regularWorkerCount([{ month: "2024-11", fullTime: 30 }, { month: "2024-12", fullTime: 31 }])).toBe(30.5);
  });

  it("소상공인기본법 시행령 제3조: a firm founded in the calculation month uses that one count", () => {
    expect(regularWorkerCount([{ month: "2025-03", fullTime: 4, partTime60h: 3 }])).toBe(5.5);
  });

  it("소상공인기본법 시행령 제3조: a firm founded during the year averages the months since founding", () => {
    expect(
      regularWorkerCount([
        { month: "2024-10", fullTime: 2 },
        { month: "2024-11", fullTime: 3 },
        { month: "2024-12", fullTime: 4, partTime60h: 1 },
      ]),
    ).toBe(9.5 / 3);
  });

  it("소상공인기본법 시행령 제3조: no float drift (0.5 × 3 part-timers over 10 months is exactly 0.15)", () => {
    const months = Array.from({ length: 10 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, "0")}`, fullTime: 0, partTime60h: i < 3 ? 1 : 0 }));
    expect(regularWorkerCount(months)).toBe(0.15);
  });

  it("does not mutate its input", () => {
    const months = Object.freeze(year(5, 1).map((entry) => Object.freeze(entry)));
    expect(regularWorkerCount(months)).toBe(5.5);
  });
});

describe("소상공인기본법 시행령 제3조: invalid month-end counts are refused with the entry's path", () => {
  it("empty input throws VALIDATION", () => {
    expect(thrown(() => regularWorkerCount([]))).toEqual({
      code: "VALIDATION",
      message: "monthEnds: expected at least one month-end headcount (소상공인기본법 시행령 제3조 averages month-end counts), received an empty array",
      path: ["monthEnds"],
    });
  });

  it("a non-array throws VALIDATION", () => {
    expect(thrown(() => regularWorkerCount("12" as never))).toEqual({
      code: "VALIDATION",
      message: 'monthEnds: expected an array of month-end headcounts, received "12"',
      path: ["monthEnds"],
    });
  });

  it.each([
    [[null], "monthEnds[0]: expected an object { month, fullTime, partTime60h? }, received null", ["monthEnds", 0]],
    [[{ month: "2024-13", fullTime: 1 }], 'monthEnds[0].month: expected a month in YYYY-MM form, received "2024-13"', ["monthEnds", 0, "month"]],
    [[{ month: "2024-1", fullTime: 1 }], 'monthEnds[0].month: expected a month in YYYY-MM form, received "2024-1"', ["monthEnds", 0, "month"]],
    [[{ fullTime: 1 }], "monthEnds[0].month: expected a month in YYYY-MM form, received undefined", ["monthEnds", 0, "month"]],
    [
      [{ month: "2024-01", fullTime: 1 }, { month: "2024-02", fullTime: 1 }, { month: "2024-01", fullTime: 2 }],
      'monthEnds[2].month: expected a month not given before (monthEnds[0] is already 2024-01), received "2024-01"',
      ["monthEnds", 2, "month"],
    ],
    [[{ month: "2024-01", fullTime: -1 }], "monthEnds[0].fullTime: expected a non-negative integer, received -1", ["monthEnds", 0, "fullTime"]],
    [[{ month: "2024-01", fullTime: 1.5 }], "monthEnds[0].fullTime: expected a non-negative integer, received 1.5", ["monthEnds", 0, "fullTime"]],
    [[{ month: "2024-01", fullTime: Number.NaN }], "monthEnds[0].fullTime: expected a non-negative integer, received NaN", ["monthEnds", 0, "fullTime"]],
    [[{ month: "2024-01", fullTime: "3" }], 'monthEnds[0].fullTime: expected a non-negative integer, received "3"', ["monthEnds", 0, "fullTime"]],
    [
      [{ month: "2024-01", fullTime: 1 }, { month: "2024-02", fullTime: 1, partTime60h: -2 }],
      "monthEnds[1].partTime60h: expected a non-negative integer, received -2",
      ["monthEnds", 1, "partTime60h"],
    ],
    [
      [{ month: "2024-01", fullTime: Number.MAX_SAFE_INTEGER }],
      "monthEnds: expected headcounts whose total stays below 2^52, received a larger total",
      ["monthEnds"],
    ],
  ])("entry %j throws VALIDATION", (input, message, path) => {
    expect(thrown(() => regularWorkerCount(input as never))).toEqual({ code: "VALIDATION", message, path });
  });
});

describe("소상공인기본법 시행령 제3조: properties", () => {
  const monthsArb = fc
    .uniqueArray(fc.integer({ min: 0, max: 9999 }), { minLength: 1, maxLength: 36, selector: (n) => n })
    .chain((keys) =>
      fc.tuple(
        ...keys.map((key) =>
          fc.record({
            month: fc.constant(`${2000 + Math.floor(key / 12)}-${String((key % 12) + 1).padStart(2, "0")}`),
            fullTime: fc.integer({ min: 0, max: 100_000 }),
            partTime60h: fc.option(fc.integer({ min: 0, max: 100_000 }), { nil: undefined }),
          }),
        ),
      ),
    )
    .map((entries) => entries.map(({ partTime60h, ...rest }) => (partTime60h === undefined ? rest : { ...rest, partTime60h })));

  it("소상공인기본법 시행령 제3조: equals the mean of (fullTime + 0.5 × partTime60h) computed with decimal.js", () => {
    fc.assert(
      fc.property(monthsArb, (months) => {
        const total = months.reduce(
          (sum, m) => sum.plus(m.fullTime).plus(new Exact("partTime60h" in m ? m.partTime60h : 0).times("0.5")),
          new Exact(0),
        );
        expect(regularWorkerCount(months)).toBe(total.div(months.length).toNumber());
      }),
      { numRuns: 300 },
    );
  });

  it("소상공인기본법 시행령 제3조: the order of the months does not matter", () => {
    fc.assert(
      fc.property(monthsArb, (months) => {
        expect(regularWorkerCount([...months].reverse())).toBe(regularWorkerCount(months));
      }),
      { numRuns: 100 },
    );
  });
});
