import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fullYearsBetween } from "../../src/index.js";
import { addDays, anniversary, countAnniversaries, datePairNearAnniversary, isLeapYear } from "../arbitraries/dates.js";

describe("fullYearsBetween (만 나이; 민법 제158조·제160조)", () => {
  it("counts an anniversary as reached on its day", () => {
    expect(fullYearsBetween("1985-03-15", "2024-03-14")).toBe(38);
    expect(fullYearsBetween("1985-03-15", "2024-03-15")).toBe(39);
    expect(fullYearsBetween("1985-03-15", "2024-03-16")).toBe(39);
    expect(fullYearsBetween("2020-01-01", "2020-12-31")).toBe(0);
    expect(fullYearsBetween("2020-01-01", "2021-01-01")).toBe(1);
    expect(fullYearsBetween("2024-05-05", "2024-05-05")).toBe(0);
  });

  it("a 29 February start reaches its anniversary on 1 March in common years, on 29 February in leap years", () => {
    expect(fullYearsBetween("2020-02-29", "2021-02-28")).toBe(0);
    expect(fullYearsBetween("2020-02-29", "2021-03-01")).toBe(1);
    expect(fullYearsBetween("2020-02-29", "2024-02-28")).toBe(3);
    expect(fullYearsBetween("2020-02-29", "2024-02-29")).toBe(4);
  });

  it("reads Dates as Seoul calendar days", () => {
    // 2024-03-14T15:00Z is 2024-03-15 00:00 in Seoul: the 39th birthday.
    expect(fullYearsBetween("1985-03-15", new Date("2024-03-14T15:00:00Z"))).toBe(39);
    expect(fullYearsBetween("1985-03-15", new Date("2024-03-14T14:59:59Z"))).toBe(38);
  });

  it("is negative when `to` is before `from`", () => {
    expect(fullYearsBetween("2024-03-15", "1985-03-15")).toBe(-39);
    expect(fullYearsBetween("2024-03-15", "2023-03-16")).toBe(0);
  });

  it("refuses invalid dates with VALIDATION at the argument's path", () => {
    expect(() => fullYearsBetween("2023-02-30", "2024-01-01")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["from"], message: 'from: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"' }),
    );
    expect(() => fullYearsBetween("2023-01-01", "2024/01/01")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["to"], message: 'to: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2024/01/01"' }),
    );
  });

  it("agrees with counting anniversaries one by one, on anniversaries −1/0/+1 day and 29 February starts (property)", () => {
    fc.assert(
      fc.property(datePairNearAnniversary(), ([from, to]) => {
        const n = countAnniversaries(from, to);
        expect(fullYearsBetween(from, to)).toBe(n);
        expect(fullYearsBetween(to, from)).toBe(n === 0 ? 0 : -n); // never -0
        expect(Object.is(fullYearsBetween(to, from), -0)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("the generator reaches 29 February starts and each side of an anniversary (the property above is not vacuous)", () => {
    const pairs = fc.sample(datePairNearAnniversary(), { numRuns: 2000, seed: 17 });
    expect(pairs.some(([from]) => from.endsWith("-02-29"))).toBe(true);
    const sides = new Set(pairs.map(([from, to]) => {
      const n = countAnniversaries(from, to);
      return to === anniversary(from, n) ? "on" : addDays(to, 1) === anniversary(from, n + 1) ? "day before" : "other";
    }));
    expect([...sides].sort()).toEqual(["day before", "on", "other"]);
  });

  it("29 February starts: the day before, on and after each anniversary, for every year to 2100", () => {
    for (let years = 1; years <= 2100 - 2000; years++) {
      const due = anniversary("2000-02-29", years);
      expect([fullYearsBetween("2000-02-29", addDays(due, -1)), fullYearsBetween("2000-02-29", due), fullYearsBetween("2000-02-29", addDays(due, 1))]).toEqual([years - 1, years, years]);
      expect(due).toBe(isLeapYear(2000 + years) ? `${2000 + years}-02-29` : `${2000 + years}-03-01`);
    }
  });
});
