// Money at its limits (issue 17): products of a MAX_AMOUNT_DIGITS-digit amount and a factor of the longest
// accepted length whose exact value sits a hair off a tie, checked against the big-integer oracle (a precision
// below the ~200 significant digits such a product has would round the hair away and land on the tie), the
// input-length limits exactly at and one past the limit, and which refused inverse rate MISSING_RATE names.
import { describe, expect, it } from "vitest";
import { convertMoney, divideMoney, MAX_AMOUNT_DIGITS, money, multiplyMoney, type FxRate, type RoundingMode } from "../../src/index.js";
import { MAX_FACTOR_LENGTH } from "../arbitraries/money.js";
import { expectedProduct, expectedQuotient } from "../arbitraries/oracle.js";

const MODES: readonly RoundingMode[] = ["half-even", "half-up", "half-down", "up", "down", "ceil", "floor"];

function thrown(run: () => unknown): { code: string; message: string; path: unknown } {
  try {
    run();
  } catch (error) {
    return error as { code: string; message: string; path: unknown };
  }
  throw new Error("expected a throw");
}

/** `0.5000…0001` and `0.4999…9999` padded to exactly `length` characters. */
const justAboveHalf = (length: number) => `0.5${"0".repeat(length - 4)}1`;
const justBelowHalf = (length: number) => `0.4${"9".repeat(length - 3)}`;

describe("multiplyMoney keeps every digit of the exact product (decimal precision)", () => {
  it("5 won × 0.5000…0001 (80 zeros) is 3 half-even, not the 2 a tie would give", () => {
    const factor = `0.5${"0".repeat(80)}1`;
    expect(multiplyMoney(money("5", "KRW"), factor)).toEqual({ amount: "3", currency: "KRW" });
    expect(multiplyMoney(money("5", "KRW"), factor, { rounding: "half-down" })).toEqual({ amount: "3", currency: "KRW" });
    expect(multiplyMoney(money("5", "KRW"), `0.4${"9".repeat(81)}`, { rounding: "half-up" })).toEqual({ amount: "2", currency: "KRW" });
  });

  it("the factor limit is MAX_FACTOR_LENGTH characters: exactly the limit is read, one more is VALIDATION", () => {
    expect(MAX_FACTOR_LENGTH).toBe(130);
    expect(justAboveHalf(MAX_FACTOR_LENGTH)).toHaveLength(130);
    expect(justBelowHalf(MAX_FACTOR_LENGTH)).toHaveLength(130);
    expect(multiplyMoney(money("1", "KRW"), justAboveHalf(MAX_FACTOR_LENGTH))).toEqual({ amount: "1", currency: "KRW" });
    const tooLong = thrown(() => multiplyMoney(money("1", "KRW"), justAboveHalf(MAX_FACTOR_LENGTH + 1)));
    expect(tooLong.code).toBe("VALIDATION");
    expect(tooLong.path).toEqual(["factor"]);
    expect(thrown(() => divideMoney(money("1", "KRW"), `1${"0".repeat(MAX_FACTOR_LENGTH)}`)).path).toEqual(["divisor"]);
    expect(divideMoney(money("1", "KRW"), `1${"0".repeat(MAX_FACTOR_LENGTH - 1)}`)).toEqual({ amount: "0", currency: "KRW" });
  });

  // 64-digit odd amounts: × 0.5 is an exact tie; the 130-character factors move it by 10^-127 of the amount.
  const amounts = [
    ["KRW", "9".repeat(MAX_AMOUNT_DIGITS)],
    ["KRW", `-${"9".repeat(MAX_AMOUNT_DIGITS)}`],
    ["KRW", `1${"0".repeat(MAX_AMOUNT_DIGITS - 2)}1`],
    ["KRW", "3141592653589793238462643383279502884197169399375105820974944593"],
    ["USD", `${"9".repeat(MAX_AMOUNT_DIGITS - 2)}.99`],
    ["USD", `-${"7".repeat(MAX_AMOUNT_DIGITS - 2)}.01`],
  ] as const;
  const factors = [justAboveHalf(MAX_FACTOR_LENGTH), justBelowHalf(MAX_FACTOR_LENGTH), `-${justAboveHalf(MAX_FACTOR_LENGTH - 1)}`, "0.5", `1.5${"0".repeat(120)}1`];

  it.each(amounts)("%s %s × near-tie factors of up to 130 characters equals the big-integer oracle in every rounding mode", (code, amount) => {
    const minorDigits = code === "KRW" ? 0 : 2;
    expect(amount.replace(/[-.]/g, "")).toHaveLength(MAX_AMOUNT_DIGITS);
    for (const factor of factors) {
      for (const rounding of MODES) {
        const expected = expectedProduct(amount, factor, minorDigits, rounding);
        if ("tooLarge" in expected) {
          expect(thrown(() => multiplyMoney(money(amount, code), factor, { rounding })).code).toBe("VALIDATION");
        } else {
          expect(multiplyMoney(money(amount, code), factor, { rounding }), `${amount} × ${factor.slice(0, 12)}… (${rounding})`).toEqual({ amount: expected.amount, currency: code });
        }
      }
    }
  });

  it("the hair matters: above a tie rounds away in every half mode, below a tie rounds towards zero", () => {
    const amount = "9".repeat(MAX_AMOUNT_DIGITS);
    const half = `4${"9".repeat(MAX_AMOUNT_DIGITS - 1)}`; // 999…9 / 2 = 4999…9.5: below the tie it rounds to 4999…9
    const up = `5${"0".repeat(MAX_AMOUNT_DIGITS - 1)}`;
    for (const rounding of ["half-even", "half-up", "half-down"] as const) {
      expect(multiplyMoney(money(amount, "KRW"), justAboveHalf(MAX_FACTOR_LENGTH), { rounding }).amount).toBe(up);
      expect(multiplyMoney(money(amount, "KRW"), justBelowHalf(MAX_FACTOR_LENGTH), { rounding }).amount).toBe(half);
    }
  });

  it("divideMoney by 130-character divisors equals the oracle for 64-digit amounts", () => {
    for (const [code, amount] of amounts) {
      const minorDigits = code === "KRW" ? 0 : 2;
      for (const divisor of [`2.${"0".repeat(126)}1`, `1.9${"9".repeat(127)}`, `-0.${"0".repeat(60)}3`, "3"]) {
        for (const rounding of MODES) {
          const expected = expectedQuotient(amount, divisor, minorDigits, rounding);
          const result = "tooLarge" in expected ? thrown(() => divideMoney(money(amount, code), divisor, { rounding })).code : divideMoney(money(amount, code), divisor, { rounding }).amount;
          expect(result).toBe("tooLarge" in expected ? "VALIDATION" : expected.amount);
        }
      }
    }
  });
});

