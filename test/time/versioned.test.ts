import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { z } from "zod";
import { asOf, asOfVersion, assertVersionHistory } from "../../src/index.js";
import { parseWith, Versioned, VersionHistory } from "../../src/schemas/index.js";

const gangwon = [
  { validFrom: "1946-01-01", validTo: "2023-06-11", value: "강원도" },
  { validFrom: "2023-06-11", value: "강원특별자치도" },
] as const;

/** Day number → ISO date, counted from 2000-01-01. */
const dayIso = (n: number) => new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10);

/** A valid history: ascending starts, each closed version ending on or before the next start (gaps allowed). */
const history = fc
  .uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 0, maxLength: 8 })
  .chain((starts) => {
    const sorted = [...starts].sort((a, b) => a - b);
    return fc.tuple(
      ...sorted.map((start, i) => {
        const limit = sorted[i + 1] ?? start + 60;
        return fc.option(fc.integer({ min: start + 1, max: limit }), { nil: undefined }).map((end) => ({
          validFrom: dayIso(start),
          ...(end === undefined ? {} : { validTo: dayIso(end) }),
          value: i,
        }));
      }),
    );
  });

/** The reference reading: scan every version, each runs until its validTo, or the next start, or for ever. */
function naiveAsOf(sorted: readonly { validFrom: string; validTo?: string; value: number }[], on: string): number | undefined {
  for (let i = 0; i < sorted.length; i++) {
    const version = sorted[i]!;
    const end = version.validTo ?? sorted[i + 1]?.validFrom ?? "9999-12-31";
    if (version.validFrom <= on && on < end) return version.value;
  }
  return undefined;
}

