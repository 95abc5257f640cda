// Which version of each statute table is in force on a date (statuteTableVersion, public) and which SME decree
// version a derived fact cites (smeCitationOn, used by the rules core): the version actually applied, for every
// date, and the current decree when no date is given or no table is encoded (issue 17: the wrong-citation fix).
import { describe, expect, it } from "vitest";
import { citations, statuteTableVersion, type StatuteTableId } from "../../src/index.js";
import { smeCitationOn } from "../../src/statutes/tables-in-force.js";

describe("statuteTableVersion", () => {
  it.each([
    ["sme-size", "2015-12-31", undefined],
    ["sme-size", "2020-01-01", "2016-01-01"],
    ["sme-size", "2025-08-31", "2016-01-01"],
    ["sme-size", "2025-09-01", "2025-09-01"],
    ["micro-enterprise", "2021-02-04", undefined],
    ["micro-enterprise", "2021-02-05", "2021-02-05"],
    ["startup-stage", "2016-05-28", undefined],
    ["startup-stage", "2025-09-01", "2016-05-29"],
    ["youth-age", "2016-05-28", undefined],
    ["youth-age", "2020-01-01", "2016-05-29"],
  ] as const)("%s on %s: %s", (table, day, expected) => {
    expect(statuteTableVersion(table as StatuteTableId, day)).toBe(expected);
  });
});

describe("smeCitationOn", () => {
  it("cites the 2016 table for dates before 2025-09-01 and the 2025 table from then", () => {
    expect(smeCitationOn("2020-01-01").validFrom).toBe("2016-01-01");
    expect(smeCitationOn("2025-08-31").validFrom).toBe("2016-01-01");
    expect(smeCitationOn("2025-09-01")).toEqual(citations.classifySme);
  });

  it("cites the current decree without a date, or before any encoded table", () => {
    expect(smeCitationOn(undefined)).toEqual(citations.classifySme);
    expect(smeCitationOn("2015-12-31")).toEqual(citations.classifySme);
    expect(citations.classifySme.validFrom).toBe("2025-09-01");
  });
});
