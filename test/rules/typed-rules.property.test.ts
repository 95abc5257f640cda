// Typed comparisons against independent oracles (issue 11): money conditions agree with decimal.js on amounts up to
// 64 digits, date conditions with day arithmetic on Date.UTC, string order with code-point arrays; and evaluate ≡
// compileRule on rules over typed facts, with values at and around each threshold.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, type Rule } from "../../src/index.js";

const RUNS = { numRuns: 1500 };
const ORDERED = ["lt", "lte", "gt", "gte"] as const;
type Ordered = (typeof ORDERED)[number];
const holds = (op: Ordered, order: number): boolean => (op === "lt" ? order < 0 : op === "lte" ? order <= 0 : op === "gt" ? order > 0 : order >= 0);

/** Won amounts: small, at the SME caps and ±1 won, and up to 64 digits, negatives included. */
const wonAmount = fc.oneof(
  fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
  fc.constantFrom(1_500_000_000n, 12_000_000_000n, 120_000_000_000n, 150_000_000_000n).chain((cap) => fc.constantFrom(cap - 1n, cap, cap + 1n)),
  fc.bigInt({ min: -(10n ** 64n) + 1n, max: 10n ** 64n - 1n }),
);
/** USD amounts with 0–2 fraction digits, spelled with or without trailing zeros. */
const usdAmount = fc.tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.boolean()).map(([cents, padded]) => {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, "0");
  let text = `${digits.slice(0, -2)}.${digits.slice(-2)}`;
  if (!padded) text = text.replace(/\.?0+$/, "");
  return `${negative && cents !== 0n ? "-" : ""}${text === "" ? "0" : text}`;
});

describe("money conditions agree with decimal.js", () => {
  it("KRW thresholds, every ordering operator, eq and ne", () => {
    fc.assert(
      fc.property(wonAmount, wonAmount, fc.constantFrom(...ORDERED, "eq", "ne"), (fact, threshold, op) => {
        const rule = { fact: "company.previousYearRevenue", op, value: { amount: threshold.toString(), currency: "KRW" } } as Rule;
        const facts = { company: { previousYearRevenue: { amount: fact.toString(), currency: "KRW" } } };
        const order = new Decimal(fact.toString()).comparedTo(new Decimal(threshold.toString()));
        const expected = op === "eq" ? order === 0 : op === "ne" ? order !== 0 : holds(op, order);
        const outcome = evaluate(rule, facts).outcome;
        expect(outcome).toBe(expected ? "eligible" : "ineligible");
        expect(compileRule(rule)(facts)).toBe(outcome);
      }),
      RUNS,
    );
  });

  it("USD amounts with cents, however the trailing zeros are written", () => {
    fc.assert(
      fc.property(usdAmount, usdAmount, fc.constantFrom(...ORDERED), (fact, threshold, op) => {
        const rule: Rule = { fact: "company.totalAssets", op, value: { amount: threshold, currency: "USD" } };
        const facts = { company: { totalAssets: { amount: fact, currency: "USD" } } };
        const expected = holds(op, new Decimal(fact).comparedTo(new Decimal(threshold)));
        expect(evaluate(rule, facts).outcome).toBe(expected ? "eligible" : "ineligible");
        expect(compileRule(rule)(facts)).toBe(evaluate(rule, facts).outcome);
      }),
      RUNS,
    );
  });

  it("between: inside the closed range by decimal.js", () => {
    fc.assert(
      fc.property(wonAmount, wonAmount, wonAmount, (fact, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const rule: Rule = { fact: "company.averageRevenue", op: "between", value: [{ amount: `${min}`, currency: "KRW" }, { amount: `${max}`, currency: "KRW" }] };
        const value = new Decimal(`${fact}`);
        const expected = value.gte(new Decimal(`${min}`)) && value.lte(new Decimal(`${max}`));
        const facts = { company: { averageRevenue: { amount: `${fact}`, currency: "KRW" } } };
        expect(evaluate(rule, facts).outcome).toBe(expected ? "eligible" : "ineligible");
        expect(compileRule(rule)(facts)).toBe(evaluate(rule, facts).outcome);
      }),
      RUNS,
    );
  });
});

/** Days from 1900 to 2100, biased to 29 February and to the day before, on and after an anniversary of a base day. */
const day = fc.integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 });
const iso = (days: number): string => new Date(days * 86_400_000).toISOString().slice(0, 10);
const leapDay = fc.integer({ min: 1900, max: 2096 }).map((year) => year - (year % 4) + (year % 100 === 0 && year % 400 !== 0 ? 4 : 0)).map((year) => Date.UTC(year, 1, 29) / 86_400_000);
const datePair = fc.oneof(
  fc.tuple(day, day),
  fc.tuple(leapDay, fc.integer({ min: -2, max: 2 })).map(([d, delta]) => [d, d + delta] as const),
  fc.tuple(day, fc.integer({ min: 1, max: 10 }), fc.integer({ min: -1, max: 1 })).map(([d, years, delta]) => {
    const base = new Date(d * 86_400_000);
    const anniversary = Date.UTC(base.getUTCFullYear() + years, base.getUTCMonth(), base.getUTCDate()) / 86_400_000;
    return [anniversary + delta, d] as const;
  }),
);

describe("date conditions agree with day arithmetic", () => {
  it("every ordering operator on company.foundedOn, ISO strings and Date objects alike", () => {
    fc.assert(
      fc.property(datePair, fc.constantFrom(...ORDERED), fc.boolean(), ([fact, threshold], op, asDate) => {
        const rule: Rule = { fact: "company.foundedOn", op, value: iso(threshold) };
        // a Date at noon in Seoul (03:00 UTC: the same day whatever offset Seoul kept in that year)
        const foundedOn = asDate ? new Date(fact * 86_400_000 + 3 * 3_600_000) : iso(fact);
        const facts = { company: { foundedOn } };
        expect(evaluate(rule, facts).outcome).toBe(holds(op, fact - threshold) ? "eligible" : "ineligible");
        expect(compileRule(rule)(facts)).toBe(evaluate(rule, facts).outcome);
      }),
      RUNS,
    );
  });
});

describe("string conditions agree with code-point order", () => {
  const text = fc.string({ unit: fc.oneof(fc.constantFrom("a", "b", "\uE000", "\uFF01", "\uFFFF", "😀", "𝄞", "가"), fc.string({ unit: "grapheme-composite", minLength: 1, maxLength: 1 })), maxLength: 4 });
  const byCodePoints = (a: string, b: string): number => {
    const x = [...a].map((c) => c.codePointAt(0)!);
    const y = [...b].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return x.length - y.length;
  };
  it("lt / lte / gt / gte on untyped string facts", () => {
    fc.assert(
      fc.property(text, text, fc.constantFrom(...ORDERED), (fact, threshold, op) => {
        const rule: Rule = { fact: "name", op, value: threshold };
        expect(evaluate(rule, { name: fact }).outcome).toBe(holds(op, byCodePoints(fact, threshold)) ? "eligible" : "ineligible");
        expect(compileRule(rule)({ name: fact })).toBe(evaluate(rule, { name: fact }).outcome);
      }),
      RUNS,
    );
  });
});
