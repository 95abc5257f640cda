import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { asOf, membershipStatus, partialDateBounds, isPartialDate, regionAsOf, REGION_CODES } from "../../src/index.js";
import { Region, SupportProgram, Technopark, type AssociationMembership } from "../../src/schemas/index.js";
import { programs, technoparks } from "../../src/data/index.js";

const DAY = 86_400_000;
const EPOCH = Date.UTC(1995, 0, 1);
const isoOf = (days: number) => new Date(EPOCH + days * DAY).toISOString().slice(0, 10);

/** Strictly increasing day offsets (version starts) with optional gaps before the next start. */
const starts = fc.uniqueArray(fc.integer({ min: 0, max: 20_000 }), { minLength: 1, maxLength: 6 }).map((days) => [...days].sort((a, b) => a - b));
const code = fc.constantFrom(...REGION_CODES);

const versionsOf = (days: number[], codes: string[], gaps: boolean[]) =>
  days.map((day, i) => {
    const next = days[i + 1];
    const value = {
      code: codes[i % codes.length]!,
      kind: "province" as const,
      name: { ko: `이름${i}`, en: `Name ${i}` },
      shortName: { ko: `짧${i}`, en: `S${i}` },
    };
    const validTo = next !== undefined && gaps[i] === true && next - day > 1 ? isoOf(next - 1) : undefined;
    return { validFrom: isoOf(day), ...(validTo === undefined ? {} : { validTo }), value };
  });

const naive = <T,>(versions: readonly { validFrom: string; validTo?: string; value: T }[], on: string): T | undefined => {
  let found: { validFrom: string; validTo?: string; value: T } | undefined;
  for (const v of versions) if (v.validFrom <= on) found = v;
  if (found === undefined || (found.validTo !== undefined && on >= found.validTo)) return undefined;
  return found.value;
};