describe("convertMoney names the refused inverse rate in MISSING_RATE", () => {
  const refused: FxRate[] = [
    { base: "KRW", quote: "USD", rate: "0.00075", validFrom: "2023-01-02" },
    { base: "KRW", quote: "USD", rate: "0.00074", validFrom: "2023-06-01" },
    { base: "KRW", quote: "USD", rate: "0.00070", validFrom: "2024-01-02" },
  ];

  it("of two refused inverse rates in force, it names the later one whatever the order of the table", () => {
    const message = (table: FxRate[]) => thrown(() => convertMoney(money("1", "USD"), "KRW", table, "2023-10-19")).message;
    const expected = (index: number) =>
      `convertMoney: no USD→KRW rate valid on or before 2023-10-19 among the 3 rates given; the KRW→USD rate from 2023-06-01 (rates[${index}]) is not marked invertible: true`;
    expect(message(refused)).toBe(expected(1));
    expect(message([refused[1]!, refused[0]!, refused[2]!])).toBe(expected(0));
    expect(message([refused[2]!, refused[1]!, refused[0]!])).toBe(expected(1));
    expect(thrown(() => convertMoney(money("1", "USD"), "KRW", refused, "2023-10-19")).code).toBe("MISSING_RATE");
  });

  it("names the refused inverse rate of its own validFrom day, not one that starts later", () => {
    const onFirstDay = thrown(() => convertMoney(money("1", "USD"), "KRW", refused, "2023-06-01")).message;
    expect(onFirstDay).toContain("the KRW→USD rate from 2023-06-01 (rates[1])");
    const dayBefore = thrown(() => convertMoney(money("1", "USD"), "KRW", refused, "2023-05-31")).message;
    expect(dayBefore).toContain("the KRW→USD rate from 2023-01-02 (rates[0])");
    expect(thrown(() => convertMoney(money("1", "USD"), "KRW", refused, "2023-01-01")).message).toBe(
      "convertMoney: no USD→KRW rate valid on or before 2023-01-01 among the 3 rates given",
    );
  });

  it("names the earliest of two later direct rates and the refused inverse one together", () => {
    const table: FxRate[] = [
      ...refused,
      { base: "USD", quote: "KRW", rate: "1400", validFrom: "2025-03-01" },
      { base: "USD", quote: "KRW", rate: "1390", validFrom: "2024-11-01" },
      { base: "KRW", quote: "USD", rate: "0.0007", validFrom: "2024-10-01" },
    ];
    expect(thrown(() => convertMoney(money("1", "USD"), "KRW", table, "2024-06-30")).message).toBe(
      "convertMoney: no USD→KRW rate valid on or before 2024-06-30 among the 6 rates given; the KRW→USD rate from 2024-01-02 (rates[2]) is not marked invertible: true; the earliest USD→KRW rate starts 2024-11-01",
    );
  });

  it("an invertible inverse rate is used instead of being named", () => {
    const table: FxRate[] = [...refused, { base: "KRW", quote: "USD", rate: "0.0008", validFrom: "2023-03-01", invertible: true }];
    expect(convertMoney(money("1", "USD"), "KRW", table, "2023-10-19")).toEqual({ amount: "1250", currency: "KRW" });
  });
});
