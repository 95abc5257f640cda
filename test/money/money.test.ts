import { describe, expect, it } from "vitest";
import { currencies, currencyOf, MAX_AMOUNT_DIGITS, money } from "../../src/index.js";
import { Money, parseWith } from "../../src/schemas/index.js";

function thrown(fn: () => unknown): { code?: unknown; message: string; path?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as { code?: unknown; message: string; path?: unknown };
  }
  throw new Error("expected the call to throw");
}

describe("currencies table (ISO 4217; domain-facts.md §5 for KRW and USD)", () => {
  it.each([
    ["KRW", 410, 0, "₩"],
    ["USD", 840, 2, "$"],
    ["EUR", 978, 2, "€"],
    ["JPY", 392, 0, "¥"],
    ["CNY", 156, 2, "CN¥"],
    ["UZS", 860, 2, "soʻm"],
    ["VND", 704, 0, "₫"],
  ])("%s has numeric code %i, %i minor digits and symbol %s", (code, numeric, minorDigits, symbol) => {
    const currency = currencyOf(code);
    expect(currency).toMatchObject({ code, numeric, minorDigits, symbol });
    expect(currencies[code]).toBe(currency);
  });

  it("is frozen data", () => {
    expect(Object.isFrozen(currencies)).toBe(true);
  });

  it("refuses an unknown code, and inherited names such as toString", () => {
    for (const code of ["XXX", "krw", "toString", ""]) {
      const error = thrown(() => currencyOf(code));
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toContain(JSON.stringify(code));
    }
  });
});

describe("money()", () => {
  it.each<[string | number | bigint, string, string]>([
    ["6500000", "KRW", "6500000"],
    ["6500000.00", "USD", "6500000"],
    ["0.10", "USD", "0.1"],
    ["-12.50", "USD", "-12.5"],
    ["007", "KRW", "7"],
    ["-0", "KRW", "0"],
    ["-0.00", "USD", "0"],
    ["1.0", "KRW", "1"],
    [0.1, "USD", "0.1"],
    [-0, "USD", "0"],
    [1e21, "KRW", "1000000000000000000000"],
    [1.5e21, "KRW", "1500000000000000000000"],
    [-2.5e22, "KRW", "-25000000000000000000000"],
    [123456789012, "KRW", "123456789012"],
    [1_000_000_000n, "KRW", "1000000000"],
    [-5n, "JPY", "-5"],
    ["123456789012345678901234567890.12", "USD", "123456789012345678901234567890.12"],
  ])("money(%s, %s) has the canonical amount %s", (input, currency, amount) => {
    expect(money(input, currency)).toEqual({ amount, currency });
  });

  it.each<[string | number | bigint, string, string]>([
    ["abc", "KRW", '"abc"'],
    [Number.NaN, "USD", "NaN"],
    [Number.POSITIVE_INFINITY, "USD", "Infinity"],
    [Number.NEGATIVE_INFINITY, "USD", "-Infinity"],
    ["1e3", "USD", '"1e3"'],
    ["1E3", "USD", '"1E3"'],
    ["+5", "USD", '"+5"'],
    ["", "USD", '""'],
    ["-", "USD", '"-"'],
    [".5", "USD", '".5"'],
    ["5.", "USD", '"5."'],
    [" 5", "USD", '" 5"'],
    ["1,000", "KRW", '"1,000"'],
    ["1.5", "KRW", '"1.5"'],
    ["0.001", "USD", '"0.001"'],
    ["Infinity", "USD", '"Infinity"'],
    [0.1 + 0.2, "USD", "0.30000000000000004"],
    [1.5e-7, "USD", "1.5e-7"],
    [1e300, "KRW", "1e+300"],
  ])("money(%s, %s) throws VALIDATION naming %s", (input, currency, shown) => {
    const error = thrown(() => money(input, currency));
    expect(error.code).toBe("VALIDATION");
    expect(error.path).toEqual(["amount"]);
    expect(error.message).toContain(`received ${shown}`);
  });

  it("names the currency's minor digits when there are too many fraction digits", () => {
    expect(thrown(() => money("1.5", "KRW")).message).toBe(
      `amount: expected a finite plain decimal (no exponent, at most 0 fraction digits for KRW, at most ${MAX_AMOUNT_DIGITS} digits), received "1.5"`,
    );
  });

  it("accepts exactly MAX_AMOUNT_DIGITS digits and refuses one more, also for very long strings", () => {
    expect(MAX_AMOUNT_DIGITS).toBe(64);
    expect(money("9".repeat(64), "KRW").amount).toBe("9".repeat(64));
    expect(money(`${"9".repeat(62)}.99`, "USD").amount).toBe(`${"9".repeat(62)}.99`);
    expect(money(`000${"9".repeat(64)}`, "KRW").amount).toBe("9".repeat(64));
    expect(thrown(() => money("9".repeat(65), "KRW")).code).toBe("VALIDATION");
    expect(thrown(() => money(`${"9".repeat(63)}.99`, "USD")).code).toBe("VALIDATION");
    const huge = "1".repeat(1_000_000);
    const error = thrown(() => money(huge, "KRW"));
    expect(error.code).toBe("VALIDATION");
    expect(error.message.length).toBeLessThan(300);
  });

  it("throws VALIDATION for an unknown currency, naming it", () => {
    const error = thrown(() => money("1", "ABC"));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain('received "ABC"');
  });
});

describe("Money schema", () => {
  it("accepts canonical amounts and refuses non-canonical ones with the path and value", () => {
    expect(Money.parse({ amount: "-12.5", currency: "USD" })).toEqual({ amount: "-12.5", currency: "USD" });
    for (const amount of ["1.50", "01", "-0", "1e3", "0.001", "+1"]) {
      const result = Money.safeParse({ amount, currency: "USD" });
      expect(result.success).toBe(false);
    }
    const error = thrown(() => parseWith(Money, { amount: "1.50", currency: "USD" }, "Money"));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toContain("amount:");
    expect(error.message).toContain('received "1.50"');
    expect(Money.safeParse({ amount: "1", currency: "XYZ" }).success).toBe(false);
  });
});