describe("version validation of entities (fast-check)", () => {
  it("a Region with ordered, non-overlapping versions parses and regionAsOf agrees with a linear scan", () => {
    fc.assert(
      fc.property(starts, fc.array(code, { minLength: 1, maxLength: 6 }), fc.array(fc.boolean(), { maxLength: 6 }), fc.integer({ min: -10, max: 21_000 }), (days, codes, gaps, probe) => {
        const region = { id: "r", versions: versionsOf(days, codes, gaps), source: "s" };
        const parsed = Region.parse(region);
        const on = isoOf(probe);
        expect(regionAsOf(parsed, on)?.code).toBe(naive(region.versions, on)?.code);
      }),
      { numRuns: 150 },
    );
  });

  it("stretching any version past the next start is refused at that version's validTo", () => {
    fc.assert(
      fc.property(starts.filter((d) => d.length >= 2), fc.nat(), fc.integer({ min: 1, max: 400 }), (days, pick, extra) => {
        const versions = versionsOf(days, ["11"], []);
        const i = pick % (days.length - 1);
        const overlapping = versions.map((v, j) => (j === i ? { ...v, validTo: isoOf(days[i + 1]! + extra) } : v));
        const result = Region.safeParse({ id: "r", versions: overlapping, source: "s" });
        expect(result.success).toBe(false);
        expect(result.error!.issues.map((issue) => issue.path.join("."))).toContain(`versions.${i}.validTo`);
      }),
      { numRuns: 150 },
    );
  });

  it("swapping two versions out of order is refused", () => {
    fc.assert(
      fc.property(starts.filter((d) => d.length >= 2), fc.nat(), (days, pick) => {
        const versions = versionsOf(days, ["11", "26"], []);
        const i = pick % (days.length - 1);
        const swapped = [...versions];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        expect(Region.safeParse({ id: "r", versions: swapped, source: "s" }).success).toBe(false);
      }),
      { numRuns: 100 },
    );
  });

  it("a programme's eligibility history parses exactly when it is ordered and non-overlapping", () => {
    const rule = programs[0]!.eligibility[0]!.value;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12_000 }), { minLength: 1, maxLength: 5 }), fc.array(fc.option(fc.integer({ min: 1, max: 3_000 }), { nil: undefined }), { maxLength: 5 }), (rawStarts, lengths) => {
        const eligibility = rawStarts.map((day, i) => {
          const length = lengths[i];
          return { validFrom: isoOf(day), ...(length === undefined ? {} : { validTo: isoOf(day + length) }), value: rule };
        });
        const valid = eligibility.every((v, i) => {
          const previous = eligibility[i - 1];
          return previous === undefined || (previous.validFrom < v.validFrom && (previous.validTo === undefined || previous.validTo <= v.validFrom));
        });
        expect(SupportProgram.safeParse({ ...programs[0], eligibility }).success).toBe(valid);
      }),
      { numRuns: 200 },
    );
  });

  it("a technopark's regionCode must equal its open-ended last regionCodes version", () => {
    const base = technoparks.find((t) => t.id === "gangwon")!;
    fc.assert(
      fc.property(code, code, (last, claimed) => {
        const candidate = { ...base, regionCode: claimed, regionCodes: [base.regionCodes[0], { validFrom: "2023-06-11", value: last }] };
        expect(Technopark.safeParse(candidate).success).toBe(last === claimed);
      }),
      { numRuns: 100 },
    );
  });

  it("parsing a deep-frozen region returns an equal new object and leaves the input as it was", () => {
    fc.assert(
      fc.property(starts, fc.array(code, { minLength: 1, maxLength: 6 }), (days, codes) => {
        const region = JSON.parse(JSON.stringify({ id: "r", versions: versionsOf(days, codes, []), source: "s" }));
        const snapshot = JSON.stringify(region);
        const freeze = (v: unknown): void => {
          if (typeof v === "object" && v !== null) {
            Object.freeze(v);
            Object.values(v).forEach(freeze);
          }
        };
        freeze(region);
        const parsed = Region.parse(region);
        expect(parsed).toEqual(region);
        expect(parsed).not.toBe(region);
        expect(JSON.stringify(region)).toBe(snapshot);
        expect(asOf(parsed.versions, isoOf(days[0]!))?.code).toBe(codes[0]);
      }),
      { numRuns: 50 },
    );
  });

  it("membership status only moves forward in time: not-member → unknown → member", () => {
    const rank = { "not-member": 0, unknown: 1, member: 2 } as const;
    const partial = fc.oneof(
      fc.integer({ min: 1995, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 1995, max: 2030 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
      fc.integer({ min: 0, max: 13_000 }).map(isoOf),
    );
    fc.assert(
      fc.property(fc.option(partial, { nil: undefined }), fc.option(partial, { nil: undefined }), fc.integer({ min: 0, max: 14_000 }), fc.integer({ min: 0, max: 14_000 }), (joined, notBefore, a, b) => {
        const membership: AssociationMembership = {
          memberId: "m",
          source: "s",
          ...(joined === undefined ? {} : { joined }),
          ...(joined === undefined && notBefore !== undefined ? { notBefore } : {}),
        };
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(rank[membershipStatus(membership, isoOf(early))]).toBeLessThanOrEqual(rank[membershipStatus(membership, isoOf(late))]);
      }),
      { numRuns: 200 },
    );
  });

  it("partialDateBounds gives real dates with first <= last, and the same year", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const y = String(year).padStart(4, "0");
        for (const value of [y, `${y}-${String(month).padStart(2, "0")}`]) {
          const { first, last } = partialDateBounds(value);
          expect(first <= last).toBe(true);
          expect(isPartialDate(first) && isPartialDate(last)).toBe(true);
          expect(first.slice(0, 4)).toBe(y);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe("robustness: parsing garbage never throws (fast-check)", () => {
  const garbage = fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(undefined, Number.NaN, -1, "2023-02-30", "19x8", "", [], {}, [null], { amount: 5 }),
  );

  it("replacing any field of a valid record with garbage gives a result, never an exception", async () => {
    const data = await import("../../src/data/index.js");
    const entities = await import("../../src/schemas/index.js");
    const cases: [z.ZodType, Record<string, unknown>][] = [
      [entities.Technopark, data.technoparks[4] as never],
      [entities.Association, data.association as never],
      [entities.AssociationMembership, data.association.members[0] as never],
      [entities.AssociationMembership, data.association.members[18] as never],
      [entities.Agreement, data.agreements[2] as never],
      [entities.Alliance, data.alliances[0] as never],
      [entities.SupportProgram, data.programs[0] as never],
      [entities.Budget, data.budgets[0] as never],
      [entities.Event, data.events[0] as never],
      [entities.ExportDeal, data.exportDeals[0] as never],
      [entities.MetricObservation, data.metrics[5] as never],
      [entities.Investment, data.investments[0] as never],
      [entities.Region, data.regions[9] as never],
      [entities.Organization, data.organizations[25] as never],
    ];
    const constants = [undefined, Number.NaN, -1, "2023-02-30", "19x8", "", [], {}, [null], { amount: 5 }, "x".repeat(1000)];
    for (const [schema, record] of cases) {
      for (const key of Object.keys(record)) {
        for (const junk of constants) expect(() => schema.safeParse({ ...record, [key]: junk }), key).not.toThrow();
      }
    }
    fc.assert(
      fc.property(fc.nat(), fc.nat(), garbage, (pick, fieldPick, junk) => {
        const [schema, record] = cases[pick % cases.length]!;
        const keys = Object.keys(record);
        const key = keys[fieldPick % keys.length]!;
        const broken = { ...record, [key]: junk };
        expect(() => schema.safeParse(broken)).not.toThrow();
        expect(() => schema.safeParse(junk)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });
});
