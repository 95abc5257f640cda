import { describe, expect, it } from "vitest";
import { isTechnoparkError } from "../../src/index.js";
import { Agreement, Company, ExportDeal, MetricObservation, Organization, Region, SupportProgram, Technopark, parseWith } from "../../src/schemas/index.js";
import { agreements, exportDeals, programs, regions, technoparks } from "../../src/data/index.js";

function failure(run: () => unknown): { code: string; message: string; paths: string[] } {
  try {
    run();
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return { code: error.code, message: error.message, paths: error.issues.map((issue) => issue.path.join(".")) };
  }
  throw new Error("expected a failure");
}

const gangwon = regions.find((r) => r.id === "gangwon")!;
const CODES = '"11"|"12"|"26"|"27"|"28"|"29"|"30"|"31"|"36"|"41"|"42"|"43"|"44"|"45"|"46"|"47"|"48"|"50"|"51"|"52"';

describe("parsing untrusted JSON refuses bad input with a VALIDATION error naming path, expectation and value", () => {
  it("an unknown region code (99) in an organization's location", () => {
    const bad = { id: "x-office", kind: "district-office", name: { ko: "가", en: "X" }, location: { country: "KR", regionCode: "99" }, source: "s" };
    expect(failure(() => parseWith(Organization, bad, "Organization"))).toEqual({
      code: "VALIDATION",
      message: `Invalid Organization: location.regionCode: Invalid option: expected one of ${CODES}, received "99"`,
      paths: ["location.regionCode"],
    });
  });

  it("an unknown region code in a technopark's regionCodes history", () => {
    const tp = technoparks.find((t) => t.id === "seoul")!;
    const bad = { ...tp, regionCodes: [{ validFrom: "1995-01-01", value: "10" }] };
    const result = failure(() => parseWith(Technopark, bad, "Technopark"));
    expect(result.code).toBe("VALIDATION");
    expect(result.paths).toEqual(["regionCodes.0.value"]);
    expect(result.message).toBe(`Invalid Technopark: regionCodes[0].value: Invalid option: expected one of ${CODES}, received "10"`);
  });

  it("an impossible date (2023-02-30) in an agreement", () => {
    expect(failure(() => parseWith(Agreement, { ...agreements[0], date: "2023-02-30" }, "Agreement"))).toEqual({
      code: "VALIDATION",
      message: 'Invalid Agreement: date: expected a real calendar date in YYYY-MM-DD form, received "2023-02-30"',
      paths: ["date"],
    });
  });

  it("an impossible date (2023-02-30) in a rule version's validFrom", () => {
    const program = programs[0]!;
    const bad = { ...program, eligibility: [{ ...program.eligibility[0], validFrom: "2023-02-30" }] };
    expect(failure(() => parseWith(SupportProgram, bad, "SupportProgram")).message).toBe(
      'Invalid SupportProgram: eligibility[0].validFrom: expected a real calendar date in YYYY-MM-DD form, received "2023-02-30"',
    );
  });

  it("a negative headcount in a metric observation and in a company's month-end headcounts", () => {
    const metric = { id: "m", subject: { kind: "all-technoparks" }, metric: "employment", period: "2018", value: -5, source: "s" };
    expect(failure(() => parseWith(MetricObservation, metric, "MetricObservation"))).toEqual({
      code: "VALIDATION",
      message: "Invalid MetricObservation: value: expected a non-negative whole number for employment, received -5",
      paths: ["value"],
    });
    const company = { id: "c", name: { ko: "가" }, monthEndHeadcounts: [{ month: "2024-01", fullTime: -1 }] };
    expect(failure(() => parseWith(Company, company, "Company"))).toEqual({
      code: "VALIDATION",
      message: "Invalid Company: monthEndHeadcounts[0].fullTime: Too small: expected number to be >=0, received -1",
      paths: ["monthEndHeadcounts.0.fullTime"],
    });
  });

  it("overlapping region versions", () => {
    const bad = { ...gangwon, versions: [{ ...gangwon.versions[0], validTo: "2023-07-01" }, gangwon.versions[1]] };
    expect(failure(() => parseWith(Region, bad, "Region"))).toEqual({
      code: "VALIDATION",
      message: "Invalid Region: versions[0].validTo: versions overlap: expected a date on or before [1].validFrom 2023-06-11, received 2023-07-01",
      paths: ["versions.0.validTo"],
    });
  });

  it("unordered rule versions in a programme", () => {
    const program = programs[0]!;
    const bad = { ...program, eligibility: [{ ...program.eligibility[0], validFrom: "2022-01-01" }, program.eligibility[0]] };
    const result = failure(() => parseWith(SupportProgram, bad, "SupportProgram"));
    expect(result.paths).toEqual(["eligibility.1.validFrom"]);
    expect(result.message).toBe(
      "Invalid SupportProgram: eligibility[1].validFrom: versions must be in ascending validFrom order: expected a date after [0].validFrom 2022-01-01, received 2019-01-01",
    );
  });

  it("lists every issue, not just the first", () => {
    const bad = { ...exportDeals[0], stage: "signed", value: { amount: "-1", currency: "USD" }, date: "2023-10-18" };
    const result = failure(() => parseWith(ExportDeal, bad, "ExportDeal"));
    expect(result.paths).toEqual(["stage"]);
    expect(result.message).toBe('Invalid ExportDeal: stage: Invalid option: expected one of "consultation"|"contract"|"joint-agreement", received "signed"');
    const second = failure(() => parseWith(ExportDeal, { ...exportDeals[0], value: { amount: "-1", currency: "USD" }, date: "2023-10-18" }, "ExportDeal"));
    expect(second.paths).toEqual(["date", "value.amount"]);
    expect(second.message).toBe('Invalid ExportDeal: date: expected exactly one of date or during, received "2023-10-18"; value.amount: expected a non-negative amount, received "-1"');
  });
});

describe("parsing never mutates its input and returns new objects", () => {
  it("a frozen record parses into an equal but distinct object", () => {
    const input = agreements[2]!;
    expect(Object.isFrozen(input)).toBe(true);
    const before = JSON.stringify(input);
    const parsed = parseWith(Agreement, input, "Agreement");
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(parsed.parties).not.toBe(input.parties);
    expect(JSON.stringify(input)).toBe(before);
    parsed.parties.push({ ...parsed.parties[0]!, organizationId: "extra" });
    expect(input.parties).toHaveLength(14);
  });
});

describe("Company refuses unknown region codes too", () => {
  it("location.regionCode 99", () => {
    const bad = { id: "c", name: { ko: "가" }, location: { regionCode: "99", sigungu: "영천시" } };
    expect(failure(() => parseWith(Company, bad, "Company"))).toEqual({
      code: "VALIDATION",
      message: `Invalid Company: location.regionCode: Invalid option: expected one of ${CODES}, received "99"`,
      paths: ["location.regionCode"],
    });
    expect(parseWith(Company, { ...bad, location: { regionCode: "52" } }, "Company").location?.regionCode).toBe("52");
  });
});
