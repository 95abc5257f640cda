// Money arithmetic as properties (issues 7 and 17): every result is exactly what an exact computation gives, for
// amounts from one minor unit to MAX_AMOUNT_DIGITS digits (both signs, around 2^53 where a float loses digits),
// factors up to the 130-character limit with long fraction tails and near-ties. Sums, differences and ratios are
// checked against a private high-precision decimal.js; products, quotients and conversions against the
// big-integer oracle of test/arbitraries/oracle.ts. One suite: the arbitraries are shared (test/arbitraries).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  allocateMoney,
  compareMoney,
  convertMoney,
  currencies,
  divideMoney,
  formatKrw,
  isZeroMoney,
  MAX_AMOUNT_DIGITS,
  money,
  multiplyMoney,
  negateMoney,
  ratioOfMoney,
  subtractMoney,
  sumMoney,
  type FxRate,
  type Money,
  type RoundingMode,
} from "../../src/index.js";
import {
  amountText,
  anyMoney,
  canonical,
  canonicalAmount,
  currencyCode,
  factorText,
  moneyIn,
  moneyPair,
  nonZeroFactorText,
  propertyCurrencies,
  Reference,
} from "../arbitraries/money.js";
import { expectedConversion, expectedProduct, expectedQuotient, type Expected } from "../arbitraries/oracle.js";

/** Runs per property: enough to reach the limits of every generator; the whole file stays within a few seconds. */
const RUNS = { numRuns: 300 };

const MODES: readonly RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];
const mode = fc.constantFrom(...MODES);

/** What a call did: its Money, or the code of the typed error it threw. */
function outcome(call: () => Money): Expected | { code: string } {
  try {
    return { amount: call().amount };
  } catch (error) {
    const { code } = error as { code?: unknown };
    if (code === "VALIDATION" && /more than the 64 an amount may have/.test((error as Error).message)) return { tooLarge: true };
    return { code: String(code) };
  }
}

