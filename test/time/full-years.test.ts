import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fullYearsBetween } from "../../src/index.js";

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

  it("agrees with counting anniversaries one by one (property)", () => {
    const day = fc
      .record({ y: fc.integer({ min: 1900, max: 2100 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
      .map(({ y, m, d }) => {
        const date = new Date(Date.UTC(2000, 0, 1));
        date.setUTCFullYear(y, m - 1, Math.min(d, new Date(Date.UTC(2001, m, 0)).getUTCDate()));
        return date.toISOString().slice(0, 10);
      });
    /** The n-th anniversary of `start`: same month and day, 29 Feb → 1 Mar in common years. */
    const anniversary = (start: string, n: number) => {
      const y = Number(start.slice(0, 4)) + n;
      const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
      const md = start.slice(5) === "02-29" && !leap ? "03-01" : start.slice(5);
      return `${y}-${md}`;
    };
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        let n = 0;
        while (anniversary(from, n + 1) <= to) n++;
        expect(fullYearsBetween(from, to)).toBe(n);
        expect(fullYearsBetween(to, from)).toBe(n === 0 ? 0 : -n); // never -0
      }),
      { numRuns: 300 },
    );
  });
});
