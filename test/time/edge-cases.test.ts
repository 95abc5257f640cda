// Inputs at the edges of the time functions that the other suites did not reach (issue 17: written against the
// survivors of the `src/time` mutation run): separators and non-digits in a date, 30-day November, period
// boundaries that end in December, years below 1000, the last shift into 0001 and 9999, the first of two versions
// with the same validFrom, and the zod schemas' issue codes.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { asOfVersion, isIsoDate, periodBounds, periodContains, shiftPeriod } from "../../src/index.js";
import { daysInMonth } from "../../src/time/iso-date.js";
import { Versioned, VersionHistory } from "../../src/time/versioned-schema.js";

describe("isIsoDate: separators, digits, month lengths", () => {
  it.each(["2024x01-01", "2024-01x01", "2024-0:-01", "2024-1/-01", "2024-01-0:", "2024-11-31"])("refuses %j", (text) => {
    expect(isIsoDate(text)).toBe(false);
  });

  it("November has 30 days", () => {
    expect(daysInMonth(2024, 11)).toBe(30);
    expect(isIsoDate("2024-11-30")).toBe(true);
  });
});

describe("periods at their edges", () => {
  it("a period that ends with November ends on 1 December of the same year", () => {
    expect(periodBounds("2024-11")).toEqual({ start: "2024-11-01", end: "2024-12-01" });
  });

  it("writes years below 1000 with four digits", () => {
    expect(periodBounds("0999")).toEqual({ start: "0999-01-01", end: "1000-01-01" });
  });

  it("periodContains is false just before and just after the period", () => {
    expect(periodContains("2024-Q2", "2024-01-15")).toBe(false);
    expect(periodContains("2024-Q1", "2024-04-01")).toBe(false);
    expect(periodContains("2024-Q1", "2024-03-31")).toBe(true);
  });

  it("shiftPeriod reaches the years 0001 and 9999 themselves", () => {
    expect(shiftPeriod("9998", 1)).toBe("9999");
    expect(shiftPeriod("0002", -1)).toBe("0001");
  });
});

describe("asOfVersion with two versions of the same validFrom (an invalid history it does not check)", () => {
  it("answers the first of them", () => {
    expect(asOfVersion([{ validFrom: "2024-01-01", value: 1 }, { validFrom: "2024-01-01", value: 2 }], "2024-06-01")).toEqual({ validFrom: "2024-01-01", value: 1 });
  });
});

describe("the Versioned and VersionHistory schemas' issues, whole", () => {
  it("Versioned: validTo on or before validFrom", () => {
    expect(Versioned(z.number()).safeParse({ validFrom: "2024-01-01", validTo: "2023-01-01", value: 1 }).error?.issues).toEqual([
      { code: "custom", path: ["validTo"], message: "expected a date after validFrom 2024-01-01, received 2023-01-01" },
    ]);
  });

  it("VersionHistory: overlapping versions", () => {
    const history = [{ validFrom: "2024-01-01", validTo: "2024-06-01", value: 1 }, { validFrom: "2024-03-01", value: 2 }];
    expect(VersionHistory(z.number()).safeParse(history).error?.issues).toEqual([
      { code: "custom", path: [0, "validTo"], message: "versions overlap: expected a date on or before [1].validFrom 2024-03-01, received 2024-06-01" },
    ]);
  });
});
