import { describe, expect, it } from "vitest";
import { allocateMoney, money, sumMoney } from "../../src/index.js";

function thrown(fn: () => unknown): { code?: unknown; message: string; path?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as { code?: unknown; message: string; path?: unknown };
  }
  throw new Error("expected the call to throw");
}

const amounts = (parts: readonly { amount: string }[]): string[] => parts.map((part) => part.amount);

describe("allocateMoney (largest remainder; no won lost)", () => {
  it("splits evenly and gives leftover units to the largest remainders, earlier parts first on ties", () => {
    expect(amounts(allocateMoney(money("100", "KRW"), [1, 1, 1]))).toEqual(["34", "33", "33"]);
    expect(amounts(allocateMoney(money("0.05", "USD"), [3, 7]))).toEqual(["0.02", "0.03"]);
    expect(amounts(allocateMoney(money("10", "KRW"), [1, 2, 3, 4]))).toEqual(["1", "2", "3", "4"]);
    // exact shares 3.5, 3.5, 3 (ratios 35:35:30 of 10): one won left, goes to the first tie
    expect(amounts(allocateMoney(money("10", "KRW"), ["35", "35", "30"]))).toEqual(["4", "3", "3"]);
    // exact shares 1.6, 3.3, 5.1: floors 1, 3, 5 and one won to the largest remainder (0.6)
    expect(amounts(allocateMoney(money("10", "KRW"), [16, 33, 51]))).toEqual(["2", "3", "5"]);
  });

  it("accepts decimal ratios as strings and numbers", () => {
    expect(amounts(allocateMoney(money("1000000", "KRW"), ["0.7", 0.3]))).toEqual(["700000", "300000"]);
    expect(amounts(allocateMoney(money("100", "USD"), [0.1, 0.2, 0.7]))).toEqual(["10", "20", "70"]);
  });

  it("gives zero to zero ratios and keeps the sign of a negative amount", () => {
    expect(amounts(allocateMoney(money("100", "KRW"), [0, 1, 0, 2]))).toEqual(["0", "33", "0", "67"]);
    expect(amounts(allocateMoney(money("-100", "KRW"), [1, 1, 1]))).toEqual(["-34", "-33", "-33"]);
    expect(amounts(allocateMoney(money("0", "USD"), [1, 2]))).toEqual(["0", "0"]);
  });

  it("splits a 17조 6,031억 budget between 19 technoparks with the parts adding up exactly", () => {
    const budget = money("17603100000000", "KRW");
    const parts = allocateMoney(budget, Array.from({ length: 19 }, (_, i) => i + 1));
    expect(sumMoney(parts)).toEqual(budget);
    expect(parts[0]!.amount).toBe("92647894737"); // 17603100000000 / 190 = 92647894736.84…
  });

  it("refuses empty, negative, non-finite and all-zero ratios with VALIDATION", () => {
    const empty = thrown(() => allocateMoney(money("1", "KRW"), []));
    expect(empty.code).toBe("VALIDATION");
    expect(empty.message).toBe("ratios: expected a non-empty array of non-negative ratios, received an array of 0");
    const negative = thrown(() => allocateMoney(money("1", "KRW"), [1, -1]));
    expect(negative.path).toEqual(["ratios", 1]);
    expect(negative.message).toBe("ratios[1]: expected a non-negative ratio, received -1");
    const nan = thrown(() => allocateMoney(money("1", "KRW"), [1, Number.NaN]));
    expect(nan.message).toBe("ratios[1]: expected a non-negative finite decimal (number or plain decimal string), received NaN");
    expect(thrown(() => allocateMoney(money("1", "KRW"), ["1e2"])).code).toBe("VALIDATION");
    const zeros = thrown(() => allocateMoney(money("1", "KRW"), [0, "0.0"]));
    expect(zeros.code).toBe("VALIDATION");
    expect(zeros.message).toBe("ratios: expected ratios with a positive total, received an array of 2 summing to 0");
  });

  it("does not mutate frozen inputs", () => {
    const m = Object.freeze(money("100", "KRW"));
    const ratios = Object.freeze([1, 2]);
    expect(amounts(allocateMoney(m, ratios))).toEqual(["33", "67"]);
    expect(ratios).toEqual([1, 2]);
  });
});
