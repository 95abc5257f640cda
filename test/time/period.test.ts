import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isPeriod, periodBounds, periodContains, periodGranularityOf, periodLastDay, periodOf, periodsBetween, shiftPeriod } from "../../src/index.js";
import { Period, PeriodGranularity } from "../../src/schemas/index.js";

const granularities = ["year", "half", "quarter", "month"] as const;
const isoDay = fc.integer({ min: 0, max: 60_000 }).map((n) => new Date(Date.UTC(1950, 0, 1 + n)).toISOString().slice(0, 10));

describe("periodOf", () => {
  it("labels a date by year, half, quarter and month", () => {
    expect(periodOf("2024-07-15", "year")).toBe("2024");
    expect(periodOf("2024-07-15", "half")).toBe("2024-H2");
    expect(periodOf("2024-07-15", "quarter")).toBe("2024-Q3");
    expect(periodOf("2024-07-15", "month")).toBe("2024-07");
    expect(periodOf("2024-06-30", "half")).toBe("2024-H1");
    expect(periodOf("2024-03-31", "quarter")).toBe("2024-Q1");
    expect(periodOf("2024-04-01", "quarter")).toBe("2024-Q2");
    expect(periodOf("2024-12-31", "quarter")).toBe("2024-Q4");
    expect(periodOf("0987-01-05", "year")).toBe("0987");
  });

  it("reads a Date in Seoul: 2023-12-31T15:30Z is already 2024-Q1", () => {
    expect(periodOf(new Date("2023-12-31T15:30:00Z"), "quarter")).toBe("2024-Q1");
    expect(periodOf(new Date("2023-12-31T14:30:00Z"), "quarter")).toBe("2023-Q4");
  });

  it("refuses a bad date or granularity with VALIDATION", () => {
    expect(() => periodOf("2023-02-30", "year")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["on"], message: 'on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"' }),
    );
    expect(() => periodOf("2023-02-01", "week" as PeriodGranularity)).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["granularity"], message: 'granularity: expected one of "year", "half", "quarter", "month", received "week"' }),
    );
  });

  it("always gives a period that contains the date, whose bounds contain the date (property)", () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom(...granularities), (day, granularity) => {
        const period = periodOf(day, granularity);
        expect(isPeriod(period)).toBe(true);
        expect(periodGranularityOf(period)).toBe(granularity);
        expect(periodContains(period, day)).toBe(true);
        const { start, end } = periodBounds(period);
        expect(start <= day && day < end).toBe(true);
        expect(periodLastDay(period) < end).toBe(true);
        expect(periodOf(start, granularity)).toBe(period);
        expect(periodOf(periodLastDay(period), granularity)).toBe(period);
        expect(periodOf(end, granularity)).toBe(shiftPeriod(period, 1));
      }),
      { numRuns: 500 },
    );
  });
});

describe("Period / isPeriod", () => {
  it.each(["2024", "2024-H1", "2024-H2", "2024-Q1", "2024-Q4", "2024-01", "2024-12", "0001"])("accepts %s", (label) => {
    expect(isPeriod(label)).toBe(true);
    expect(Period.parse(label)).toBe(label);
  });

  it.each(["24", "2024-H3", "2024-H0", "2024-Q0", "2024-Q5", "2024-00", "2024-13", "2024-7", "2024-q1", "0000", "2024-Q1 ", "2024-W01"])(
    "refuses %j",
    (label) => {
      expect(isPeriod(label)).toBe(false);
      const result = Period.safeParse(label);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('expected a period "YYYY", "YYYY-Hn", "YYYY-Qn" or "YYYY-MM"');
    },
  );

  it("refuses non-strings", () => {
    expect(isPeriod(2024)).toBe(false);
    expect(Period.safeParse(2024).success).toBe(false);
  });

  it("PeriodGranularity accepts the four lengths and nothing else", () => {
    expect([...PeriodGranularity.values]).toEqual(["year", "half", "quarter", "month"]);
    expect(PeriodGranularity.safeParse("week").success).toBe(false);
  });
});

