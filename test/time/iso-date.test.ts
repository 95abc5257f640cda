import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isIsoDate, toIsoDate, fiscalYearOf, SEOUL_TIME_ZONE, isTechnoparkError } from "../../src/index.js";
import { IsoDate } from "../../src/schemas/index.js";

/** Runs `fn` and returns what it threw (fails the test if it did not throw). */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("isIsoDate / IsoDate", () => {
  it("accepts real calendar dates and refuses impossible or malformed ones", () => {
    expect(isIsoDate("2023-10-17")).toBe(true);
    expect(isIsoDate("0001-01-01")).toBe(true);
    expect(isIsoDate("9999-12-31")).toBe(true);
    expect(isIsoDate("2023-02-30")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-00-10")).toBe(false);
    expect(isIsoDate("2023-04-31")).toBe(false);
    expect(isIsoDate("2023-04-00")).toBe(false);
    expect(isIsoDate("0000-01-01")).toBe(false);
    expect(isIsoDate("2023/01/01")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate("2023-01-01T00:00:00Z")).toBe(false);
    expect(isIsoDate(" 2023-01-01")).toBe(false);
    expect(isIsoDate(20230101)).toBe(false);
    expect(isIsoDate(new Date("2023-01-01"))).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });

  it("knows the Gregorian leap-year rule: 2024 and 2000 are leap years, 2100 and 2023 are not", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
    expect(isIsoDate("2100-02-29")).toBe(false);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2024-02-30")).toBe(false);
  });

  it("IsoDate parses valid dates unchanged and refuses 2023-02-30 with a message", () => {
    expect(IsoDate.parse("2024-02-29")).toBe("2024-02-29");
    const result = IsoDate.safeParse("2023-02-30");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("expected a real calendar date in YYYY-MM-DD form");
  });

  it("agrees with the JavaScript calendar on every day (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        const utc = new Date(0);
        utc.setUTCFullYear(y, m - 1, d);
        const real = utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
        expect(isIsoDate(text)).toBe(real);
      }),
      { numRuns: 500 },
    );
  });
});

