// Money arithmetic against decimal.js as the oracle (issue 7): every result must be exactly what an
// arbitrary-precision decimal computation gives, in canonical form, for amounts from one minor unit to 60 digits,
// including values around 2^53 where a float would silently lose digits.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addMoney, compareMoney, currencies, isZeroMoney, money, negateMoney, subtractMoney, sumMoney, type Money } from "../../src/index.js";
import { FUZZ, short, valueOrTypedError } from "./support.js";

/** The oracle: a private decimal.js with far more precision than any amount needs. */
const D = Decimal.clone({ precision: 500, toExpNeg: -9e15, toExpPos: 9e15 });
type D = InstanceType<typeof D>;

/** Canonical decimal string of an oracle value: no exponent, no trailing fraction zeros, no "-0". */
const canonical = (value: D): string => (value.isZero() ? "0" : value.toFixed());

const CODES = Object.keys(currencies);
const currency = fc.constantFrom(...CODES);

/** A canonical amount for a currency: up to 40 integer digits, values near 2^53, up to the currency's minor digits. */
const amountFor = (code: string) => {
  const minor = currencies[code]!.minorDigits;
  const integer = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 40n }),
    fc.bigInt({ min: 2n ** 53n - 1000n, max: 2n ** 53n + 1000n }),
    fc.bigInt({ min: 0n, max: 1000n }),
  );
  const fraction = minor === 0 ? fc.constant("") : fc.integer({ min: 0, max: 10 ** minor - 1 }).map((f) => String(f).padStart(minor, "0"));
  return fc.tuple(fc.boolean(), integer, fraction).map(([negative, int, frac]) => canonical(new D(`${negative ? "-" : ""}${int}${frac === "" ? "" : `.${frac}`}`)));
};
const moneyIn = (code: string): fc.Arbitrary<Money> => amountFor(code).map((amount) => ({ amount, currency: code }));
const pair = currency.chain((code) => fc.tuple(moneyIn(code), moneyIn(code)));

describe("money arithmetic agrees with decimal.js (hardening, issue 7)", () => {
  it("money(string) gives the canonical form of any plain decimal, or VALIDATION for too many fraction digits", () => {
    const sloppy = fc.tuple(
      currency,
      fc.boolean(),
      fc.stringMatching(/^[0-9]{1,30}$/),
      fc.option(fc.stringMatching(/^[0-9]{1,6}$/), { nil: undefined }),
    );
    fc.assert(
      fc.property(sloppy, ([code, negative, int, frac]) => {
        const text = `${negative ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}`;
        const exact = new D(text);
        const fits = exact.decimalPlaces() <= currencies[code]!.minorDigits;
        const attempt = valueOrTypedError(() => money(text, code), () => `money(${short(text)}, ${code})`);
        if (fits) expect(attempt).toEqual({ ok: true, value: { amount: canonical(exact), currency: code } });
        else expect(attempt.ok ? "returned" : (attempt.error as { code: string }).code).toBe("VALIDATION");
      }),
      FUZZ,
    );
  });

  it("money(number) takes a finite number by its shortest decimal rendering, exactly as decimal.js reads it", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), currency, (value, code) => {
        const exact = new D(value);
        const attempt = valueOrTypedError(() => money(value, code), () => `money(${value}, ${code})`);
        if (exact.decimalPlaces() <= currencies[code]!.minorDigits && exact.precision(true) <= 64) {
          expect(attempt).toEqual({ ok: true, value: { amount: canonical(exact), currency: code } });
        } else {
          expect(attempt.ok).toBe(false);
        }
      }),
      FUZZ,
    );
  });

  it("money(bigint) is exact at any size up to the digit limit", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 50n), max: 10n ** 50n }), currency, (value, code) => {
        expect(money(value, code)).toEqual({ amount: value.toString(), currency: code });
      }),
      FUZZ,
    );
  });

  it("addMoney, subtractMoney, negateMoney, compareMoney and isZeroMoney are exact", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const x = new D(a.amount);
        const y = new D(b.amount);
        expect(addMoney(a, b)).toEqual({ amount: canonical(x.plus(y)), currency: a.currency });
        expect(subtractMoney(a, b)).toEqual({ amount: canonical(x.minus(y)), currency: a.currency });
        expect(negateMoney(a)).toEqual({ amount: canonical(x.negated()), currency: a.currency });
        expect(compareMoney(a, b)).toBe(x.comparedTo(y));
        expect(isZeroMoney(a)).toBe(x.isZero());
      }),
      FUZZ,
    );
  });

  it("sumMoney is exact for any list (the float fast path flushes before it can lose a digit)", () => {
    const list = currency.chain((code) => fc.tuple(fc.constant(code), fc.array(moneyIn(code), { maxLength: 40 })));
    fc.assert(
      fc.property(list, ([code, items]) => {
        const exact = items.reduce((total, item) => total.plus(item.amount), new D(0));
        expect(sumMoney(items, code)).toEqual({ amount: canonical(exact), currency: code });
        if (items.length > 0) {
          expect(sumMoney(items)).toEqual({ amount: canonical(exact), currency: code });
          expect(sumMoney(items)).toEqual(items.reduce((total, item) => addMoney(total, item), money(0, code)));
        }
      }),
      FUZZ,
    );
  });

  it("sumMoney of many amounts just under 2^53 minor units keeps every digit", () => {
    const near = 2n ** 53n - 1n;
    const items = Array.from({ length: 1000 }, (_, i) => money(near - BigInt(i), "KRW"));
    const exact = items.reduce((total, item) => total.plus(item.amount), new D(0));
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
});

describe("money functions fed arbitrary values return or throw a typed error (hardening, issue 7)", () => {
  const anyValue = fc.oneof(fc.anything(), fc.jsonValue(), fc.string(), fc.double(), fc.bigInt());
  const maybeMoney = fc.oneof(
    anyValue,
    fc.record({ amount: fc.oneof(fc.string(), fc.double(), fc.constant("1")), currency: fc.oneof(fc.string(), fc.constantFrom(...CODES, "__proto__", "constructor", "toString")) }),
  );

  it("money(anything, anything)", () => {
    fc.assert(
      fc.property(anyValue, fc.oneof(anyValue, fc.constantFrom(...CODES, "__proto__", "constructor", "hasOwnProperty", "")), (amount, code) => {
        const attempt = valueOrTypedError(() => money(amount as string, code as string), () => `money(${short(amount)}, ${short(code)})`);
        if (!attempt.ok) expect((attempt.error as { code: string }).code).toBe("VALIDATION");
        else expect(Object.keys(attempt.value).sort()).toEqual(["amount", "currency"]);
      }),
      FUZZ,
    );
  });

  it("addMoney / subtractMoney / compareMoney / negateMoney / isZeroMoney / sumMoney on anything", () => {
    fc.assert(
      fc.property(maybeMoney, maybeMoney, (a, b) => {
        const context = () => `${short(a)}, ${short(b)}`;
        valueOrTypedError(() => addMoney(a as Money, b as Money), context);
        valueOrTypedError(() => subtractMoney(a as Money, b as Money), context);
        valueOrTypedError(() => compareMoney(a as Money, b as Money), context);
        valueOrTypedError(() => negateMoney(a as Money), context);
        valueOrTypedError(() => isZeroMoney(a as Money), context);
        valueOrTypedError(() => sumMoney(a as Money[]), context);
        valueOrTypedError(() => sumMoney([a, b] as Money[], typeof b === "string" ? b : undefined), context);
      }),
      FUZZ,
    );
  });
});
