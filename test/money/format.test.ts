import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKrw, formatMoney, money, type Money } from "../../src/index.js";

function thrown(fn: () => unknown): { code?: unknown; message: string; path?: unknown } {
  try {
    fn();
  } catch (error) {
    return error as { code?: unknown; message: string; path?: unknown };
  }
  throw new Error("expected the call to throw");
}

describe("formatKrw (api-contract.md; domain-facts.md §5: 만 10^4, 억 10^8, 조 10^12)", () => {
  it.each([
    ["17603100000000", "17조 6,031억 원"],
    ["352000000000", "3,520억 원"],
    ["1000000000", "10억 원"],
    ["0", "0원"],
  ])("contract example %s → %s", (input, expected) => {
    expect(formatKrw(input)).toBe(expected);
  });

  it.each([
    ["123456789", "1억 2,345만 6,789원"],
    ["5000", "5,000원"],
    ["7", "7원"],
    ["10000", "1만 원"],
    ["10001", "1만 1원"],
    ["100000000", "1억 원"],
    ["1000000000000", "1조 원"],
    ["1000000000001", "1조 1원"],
    ["99999999", "9,999만 9,999원"],
    ["10000000000000000", "1경 원"],
    ["12345678901234567890123", "1,234,567경 8,901조 2,345억 6,789만 123원"],
    ["-352000000000", "-3,520억 원"],
    ["-123456789", "-1억 2,345만 6,789원"],
    ["-0", "0원"],
    ["00012", "12원"],
  ])("non-round and negative values: %s → %s", (input, expected) => {
    expect(formatKrw(input)).toBe(expected);
  });

  it("accepts a KRW Money and a bigint", () => {
    expect(formatKrw(Object.freeze(money("17603100000000", "KRW")))).toBe("17조 6,031억 원");
    expect(formatKrw(123456789n)).toBe("1억 2,345만 6,789원");
    expect(formatKrw(-10000n)).toBe("-1만 원");
  });

  it("throws CURRENCY_MISMATCH for a Money in another currency, naming it", () => {
    const error = thrown(() => formatKrw(money("100", "USD")));
    expect(error.code).toBe("CURRENCY_MISMATCH");
    expect(error.message).toBe("formatKrw: expected a KRW amount, received USD (value.currency is USD, expected KRW); convert it with convertMoney first");
  });

  it("throws VALIDATION for strings that are not whole won", () => {
    for (const input of ["1.5", "1e9", "abc", "", "1,000"]) {
      const error = thrown(() => formatKrw(input));
      expect(error.code).toBe("VALIDATION");
      expect(error.message).toBe(`value: expected a whole number of won as a plain decimal string (no exponent, no fraction), received ${JSON.stringify(input)}`);
    }
    expect(thrown(() => formatKrw(5 as unknown as string)).code).toBe("VALIDATION");
  });

  it("round-trips: reading the groups back gives the amount (property)", () => {
    const units: Record<string, bigint> = { 경: 10n ** 16n, 조: 10n ** 12n, 억: 10n ** 8n, 만: 10n ** 4n };
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }), (won) => {
        const text = formatKrw(won);
        const negative = text.startsWith("-");
        let total = 0n;
        for (const token of (negative ? text.slice(1) : text).split(" ")) {
          const match = /^([\d,]*)(경|조|억|만|원)$/.exec(token);
          expect(match).not.toBeNull();
          const [, digits = "", unit = ""] = match!;
          if (digits !== "") total += BigInt(digits.replaceAll(",", "")) * (units[unit] ?? 1n);
        }
        expect(negative ? -total : total).toBe(won);
      }),
      { numRuns: 500 },
    );
  });
});

describe("formatMoney (Intl.NumberFormat, exact decimal strings)", () => {
  it.each<[Money, "ko-KR" | "en-US" | undefined, string]>([
    [money("1234.5", "USD"), "en-US", "$1,234.50"],
    [money("1234.5", "USD"), "ko-KR", "US$1,234.50"],
    [money("1234.5", "USD"), undefined, "US$1,234.50"],
    [money("17603100000000", "KRW"), "ko-KR", "₩17,603,100,000,000"],
    [money("17603100000000", "KRW"), "en-US", "₩17,603,100,000,000"],
    [money("-5", "KRW"), "ko-KR", "-₩5"],
    [money("0", "USD"), "en-US", "$0.00"],
    [money("1000", "JPY"), "en-US", "¥1,000"],
    [money("1000", "EUR"), "en-US", "€1,000.00"],
    [money("1000", "VND"), "en-US", "₫1,000"],
    [money("99.9", "CNY"), "ko-KR", "CN¥99.90"],
  ])("formatMoney(%o, %s) = %s", (m, locale, expected) => {
    expect(formatMoney(m, locale === undefined ? undefined : { locale })).toBe(expected);
  });

  it("prints every digit of a 30-digit amount (no float)", () => {
    expect(formatMoney(money("123456789012345678901234567890.12", "USD"), { locale: "en-US" })).toBe("$123,456,789,012,345,678,901,234,567,890.12");
    expect(formatMoney(money("9007199254740993", "KRW"), { locale: "ko-KR" })).toBe("₩9,007,199,254,740,993");
  });

  it("refuses other locales", () => {
    const error = thrown(() => formatMoney(money("1", "USD"), { locale: "fr-FR" as "en-US" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe('options.locale: expected one of ko-KR, en-US, received "fr-FR"');
  });
});
