import { describe, expect, it } from "vitest";
import { convertMoney, money } from "../../src/index.js";
import { FxRate } from "../../src/schemas/index.js";

function thrown(fn: () => unknown): { code?: unknown; message: string; path?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as { code?: unknown; message: string; path?: unknown };
  }
  throw new Error("expected the call to throw");
}

const rates: readonly FxRate[] = Object.freeze(
  [
    { base: "USD", quote: "KRW", rate: "1300", validFrom: "2023-01-02", source: "test table" },
    { base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-01", source: "test table", invertible: true },
    { base: "USD", quote: "KRW", rate: "1400", validFrom: "2024-01-02", source: "test table" },
    { base: "EUR", quote: "KRW", rate: "1420.25", validFrom: "2023-01-02", source: "test table" },
    { base: "UZS", quote: "KRW", rate: "0.1094", validFrom: "2023-01-02", source: "test table", invertible: true },
  ].map((rate) => Object.freeze(rate)),
);

describe("convertMoney (api-contract.md: latest rate with validFrom <= on, half-even to the target)", () => {
  it("picks the latest rate on or before the date", () => {
    const usd100 = Object.freeze(money("100", "USD"));
    expect(convertMoney(usd100, "KRW", rates, "2023-01-02")).toEqual({ amount: "130000", currency: "KRW" });
    expect(convertMoney(usd100, "KRW", rates, "2023-09-30")).toEqual({ amount: "130000", currency: "KRW" });
    expect(convertMoney(usd100, "KRW", rates, "2023-10-01")).toEqual({ amount: "135050", currency: "KRW" });
    expect(convertMoney(usd100, "KRW", rates, "2023-12-31")).toEqual({ amount: "135050", currency: "KRW" });
    expect(convertMoney(usd100, "KRW", rates, "2030-01-01")).toEqual({ amount: "140000", currency: "KRW" });
  });

  it("does not depend on the order of the table", () => {
    const reversed = [...rates].reverse();
    expect(convertMoney(money("100", "USD"), "KRW", reversed, "2023-12-31")).toEqual({ amount: "135050", currency: "KRW" });
  });

  it("reads a Date as its calendar day in Asia/Seoul", () => {
    // 2023-09-30T15:30Z is 2023-10-01 00:30 in Seoul: the 2023-10-01 rate applies
    expect(convertMoney(money("1", "USD"), "KRW", rates, new Date("2023-09-30T15:30:00Z"))).toEqual({ amount: "1350", currency: "KRW" });
    expect(convertMoney(money("1", "USD"), "KRW", rates, new Date("2023-09-30T14:30:00Z"))).toEqual({ amount: "1300", currency: "KRW" });
  });

  it("rounds half-even to the target's minor digits", () => {
    // 1 USD × 1350.5 = 1350.5 KRW → 1350 (even); 3 USD × 1350.5 = 4051.5 → 4052 (even)
    expect(convertMoney(money("1", "USD"), "KRW", rates, "2023-10-19").amount).toBe("1350");
    expect(convertMoney(money("3", "USD"), "KRW", rates, "2023-10-19").amount).toBe("4052");
    expect(convertMoney(money("0.01", "USD"), "KRW", rates, "2023-10-19").amount).toBe("14");
    expect(convertMoney(money("-1", "USD"), "KRW", rates, "2023-10-19").amount).toBe("-1350");
  });

  it("uses a rate quote→base only when the table marks it invertible", () => {
    expect(convertMoney(money("135050", "KRW"), "USD", rates, "2023-10-19")).toEqual({ amount: "100", currency: "USD" });
    expect(convertMoney(money("1000", "KRW"), "USD", rates, "2023-10-19")).toEqual({ amount: "0.74", currency: "USD" }); // 0.7404…
    expect(convertMoney(money("1000", "KRW"), "UZS", rates, "2023-10-19")).toEqual({ amount: "9140.77", currency: "UZS" }); // 9140.767…
    // the 2024-01-02 USD→KRW rate is not invertible, so on 2024-06-01 KRW→USD still uses the 2023-10-01 rate
    expect(convertMoney(money("135050", "KRW"), "USD", rates, "2024-06-01")).toEqual({ amount: "100", currency: "USD" });
    const error = thrown(() => convertMoney(money("1000", "KRW"), "USD", rates, "2023-09-30"));
    expect(error.code).toBe("MISSING_RATE");
    expect(error.message).toBe(
      "convertMoney: no KRW→USD rate valid on or before 2023-09-30 among the 5 rates given; the USD→KRW rate from 2023-01-02 (rates[0]) is not marked invertible: true",
    );
    const eur = thrown(() => convertMoney(money("1000", "KRW"), "EUR", rates, "2023-10-19"));
    expect(eur.code).toBe("MISSING_RATE");
    expect(eur.message).toContain("no KRW→EUR rate valid on or before 2023-10-19");
  });

  it("prefers a direct rate over an inverted one of the same date", () => {
    const table: FxRate[] = [
      { base: "KRW", quote: "USD", rate: "0.001", validFrom: "2023-01-02", invertible: true },
      { base: "USD", quote: "KRW", rate: "1200", validFrom: "2023-01-02" },
    ];
    expect(convertMoney(money("1", "USD"), "KRW", table, "2023-05-05").amount).toBe("1200");
    expect(convertMoney(money("1", "USD"), "KRW", table.slice(0, 1), "2023-05-05").amount).toBe("1000");
  });

  it("throws MISSING_RATE naming the pair and the date when no rate is valid yet or none exists", () => {
    const before = thrown(() => convertMoney(money("1", "USD"), "KRW", rates, "2022-12-31"));
    expect(before.code).toBe("MISSING_RATE");
    expect(before.message).toBe(
      "convertMoney: no USD→KRW rate valid on or before 2022-12-31 among the 5 rates given; the earliest USD→KRW rate starts 2023-01-02",
    );
    const none = thrown(() => convertMoney(money("1", "JPY"), "KRW", [], "2023-10-19"));
    expect(none.code).toBe("MISSING_RATE");
    expect(none.message).toBe("convertMoney: no JPY→KRW rate valid on or before 2023-10-19 among the 0 rates given");
  });

  it("returns an equal Money for the same currency without needing a rate", () => {
    const m = Object.freeze(money("12.5", "USD"));
    const converted = convertMoney(m, "USD", [], "2023-10-19");
    expect(converted).toEqual(m);
  });

  it("validates the rates of the pair, the target code and the date", () => {
    const badRate = thrown(() => convertMoney(money("1", "USD"), "KRW", [{ base: "USD", quote: "KRW", rate: "1.3e3", validFrom: "2023-01-02" }], "2023-10-19"));
    expect(badRate.code).toBe("VALIDATION");
    expect(badRate.path).toEqual(["rates", 0, "rate"]);
    expect(badRate.message).toBe('rates[0].rate: expected a positive plain decimal string (no exponent, no sign), received "1.3e3"');
    const zeroRate = thrown(() => convertMoney(money("1", "USD"), "KRW", [{ base: "USD", quote: "KRW", rate: "0.00", validFrom: "2023-01-02" }], "2023-10-19"));
    expect(zeroRate.message).toContain("rates[0].rate: expected a rate greater than zero");
    const badDate = thrown(() => convertMoney(money("1", "USD"), "KRW", [{ base: "USD", quote: "KRW", rate: "1300", validFrom: "2023-02-30" }], "2023-10-19"));
    expect(badDate.path).toEqual(["rates", 0, "validFrom"]);
    const badOn = thrown(() => convertMoney(money("1", "USD"), "KRW", rates, "2023/10/19"));
    expect(badOn.code).toBe("VALIDATION");
    expect(badOn.message).toBe('on: expected a real calendar date in YYYY-MM-DD form or a valid Date, received "2023/10/19"');
    const badTo = thrown(() => convertMoney(money("1", "USD"), "XYZ", rates, "2023-10-19"));
    expect(badTo.message).toBe('to: expected a known ISO 4217 currency code (KRW, USD, EUR, JPY, CNY, UZS, VND, RUB, GBP), received "XYZ"');
    expect(thrown(() => convertMoney(money("1", "USD"), "KRW", "x" as unknown as FxRate[], "2023-10-19")).path).toEqual(["rates"]);
    expect(thrown(() => convertMoney(money("1", "USD"), "KRW", [null as unknown as FxRate], "2023-10-19")).path).toEqual(["rates", 0]);
  });

  it("refuses two different rates for the pair on the same date, and accepts equal duplicates", () => {
    const conflict = thrown(() =>
      convertMoney(money("1", "USD"), "KRW", [...rates, { base: "USD", quote: "KRW", rate: "1351", validFrom: "2023-10-01" }], "2023-10-19"),
    );
    expect(conflict.code).toBe("VALIDATION");
    expect(conflict.message).toBe(
      "rates[5].rate: two different USD→KRW rates valid from 2023-10-01: 1350.5 (rates[1]) and 1351 (rates[5]); keep one per pair and date",
    );
    const duplicate = [...rates, { base: "USD", quote: "KRW", rate: "1350.50", validFrom: "2023-10-01" }];
    expect(convertMoney(money("100", "USD"), "KRW", duplicate, "2023-10-19").amount).toBe("135050");
  });
  // The property (random amounts and rates against the big-integer oracle) is in properties.test.ts.
});

describe("FxRate schema", () => {
  it("accepts a dated rate with a source and refuses a pair of one currency", () => {
    expect(FxRate.parse({ base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-19", source: "Bank of Korea" })).toEqual({
      base: "USD",
      quote: "KRW",
      rate: "1350.5",
      validFrom: "2023-10-19",
      source: "Bank of Korea",
    });
    expect(FxRate.safeParse({ base: "USD", quote: "USD", rate: "1", validFrom: "2023-10-19" }).success).toBe(false);
    expect(FxRate.safeParse({ base: "USD", quote: "KRW", rate: "-1", validFrom: "2023-10-19" }).success).toBe(false);
    expect(FxRate.safeParse({ base: "USD", quote: "XYZ", rate: "1", validFrom: "2023-10-19" }).success).toBe(false);
  });
});
