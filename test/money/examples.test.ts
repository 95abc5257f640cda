// The @example blocks of src/money, checked: each line's stated result is asserted here.
import { describe, expect, it } from "vitest";
import { allocateMoney, compareMoney, convertMoney, currencies, currencyOf, divideMoney, formatKrw, formatMoney, isZeroMoney, MAX_AMOUNT_DIGITS, money, multiplyMoney, negateMoney, ratioOfMoney, subtractMoney, sumMoney, addMoney } from "../../src/index.js";
import { FxRate, Money } from "../../src/schemas/index.js";

describe("doc examples of src/money", () => {
  it("money, Money, currencies, MAX_AMOUNT_DIGITS", () => {
    expect(money("6500000.00", "USD")).toEqual({ amount: "6500000", currency: "USD" });
    expect(money(1_000_000_000n, "KRW")).toEqual({ amount: "1000000000", currency: "KRW" });
    expect(money(1e21, "KRW")).toEqual({ amount: "1000000000000000000000", currency: "KRW" });
    expect(Money.safeParse({ amount: "1.50", currency: "USD" }).success).toBe(false);
    expect(JSON.stringify(money("352000000000", "KRW"))).toBe('{"amount":"352000000000","currency":"KRW"}');
    expect(currencies.KRW!.minorDigits).toBe(0);
    expect(currencies.USD!.numeric).toBe(840);
    expect(currencyOf("USD").minorDigits).toBe(2);
    expect(MAX_AMOUNT_DIGITS).toBe(64);
  });

  it("arithmetic", () => {
    expect(addMoney(money("0.1", "USD"), money("0.2", "USD"))).toEqual({ amount: "0.3", currency: "USD" });
    expect(subtractMoney(money("1", "USD"), money("0.01", "USD"))).toEqual({ amount: "0.99", currency: "USD" });
    expect(negateMoney(money("12.5", "USD"))).toEqual({ amount: "-12.5", currency: "USD" });
    expect(compareMoney(money("9.99", "USD"), money("10", "USD"))).toBe(-1);
    expect(isZeroMoney(money("-0.00", "USD"))).toBe(true);
    expect(sumMoney([money("0.1", "USD"), money("0.2", "USD")])).toEqual({ amount: "0.3", currency: "USD" });
    expect(sumMoney([], "KRW")).toEqual({ amount: "0", currency: "KRW" });
    expect(ratioOfMoney(money("352000000000", "KRW"), money("1000000000000", "KRW"))).toBe(0.352);
  });

  it("rounding (RoundingMode, RoundingOptions, multiplyMoney, divideMoney)", () => {
    expect(multiplyMoney(money("0.25", "USD"), "0.5")).toEqual({ amount: "0.12", currency: "USD" });
    expect(multiplyMoney(money("0.25", "USD"), "0.5", { rounding: "half-up" })).toEqual({ amount: "0.13", currency: "USD" });
    expect(multiplyMoney(money("1000", "KRW"), "0.3")).toEqual({ amount: "300", currency: "KRW" });
    expect(multiplyMoney(money("19.99", "USD"), 3)).toEqual({ amount: "59.97", currency: "USD" });
    expect(multiplyMoney(money("5", "KRW"), "0.5")).toEqual({ amount: "2", currency: "KRW" });
    expect(multiplyMoney(money("5", "KRW"), "0.5", { rounding: "half-up" })).toEqual({ amount: "3", currency: "KRW" });
    expect(divideMoney(money("100", "USD"), 3)).toEqual({ amount: "33.33", currency: "USD" });
    expect(divideMoney(money("100", "USD"), 3, { rounding: "ceil" })).toEqual({ amount: "33.34", currency: "USD" });
    expect(divideMoney(money("1000", "KRW"), 3, { rounding: "down" })).toEqual({ amount: "333", currency: "KRW" });
  });

  it("allocateMoney", () => {
    expect(allocateMoney(money("100", "KRW"), [1, 1, 1]).map((m) => m.amount)).toEqual(["34", "33", "33"]);
    expect(allocateMoney(money("0.05", "USD"), [3, 7]).map((m) => m.amount)).toEqual(["0.02", "0.03"]);
  });

  it("FxRate and convertMoney", () => {
    expect(FxRate.parse({ base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-19", source: "Bank of Korea" }).rate).toBe("1350.5");
    const rates: FxRate[] = [
      { base: "USD", quote: "KRW", rate: "1300", validFrom: "2023-01-02", source: "example" },
      { base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-01", source: "example", invertible: true },
    ];
    expect(convertMoney(money("100", "USD"), "KRW", rates, "2023-10-19")).toEqual({ amount: "135050", currency: "KRW" });
    expect(convertMoney(money("135050", "KRW"), "USD", rates, "2023-10-19")).toEqual({ amount: "100", currency: "USD" });
  });

  it("formatKrw and formatMoney", () => {
    expect(formatKrw("17603100000000")).toBe("17조 6,031억 원");
    expect(formatKrw("352000000000")).toBe("3,520억 원");
    expect(formatKrw(money("1000000000", "KRW"))).toBe("10억 원");
    expect(formatKrw(123456789n)).toBe("1억 2,345만 6,789원");
    expect(formatKrw("0")).toBe("0원");
    expect(formatMoney(money("1234.5", "USD"), { locale: "en-US" })).toBe("$1,234.50");
    expect(formatMoney(money("1234.5", "USD"))).toBe("US$1,234.50");
    expect(formatMoney(money("17603100000000", "KRW"))).toBe("₩17,603,100,000,000");
  });
});