describe.each(propertyCurrencies)("$code ($minorDigits minor digits): exact arithmetic", ({ code, minorDigits }) => {
  const amounts = amountText(minorDigits);

  it("money() keeps the exact value of any amount up to MAX_AMOUNT_DIGITS digits and writes it canonically", () => {
    fc.assert(
      fc.property(amounts, (text) => {
        const m = money(text, code);
        expect(m.amount).toBe(canonical(new Reference(text)));
        expect(money(m.amount, code)).toEqual(m);
      }),
      RUNS,
    );
  });

  it("sumMoney equals the exact sum, for lists that cross 2^53 minor units", () => {
    fc.assert(
      fc.property(fc.array(canonicalAmount(minorDigits), { maxLength: 40 }), (texts) => {
        const items = texts.map((text) => Object.freeze(money(text, code)));
        const exact = texts.reduce((total, text) => total.plus(text), new Reference(0));
        const digits = canonical(exact).replace(/[-.]/g, "").length;
        if (digits > MAX_AMOUNT_DIGITS) {
          expect(outcome(() => sumMoney(items, code))).toEqual({ tooLarge: true });
          return;
        }
        expect(sumMoney(items, code)).toEqual({ amount: canonical(exact), currency: code });
        if (items.length > 0) expect(sumMoney(items)).toEqual({ amount: canonical(exact), currency: code });
      }),
      RUNS,
    );
  });

  it("sumMoney over many large same-sign amounts (forces the bigint flush) equals the exact sum", () => {
    const large = fc.bigInt({ min: 10n ** 13n, max: 10n ** 15n - 1n }).map((units) => (minorDigits === 0 ? units.toString() : `${units / 100n}.${(units % 100n).toString().padStart(2, "0")}`));
    fc.assert(
      fc.property(fc.array(large, { minLength: 50, maxLength: 200 }), fc.boolean(), (texts, negative) => {
        const signed = texts.map((text) => (negative ? `-${text}` : text));
        const expected = signed.reduce((total, text) => total.plus(text), new Reference(0));
        expect(sumMoney(signed.map((text) => money(text, code))).amount).toBe(canonical(expected));
      }),
      { numRuns: 60 },
    );
  });

  it("addMoney, subtractMoney, negateMoney, compareMoney and isZeroMoney are exact", () => {
    fc.assert(
      fc.property(canonicalAmount(minorDigits), canonicalAmount(minorDigits), (x, y) => {
        const a = Object.freeze(money(x, code));
        const b = Object.freeze(money(y, code));
        const sum = canonical(new Reference(x).plus(y));
        const difference = canonical(new Reference(x).minus(y));
        const fits = (text: string) => text.replace(/[-.]/g, "").length <= MAX_AMOUNT_DIGITS;
        expect(outcome(() => addMoney(a, b))).toEqual(fits(sum) ? { amount: sum } : { tooLarge: true });
        expect(outcome(() => subtractMoney(a, b))).toEqual(fits(difference) ? { amount: difference } : { tooLarge: true });
        expect(negateMoney(a)).toEqual({ amount: canonical(new Reference(x).negated()), currency: code });
        expect(compareMoney(a, b)).toBe(new Reference(x).comparedTo(y));
        expect(isZeroMoney(a)).toBe(new Reference(x).isZero());
      }),
      RUNS,
    );
  });

  it("multiplyMoney equals the big-integer oracle in every rounding mode (64-digit amounts, 130-character factors, near-ties)", () => {
    fc.assert(
      fc.property(canonicalAmount(minorDigits), factorText, mode, (x, factor, rounding) => {
        const expected = expectedProduct(x, factor, minorDigits, rounding);
        expect(outcome(() => multiplyMoney(money(x, code), factor, { rounding }))).toEqual(expected);
        if (rounding === "half-even") expect(outcome(() => multiplyMoney(money(x, code), factor))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("multiplyMoney rounds exact ties (factors that land on half a minor unit) as the oracle does", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.constantFrom("0.5", "-0.5", "1.5", "2.5", "0.05"), mode, (units, factor, rounding) => {
        const x = canonical(new Reference(units.toString()).div(10 ** minorDigits));
        expect(outcome(() => multiplyMoney(money(x, code), factor, { rounding }))).toEqual(expectedProduct(x, factor, minorDigits, rounding));
      }),
      RUNS,
    );
  });

  it("divideMoney equals the big-integer oracle in every rounding mode; a zero divisor is VALIDATION", () => {
    fc.assert(
      fc.property(canonicalAmount(minorDigits), factorText, mode, (x, divisor, rounding) => {
        const zero = !/[1-9]/.test(divisor);
        const expected = zero ? { code: "VALIDATION" } : expectedQuotient(x, divisor, minorDigits, rounding);
        expect(outcome(() => divideMoney(money(x, code), divisor, { rounding }))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("divideMoney rounds exact ties (odd amounts divided by ±2, ±20, ±0.2) as the oracle does", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.constantFrom("2", "-2", "20", "-20", "0.2", "-0.2"), mode, (units, d, rounding) => {
        const x = canonical(new Reference((units * 2n + 1n).toString()).div(10 ** minorDigits));
        expect(outcome(() => divideMoney(money(x, code), d, { rounding }))).toEqual(expectedQuotient(x, d, minorDigits, rounding));
      }),
      RUNS,
    );
  });

  it("ratioOfMoney is the exact quotient correctly rounded to a double", () => {
    fc.assert(
      fc.property(canonicalAmount(minorDigits), canonicalAmount(minorDigits).filter((text) => text !== "0"), (x, y) => {
        const expected = new Reference(x).div(y).toNumber();
        expect(ratioOfMoney(money(x, code), money(y, code))).toBe(expected === 0 ? 0 : expected);
      }),
      RUNS,
    );
  });

  it("allocateMoney parts add up exactly, keep the sign, and each is within one minor unit of its exact share", () => {
    const ratio = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.stringMatching(/^[0-9]{1,6}(\.[0-9]{1,4})?$/), fc.constantFrom("0.5", "1.25", "3", "0"));
    fc.assert(
      fc.property(canonicalAmount(minorDigits), fc.array(ratio, { minLength: 1, maxLength: 12 }), (x, ratios) => {
        const m = Object.freeze(money(x, code));
        const frozenRatios = Object.freeze([...ratios]);
        const total = ratios.reduce<InstanceType<typeof Reference>>((sum, r) => sum.plus(r), new Reference(0));
        if (total.isZero()) {
          expect(outcome(() => allocateMoney(m, frozenRatios)[0]!)).toEqual({ code: "VALIDATION" });
          return;
        }
        const parts = allocateMoney(m, frozenRatios);
        expect(parts).toHaveLength(ratios.length);
        expect(sumMoney(parts, code)).toEqual(m);
        const unit = new Reference(1).div(10 ** minorDigits);
        parts.forEach((part, index) => {
          expect(part.currency).toBe(code);
          const exact = new Reference(x).times(ratios[index]!).div(total);
          expect(new Reference(part.amount).minus(exact).abs().lt(unit), `part ${index}: ${part.amount} vs exact ${exact.toFixed()}`).toBe(true);
          if (new Reference(ratios[index]!).isZero()) expect(part.amount).toBe("0");
          if (new Reference(x).isNegative()) expect(new Reference(part.amount).isPositive() && !new Reference(part.amount).isZero()).toBe(false);
        });
      }),
      { numRuns: 200 },
    );
  });
});

describe("money() from numbers and bigints, and sums around 2^53", () => {
  it("money(number) takes a finite number by its shortest decimal rendering, exactly as decimal.js reads it", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), currencyCode, (value, code) => {
        const exact = new Reference(value);
        const fits = exact.decimalPlaces() <= currencies[code]!.minorDigits && exact.precision(true) <= MAX_AMOUNT_DIGITS;
        expect(outcome(() => money(value, code))).toEqual(fits ? { amount: canonical(exact) } : { code: "VALIDATION" });
      }),
      RUNS,
    );
  });

  it("money(bigint) is exact up to MAX_AMOUNT_DIGITS digits and refuses one more", () => {
    const limit = 10n ** BigInt(MAX_AMOUNT_DIGITS);
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: -(limit - 1n), max: limit - 1n }), fc.bigInt({ min: limit - 1000n, max: limit + 1000n })), fc.boolean(), currencyCode, (magnitude, negative, code) => {
        const value = negative ? -magnitude : magnitude;
        const expected = magnitude < limit ? { amount: value.toString() } : { code: "VALIDATION" };
        expect(outcome(() => money(value, code))).toEqual(expected);
      }),
      RUNS,
    );
  });

  it("sumMoney of many amounts just under 2^53 minor units keeps every digit", () => {
    const near = 2n ** 53n - 1n;
    const items = Array.from({ length: 1000 }, (_, i) => money(near - BigInt(i), "KRW"));
    const exact = items.reduce((total, item) => total.plus(item.amount), new Reference(0));
    expect(sumMoney(items)).toEqual({ amount: canonical(exact), currency: "KRW" });
    expect(sumMoney(items).amount).toBe("9007199254740491500");
  });

  it("sums 0.1 + 0.2 to exactly 0.3 in any order (the classic float trap)", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(["0.1", "0.2", "0.3", "-0.6"], { minLength: 4, maxLength: 4 }), (amounts) => {
        expect(sumMoney(amounts.map((amount) => money(amount, "USD")))).toEqual({ amount: "0", currency: "USD" });
      }),
      { numRuns: 30 },
    );
  });

  it("sums of pairs in any currency are exact (mixed minor digits)", () => {
    fc.assert(
      fc.property(moneyPair, ([a, b]) => {
        const exact = canonical(new Reference(a.amount).plus(b.amount));
        const fits = exact.replace(/[-.]/g, "").length <= MAX_AMOUNT_DIGITS;
        expect(outcome(() => sumMoney([a, b], a.currency))).toEqual(fits ? { amount: exact } : { tooLarge: true });
      }),
      RUNS,
    );
  });
});

