// Inputs at the edges of the money functions that the other suites did not reach (issue 17: written against the
// survivors of the `src/money` mutation run): which rates of a table convertMoney may use, numbers that String()
// writes with an exponent, the length limit and spacing of parseKrw, fractions inside a Korean unit group, the
// schemas' own messages. The allocation cases pin the order leftover units go in; the comparator mutants they
// were written for turned out equivalent on V8 (docs/mutation.md says why).
import { describe, expect, it } from "vitest";
import { allocateMoney, convertMoney, currencies, money, multiplyMoney, parseKrw, type FxRate } from "../../src/index.js";
import { FxRate as FxRateSchema, Money as MoneySchema } from "../../src/schemas/index.js";
import { fxRateIssues } from "../../src/money/fx-rate.js";
import fc from "fast-check";
import { canonicalAmount } from "../../src/money/money.js";
import { formatMinorUnits, parseMinorUnits } from "../../src/money/minor-units.js";
import { roundingModeOf, roundQuotient } from "../../src/money/rounding.js";
import { expectWholeError } from "../support/whole-error.js";

const krw = (amount: string) => ({ amount, currency: "KRW" });
const usd = (amount: string) => ({ amount, currency: "USD" });
const rate = (base: string, quote: string, value: string, validFrom: string, invertible?: boolean): FxRate =>
  invertible === undefined ? { base, quote, rate: value, validFrom } : { base, quote, rate: value, validFrom, invertible };
const amounts = (parts: readonly { amount: string }[]): string[] => parts.map((part) => part.amount);
const PARSE_KRW_EXPECTED = 'a won amount such as "12억 5,000만 원", "12.5억", "1,250,000,000" or "1250000000원"';

describe("convertMoney: which rates of the table count", () => {
  it("scales a direct rate into a currency with minor digits (KRW → USD, cents)", () => {
    expect(convertMoney(krw("1000"), "USD", [rate("KRW", "USD", "0.00075", "2024-01-01")], "2024-01-01")).toEqual(usd("0.75"));
  });

  it("ignores rates that share only one currency with the pair, even when invertible", () => {
    const message = "convertMoney: no USD→KRW rate valid on or before 2024-01-01 among the 2 rates given";
    expectWholeError(
      () => convertMoney(usd("1"), "KRW", [rate("KRW", "EUR", "0.0007", "2024-01-01", true), rate("USD", "EUR", "0.9", "2024-01-01")], "2024-01-01"),
      { code: "MISSING_RATE", message, path: ["rates"], issues: [{ path: ["rates"], expected: "a USD→KRW rate with validFrom <= 2024-01-01", received: "none among 2 rates", message }] },
    );
  });

  it("names the first of two refused inverse rates with the same validFrom", () => {
    const rates = [rate("KRW", "USD", "0.00075", "2024-01-01"), rate("KRW", "USD", "0.0008", "2024-01-01")];
    expect(() => convertMoney(usd("1"), "KRW", rates, "2024-02-01")).toThrow(
      "convertMoney: no USD→KRW rate valid on or before 2024-02-01 among the 2 rates given; the KRW→USD rate from 2024-01-01 (rates[0]) is not marked invertible: true",
    );
  });

  it("prefers a later inverted rate to an earlier direct one (direct wins only on the same date)", () => {
    const rates = [rate("KRW", "USD", "0.001", "2024-02-01", true), rate("USD", "KRW", "1300", "2024-01-01")];
    expect(convertMoney(usd("1"), "KRW", rates, "2024-03-01")).toEqual(krw("1000"));
  });

  it("does not call a direct and an inverted rate of the same date a conflict: the direct one wins", () => {
    const rates = [rate("USD", "KRW", "1300", "2024-01-01"), rate("KRW", "USD", "0.001", "2024-01-01", true)];
    expect(convertMoney(usd("1"), "KRW", rates, "2024-03-01")).toEqual(krw("1300"));
  });

  it("accepts a rate of exactly 130 characters", () => {
    expect(convertMoney(usd("1"), "KRW", [rate("USD", "KRW", `1.${"0".repeat(127)}5`, "2024-01-01")], "2024-01-01")).toEqual(krw("1"));
  });
});

