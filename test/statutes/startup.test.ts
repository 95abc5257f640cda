import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isYouthFounder, startupStage, type StartupStage } from "../../src/index.js";

function thrown(run: () => unknown): { code: unknown; message: unknown; path: unknown } {
  try {
    run();
  } catch (error) {
    const { code, message, path } = error as { code: unknown; message: unknown; path: unknown };
    return { code, message, path };
  }
  throw new Error("expected a throw");
}

describe("중소기업창업 지원법 제2조: start-up stage by full years since founding", () => {
  it("중소기업창업 지원법 제2조: no founding date is a 예비창업자 (pre-startup)", () => {
    expect(startupStage(undefined, { asOf: "2024-06-23" })).toBe("pre-startup");
  });

  it("중소기업창업 지원법 제2조: founded on the day itself is 초기창업 (early)", () => {
    expect(startupStage("2024-06-23", { asOf: "2024-06-23" })).toBe("early");
  });

  it("중소기업창업 지원법 제2조: the day before the 3rd anniversary is early (3년이 지나지 아니한)", () => {
    expect(startupStage("2021-06-23", { asOf: "2024-06-22" })).toBe("early");
  });

  it("중소기업창업 지원법 제2조: the 3rd anniversary counts as reached → leap (도약기)", () => {
    expect(startupStage("2021-06-23", { asOf: "2024-06-23" })).toBe("leap");
  });

  it("중소기업창업 지원법 제2조: the day before the 7th anniversary is still leap (7년이 지나지 아니한 창업기업)", () => {
    expect(startupStage("2017-06-23", { asOf: "2024-06-22" })).toBe("leap");
  });

  it("중소기업창업 지원법 제2조: from the 7th anniversary the firm is established (no longer a 창업기업)", () => {
    expect(startupStage("2017-06-23", { asOf: "2024-06-23" })).toBe("established");
    expect(startupStage("2000-01-01", { asOf: "2024-06-23" })).toBe("established");
  });

  it("중소기업창업 지원법 제2조: a 29 February founding reaches its anniversary on 1 March in common years (민법 제160조)", () => {
    expect(startupStage("2020-02-29", { asOf: "2023-02-28" })).toBe("early");
    expect(startupStage("2020-02-29", { asOf: "2023-03-01" })).toBe("leap");
    expect(startupStage("2020-02-29", { asOf: "2024-02-29" })).toBe("leap");
  });

  it("reads Date arguments as calendar days in Seoul", () => {
    // 2021-06-22T15:00Z is 2021-06-23 00:00 in Seoul
    expect(startupStage(new Date("2021-06-22T15:00:00Z"), { asOf: "2024-06-23" })).toBe("leap");
    expect(startupStage("2021-06-23", { asOf: new Date("2024-06-22T14:59:59Z") })).toBe("early");
  });

  it("중소기업창업 지원법 제2조: stages follow in order as time passes (property)", () => {
    const order: Record<StartupStage, number> = { "pre-startup": -1, early: 0, leap: 1, established: 2 };
    const day = fc.date({ min: new Date("2016-06-01T00:00:00Z"), max: new Date("2040-12-31T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2016-06-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), day, day, (founded, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(order[startupStage(founded, { asOf: early })]).toBeLessThanOrEqual(order[startupStage(founded, { asOf: late })]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("중소기업창업 지원법 제2조: start-up stage errors", () => {
  it("a founding date after asOf throws VALIDATION", () => {
    expect(thrown(() => startupStage("2025-01-02", { asOf: "2025-01-01" }))).toEqual({
      code: "VALIDATION",
      message: 'foundedOn: expected a founding date on or before asOf 2025-01-01, received "2025-01-02"',
      path: ["foundedOn"],
    });
  });

  it("중소기업창업 지원법 제2조: no stage table is encoded before 2016-05-29", () => {
    expect(thrown(() => startupStage("2014-01-01", { asOf: "2016-05-28" }))).toEqual({
      code: "VALIDATION",
      message:
        'asOf: expected a date on or after 2016-05-29: no start-up stage table (중소기업창업 지원법 제2조) is encoded for 2016-05-28, received "2016-05-28"',
      path: ["asOf"],
    });
    expect(startupStage("2014-01-01", { asOf: "2016-05-29" })).toBe("early");
  });

  it("invalid dates throw VALIDATION naming the argument", () => {
    expect(thrown(() => startupStage("2021-02-30", { asOf: "2024-01-01" }))).toEqual({
      code: "VALIDATION",
      message: 'foundedOn: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2021-02-30"',
      path: ["foundedOn"],
    });
    expect(thrown(() => startupStage(undefined, { asOf: "soon" })).path).toEqual(["options", "asOf"]);
  });
});

describe("중소기업창업 지원법 제2조: youth founder (청년, 만 39세 이하)", () => {
  it("중소기업창업 지원법 제2조: 39 on the day before the 40th birthday is young", () => {
    expect(isYouthFounder("1985-03-15", { asOf: "2025-03-14" })).toBe(true);
  });
  it("중소기업창업 지원법 제2조: on the 40th birthday the founder is no longer young", () => {
    expect(isYouthFounder("1985-03-15", { asOf: "2025-03-15" })).toBe(false);
    expect(isYouthFounder("1960-01-01", { asOf: "2025-03-15" })).toBe(false);
  });
  it("중소기업창업 지원법 제2조: a founder born on asOf is 0 and young", () => {
    expect(isYouthFounder("2024-06-23", { asOf: "2024-06-23" })).toBe(true);
  });
  it("a 29 February birthday turns 40 on 1 March in a common year (민법 제160조)", () => {
    expect(isYouthFounder("1984-02-29", { asOf: "2024-02-28" })).toBe(true);
    expect(isYouthFounder("1984-02-29", { asOf: "2024-02-29" })).toBe(false);
    expect(isYouthFounder("1983-02-28", { asOf: "2023-02-28" })).toBe(false);
  });
  it("a birth date after asOf throws VALIDATION", () => {
    expect(thrown(() => isYouthFounder("2025-01-02", { asOf: "2025-01-01" }))).toEqual({
      code: "VALIDATION",
      message: 'birthDate: expected a birth date on or before asOf 2025-01-01, received "2025-01-02"',
      path: ["birthDate"],
    });
  });
  it("no youth age limit is encoded before 2016-05-29", () => {
    expect(thrown(() => isYouthFounder("1990-01-01", { asOf: "2016-05-28" }))).toEqual({
      code: "VALIDATION",
      message:
        'asOf: expected a date on or after 2016-05-29: no youth age limit (중소기업창업 지원법 제2조) is encoded for 2016-05-28, received "2016-05-28"',
      path: ["asOf"],
    });
  });
  it("invalid dates throw VALIDATION naming the argument", () => {
    expect(thrown(() => isYouthFounder("1990-13-01", { asOf: "2024-01-01" })).path).toEqual(["birthDate"]);
    expect(thrown(() => isYouthFounder("1990-01-01", { asOf: new Date(Number.NaN) })).path).toEqual(["options", "asOf"]);
  });
});
