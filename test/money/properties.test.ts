// Property tests: the scaled-integer fast paths agree with decimal.js digit for digit (random amounts
// including 30-digit values, negatives, mixed fraction lengths and sums that cross 2^53 minor units).
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  allocateMoney,
  compareMoney,
  divideMoney,
  money,
  multiplyMoney,
  negateMoney,
  ratioOfMoney,
  subtractMoney,
  sumMoney,
  type RoundingMode,
} from "../../src/index.js";
import { amountText, canonical, factorText, propertyCurrencies, Reference } from "./arbitraries.js";

const RUNS = { numRuns: 400 };

const modes: Record<RoundingMode, Decimal.Rounding> = {
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-up": Decimal.ROUND_HALF_UP,
  "half-down": Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};
const modeArb = fc.constantFrom(...(Object.keys(modes) as RoundingMode[]));

describe.each(propertyCurrencies)("$code ($minorDigits minor digits) agrees with decimal.js", ({ code, minorDigits }) => {
  const amounts = amountText(minorDigits);

  it("money() keeps the exact value and writes it canonically", () => {
    fc.assert(
      fc.property(amounts, (text) => {
        const m = money(text, code);
        expect(m.amount).toBe(canonical(new Reference(text)));
        expect(money(m.amount, code)).toEqual(m);
      }),
      RUNS,
    );
  });

  it("sumMoney equals decimal.js plus in a loop, for lists that cross 2^53 minor units", () => {
    fc.assert(
      fc.property(fc.array(amounts, { maxLength: 40 }), (texts) => {
        const items = texts.map((text) => Object.freeze(money(text, code)));
        const expected = texts.reduce((total, text) => total.plus(text), new Reference(0));
        expect(sumMoney(items, code).amount).toBe(canonical(expected));
      }),
      RUNS,
    );
  });

  it("sumMoney over many large same-sign amounts (forces the bigint flush) equals decimal.js", () => {
    const large = fc.bigInt({ min: 10n ** 13n, max: 10n ** 15n - 1n }).map((units) => (minorDigits === 0 ? units.toString() : `${units / 100n}.${(units % 100n).toString().padStart(2, "0")}`));
    fc.assert(
      fc.property(fc.array(large, { minLength: 50, maxLength: 200 }), fc.boolean(), (texts, negative) => {
        const signed = texts.map((text) => (negative ? `-${text}` : text));
        const expected = signed.reduce((total, text) => total.plus(text), new Reference(0));
        expect(sumMoney(signed.map((text) => money(text, code))).amount).toBe(canonical(expected));
      }),
      { numRuns: 100 },
    );
  });

  it("addMoney, subtractMoney, negateMoney and compareMoney equal decimal.js", () => {
    fc.assert(
      fc.property(amounts, amounts, (x, y) => {
        const a = Object.freeze(money(x, code));
        const b = Object.freeze(money(y, code));
        expect(addMoney(a, b).amount).toBe(canonical(new Reference(x).plus(y)));
        expect(subtractMoney(a, b).amount).toBe(canonical(new Reference(x).minus(y)));
        expect(negateMoney(a).amount).toBe(canonical(new Reference(x).negated()));
        expect(compareMoney(a, b)).toBe(new Reference(x).comparedTo(y));
      }),
      RUNS,
    );
  });

  it("multiplyMoney equals decimal.js times then rounding to the minor digits, in every rounding mode", () => {
    fc.assert(
      fc.property(amounts, factorText, modeArb, (x, factor, mode) => {
        const expected = new Reference(x).times(factor).toDecimalPlaces(minorDigits, modes[mode]);
        expect(multiplyMoney(money(x, code), factor, { rounding: mode }).amount).toBe(canonical(expected));
      }),
      RUNS,
    );
  });

  it("multiplyMoney rounds ties exactly as decimal.js (factors that land on a half minor unit)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), modeArb, (units, mode) => {
        const x = new Reference(units.toString()).div(10 ** minorDigits).toFixed();
        const expected = new Reference(x).times("0.5").toDecimalPlaces(minorDigits, modes[mode]);
        expect(multiplyMoney(money(x, code), "0.5", { rounding: mode }).amount).toBe(canonical(expected));
      }),
      RUNS,
    );
  });

  it("divideMoney equals decimal.js division rounded to the minor digits, in every rounding mode", () => {
    const divisor = factorText.filter((text) => !new Reference(text).isZero());
    fc.assert(
      fc.property(amounts, divisor, modeArb, (x, d, mode) => {
        // 200 significant digits truncated towards zero, then rounded: exact for these operand sizes
        // unless the expansion had a run of 150 zeros, which random operands do not produce.
        const quotient = Reference.clone({ rounding: Decimal.ROUND_DOWN }).div(x, d);
        const expected = new Reference(quotient).toDecimalPlaces(minorDigits, modes[mode]);
        expect(divideMoney(money(x, code), d, { rounding: mode }).amount).toBe(canonical(expected));
      }),
      RUNS,
    );
  });

  it("divideMoney rounds ties exactly as decimal.js (odd amounts divided by ±2, ±20, ±0.2)", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }), fc.constantFrom("2", "-2", "20", "-20", "0.2", "-0.2"), modeArb, (units, d, mode) => {
        const x = new Reference((units * 2n + 1n).toString()).div(10 ** minorDigits).toFixed();
        const expected = new Reference(x).div(d).toDecimalPlaces(minorDigits, modes[mode]);
        expect(divideMoney(money(x, code), d, { rounding: mode }).amount).toBe(canonical(expected));
      }),
      RUNS,
    );
  });

  it("ratioOfMoney equals the decimal.js quotient converted to a number", () => {
    fc.assert(
      fc.property(amounts, amounts.filter((text) => !new Reference(text).isZero()), (x, y) => {
        const expected = new Reference(x).div(y).toNumber();
        expect(ratioOfMoney(money(x, code), money(y, code))).toBe(expected === 0 ? 0 : expected);
      }),
      RUNS,
    );
  });

  it("allocateMoney parts add up exactly, keep the sign, and each is within one minor unit of its exact share", () => {
    const ratio = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.stringMatching(/^[0-9]{1,6}(\.[0-9]{1,4})?$/));
    fc.assert(
      fc.property(
        amounts,
        fc.array(ratio, { minLength: 1, maxLength: 12 }).filter((ratios) => ratios.some((r) => !new Reference(r).isZero())),
        (x, ratios) => {
          const m = Object.freeze(money(x, code));
          const frozenRatios = Object.freeze([...ratios]);
          const parts = allocateMoney(m, frozenRatios);
          expect(parts).toHaveLength(ratios.length);
          expect(sumMoney(parts, code)).toEqual(m);
          const total = ratios.reduce<Decimal>((sum, r) => sum.plus(r), new Reference(0));
          const unit = new Reference(1).div(10 ** minorDigits);
          parts.forEach((part, index) => {
            expect(part.currency).toBe(code);
            const exact = new Reference(x).times(ratios[index]!).div(total);
            expect(new Reference(part.amount).minus(exact).abs().lt(unit)).toBe(true);
            if (new Reference(ratios[index]!).isZero()) expect(part.amount).toBe("0");
            if (new Reference(x).isNegative()) expect(new Reference(part.amount).isPositive() && !new Reference(part.amount).isZero()).toBe(false);
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
