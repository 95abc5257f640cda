import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatKrw, MAX_AMOUNT_DIGITS, money, parseKrw, ValidationError } from "../../src/index.js";

function thrown(fn: () => unknown): ValidationError {
  try {
    fn();
  } catch (error) {
    return error as ValidationError;
  }
  throw new Error("expected the call to throw");
}

describe("parseKrw (api-contract.md, Input as people keep it)", () => {
  it.each([
    ["12억 5,000만 원", "1250000000"],
    ["12.5억", "1250000000"],
    ["1,250,000,000", "1250000000"],
    ["1250000000원", "1250000000"],
    ["17조 6,031억 원", "17603100000000"],
    ["80억", "8000000000"],
    ["3,520억 원", "352000000000"],
    ["10억 원", "1000000000"],
    ["0원", "0"],
    ["1억 2,345만 6,789원", "123456789"],
    ["-3,520억 원", "-352000000000"],
    ["12억5000만원", "1250000000"],
    ["  12 억  5,000 만 원 ", "1250000000"],
    ["3억 5천만 원", "350000000"],
    ["5천만원", "50000000"],
    ["5천5백만 원", "55000000"],
    ["1.5천만", "15000000"],
    ["1,250,000,000 원", "1250000000"],
    ["₩1,250,000,000", "1250000000"],
    ["0.5억", "50000000"],
    ["1.23456789억", "123456789"],
    ["12000만", "120000000"],
    ["1경 2조", "10002000000000000"],
    ["-0원", "0"],
  ])("%s → %s", (text, amount) => {
    expect(parseKrw(text)).toEqual({ amount, currency: "KRW" });
  });

  it.each([
    ["12억원원"],
    ["1.5원"],
    ["1.5"],
    ["5억 3조"],
    ["3억 5억"],
    [""],
    ["   "],
    ["원"],
    ["억"],
    ["12,50"],
    ["1e9"],
    ["+12억"],
    ["12 500"],
    ["12억 abc"],
    ["1.000000001억"],
    ["5백천"],
    ["KRW 1000"],
    ["--5"],
  ])("refuses %j with VALIDATION naming the text", (text) => {
    const error = thrown(() => parseKrw(text));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe("VALIDATION");
    expect(error.path).toEqual(["text"]);
    expect(error.message).toBe(`text: expected a won amount such as "12억 5,000만 원", "12.5억", "1,250,000,000" or "1250000000원", received ${JSON.stringify(text)}`);
  });

  it("refuses non-strings, texts longer than 200 characters and amounts over MAX_AMOUNT_DIGITS", () => {
    expect(thrown(() => parseKrw(12 as never)).message).toMatch(/^text: expected a won amount .*, received 12$/);
    expect(thrown(() => parseKrw(`${"1".repeat(201)}원`)).code).toBe("VALIDATION");
    expect(thrown(() => parseKrw("9".repeat(MAX_AMOUNT_DIGITS + 1))).code).toBe("VALIDATION");
    expect(parseKrw("9".repeat(MAX_AMOUNT_DIGITS)).amount).toBe("9".repeat(MAX_AMOUNT_DIGITS));
  });

  it("round-trips formatKrw for every KRW amount, large and negative", () => {
    const amounts = fc.oneof(
      fc.bigInt({ min: -10_000n, max: 10_000n }),
      fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
      fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
      fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 8 })).map(([group, unit]) => BigInt(group) * 10n ** BigInt(unit * 4)),
    );
    fc.assert(
      fc.property(amounts, (won) => {
        expect(parseKrw(formatKrw(won))).toEqual(money(won, "KRW"));
        expect(parseKrw(formatKrw(money(won, "KRW")))).toEqual(money(won, "KRW"));
      }),
      { numRuns: 500 },
    );
  });

  it("reads plain and grouped digits the same", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (won) => {
        const grouped = won.toLocaleString("en-US");
        expect(parseKrw(`${won}원`).amount).toBe(won.toString());
        expect(parseKrw(grouped).amount).toBe(won.toString());
      }),
    );
  });
});