describe("periodBounds / periodLastDay / periodContains", () => {
  it("gives the first day and the exclusive end", () => {
    expect(periodBounds("2024")).toEqual({ start: "2024-01-01", end: "2025-01-01" });
    expect(periodBounds("2024-H1")).toEqual({ start: "2024-01-01", end: "2024-07-01" });
    expect(periodBounds("2024-H2")).toEqual({ start: "2024-07-01", end: "2025-01-01" });
    expect(periodBounds("2024-Q3")).toEqual({ start: "2024-07-01", end: "2024-10-01" });
    expect(periodBounds("2024-Q4")).toEqual({ start: "2024-10-01", end: "2025-01-01" });
    expect(periodBounds("2024-02")).toEqual({ start: "2024-02-01", end: "2024-03-01" });
    expect(periodBounds("2024-12")).toEqual({ start: "2024-12-01", end: "2025-01-01" });
    expect(periodBounds("9999-Q3")).toEqual({ start: "9999-07-01", end: "9999-10-01" });
  });

  it("gives the last day, leap years included", () => {
    expect(periodLastDay("2024-02")).toBe("2024-02-29");
    expect(periodLastDay("2023-02")).toBe("2023-02-28");
    expect(periodLastDay("2100-02")).toBe("2100-02-28");
    expect(periodLastDay("2000-02")).toBe("2000-02-29");
    expect(periodLastDay("2023-H1")).toBe("2023-06-30");
    expect(periodLastDay("2023-Q3")).toBe("2023-09-30");
    expect(periodLastDay("2023")).toBe("2023-12-31");
    expect(periodLastDay("9999")).toBe("9999-12-31");
  });

  it("refuses a period whose end would pass 9999-12-31, and malformed labels", () => {
    expect(() => periodBounds("9999")).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["period"] }));
    expect(() => periodBounds("2024-Q5")).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        path: ["period"],
        message: 'period: expected a period "YYYY", "YYYY-H1"…"YYYY-H2", "YYYY-Q1"…"YYYY-Q4" or "YYYY-MM", received "2024-Q5"',
      }),
    );
    expect(() => periodLastDay("2024/01")).toThrow(expect.objectContaining({ code: "VALIDATION" }));
    expect(() => periodGranularityOf(7 as unknown as string)).toThrow(
      expect.objectContaining({ code: "VALIDATION", message: 'period: expected a period "YYYY", "YYYY-H1"…"YYYY-H2", "YYYY-Q1"…"YYYY-Q4" or "YYYY-MM", received 7' }),
    );
  });

  it("tells whether a date is inside a period (INNO WEEK 2023-10-19 is in 2023-Q4 and 2023-H2)", () => {
    expect(periodContains("2023-Q4", "2023-10-19")).toBe(true);
    expect(periodContains("2023-H2", "2023-10-19")).toBe(true);
    expect(periodContains("2023-H1", "2023-10-19")).toBe(false);
    expect(periodContains("2022", "2023-10-19")).toBe(false);
    expect(periodContains("2023-10", new Date("2023-09-30T15:00:00Z"))).toBe(true);
    expect(() => periodContains("2023-Q4", "2023-10-32")).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["on"] }));
  });
});

describe("shiftPeriod", () => {
  it("moves by whole periods across year ends", () => {
    expect(shiftPeriod("2024-Q4", 1)).toBe("2025-Q1");
    expect(shiftPeriod("2024-Q1", -1)).toBe("2023-Q4");
    expect(shiftPeriod("2024-01", -1)).toBe("2023-12");
    expect(shiftPeriod("2024-07", -12)).toBe("2023-07");
    expect(shiftPeriod("2024-H2", -2)).toBe("2023-H2");
    expect(shiftPeriod("2024-H1", 1)).toBe("2024-H2");
    expect(shiftPeriod("2024", -17)).toBe("2007");
    expect(shiftPeriod("2024-05", 0)).toBe("2024-05");
  });

  it("refuses fractional steps and leaving years 0001–9999", () => {
    expect(() => shiftPeriod("2024", 0.5)).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["steps"], message: "steps: expected a whole number, received 0.5" }),
    );
    expect(() => shiftPeriod("0001-01", -1)).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["steps"], message: "steps: shifting 0001-01 by -1 leaves the years 0001–9999" }),
    );
    expect(() => shiftPeriod("9999-Q4", 1)).toThrow(expect.objectContaining({ code: "VALIDATION" }));
  });

  it("shifting forth and back is the identity; one step is the next period's start (property)", () => {
    fc.assert(
      fc.property(isoDay, fc.constantFrom(...granularities), fc.integer({ min: -200, max: 200 }), (day, granularity, steps) => {
        const period = periodOf(day, granularity);
        expect(shiftPeriod(shiftPeriod(period, steps), -steps)).toBe(period);
        expect(periodBounds(shiftPeriod(period, 1)).start).toBe(periodBounds(period).end);
      }),
      { numRuns: 300 },
    );
  });
});

describe("periodsBetween", () => {
  it("lists every period from the one containing `from` to the one containing `to`", () => {
    expect(periodsBetween("2023-11-20", "2024-02-01", "month")).toEqual(["2023-11", "2023-12", "2024-01", "2024-02"]);
    expect(periodsBetween("2007-01-01", "2009-12-31", "year")).toEqual(["2007", "2008", "2009"]);
    expect(periodsBetween("2023-05-01", "2024-08-01", "half")).toEqual(["2023-H1", "2023-H2", "2024-H1", "2024-H2"]);
    expect(periodsBetween("2023-12-31", "2024-01-01", "quarter")).toEqual(["2023-Q4", "2024-Q1"]);
    expect(periodsBetween("2023-10-17", "2023-10-20", "month")).toEqual(["2023-10"]);
  });

  it("refuses `to` before `from`", () => {
    expect(() => periodsBetween("2024-01-02", "2024-01-01", "month")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["to"], message: 'to: expected a date on or after from (2024-01-02), received "2024-01-01"' }),
    );
    expect(() => periodsBetween("2024-01-02", "2024-01-03", "day" as PeriodGranularity)).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["granularity"] }),
    );
  });

  it("is contiguous and sorted, first contains `from` and last contains `to` (property)", () => {
    fc.assert(
      fc.property(isoDay, isoDay, fc.constantFrom(...granularities), (a, b, granularity) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const periods = periodsBetween(from, to, granularity);
        expect(periods[0]).toBe(periodOf(from, granularity));
        expect(periods.at(-1)).toBe(periodOf(to, granularity));
        for (let i = 1; i < periods.length; i++) {
          expect(periods[i]).toBe(shiftPeriod(periods[i - 1]!, 1));
          expect(periods[i]! > periods[i - 1]!).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
