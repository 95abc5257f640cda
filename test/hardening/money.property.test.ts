// Money functions fed hostile values (issue 7): whatever the input, they return a value or throw a typed error,
// never a TypeError. The exact-value properties of the same functions live in test/money/properties.test.ts
// (one suite, shared arbitraries in test/arbitraries), so this file does not test them a second time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMoney,
  allocateMoney,
  compareMoney,
  convertMoney,
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
import { CURRENCY_CODES as CODES } from "../arbitraries/money.js";
import { FUZZ, short, valueOrTypedError } from "./support.js";

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
