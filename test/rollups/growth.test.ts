import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cagr, formatPercent, growthRate, money, yoy } from "../../src/index.js";

const krw = (amount: string) => money(amount, "KRW");
const frozen = <T>(value: T): T => Object.freeze(value);

describe("growthRate", () => {
  it("is (to − from) / from for numbers and for Money", () => {
    expect(growthRate(100, 150)).toBe(0.5);
    expect(growthRate(200, 100)).toBe(-0.5);
    expect(growthRate(-100, -50)).toBe(-0.5);
    expect(growthRate(5, 5)).toBe(0);
    expect(Object.is(growthRate(5, 5), 0)).toBe(true);
    expect(growthRate(money("0.1", "USD"), money("0.3", "USD"))).toBe(2);
    expect(growthRate(krw("100000000000000000000000000"), krw("100000000000000000000000001"))).toBe(1e-26);
  });

  it("from = 0 → VALIDATION (growth from nothing is undefined)", () => {
    expect(() => growthRate(0, 5)).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["from"], message: "from: expected a non-zero base (growth from zero is undefined), received 0" }),
    );
    expect(() => growthRate(krw("0"), krw("5"))).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["from"] }));
  });

  it("Money pairs must share a currency → CURRENCY_MISMATCH", () => {
    expect(() => growthRate(money("1", "USD"), krw("1000"))).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["to", "currency"], message: expect.stringContaining("cannot combine USD and KRW") }),
    );
  });

  it("refuses NaN, Infinity, mixed kinds and bad Money with VALIDATION", () => {
    expect(() => growthRate(Number.NaN, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", message: "from: expected a finite number or a Money, received NaN" }));
    expect(() => growthRate(1, Number.POSITIVE_INFINITY)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["to"] }));
    expect(() => growthRate(1, krw("1"))).toThrow(expect.objectContaining({ code: "VALIDATION", message: 'to: expected a number, like from, received "a Money"' }));
    expect(() => growthRate(krw("1"), 1)).toThrow(expect.objectContaining({ code: "VALIDATION", message: 'to: expected a Money, like from, received "a number"' }));
    expect(() => growthRate({ amount: "1.5", currency: "KRW" }, krw("1"))).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["from", "amount"] }));
    expect(() => growthRate("1" as unknown as number, 2)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["from"] }));
  });

  it("does not mutate frozen Money inputs", () => {
    expect(growthRate(frozen(krw("100")), frozen(krw("250")))).toBe(1.5);
  });

  it("Money growth equals the exact quotient rounded once (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 40 }), fc.integer({ min: 0, max: 2 ** 40 }), (a, b) => {
        expect(growthRate(krw(String(a)), krw(String(b)))).toBe((b - a) / a);
      }),
      { numRuns: 200 },
    );
  });
});

describe("cagr", () => {
  it("is (to / from)^(1 / years) − 1", () => {
    expect(cagr(100, 121, 2)).toBeCloseTo(0.1, 15);
    expect(cagr(100, 100, 5)).toBe(0);
    expect(cagr(100, 0, 3)).toBe(-1);
    expect(cagr(100, 200, 1)).toBe(1);
    expect(cagr(100, 150, 0.5)).toBeCloseTo(1.25, 14);
    expect(cagr(krw("1000"), krw("1331"), 3)).toBeCloseTo(0.1, 15);
  });

  it("compounds back to `to` (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e9, noNaN: true }), fc.double({ min: 0.01, max: 1e9, noNaN: true }), fc.integer({ min: 1, max: 50 }), (from, to, years) => {
        const rate = cagr(from, to, years);
        expect(from * (1 + rate) ** years).toBeCloseTo(to, Math.max(0, 6 - Math.ceil(Math.log10(to + 1))));
      }),
      { numRuns: 200 },
    );
  });

  it("years ≤ 0, from ≤ 0 or to < 0 → VALIDATION", () => {
    expect(() => cagr(1, 2, 0)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["years"], message: "years: expected a finite number of years greater than 0, received 0" }));
    expect(() => cagr(1, 2, -1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["years"] }));
    expect(() => cagr(1, 2, Number.NaN)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["years"] }));
    expect(() => cagr(0, 2, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["from"], message: "from: expected a positive starting value, received 0" }));
    expect(() => cagr(-5, 2, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["from"] }));
    expect(() => cagr(5, -2, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["to"], message: "to: expected an ending value of zero or more, received -2" }));
    expect(() => cagr(krw("0"), krw("1"), 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["from"] }));
    expect(() => cagr(money("1", "USD"), krw("1"), 1)).toThrow(expect.objectContaining({ code: "CURRENCY_MISMATCH" }));
  });
});

