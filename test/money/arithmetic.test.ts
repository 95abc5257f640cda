import { describe, expect, it } from "vitest";
import {
  addMoney,
  compareMoney,
  divideMoney,
  isZeroMoney,
  money,
  multiplyMoney,
  negateMoney,
  ratioOfMoney,
  subtractMoney,
  sumMoney,
  type Money,
  type RoundingMode,
} from "../../src/index.js";

function thrown(fn: () => unknown): { code?: unknown; message: string; path?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as { code?: unknown; message: string; path?: unknown };
  }
  throw new Error("expected the call to throw");
}

const usd = (amount: string): Money => Object.freeze(money(amount, "USD"));
const krw = (amount: string): Money => Object.freeze(money(amount, "KRW"));

describe("sumMoney (api-contract.md)", () => {
  it("is exact: 0.1 + 0.2 is 0.3", () => {
    expect(sumMoney([usd("0.1"), usd("0.2")])).toEqual({ amount: "0.3", currency: "USD" });
  });

  it("gives zero for an empty list when the currency is given", () => {
    expect(sumMoney([], "KRW")).toEqual({ amount: "0", currency: "KRW" });
    expect(sumMoney(new Set<Money>(), "USD")).toEqual({ amount: "0", currency: "USD" });
  });

  it("needs the currency for an empty list", () => {
    const error = thrown(() => sumMoney([]));
    expect(error.code).toBe("VALIDATION");
    expect(error.path).toEqual(["currency"]);
    expect(error.message).toBe("currency: expected a currency code when the list of amounts is empty (the currency of its zero total), received undefined");
  });

  it("throws CURRENCY_MISMATCH naming both currencies and the item", () => {
    const error = thrown(() => sumMoney([usd("1"), usd("2"), krw("3")]));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.path).toEqual(["items", 2, "currency"]);
    expect(error.message).toBe(
      "sumMoney: cannot combine USD and KRW (items[2].currency is KRW, expected USD); convert one with convertMoney and a dated FxRate table first",
    );
    const withCurrency = thrown(() => sumMoney([usd("1")], "KRW"));
    expect(withCurrency.code).toBe("CURRENCY_MISMATCH");
    expect(withCurrency.message).toContain("cannot combine KRW and USD");
  });

  it("accepts any iterable, including a generator read once", () => {
    function* amounts(): Generator<Money> {
      for (let i = 1; i <= 100; i++) yield money(`${i}.01`, "USD");
    }
    expect(sumMoney(amounts())).toEqual({ amount: "5051", currency: "USD" });
  });

  it("adds amounts beyond 2^53 minor units and 30-digit amounts exactly", () => {
    const big = usd("90071992547409.93"); // 2^53 + 1 cents
    expect(sumMoney([big, big, usd("0.01")]).amount).toBe("180143985094819.87");
    expect(sumMoney([usd("999999999999999999999999999999.99"), usd("0.01")]).amount).toBe("1000000000000000000000000000000");
    expect(sumMoney([usd("-999999999999999999999999999999.99"), usd("999999999999999999999999999999.99")]).amount).toBe("0");
    const many = Array.from({ length: 3000 }, () => usd("4503599627370.49"));
    expect(sumMoney(many).amount).toBe("13510798882111470");
  });

  it("refuses items that are not valid Money with VALIDATION naming the item", () => {
    const badAmount = thrown(() => sumMoney([usd("1"), { amount: "1e3", currency: "USD" }]));
    expect(badAmount.code).toBe("VALIDATION");
    expect(badAmount.path).toEqual(["items", 1, "amount"]);
    expect(badAmount.message).toContain('received "1e3"');
    const badCurrency = thrown(() => sumMoney([{ amount: "1", currency: "XXX" }]));
    expect(badCurrency.code).toBe("VALIDATION");
    expect(badCurrency.message).toContain('items[0].currency: expected a known ISO 4217 currency code');
    expect(thrown(() => sumMoney([null as unknown as Money])).path).toEqual(["items", 0]);
    expect(thrown(() => sumMoney(5 as unknown as Money[])).path).toEqual(["items"]);
    expect(thrown(() => sumMoney([{ amount: 5, currency: "USD" } as unknown as Money])).message).toContain("received 5");
    expect(thrown(() => sumMoney([], "XXX")).code).toBe("VALIDATION");
  });

  it("does not mutate its inputs (frozen items and a frozen array)", () => {
    const items = Object.freeze([usd("1.5"), usd("2.25")]);
    expect(sumMoney(items)).toEqual({ amount: "3.75", currency: "USD" });
    expect(items).toEqual([{ amount: "1.5", currency: "USD" }, { amount: "2.25", currency: "USD" }]);
  });
});