describe("toIsoDate", () => {
  it("returns a valid ISO string unchanged", () => {
    expect(toIsoDate("2024-01-18")).toBe("2024-01-18");
  });

  it("reads a Date as its calendar day in Seoul (UTC+9): 15:00 UTC is already the next day", () => {
    expect(SEOUL_TIME_ZONE).toBe("Asia/Seoul");
    expect(toIsoDate(new Date("2024-01-17T14:59:59.999Z"))).toBe("2024-01-17");
    expect(toIsoDate(new Date("2024-01-17T15:00:00.000Z"))).toBe("2024-01-18");
    expect(toIsoDate(new Date("2024-01-17T16:00:00Z"))).toBe("2024-01-18");
    expect(toIsoDate(new Date("2024-01-18T00:00:00Z"))).toBe("2024-01-18");
    // midnight in Seoul is 15:00 UTC the day before
    expect(toIsoDate(new Date("2023-12-31T15:00:00Z"))).toBe("2024-01-01");
    expect(toIsoDate(new Date("2024-02-28T15:00:00Z"))).toBe("2024-02-29");
  });

  it("accepts a Date from another realm (vm context)", () => {
    const foreign = runInNewContext('new Date("2024-01-17T16:00:00Z")') as Date;
    expect(foreign instanceof Date).toBe(false);
    expect(toIsoDate(foreign)).toBe("2024-01-18");
  });

  it("applies Korea's 1987/1988 daylight saving time (UTC+10) from the tz database", () => {
    // 1987-05-10 .. 1987-10-11 Korea ran on UTC+10: 14:30 UTC was 00:30 the next day.
    expect(toIsoDate(new Date("1987-07-01T14:30:00Z"))).toBe("1987-07-02");
    // The same clock time a year earlier (no DST in 1986) is still 23:30 on the same day.
    expect(toIsoDate(new Date("1986-07-01T14:30:00Z"))).toBe("1986-07-01");
    // 1988: DST from 1988-05-08 02:00 local; 14:30 UTC on 1988-06-30 is 00:30 on 1 July.
    expect(toIsoDate(new Date("1988-06-30T14:30:00Z"))).toBe("1988-07-01");
    // Since 1989, no DST: 14:30 UTC stays on the same day.
    expect(toIsoDate(new Date("1989-06-30T14:30:00Z"))).toBe("1989-06-30");
  });

  it("never depends on the machine's time zone: agrees with Intl in Asia/Seoul (property)", () => {
    const intl = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit" });
    fc.assert(
      fc.property(fc.date({ min: new Date("1950-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }), (date) => {
        expect(toIsoDate(date)).toBe(intl.format(date));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["2023-02-30", '"2023-02-30"'],
    ["2023-13-01", '"2023-13-01"'],
    ["2023/01/01", '"2023/01/01"'],
    ["", '""'],
  ])("refuses %j with VALIDATION naming the path and the value", (value, shown) => {
    const error = thrown(() => toIsoDate(value, ["company", "foundedOn"]));
    expect(isTechnoparkError(error, "VALIDATION")).toBe(true);
    expect((error as Error).message).toBe(
      `company.foundedOn: expected a real calendar date in YYYY-MM-DD form or a valid Date, received ${shown}`,
    );
    expect(error).toMatchObject({ code: "VALIDATION", path: ["company", "foundedOn"] });
  });

  it("takes a Date from year 1 to the last Seoul millisecond of year 9999, and none outside", () => {
    // Seoul kept local mean time (UTC+8:27:52) before 1908, so the year-1 boundary is tested away from midnight
    const utc = (year: number, month: number, day: number, hour: number) => {
      const date = new Date(Date.UTC(2000, month - 1, day, hour));
      date.setUTCFullYear(year);
      return date;
    };
    expect(toIsoDate(utc(1, 1, 1, 0))).toBe("0001-01-01");
    expect(thrown(() => toIsoDate(utc(0, 12, 31, 12), ["on"]))).toMatchObject({ code: "VALIDATION", path: ["on"] });
    const last = new Date("9999-12-31T14:59:59.999Z"); // 23:59:59.999 in Seoul
    expect(toIsoDate(last)).toBe("9999-12-31");
    expect(thrown(() => toIsoDate(new Date(last.getTime() + 1), ["on"]))).toMatchObject({ code: "VALIDATION", path: ["on"] });
    expect(toIsoDate(new Date("2024-02-28T15:00:00Z"))).toBe("2024-02-29");
    expect(toIsoDate(utc(999, 3, 4, 0))).toBe("0999-03-04"); // years below 1000 are zero-padded
  });

  it("refuses an invalid Date, a Date past year 9999 and non-dates", () => {
    expect(thrown(() => toIsoDate(new Date("nope"), ["on"]))).toMatchObject({
      code: "VALIDATION",
      message: "on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received an invalid Date",
    });
    expect(thrown(() => toIsoDate(new Date("9999-12-31T15:00:00Z")))).toMatchObject({
      code: "VALIDATION",
      message: "(root): expected a real calendar date in YYYY-MM-DD form or a valid Date, received Date 9999-12-31T15:00:00.000Z",
    });
    expect(thrown(() => toIsoDate(20240101 as unknown as string))).toMatchObject({
      code: "VALIDATION",
      message: "(root): expected a real calendar date in YYYY-MM-DD form or a valid Date, received 20240101",
    });
  });
});

describe("fiscalYearOf (국가재정법 제2조: the fiscal year is the calendar year)", () => {
  it("is the calendar year of the Seoul day", () => {
    expect(fiscalYearOf("2023-10-19")).toBe(2023);
    expect(fiscalYearOf("2023-12-31")).toBe(2023);
    expect(fiscalYearOf("2024-01-01")).toBe(2024);
    expect(fiscalYearOf(new Date("2023-12-31T14:59:59Z"))).toBe(2023);
    expect(fiscalYearOf(new Date("2023-12-31T15:30:00Z"))).toBe(2024);
  });

  it("refuses an invalid date with VALIDATION at path `on`", () => {
    expect(thrown(() => fiscalYearOf("2023-02-30"))).toMatchObject({
      code: "VALIDATION",
      path: ["on"],
      message: 'on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"',
    });
  });
});
