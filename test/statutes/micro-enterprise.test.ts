import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isMicroEnterprise } from "../../src/index.js";

function thrown(run: () => unknown): { code: unknown; message: unknown; path: unknown } {
  try {
    run();
  } catch (error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path: unknown };
    return { code, message, path };
  }
  throw new Error("expected a throw");
}

const asOf = "2025-06-30";

describe("소상공인기본법 제2조·시행령 제3조: fewer than 10 regular workers in mining, manufacturing, construction and transport", () => {
  it.each([
    ["B (광업)", "05100"],
    ["C (제조업)", "C29199"],
    ["F (건설업)", "41"],
    ["H (운수 및 창고업) division 49", "49"],
    ["H (운수 및 창고업) division 52", "H52"],
  ])("소상공인기본법 시행령 제3조: %s — 9.5 workers is a 소상공인, 10 is not", (_, ksic) => {
    expect(isMicroEnterprise({ ksic, regularWorkers: 0 }, { asOf })).toBe(true);
    expect(isMicroEnterprise({ ksic, regularWorkers: 9 }, { asOf })).toBe(true);
    expect(isMicroEnterprise({ ksic, regularWorkers: 9.5 }, { asOf })).toBe(true);
    expect(isMicroEnterprise({ ksic, regularWorkers: 10 }, { asOf })).toBe(false);
  });
});

describe("소상공인기본법 제2조·시행령 제3조: fewer than 5 regular workers in other industries", () => {
  it.each([
    ["A (농업)", "01"],
    ["D (전기·가스)", "35"],
    ["E36 (수도업)", "36"],
    ["G (도매 및 소매업)", "G47"],
    ["I (숙박 및 음식점업)", "56"],
    ["J (정보통신업)", "J62010"],
    ["M (전문·과학·기술)", "70"],
    ["S (수리 및 기타 개인 서비스업)", "95"],
  ])("소상공인기본법 시행령 제3조: %s — 4.5 workers is a 소상공인, 5 is not", (_, ksic) => {
    expect(isMicroEnterprise({ ksic, regularWorkers: 4 }, { asOf })).toBe(true);
    expect(isMicroEnterprise({ ksic, regularWorkers: 4.5 }, { asOf })).toBe(true);
    expect(isMicroEnterprise({ ksic, regularWorkers: 5 }, { asOf })).toBe(false);
    expect(isMicroEnterprise({ ksic, regularWorkers: 9 }, { asOf })).toBe(false);
  });
});

describe("소상공인기본법 제2조: a 소상공인 must be a 소기업", () => {
  it("소상공인기본법 제2조: smeSize \"small\" keeps the headcount test", () => {
    expect(isMicroEnterprise({ ksic: "C29", regularWorkers: 3, smeSize: "small" }, { asOf })).toBe(true);
    expect(isMicroEnterprise({ ksic: "C29", regularWorkers: 12, smeSize: "small" }, { asOf })).toBe(false);
  });
  it.each(["medium", "not-sme"] as const)("소상공인기본법 제2조: smeSize %s → false whatever the headcount", (smeSize) => {
    expect(isMicroEnterprise({ ksic: "C29", regularWorkers: 0, smeSize }, { asOf })).toBe(false);
  });
  it("without smeSize only the headcount is judged", () => {
    expect(isMicroEnterprise({ ksic: "C29", regularWorkers: 3, smeSize: undefined }, { asOf })).toBe(true);
  });
});

describe("isMicroEnterprise: errors", () => {
  it("소상공인기본법: no thresholds are encoded before the Act's entry into force (2021-02-05)", () => {
    expect(thrown(() => isMicroEnterprise({ ksic: "C29", regularWorkers: 3 }, { asOf: "2021-02-04" }))).toEqual({
      code: "VALIDATION",
      message:
        'asOf: expected a date on or after 2021-02-05 (소상공인기본법 in force): no 소상공인 thresholds are encoded for 2021-02-04, received "2021-02-04"',
      path: ["asOf"],
    });
    expect(isMicroEnterprise({ ksic: "C29", regularWorkers: 3 }, { asOf: "2021-02-05" })).toBe(true);
  });

  it.each([
    [-1, "-1"],
    [Number.NaN, "NaN"],
    [Number.POSITIVE_INFINITY, "Infinity"],
    ["3", '"3"'],
    [undefined, "undefined"],
  ])("regularWorkers %j throws VALIDATION", (regularWorkers, received) => {
    expect(thrown(() => isMicroEnterprise({ ksic: "C29", regularWorkers: regularWorkers as never }, { asOf }))).toEqual({
      code: "VALIDATION",
      message: `regularWorkers: expected a finite non-negative number, received ${received}`,
      path: ["regularWorkers"],
    });
  });

  it("an unknown smeSize throws VALIDATION", () => {
    expect(thrown(() => isMicroEnterprise({ ksic: "C29", regularWorkers: 1, smeSize: "micro" as never }, { asOf }))).toEqual({
      code: "VALIDATION",
      message: 'smeSize: expected "small", "medium" or "not-sme", received "micro"',
      path: ["smeSize"],
    });
  });

  it("an invalid KSIC code throws VALIDATION naming ksic", () => {
    expect(thrown(() => isMicroEnterprise({ ksic: "04", regularWorkers: 1 }, { asOf })).path).toEqual(["ksic"]);
    expect(thrown(() => isMicroEnterprise({ ksic: "29", regularWorkers: 1 }, { asOf: "yesterday" })).path).toEqual(["asOf"]);
  });
});

describe("소상공인기본법 시행령 제3조: properties", () => {
  it("소상공인기본법 시행령 제3조: fewer workers never lose 소상공인 status (monotone)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("01", "05", "10", "29", "35", "36", "41", "46", "49", "52", "56", "62", "70", "85", "95"),
        fc.double({ min: 0, max: 50, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (ksic, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          if (isMicroEnterprise({ ksic, regularWorkers: high }, { asOf })) {
            expect(isMicroEnterprise({ ksic, regularWorkers: low }, { asOf })).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isMicroEnterprise: options are required", () => {
  it("a missing asOf throws VALIDATION naming asOf", () => {
    expect(thrown(() => isMicroEnterprise({ ksic: "29", regularWorkers: 1 }, undefined as never))).toEqual({
      code: "VALIDATION",
      message: "asOf: expected a real calendar date in YYYY-MM-DD form or a valid Date, received undefined",
      path: ["asOf"],
    });
  });
});
