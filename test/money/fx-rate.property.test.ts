// convertMoney validates rate-table entries by hand (the core does not load zod); the FxRate schema of
// technopark/schemas validates the same records with zod. The two must agree on every input.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertMoney, money, type FxRate } from "../../src/index.js";
import { FxRate as FxRateSchema } from "../../src/schemas/index.js";
import { fxRateIssues } from "../../src/money/fx-rate.js";

const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof(valid, fc.anything(), fc.constant(undefined));
const entry = fc.record(
  {
    base: field(fc.constantFrom("USD", "KRW", "EUR", "XYZ", "usd")),
    quote: field(fc.constantFrom("USD", "KRW", "JPY", "", "KRW ")),
    rate: field(fc.oneof(fc.constantFrom("1350.5", "0", "0.00", "1e3", "-1", "+1", ".5", "1.", "1".repeat(131), "1".repeat(130)), fc.stringMatching(/^\d{1,4}(?:\.\d{1,3})?$/))),
    validFrom: field(fc.constantFrom("2023-10-01", "2023-02-30", "2024-02-29", "2023/10/01", "")),
    source: field(fc.string({ maxLength: 8 })),
    invertible: field(fc.boolean()),
  },
  { requiredKeys: [] },
);

describe("FxRate: the hand check of convertMoney and the zod schema of technopark/schemas agree", () => {
  it("accept the same entries and name the same fields (fast-check)", () => {
    fc.assert(
      fc.property(entry, (candidate) => {
        const issues = fxRateIssues(candidate, ["rates", 0]);
        const parsed = FxRateSchema.safeParse(candidate);
        expect(issues.length === 0).toBe(parsed.success);
        if (!parsed.success) {
          const schemaFields = new Set(parsed.error.issues.map((issue) => String(issue.path[0])));
          for (const issue of issues) expect(schemaFields.has(String(issue.path[2]))).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("each message names the path, what was expected and what was received", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ base: "XYZ", quote: "KRW", rate: "1", validFrom: "2024-01-01" }, 'rates[3].base: expected a known ISO 4217 currency code (KRW, USD, EUR, JPY, CNY, UZS, VND, RUB, GBP), received "XYZ"'],
      [{ base: "USD", quote: "KRW", rate: "0.00", validFrom: "2024-01-01" }, 'rates[3].rate: expected a rate greater than zero, received "0.00"'],
      [{ base: "USD", quote: "KRW", rate: "1".repeat(131), validFrom: "2024-01-01" }, `rates[3].rate: expected at most 130 characters, received "${"1".repeat(77)}…"` /* long values are cut */],
      [{ base: "USD", quote: "KRW", rate: "1", validFrom: "2024-02-30" }, 'rates[3].validFrom: expected a real calendar date in YYYY-MM-DD form, received "2024-02-30"'],
      [{ base: "USD", quote: "KRW", rate: "1", validFrom: "2024-01-01", source: 7 }, "rates[3].source: expected a string, received 7"],
      [{ base: "USD", quote: "KRW", rate: "1", validFrom: "2024-01-01", invertible: "yes" }, 'rates[3].invertible: expected a boolean, received "yes"'],
      [{ base: "USD", quote: "USD", rate: "1", validFrom: "2024-01-01" }, 'rates[3].quote: expected a currency different from base, received "USD"'],
    ];
    for (const [candidate, message] of cases) {
      expect(fxRateIssues(candidate, ["rates", 3]).map((issue) => issue.message)).toEqual([message]);
    }
  });

  it("convertMoney reports every problem of a bad entry at once, first path first", () => {
    const bad = { base: "USD", quote: "KRW", rate: "1e3", validFrom: "2023-02-30", invertible: 1 } as unknown as FxRate;
    let error: unknown;
    try {
      convertMoney(money("1", "USD"), "KRW", [bad], "2024-01-01");
    } catch (caught) {
      error = caught;
    }
    const e = error as { code: string; path: unknown[]; issues: { path: unknown[] }[]; message: string };
    expect(e.code).toBe("VALIDATION");
    expect(e.path).toEqual(["rates", 0, "rate"]);
    expect(e.issues.map((issue) => issue.path)).toEqual([["rates", 0, "rate"], ["rates", 0, "validFrom"], ["rates", 0, "invertible"]]);
    expect(e.message).toBe(
      'rates[0].rate: expected a positive plain decimal string (no exponent, no sign), received "1e3"; rates[0].validFrom: expected a real calendar date in YYYY-MM-DD form, received "2023-02-30"; rates[0].invertible: expected a boolean, received 1',
    );
  });
});