describe("asOf / asOfVersion (api-contract: [validFrom, validTo) contains on)", () => {
  it("switches on validFrom; validTo is exclusive (강원도 → 강원특별자치도 on 2023-06-11)", () => {
    expect(asOf(gangwon, "1946-01-01")).toBe("강원도");
    expect(asOf(gangwon, "2023-06-10")).toBe("강원도");
    expect(asOf(gangwon, "2023-06-11")).toBe("강원특별자치도");
    expect(asOf(gangwon, "2999-01-01")).toBe("강원특별자치도");
    expect(asOf(gangwon, "1945-12-31")).toBeUndefined();
    expect(asOf([], "2023-06-11")).toBeUndefined();
  });

  it("reads a Date as its Seoul calendar day", () => {
    expect(asOf(gangwon, new Date("2023-06-10T14:59:59Z"))).toBe("강원도");
    expect(asOf(gangwon, new Date("2023-06-10T15:00:00Z"))).toBe("강원특별자치도");
  });

  it("returns undefined in a gap and after a closed end", () => {
    const versions = [
      { validFrom: "2019-01-01", validTo: "2020-01-01", value: "a" },
      { validFrom: "2021-01-01", validTo: "2022-01-01", value: "b" },
    ];
    expect(asOf(versions, "2019-12-31")).toBe("a");
    expect(asOf(versions, "2020-01-01")).toBeUndefined();
    expect(asOf(versions, "2020-12-31")).toBeUndefined();
    expect(asOf(versions, "2021-01-01")).toBe("b");
    expect(asOf(versions, "2022-01-01")).toBeUndefined();
  });

  it("needs no sorting: an open version lasts until the next one starts", () => {
    const unsorted = [
      { validFrom: "2022-01-01", value: 3 },
      { validFrom: "2019-01-01", value: 1 },
      { validFrom: "2020-07-01", value: 2 },
    ];
    expect(asOf(unsorted, "2018-12-31")).toBeUndefined();
    expect(asOf(unsorted, "2019-06-01")).toBe(1);
    expect(asOf(unsorted, "2020-07-01")).toBe(2);
    expect(asOf(unsorted, "2021-12-31")).toBe(2);
    expect(asOf(unsorted, "2022-01-01")).toBe(3);
    expect(asOfVersion(unsorted, "2021-01-01")).toBe(unsorted[2]);
  });

  it("does not mutate the history (frozen input)", () => {
    const frozen = Object.freeze([Object.freeze({ validFrom: "2022-01-01", value: 2 }), Object.freeze({ validFrom: "2019-01-01", value: 1 })]);
    expect(asOf(frozen, "2020-01-01")).toBe(1);
  });

  it("refuses an invalid date with VALIDATION at path `on`", () => {
    expect(() => asOf(gangwon, "2023-02-30")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["on"], message: 'on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023-02-30"' }),
    );
  });

  it("agrees with a naive linear scan on random shuffled histories (property)", () => {
    fc.assert(
      fc.property(
        history.chain((versions) => fc.tuple(fc.constant(versions), fc.shuffledSubarray(versions, { minLength: versions.length, maxLength: versions.length }))),
        fc.integer({ min: -5, max: 480 }),
        ([sorted, shuffled], day) => {
          const on = dayIso(day);
          expect(asOf(shuffled, on)).toBe(naiveAsOf(sorted, on));
          expect(asOfVersion(shuffled, on)?.value).toBe(naiveAsOf(sorted, on));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe("assertVersionHistory", () => {
  it("returns a valid history unchanged (same array)", () => {
    expect(assertVersionHistory(gangwon)).toBe(gangwon);
    expect(assertVersionHistory([])).toEqual([]);
  });

  it("refuses unordered versions with the index and field in the path", () => {
    const versions = [
      { validFrom: "2022-01-01", value: 2 },
      { validFrom: "2019-01-01", value: 1 },
    ];
    expect(() => assertVersionHistory(versions, ["programs", 0, "rules"])).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        path: ["programs", 0, "rules", 1, "validFrom"],
        message:
          "Invalid version history: programs[0].rules[1].validFrom: versions must be in ascending validFrom order: expected a date after [0].validFrom 2022-01-01, received 2019-01-01",
      }),
    );
  });

  it("refuses a duplicate validFrom", () => {
    expect(() => assertVersionHistory([{ validFrom: "2022-01-01" }, { validFrom: "2022-01-01" }])).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: [1, "validFrom"] }),
    );
  });

  it("refuses overlapping versions, pointing at the validTo that runs too long", () => {
    const versions = [
      { validFrom: "2019-01-01", validTo: "2023-01-01", value: 1 },
      { validFrom: "2022-01-01", value: 2 },
    ];
    expect(() => assertVersionHistory(versions)).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        path: [0, "validTo"],
        message: "Invalid version history: [0].validTo: versions overlap: expected a date on or before [1].validFrom 2022-01-01, received 2023-01-01",
      }),
    );
  });

  it("refuses bad dates and empty intervals inside a version", () => {
    expect(() => assertVersionHistory([{ validFrom: "2019/01/01" }])).toThrow(
      expect.objectContaining({ path: [0, "validFrom"], message: 'Invalid version history: [0].validFrom: expected a real calendar date in YYYY-MM-DD form, received "2019/01/01"' }),
    );
    expect(() => assertVersionHistory([{ validFrom: "2019-01-01", validTo: "2019-02-30" }])).toThrow(
      expect.objectContaining({ path: [0, "validTo"] }),
    );
    expect(() => assertVersionHistory([{ validFrom: "2019-01-01", validTo: "2019-01-01" }])).toThrow(
      expect.objectContaining({
        path: [0, "validTo"],
        message: "Invalid version history: [0].validTo: validTo must be after validFrom 2019-01-01, received 2019-01-01",
      }),
    );
  });

  it("accepts every valid history and refuses it once two versions are swapped (property)", () => {
    fc.assert(
      fc.property(
        history.filter((versions) => versions.length >= 2),
        fc.nat(),
        (versions, pick) => {
          expect(() => assertVersionHistory(versions)).not.toThrow();
          const i = 1 + (pick % (versions.length - 1));
          const swapped = [...versions];
          [swapped[i - 1], swapped[i]] = [swapped[i]!, swapped[i - 1]!];
          expect(() => assertVersionHistory(swapped)).toThrow(expect.objectContaining({ code: "VALIDATION", path: [i, "validFrom"] }));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("refuses a history once a version is stretched past the next start (property)", () => {
    fc.assert(
      fc.property(
        history.filter((versions) => versions.length >= 2),
        fc.nat(),
        (versions, pick) => {
          const i = pick % (versions.length - 1);
          const stretched = versions.map((version, j) =>
            j === i ? { ...version, validTo: dayIso(Number(new Date(`${versions[i + 1]!.validFrom}T00:00:00Z`)) / 86_400_000 - 10_957 + 1) } : version,
          );
          expect(() => assertVersionHistory(stretched)).toThrow(expect.objectContaining({ code: "VALIDATION", path: [i, "validTo"] }));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("Versioned / VersionHistory schemas", () => {
  const Names = VersionHistory(z.string());

  it("parses a valid history and feeds asOf", () => {
    const names = parseWith(Names, gangwon, "names");
    expect(asOf(names, "2023-06-11")).toBe("강원특별자치도");
  });

  it("refuses validTo on or before validFrom, naming both dates", () => {
    expect(Versioned(z.number()).safeParse({ validFrom: "2020-01-01", validTo: "2020-01-01", value: 1 }).success).toBe(false);
    expect(() => parseWith(Versioned(z.number()), { validFrom: "2020-01-01", validTo: "2019-12-31", value: 1 }, "version")).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        path: ["validTo"],
        message: "Invalid version: validTo: expected a date after validFrom 2020-01-01, received 2019-12-31",
      }),
    );
    expect(Versioned(z.number()).parse({ validFrom: "2020-01-01", validTo: "2020-01-02", value: 1 })).toEqual({ validFrom: "2020-01-01", validTo: "2020-01-02", value: 1 });
  });

  it("refuses unordered and overlapping histories with the index in the path", () => {
    expect(() => parseWith(Names, [gangwon[1], gangwon[0]], "names")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: [1, "validFrom"] }),
    );
    expect(() =>
      parseWith(Names, [{ validFrom: "1946-01-01", validTo: "2023-06-12", value: "강원도" }, gangwon[1]], "names"),
    ).toThrow(
      expect.objectContaining({
        code: "VALIDATION",
        path: [0, "validTo"],
        message: "Invalid names: [0].validTo: versions overlap: expected a date on or before [1].validFrom 2023-06-11, received 2023-06-12",
      }),
    );
  });

  it("refuses an impossible date inside a version", () => {
    expect(() => parseWith(Names, [{ validFrom: "2023-02-30", value: "x" }], "names")).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: [0, "validFrom"] }),
    );
  });
});

describe("version lists of the wrong shape are refused with VALIDATION, never a TypeError", () => {
  it("asOf and asOfVersion on something that is not an array", () => {
    expect(() => asOf(null as never, "2024-01-01")).toThrowError(
      expect.objectContaining({ code: "VALIDATION", message: "versions: expected an array of versions { validFrom, validTo?, value }, received null" }),
    );
  });
  it("asOf on a list holding a non-version names its index", () => {
    expect(() => asOf([{ validFrom: "2020-01-01", value: 1 }, 7] as never, "2024-01-01")).toThrowError(
      expect.objectContaining({ code: "VALIDATION", path: ["versions", 1], message: "versions[1]: expected a version { validFrom, validTo?, value }, received 7" }),
    );
  });
  it("assertVersionHistory on a non-array and on a list holding null", () => {
    expect(() => assertVersionHistory("x" as never, ["rules"])).toThrowError(
      expect.objectContaining({ code: "VALIDATION", message: 'rules: expected an array of versions { validFrom, validTo?, value }, received "x"' }),
    );
    expect(() => assertVersionHistory([null] as never)).toThrowError(
      expect.objectContaining({ code: "VALIDATION", path: [0], message: "Invalid version history: [0]: expected a version { validFrom, validTo?, value }, received null" }),
    );
  });
});