describe("formatPercent", () => {
  it("renders rates as percentages with fixed decimals", () => {
    expect(formatPercent(1.7312348668280872)).toBe("173.1%");
    expect(formatPercent(0.0956)).toBe("9.6%");
    expect(formatPercent(0.5, 0)).toBe("50%");
    expect(formatPercent(-0.25, 2)).toBe("-25.00%");
    expect(formatPercent(-0.00001)).toBe("0.0%");
    expect(formatPercent(0)).toBe("0.0%");
  });

  it("refuses non-finite rates and bad digit counts", () => {
    expect(() => formatPercent(Number.NaN)).toThrow(expect.objectContaining({ code: "VALIDATION", message: "rate: expected a finite number, received NaN" }));
    expect(() => formatPercent(1, 11)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["fractionDigits"] }));
    expect(() => formatPercent(1, 1.5)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["fractionDigits"] }));
  });
});

describe("yoy", () => {
  it("compares each period with the same period a year earlier, sorted by period", () => {
    const series = frozen([
      frozen({ period: "2018", value: 2256 }),
      frozen({ period: "2016", value: 0 }),
      frozen({ period: "2017", value: 2000 }),
      frozen({ period: "2014", value: 826 }),
    ]);
    expect(yoy(series)).toEqual([
      { period: "2014", value: 826, previous: undefined, growth: undefined },
      { period: "2016", value: 0, previous: undefined, growth: undefined },
      { period: "2017", value: 2000, previous: 0, growth: undefined },
      { period: "2018", value: 2256, previous: 2000, growth: 0.128 },
    ]);
  });

  it("works for quarters, months and halves, and for Money", () => {
    expect(
      yoy([
        { period: "2023-Q3", value: krw("100") },
        { period: "2024-Q2", value: krw("130") },
        { period: "2024-Q3", value: krw("150") },
      ]).map((row) => [row.period, row.growth]),
    ).toEqual([
      ["2023-Q3", undefined],
      ["2024-Q2", undefined],
      ["2024-Q3", 0.5],
    ]);
    expect(yoy([{ period: "2024-01", value: 3 }, { period: "2023-01", value: 2 }, { period: "2023-12", value: 9 }]).map((row) => row.growth)).toEqual([
      undefined,
      undefined,
      0.5,
    ]);
    expect(yoy([{ period: "2023-H2", value: 4 }, { period: "2024-H2", value: 5 }])[1]).toEqual({ period: "2024-H2", value: 5, previous: 4, growth: 0.25 });
    expect(yoy([])).toEqual([]);
  });

  it("refuses malformed, repeated or mixed-granularity periods and mixed currencies", () => {
    expect(() => yoy([{ period: "2024-Q5", value: 1 }])).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["series", 0, "period"], message: 'series[0].period: expected a period "YYYY", "YYYY-Hn", "YYYY-Qn" or "YYYY-MM", received "2024-Q5"' }),
    );
    expect(() => yoy([{ period: "2024", value: 1 }, { period: "2024", value: 2 }])).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["series", 1, "period"], message: 'series[1].period: expected each period once, received "2024"' }),
    );
    expect(() => yoy([{ period: "2024", value: 1 }, { period: "2024-Q1", value: 2 }])).toThrow(
      expect.objectContaining({ code: "VALIDATION", message: 'series[1].period: expected a year period like series[0].period, received "2024-Q1"' }),
    );
    expect(() => yoy([{ period: "2023", value: krw("1") }, { period: "2024", value: money("1", "USD") }])).toThrow(
      expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["series", 1, "value", "currency"] }),
    );
    expect(() => yoy([{ period: "2023", value: Number.NaN }])).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["series", 0, "value"] }));
    expect(() => yoy("2024" as never)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["series"] }));
    expect(() => yoy([null] as never)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["series", 0] }));
  });
});