describe("addMoney / subtractMoney / negateMoney", () => {
  it("adds and subtracts exactly", () => {
    expect(addMoney(usd("0.1"), usd("0.2"))).toEqual({ amount: "0.3", currency: "USD" });
    expect(subtractMoney(usd("1"), usd("0.01"))).toEqual({ amount: "0.99", currency: "USD" });
    expect(subtractMoney(krw("5"), krw("5"))).toEqual({ amount: "0", currency: "KRW" });
    expect(subtractMoney(krw("5"), krw("8"))).toEqual({ amount: "-3", currency: "KRW" });
    expect(addMoney(krw("9007199254740991"), krw("2"))).toEqual({ amount: "9007199254740993", currency: "KRW" });
  });

  it("negates without ever writing -0", () => {
    expect(negateMoney(usd("12.5"))).toEqual({ amount: "-12.5", currency: "USD" });
    expect(negateMoney(usd("-12.5"))).toEqual({ amount: "12.5", currency: "USD" });
    expect(negateMoney(usd("0"))).toEqual({ amount: "0", currency: "USD" });
    expect(negateMoney(krw("123456789012345678901234567890"))).toEqual({ amount: "-123456789012345678901234567890", currency: "KRW" });
  });

  it.each([
    ["addMoney", addMoney],
    ["subtractMoney", subtractMoney],
    ["compareMoney", compareMoney],
  ] as const)("%s throws CURRENCY_MISMATCH naming both currencies", (name, fn) => {
    const error = thrown(() => fn(usd("1"), krw("1")));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.message).toBe(
      `${name}: cannot combine USD and KRW (b.currency is KRW, expected USD); convert one with convertMoney and a dated FxRate table first`,
    );
  });

  it("refuses a sum with more than 64 digits", () => {
    const error = thrown(() => addMoney(krw("9".repeat(64)), krw("1")));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe("addMoney: the result has 65 digits, more than the 64 an amount may have");
  });

  it("refuses a hand-made Money with a bad amount, naming the argument", () => {
    const error = thrown(() => addMoney({ amount: "1.234", currency: "USD" }, usd("1")));
    expect(error.code).toBe("VALIDATION");
    expect(error.path).toEqual(["a", "amount"]);
    expect(error.message).toBe('a.amount: expected a plain decimal string with at most 2 fraction digits for USD and at most 64 digits, received "1.234"');
    expect(thrown(() => negateMoney(undefined as unknown as Money)).message).toBe("m: expected a Money object { amount, currency }, received undefined");
  });
});

describe("compareMoney / isZeroMoney", () => {
  it("orders amounts, also across the 2^53 boundary and for negatives", () => {
    expect(compareMoney(usd("9.99"), usd("10"))).toBe(-1);
    expect(compareMoney(usd("10"), usd("10.00"))).toBe(0);
    expect(compareMoney(usd("-1"), usd("-2"))).toBe(1);
    expect(compareMoney(krw("9007199254740993"), krw("9007199254740992"))).toBe(1);
    expect(compareMoney(krw("-99999999999999999999999999999"), krw("1"))).toBe(-1);
    expect([krw("3"), krw("-1"), krw("2")].sort(compareMoney).map((m) => m.amount)).toEqual(["-1", "2", "3"]);
  });

  it("tells zero", () => {
    expect(isZeroMoney(usd("0"))).toBe(true);
    expect(isZeroMoney({ amount: "-0.00", currency: "USD" })).toBe(true);
    expect(isZeroMoney(usd("0.01"))).toBe(false);
    expect(isZeroMoney(krw("100000000000000000000"))).toBe(false);
  });
});

