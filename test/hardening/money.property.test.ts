// Money arithmetic against decimal.js as the oracle (issue 7): every result must be exactly what an
// arbitrary-precision decimal computation gives, in canonical form, for amounts from one minor unit to 60 digits,
// including values around 2^53 where a float would silently lose digits.
import { Decimal } from "decimal.js";
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

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  "half-even": Decimal.ROUND_HALF_EVEN,
  "half-up": Decimal.ROUND_HALF_UP,
  "half-down": Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
};
const mode = fc.constantFrom(...(Object.keys(MODES) as RoundingMode[]));
/** A decimal factor as a string: sign, up to 12 integer digits, up to 12 fraction digits. */
const factor = fc
  .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.option(fc.stringMatching(/^[0-9]{1,12}$/), { nil: undefined }))
  .map(([negative, int, frac]) => `${negative ? "-" : ""}${int}${frac === undefined ? "" : `.${frac}`}`);
const moneyAny = currency.chain(moneyIn);

/** Reads formatKrw's output back into a bigint: "-1조 2,345억 6,789원" → -1234500006789n. */
function readKrw(text: string): bigint {
  const negative = text.startsWith("-");
  const body = (negative ? text.slice(1) : text).replace(/ ?원$/, "");
  const unit: Record<string, bigint> = { 만: 10n ** 4n, 억: 10n ** 8n, 조: 10n ** 12n, 경: 10n ** 16n };
  let total = 0n;
  for (const part of body.split(" ").filter((p) => p !== "")) {
    const match = /^([0-9,]+)([만억조경]?)$/.exec(part);
    if (match === null) throw new Error(`unexpected part ${JSON.stringify(part)} in ${JSON.stringify(text)}`);
    total += BigInt(match[1]!.replaceAll(",", "")) * (match[2] === "" ? 1n : unit[match[2]!]!);
  }
  return negative ? -total : total;
}