describe("fxRateIssues (the hand check behind convertMoney)", () => {
  it("refuses a currency code that is not a string, even one that names a currency as a property key", () => {
    const issues = fxRateIssues({ base: ["USD"], quote: "KRW", rate: "1", validFrom: "2024-01-01" }, ["rates", 0]);
    expect(issues.map((issue) => issue.path)).toEqual([["rates", 0, "base"]]);
  });

  it("checks base ≠ quote only once every field is valid (one issue at a time for a broken entry)", () => {
    const issues = fxRateIssues({ base: "USD", quote: "USD", rate: "x", validFrom: "2024-01-01" }, ["rates", 0]);
    expect(issues.map((issue) => issue.path)).toEqual([["rates", 0, "rate"]]);
    expect(fxRateIssues({ base: "USD", quote: "USD", rate: "1", validFrom: "2024-01-01" }, []).map((issue) => issue.expected)).toEqual([
      "a currency different from base",
    ]);
  });
});

describe("numbers that String() writes with an exponent", () => {
  it.each([
    [-1e-7, "10000000", "-1"],
    [1e-7, "10000000", "1"],
    [1e21, "1", "1000000000000000000000"],
    [-1.5e21, "1", "-1500000000000000000000"],
  ])("multiplyMoney by %s", (factor, amount, expected) => {
    expect(multiplyMoney(krw(amount), factor)).toEqual(krw(expected));
  });

  it("money(1e21) is the plain 22-digit amount", () => {
    expect(money(1e21, "KRW")).toEqual(krw("1000000000000000000000"));
  });
});

describe("parseKrw: limits, spacing and fractions inside a unit group", () => {
  it("reads a text of exactly 200 characters and refuses 201", () => {
    expect(parseKrw(`${" ".repeat(199)}1`)).toEqual(krw("1"));
    expect(() => parseKrw(`${" ".repeat(200)}1`)).toThrow(`text: expected ${PARSE_KRW_EXPECTED}`);
  });

  it.each([
    ["- 1,000원", "-1000"],
    ["₩ 5", "5"],
    ["1.5천2.25백만", "17250000"], // (1,500 + 225) × 10^4: the fractions have different lengths
    ["1.25천5백만", "17500000"], // (1,250 + 500) × 10^4
    ["1.23450만", "12345"], // five fraction digits under 만 (10^4) still make a whole number of won
    ["1.00", "1"],
  ])("%j is %s won", (text, expected) => {
    expect(parseKrw(text)).toEqual(krw(expected));
  });

  it.each(["5천3천", "5백6백", "1.23456만", "1.5", "원", "- ₩ 원"])("refuses %j (a repeated small unit, a fraction of a won, no digits)", (text) => {
    expectWholeError(() => parseKrw(text), {
      code: "VALIDATION",
      message: `text: expected ${PARSE_KRW_EXPECTED}, received ${JSON.stringify(text)}`,
      path: ["text"],
      issues: [{ path: ["text"], expected: PARSE_KRW_EXPECTED, received: JSON.stringify(text), message: `expected ${PARSE_KRW_EXPECTED}` }],
    });
  });
});

describe("allocateMoney hands leftover units to the largest remainders, earlier parts first on ties", () => {
  it.each([
    ["1", [1, 2], ["0", "1"]], // remainders 1/3, 2/3: the later part
    ["1", [2, 1], ["1", "0"]],
    ["2", [1, 1, 1], ["1", "1", "0"]],
    ["5", [1, 2, 3, 4], ["1", "1", "1", "2"]], // remainders 5, 0, 5, 0 (tenths): the first tie
    ["7", [3, 1, 2, 1, 3], ["2", "1", "1", "1", "2"]], // remainders 1, 7, 4, 7, 1: parts 1 and 3
    ["-7", [3, 1, 2, 1, 3], ["-2", "-1", "-1", "-1", "-2"]],
    ["0", [1, 2], ["0", "0"]],
  ] as const)("%s won over %j", (amount, ratios, expected) => {
    expect(amounts(allocateMoney(krw(amount), [...ratios]))).toEqual(expected);
  });
});

