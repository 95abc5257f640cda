// asOf (effective dating, the one mechanism every dated fact goes through) against a naive linear scan
// that reads the contract literally: the version whose [validFrom, end) contains the day, where end is its
// validTo, or else the next version's validFrom, or else for ever.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asOf, asOfVersion } from "../../src/index.js";
import { FUZZ, valueOrTypedError } from "./support.js";

const EPOCH = Date.UTC(1990, 0, 1);
const DAY = 86_400_000;
const isoOf = (offset: number) => new Date(EPOCH + offset * DAY).toISOString().slice(0, 10);

type Version = { validFrom: string; validTo?: string; value: number };

/** A well-formed history: ascending, non-overlapping; some versions end early (gaps), the last may be open. */
const history = fc
  .uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 0, maxLength: 12 })
  .chain((starts) => {
    const sorted = [...starts].sort((a, b) => a - b);
    return fc.tuple(
      fc.constant(sorted),
      fc.array(fc.option(fc.double({ min: 0.01, max: 1, noNaN: true }), { nil: undefined }), { minLength: sorted.length, maxLength: sorted.length }),
      fc.option(fc.integer({ min: 1, max: 5_000 }), { nil: undefined }),
    );
  })
  .map(([starts, cuts, lastLength]) =>
    starts.map((start, i): Version => {
      const next = starts[i + 1];
      const cut = cuts[i];
      let end: number | undefined;
      if (next === undefined) end = lastLength === undefined ? undefined : start + lastLength;
      else if (cut !== undefined) end = start + Math.max(1, Math.floor((next - start) * cut));
      return end === undefined ? { validFrom: isoOf(start), value: i } : { validFrom: isoOf(start), validTo: isoOf(end), value: i };
    }),
  );

function naive(versions: readonly Version[], day: string): number | undefined {
  const sorted = [...versions].sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));
  for (let i = 0; i < sorted.length; i++) {
    const version = sorted[i]!;
    const end = version.validTo ?? sorted[i + 1]?.validFrom;
    if (version.validFrom <= day && (end === undefined || day < end)) return version.value;
  }
  return undefined;
}

const day = fc.integer({ min: -10, max: 26_000 }).map(isoOf);

describe("asOf agrees with a naive linear scan (hardening, issue 7)", () => {
  it("on well-formed histories, for any day", () => {
    fc.assert(
      fc.property(history, day, (versions, on) => {
        expect(asOf(versions, on)).toBe(naive(versions, on));
      }),
      FUZZ,
    );
  });

  it("whatever the order of the versions (the list need not be sorted)", () => {
    fc.assert(
      fc.property(history.chain((versions) => fc.shuffledSubarray(versions, { minLength: versions.length, maxLength: versions.length }).map((shuffled) => [versions, shuffled] as const)), day, ([versions, shuffled], on) => {
        expect(asOf(shuffled, on)).toBe(naive(versions, on));
      }),
      FUZZ,
    );
  });

  it("on validFrom boundaries: a version is in force on its first day and not on its validTo day", () => {
    fc.assert(
      fc.property(history, (versions) => {
        for (const version of versions) {
          expect(asOf(versions, version.validFrom)).toBe(version.value);
          if (version.validTo !== undefined) expect(asOf(versions, version.validTo)).toBe(naive(versions, version.validTo));
        }
      }),
      FUZZ,
    );
  });

  it("reads a Date as the calendar day in Seoul (midnight KST and 23:59 KST give the same day)", () => {
    fc.assert(
      fc.property(history, fc.integer({ min: 0, max: 26_000 }), (versions, offset) => {
        const iso = isoOf(offset);
        const midnight = new Date(`${iso}T00:00:00+09:00`);
        const lateEvening = new Date(`${iso}T23:59:59.999+09:00`);
        expect(asOf(versions, midnight)).toBe(naive(versions, iso));
        expect(asOf(versions, lateEvening)).toBe(naive(versions, iso));
      }),
      FUZZ,
    );
  });

  it("returns the very version object, never a copy, and never mutates the history", () => {
    fc.assert(
      fc.property(history, day, (versions, on) => {
        const before = structuredClone(versions);
        const found = asOfVersion(versions, on);
        if (found !== undefined) expect(versions).toContain(found);
        expect(versions).toEqual(before);
      }),
      FUZZ,
    );
  });

  it("refuses any non-date `on` with a typed VALIDATION error (never a TypeError)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.anything(), fc.date({ noInvalidDate: false })), (on) => {
        const attempt = valueOrTypedError(() => asOf([{ validFrom: "2020-01-01", value: 1 }], on as string), () => String(on));
        if (!attempt.ok) expect((attempt.error as { code: string }).code).toBe("VALIDATION");
      }),
      FUZZ,
    );
  });
});