describe("multiplying, dividing, allocating, converting and formatting agree with decimal.js (hardening, issue 7)", () => {
  it("multiplyMoney rounds the exact product with every rounding mode", () => {
    fc.assert(
      fc.property(moneyAny, factor, mode, (m, f, rounding) => {
        const minor = currencies[m.currency]!.minorDigits;
        const exact = new D(m.amount).times(f).toDecimalPlaces(minor, MODES[rounding]);
        expect(multiplyMoney(m, f, { rounding })).toEqual({ amount: canonical(exact), currency: m.currency });
        if (rounding === "half-even") expect(multiplyMoney(m, f)).toEqual(multiplyMoney(m, f, { rounding }));
      }),
      FUZZ,
    );
  });

  it("divideMoney rounds the exact quotient with every rounding mode; a zero divisor is VALIDATION", () => {
    fc.assert(
      fc.property(moneyAny, factor, mode, (m, f, rounding) => {
        const minor = currencies[m.currency]!.minorDigits;
        if (new D(f).isZero()) {
          expect((valueOrTypedError(() => divideMoney(m, f, { rounding })) as { error: { code: string } }).error.code).toBe("VALIDATION");
          return;
        }
        const exact = new D(m.amount).div(f).toDecimalPlaces(minor, MODES[rounding]);
        expect(divideMoney(m, f, { rounding })).toEqual({ amount: canonical(exact), currency: m.currency });
      }),
      FUZZ,
    );
  });

  it("allocateMoney loses nothing: parts add up exactly, each within one minor unit of its exact share", () => {
    const ratios = fc.array(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom("0.5", "1.25", "3", "0")), { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(moneyAny, ratios, (m, weights) => {
        const total = weights.reduce<D>((sum, w) => sum.plus(w), new D(0));
        const attempt = valueOrTypedError(() => allocateMoney(m, weights), () => `${short(m)} ${short(weights)}`);
        if (total.isZero()) {
          expect(attempt.ok).toBe(false);
          return;
        }
        expect(attempt.ok).toBe(true);
        const parts = (attempt as { value: Money[] }).value;
        expect(parts).toHaveLength(weights.length);
        expect(sumMoney(parts, m.currency)).toEqual(m);
        const unit = new D(10).pow(-currencies[m.currency]!.minorDigits);
        parts.forEach((part, i) => {
          expect(part.currency).toBe(m.currency);
          const share = new D(m.amount).times(weights[i]!).div(total);
          expect(new D(part.amount).minus(share).abs().lessThan(unit), `part ${i}: ${part.amount} vs exact ${share.toFixed()}`).toBe(true);
          if (new D(weights[i]!).isZero()) expect(part.amount).toBe("0");
        });
      }),
      FUZZ,
    );
  });

  it("convertMoney uses the latest rate on or before the date and rounds half-even (direct and invertible rates)", () => {
    const table = fc.uniqueArray(fc.integer({ min: 0, max: 3000 }), { minLength: 1, maxLength: 6 }).chain((days) =>
      fc.tuple(
        ...days.map((day) =>
          fc.record({
            day: fc.constant(day),
            rate: fc.tuple(fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 0, max: 9999 })).map(([i, f]) => `${i}.${String(f).padStart(4, "0")}`),
          }),
        ),
      ),
    );
    const iso = (day: number) => new Date(Date.UTC(2015, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
    fc.assert(
      fc.property(moneyIn("USD"), table, fc.integer({ min: -10, max: 3100 }), fc.boolean(), (m, entries, onDay, inverse) => {
        const rates: FxRate[] = entries.map(({ day, rate }) => ({ base: "USD", quote: "KRW", rate, validFrom: iso(day), invertible: true }));
        const on = iso(onDay);
        const inForce = [...entries].filter(({ day }) => day <= onDay).sort((a, b) => b.day - a.day)[0];
        const subject = inverse ? { amount: canonical(new D(m.amount).times(1000).toDecimalPlaces(0)), currency: "KRW" } : m;
        const attempt = valueOrTypedError(() => convertMoney(subject, inverse ? "USD" : "KRW", rates, on));
        if (inForce === undefined) {
          expect((attempt as { error: { code: string } }).error.code).toBe("MISSING_RATE");
          return;
        }
        const exact = inverse
          ? new D(subject.amount).div(inForce.rate).toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)
          : new D(subject.amount).times(inForce.rate).toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
        expect(attempt).toEqual({ ok: true, value: { amount: canonical(exact), currency: inverse ? "USD" : "KRW" } });
      }),
      FUZZ,
    );
  });

  it("formatKrw writes every whole-won amount so that it reads back to the same number (조/억/만 groups)", () => {
    fc.assert(
      fc.property(fc.oneof(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), fc.bigInt({ min: -100_000n, max: 100_000n })), (won) => {
        const text = formatKrw(won);
        expect(readKrw(text)).toBe(won);
        expect(formatKrw(won.toString())).toBe(text);
        expect(formatKrw(money(won, "KRW"))).toBe(text);
        expect(text).toMatch(/원$/);
        for (const group of text.replace(/^-/, "").split(" ")) expect(group.replace(/[만억조경원]$/, "").replaceAll(",", "").length).toBeLessThanOrEqual(group.endsWith("경") ? 64 : 4);
      }),
      FUZZ,
    );
    expect(formatKrw("17603100000000")).toBe("17조 6,031억 원");
    expect(formatKrw("352000000000")).toBe("3,520억 원");
    expect(formatKrw("1000000000")).toBe("10억 원");
    expect(formatKrw("0")).toBe("0원");
  });

  it("ratioOfMoney is the exact quotient correctly rounded to a double", () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        if (new D(b.amount).isZero()) return;
        expect(ratioOfMoney(a, b)).toBe(new D(a.amount).div(b.amount).toNumber() || 0);
      }),
      FUZZ,
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
        valueOrTypedError(() => multiplyMoney(a as Money, b as string), context);
        valueOrTypedError(() => multiplyMoney(a as Money, "1.5", b as { rounding: RoundingMode }), context);
        valueOrTypedError(() => divideMoney(a as Money, b as string), context);
        valueOrTypedError(() => allocateMoney(a as Money, b as number[]), context);
        valueOrTypedError(() => allocateMoney(a as Money, [b, 1] as number[]), context);
        valueOrTypedError(() => ratioOfMoney(a as Money, b as Money), context);
        valueOrTypedError(() => formatKrw(a as string), context);
        valueOrTypedError(() => convertMoney(a as Money, b as string, [], "2024-01-01"), context);
        valueOrTypedError(() => convertMoney(a as Money, "KRW", [b] as FxRate[], "2024-01-01"), context);
        valueOrTypedError(() => convertMoney(money("1", "USD"), "KRW", b as FxRate[], a as string), context);
      }),
      FUZZ,
    );
  });
});