describe("convertMoney and formatKrw", () => {
  it("convertMoney uses the latest rate on or before the date and equals the oracle (direct and invertible rates)", () => {
    const rateText = fc.oneof(
      fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => `${i}.${String(f).padStart(4, "0")}`),
      nonZeroFactorText.filter((text) => !text.startsWith("-") && text.length <= 60),
    );
    const table = fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 }).chain((days) =>
      fc.tuple(...days.map((day) => fc.record({ day: fc.constant(day), rate: rateText }))),
    );
    const iso = (day: number) => new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(moneyIn("USD"), moneyIn("KRW"), table, fc.integer({ min: -10, max: 3100 }), fc.boolean(), (usd, krw, entries, onDay, inverse) => {
        const rates: FxRate[] = entries.map(({ day, rate }) => ({ base: "USD", quote: "KRW", rate, validFrom: iso(day), invertible: true }));
        const inForce = [...entries].filter(({ day }) => day <= onDay).sort((a, b) => b.day - a.day)[0];
        const subject = inverse ? krw : usd;
        const result = outcome(() => convertMoney(subject, inverse ? "USD" : "KRW", rates, iso(onDay)));
        if (inForce === undefined) expect(result).toEqual({ code: "MISSING_RATE" });
        else expect(result).toEqual(inverse ? expectedConversion(krw.amount, 0, inForce.rate, 2, true) : expectedConversion(usd.amount, 2, inForce.rate, 0, false));
      }),
      RUNS,
    );
  });

  it("formatKrw writes every whole-won amount so that it reads back to the same number (경/조/억/만 groups)", () => {
    const unit: Record<string, bigint> = { 만: 10n ** 4n, 억: 10n ** 8n, 조: 10n ** 12n, 경: 10n ** 16n };
    /** Reads formatKrw's output back into a bigint: "-1조 2,345억 6,789원" → -1234500006789n. */
    const readKrw = (text: string): bigint => {
      const negative = text.startsWith("-");
      let total = 0n;
      for (const part of (negative ? text.slice(1) : text).replace(/ ?원$/, "").split(" ").filter((p) => p !== "")) {
        const match = /^([0-9,]+)([만억조경]?)$/.exec(part);
        if (match === null) throw new Error(`unexpected part ${JSON.stringify(part)} in ${JSON.stringify(text)}`);
        total += BigInt(match[1]!.replaceAll(",", "")) * (match[2] === "" ? 1n : unit[match[2]!]!);
      }
      return negative ? -total : total;
    };
    fc.assert(
      fc.property(fc.oneof(moneyIn("KRW").map((m) => BigInt(m.amount)), fc.bigInt({ min: -100_000n, max: 100_000n })), (won) => {
        const text = formatKrw(won);
        expect(readKrw(text)).toBe(won);
        expect(formatKrw(won.toString())).toBe(text);
        expect(formatKrw(money(won, "KRW"))).toBe(text);
        expect(text).toMatch(/원$/);
        for (const group of text.replace(/^-/, "").split(" ")) expect(group.replace(/[만억조경원]$/, "").replaceAll(",", "").length).toBeLessThanOrEqual(group.endsWith("경") ? 64 : 4);
      }),
      RUNS,
    );
  });

  it("any Money in any currency survives a JSON round trip and money() of its own amount", () => {
    fc.assert(
      fc.property(anyMoney, (m) => {
        expect(JSON.parse(JSON.stringify(m))).toEqual(m);
        expect(money(m.amount, m.currency)).toEqual(m);
      }),
      RUNS,
    );
  });
});
