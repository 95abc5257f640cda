import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { money, perCapita, revenuePerEmployee, share } from "../../src/index.js";

const usd = (amount: string) => money(amount, "USD");

describe("share", () => {
  it("divides each part by the sum of the parts", () => {
    expect(share([1, 3])).toEqual([0.25, 0.75]);
    expect(share([usd("0.1"), usd("0.3")])).toEqual([0.25, 0.75]);
    expect(share({ a: 2, b: 6 })).toEqual({ a: 0.25, b: 0.75 });
    expect(share([])).toEqual([]);
    expect(share({})).toEqual({});
  });

  it("divides by a given total (contracts and joint agreements of the consultation value, 004_eb2f545a800af44b.txt)", () => {
    expect(share({ contracts: usd("6500000"), jointAgreements: usd("5000000") }, usd("9000000"))).toEqual({
      contracts: 6500000 / 9000000,
      jointAgreements: 5000000 / 9000000,
    });
    expect(share([826], 2256)).toEqual([826 / 2256]);
  });

  it("shares of the parts add up to 1 (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 1_000_000 }), { minLength: 1, maxLength: 30 }), (parts) => {
        const shares = share(parts.map((p) => usd(String(p))));
        expect(shares.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 12);
        expect(shares).toEqual(share(parts));
      }),
      { numRuns: 100 },
    );
  });

  it("a zero total → VALIDATION; mixed currencies → CURRENCY_MISMATCH; bad parts → VALIDATION", () => {
    expect(() => share([0, 0])).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["total"], message: "total: expected a non-zero total (a share of zero is undefined), received 0" }));
    expect(() => share([1], 0)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["total"] }));
    expect(() => share([usd("1"), money("1", "KRW")])).toThrow(expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["parts", 1, "currency"] }));
    expect(() => share([usd("1")], money("1", "KRW"))).toThrow(expect.objectContaining({ code: "CURRENCY_MISMATCH", path: ["total", "currency"] }));
    expect(() => share([1, usd("1")] as never)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["parts", 1] }));
    expect(() => share({ a: Number.NaN })).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["parts", "a"], message: "parts.a: expected a finite number or a Money, received NaN" }));
    expect(() => share(null as never)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["parts"] }));
  });

  it("does not mutate frozen input", () => {
    const parts = Object.freeze([Object.freeze(usd("1")), Object.freeze(usd("3"))]);
    expect(share(parts)).toEqual([0.25, 0.75]);
  });
});

describe("perCapita / revenuePerEmployee", () => {
  it("divides numbers, and Money exactly with half-even rounding", () => {
    expect(perCapita(19674, 2256)).toBe(19674 / 2256);
    expect(perCapita(money("1000000000", "KRW"), 3)).toEqual({ amount: "333333333", currency: "KRW" });
    expect(perCapita(money("5", "KRW"), 2)).toEqual({ amount: "2", currency: "KRW" }); // 2.5 → 2 (half-even)
    expect(perCapita(usd("100"), 29.5)).toEqual({ amount: "3.39", currency: "USD" });
    expect(perCapita(0, 4)).toBe(0);
  });

  it("revenue per employee, 2018: 17조 6,031억 원 ÷ 19,674 (001_d4d5ca49a03203d9.txt)", () => {
    expect(revenuePerEmployee(money("17603100000000", "KRW"), 19674)).toEqual({ amount: "894739250", currency: "KRW" });
    expect(revenuePerEmployee(money("3520000000000", "KRW"), 16564)).toEqual({ amount: "212509056", currency: "KRW" });
  });

  it("people ≤ 0 or not finite → VALIDATION", () => {
    expect(() => perCapita(10, 0)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["people"], message: "people: expected a finite number of people greater than 0, received 0" }));
    expect(() => perCapita(10, -1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["people"] }));
    expect(() => perCapita(10, Number.NaN)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["people"] }));
    expect(() => perCapita(Number.POSITIVE_INFINITY, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["total"] }));
    expect(() => revenuePerEmployee(money("1", "KRW"), 0)).toThrow(
      expect.objectContaining({ code: "VALIDATION", path: ["employees"], message: "employees: expected a finite number of employees greater than 0, received 0" }),
    );
    expect(() => revenuePerEmployee(5 as never, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["revenue"] }));
    expect(() => revenuePerEmployee({ amount: "x", currency: "KRW" }, 1)).toThrow(expect.objectContaining({ code: "VALIDATION", path: ["revenue", "amount"] }));
  });
});