describe("multiplyMoney / divideMoney", () => {
  it.each<[Money, string | number | bigint, RoundingMode | undefined, string]>([
    [krw("1000"), "0.3", undefined, "300"],
    [usd("19.99"), 3, undefined, "59.97"],
    [usd("19.99"), 3n, undefined, "59.97"],
    [usd("0.1"), 0.1, undefined, "0.01"],
    [krw("5"), "0.5", undefined, "2"],
    [krw("7"), "0.5", undefined, "4"],
    [krw("5"), "0.5", "half-up", "3"],
    [krw("5"), "0.5", "half-down", "2"],
    [krw("-5"), "0.5", "half-up", "-3"],
    [krw("-5"), "0.5", "half-down", "-2"],
    [krw("-5"), "0.5", "half-even", "-2"],
    [krw("10"), "0.11", "up", "2"],
    [krw("-10"), "0.11", "up", "-2"],
    [krw("19"), "0.1", "down", "1"],
    [krw("-19"), "0.1", "down", "-1"],
    [krw("11"), "0.1", "ceil", "2"],
    [krw("-19"), "0.1", "ceil", "-1"],
    [krw("19"), "0.1", "floor", "1"],
    [krw("-11"), "0.1", "floor", "-2"],
    [usd("100"), "-1.5", undefined, "-150"],
    [usd("123456789012345678901234567890.12"), "2", undefined, "246913578024691357802469135780.24"],
  ])("multiplyMoney(%o, %s, %s) = %s", (m, factor, rounding, amount) => {
    expect(multiplyMoney(m, factor, rounding === undefined ? undefined : { rounding })).toEqual({ amount, currency: m.currency });
  });

  it.each<[Money, string | number | bigint, RoundingMode | undefined, string]>([
    [usd("100"), 3, undefined, "33.33"],
    [usd("100"), 3, "ceil", "33.34"],
    [usd("-100"), 3, "ceil", "-33.33"],
    [usd("-100"), 3, "floor", "-33.34"],
    [usd("100"), "0.5", undefined, "200"],
    [krw("5"), 2, undefined, "2"],
    [krw("7"), 2, undefined, "4"],
    [krw("5"), 2, "half-up", "3"],
    [krw("5"), -2, "half-up", "-3"],
    [krw("5"), 2, "half-down", "2"],
    [krw("1"), 3, "up", "1"],
    [krw("-1"), 3, "up", "-1"],
    [krw("2"), 3, "down", "0"],
    [usd("1"), 8n, undefined, "0.12"],
    [usd("1"), "8", "half-up", "0.13"],
  ])("divideMoney(%o, %s, %s) = %s", (m, divisor, rounding, amount) => {
    expect(divideMoney(m, divisor, rounding === undefined ? undefined : { rounding })).toEqual({ amount, currency: m.currency });
  });

  it("refuses NaN, Infinity, exponent strings, a zero divisor and unknown rounding modes", () => {
    for (const factor of [Number.NaN, Number.POSITIVE_INFINITY, "1e3", "abc", "", " 1"]) {
      const error = thrown(() => multiplyMoney(usd("1"), factor));
      expect(error.code).toBe("VALIDATION");
      expect(error.path).toEqual(["factor"]);
    }
    expect(thrown(() => multiplyMoney(usd("1"), "1e3")).message).toBe(
      'factor: expected a finite plain decimal (string, number or bigint; no exponent), received "1e3"',
    );
    const zero = thrown(() => divideMoney(usd("1"), "0.00"));
    expect(zero.code).toBe("VALIDATION");
    expect(zero.message).toBe("divisor: expected a non-zero divisor, received 0.00");
    expect(thrown(() => divideMoney(usd("1"), Number.NaN)).message).toContain("divisor: expected a finite plain decimal");
    const mode = thrown(() => multiplyMoney(usd("1"), 2, { rounding: "bankers" as RoundingMode }));
    expect(mode.code).toBe("VALIDATION");
    expect(mode.message).toBe('options.rounding: expected one of half-even, half-up, half-down, up, down, ceil, floor, received "bankers"');
  });
});

describe("ratioOfMoney", () => {
  it("gives the ratio as a number", () => {
    expect(ratioOfMoney(krw("352000000000"), krw("1000000000000"))).toBe(0.352);
    expect(ratioOfMoney(usd("1"), usd("3"))).toBe(1 / 3);
    expect(ratioOfMoney(usd("0"), usd("-3"))).toBe(0);
    expect(Object.is(ratioOfMoney(usd("0"), usd("-3")), -0)).toBe(false);
    expect(ratioOfMoney(krw("200000000000000000000000000000"), krw("100000000000000000000000000000"))).toBe(2);
    expect(ratioOfMoney(krw("1"), krw("300000000000000000000000000000"))).toBe(1 / 3e29);
  });

  it("refuses a zero denominator and mixed currencies", () => {
    const zero = thrown(() => ratioOfMoney(krw("1"), krw("0")));
    expect(zero.code).toBe("VALIDATION");
    expect(zero.message).toBe('denominator: expected a non-zero amount, received "0" KRW');
    const mixed = thrown(() => ratioOfMoney(krw("1"), usd("1")));
    expect(mixed.code).toBe("CURRENCY_MISMATCH");
    expect(mixed.message).toContain("cannot combine KRW and USD");
  });
});