describe("the zod schemas' own messages", () => {
  it("Money names an unknown currency, including an inherited property name", () => {
    for (const currency of ["XYZ", "toString"]) {
      expect(MoneySchema.safeParse({ amount: "1", currency }).error?.issues).toEqual([
        { code: "custom", message: `expected a known ISO 4217 currency code, received "${currency}"`, path: ["currency"] },
      ]);
    }
  });

  it("Money names a non-canonical amount", () => {
    expect(MoneySchema.safeParse({ amount: "1.0", currency: "KRW" }).error?.issues).toEqual([
      { code: "custom", message: 'expected a canonical decimal string with at most 0 fraction digits for KRW and at most 64 digits, received "1.0"', path: ["amount"] },
    ]);
  });

  it("FxRate lists the known currencies and allows a rate of 130 characters, not 131", () => {
    expect(FxRateSchema.safeParse({ base: "XYZ", quote: "KRW", rate: "1", validFrom: "2024-01-01" }).error?.issues).toEqual([
      { code: "custom", path: ["base"], message: "expected a known ISO 4217 currency code (KRW, USD, EUR, JPY, CNY, UZS, VND, RUB, GBP)" },
    ]);
    expect(FxRateSchema.safeParse({ base: "USD", quote: "KRW", rate: `1.${"0".repeat(128)}`, validFrom: "2024-01-01" }).success).toBe(true);
    expect(FxRateSchema.safeParse({ base: "USD", quote: "KRW", rate: `1.${"0".repeat(129)}`, validFrom: "2024-01-01" }).error?.issues).toEqual([
      { code: "custom", path: ["rate"], message: "expected at most 130 characters" },
    ]);
  });
});

describe("internal guards", () => {
  it("canonicalAmount answers undefined for a non-string", () => {
    expect(canonicalAmount(5 as unknown as string, currencies.KRW!)).toBeUndefined();
    expect(canonicalAmount("05", currencies.KRW!)).toBe("5");
  });

  it("canonicalAmount answers an amount already canonical as parsing and formatting it would, in every currency", () => {
    const slow = (text: string, minorDigits: number): string | undefined => {
      const units = parseMinorUnits(text, minorDigits);
      return units === undefined ? undefined : formatMinorUnits(units, minorDigits);
    };
    const samples = ["0", "-0", "00", "012", "-012", "7", "-7", "999999999999999", "-999999999999999", "1000000000000000", "-1000000000000000", "12345678901234567890", "1.0", "1.", ".5", "+5", " 5", "5 ", "٣", "1e3", ""];
    for (const currency of [currencies.KRW!, currencies.USD!]) {
      for (const text of samples) expect([text, canonicalAmount(text, currency)]).toEqual([text, slow(text, currency.minorDigits)]);
      expect(canonicalAmount("012", currency)).toBe("12");
      expect(canonicalAmount("-0", currency)).toBe("0");
      expect(canonicalAmount("1000000000000000", currency)).toBe("1000000000000000");
    }
    fc.assert(
      fc.property(fc.stringMatching(/^-?0*[0-9]{0,20}(\.[0-9]{0,3})?$/), fc.constantFrom(currencies.KRW!, currencies.USD!), (text, currency) => {
        expect(canonicalAmount(text, currency)).toBe(slow(text, currency.minorDigits));
      }),
      { numRuns: 2000 },
    );
  });

  it("roundingModeOf defaults to half-even", () => {
    expect(roundingModeOf(undefined)).toBe("half-even");
    expect(roundingModeOf({})).toBe("half-even");
    expect(roundingModeOf({ rounding: "floor" })).toBe("floor");
  });

  it("roundQuotient refuses a zero denominator with a VALIDATION error (not a RangeError)", () => {
    expectWholeError(() => roundQuotient(1n, 0n, "half-even"), {
      code: "VALIDATION",
      message: "divisor: expected a non-zero divisor, received 0",
      path: ["divisor"],
      issues: [{ path: ["divisor"], expected: "a non-zero decimal", received: "0", message: "division by zero" }],
    });
  });
});
