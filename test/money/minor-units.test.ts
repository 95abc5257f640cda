// The internal contract of minor units (src/money/minor-units.ts, issue 17): amounts are integer minor units,
// a plain number while the value is a safe integer and a bigint beyond, and the fast parser answers NaN exactly
// when the value needs the slow path. The public functions cannot tell the two forms apart, so without these
// tests a mutant that picked the wrong form (or the wrong path) would survive.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addUnits,
  canonicalDigitCount,
  formatMinorUnits,
  normalize,
  parseMinorUnits,
  parseMinorUnitsFast,
} from "../../src/money/minor-units.js";
import { amountText, canonicalUnits, minorUnits } from "../arbitraries/money.js";
import { unitsOf } from "../arbitraries/oracle.js";

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

describe("parseMinorUnitsFast: a plain number for up to 15 scaled digits, NaN for everything else", () => {
  it.each([
    ["0", 0, 0],
    ["-0", 0, 0],
    ["7", 2, 700],
    ["-7.5", 2, -750],
    ["0.01", 2, 1],
    ["999999999999999", 0, 999_999_999_999_999], // 15 digits: the longest fast value
    ["9999999999999.99", 2, 999_999_999_999_999],
    ["-9999999999999.9", 2, -999_999_999_999_990],
  ])("%j with %i minor digits", (text, minorDigits, expected) => {
    expect(parseMinorUnitsFast(text, minorDigits)).toBe(expected);
    expect(Object.is(parseMinorUnitsFast(text, minorDigits), -0)).toBe(false);
  });

  it.each([
    ["1000000000000000", 0], // 16 digits
    ["0000000000000001", 0], // 16 digits, leading zeros included (the slow path drops them)
    ["99999999999999.9", 2], // 14 + 1 digits, scaled to 16
    ["-1000000000000000", 0],
    ["12345678901234567", 0], // longer than sign + 15 digits + point
    ["", 0],
    ["-", 0],
    [".5", 2],
    ["5.", 2],
    ["1.2.3", 2],
    ["1.234", 2], // more fraction digits than the currency has
    ["1.5", 0],
    ["1e3", 0],
    ["+1", 0],
    [" 1", 0],
    ["1/2", 0],
    ["1:2", 0],
    ["--1", 0],
  ])("%j with %i minor digits is NaN", (text, minorDigits) => {
    expect(Number.isNaN(parseMinorUnitsFast(text, minorDigits))).toBe(true);
  });

  it("agrees with the slow path wherever it answers, and answers for every amount of at most 15 scaled digits (property)", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 2), fc.bigInt({ min: -(10n ** 15n) + 1n, max: 10n ** 15n - 1n }), (minorDigits, units) => {
        const text = canonicalUnits(units, minorDigits);
        expect(parseMinorUnitsFast(text, minorDigits)).toBe(Number(units));
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(fc.constantFrom(0, 2), amountText(2), (minorDigits, text) => {
        const fast = parseMinorUnitsFast(text, minorDigits);
        if (!Number.isNaN(fast)) expect(BigInt(fast)).toBe(BigInt(parseMinorUnits(text, minorDigits)!));
      }),
      { numRuns: 300 },
    );
  });
});

describe("parseMinorUnits, normalize and addUnits keep safe integers as numbers and larger values as bigints", () => {
  it("parseMinorUnits reads any valid amount exactly, a number exactly when it is a safe integer", () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 2), minorUnits, (minorDigits, units) => {
        const parsed = parseMinorUnits(canonicalUnits(units, minorDigits), minorDigits);
        expect(typeof parsed).toBe(units >= -SAFE && units <= SAFE ? "number" : "bigint");
        expect(BigInt(parsed!)).toBe(units);
      }),
      { numRuns: 300 },
    );
    expect(parseMinorUnits("9007199254740991", 0)).toBe(9_007_199_254_740_991);
    expect(parseMinorUnits("9007199254740992", 0)).toBe(9_007_199_254_740_992n);
    expect(parseMinorUnits("-9007199254740992", 0)).toBe(-9_007_199_254_740_992n);
    expect(parseMinorUnits("1.10", 1)).toBe(11);
    expect(parseMinorUnits("1.1000", 2)).toBe(110);
    expect(parseMinorUnits("1.1001", 2)).toBeUndefined();
    expect(parseMinorUnits(`${"9".repeat(64)}`, 0)).toBe(10n ** 64n - 1n);
    expect(parseMinorUnits(`${"9".repeat(65)}`, 0)).toBeUndefined();
    expect(parseMinorUnits(`${"0".repeat(66)}1`, 0)).toBe(1); // leading zeros do not count as digits
    expect(parseMinorUnits(`1.${"0".repeat(128)}`, 2)).toBe(100); // trailing fraction zeros do not either
    expect(parseMinorUnits(`1.${"0".repeat(129)}`, 2)).toBeUndefined(); // but the string is at most 130 characters
    expect(parseMinorUnits("1e3", 0)).toBeUndefined();
  });

  it("normalize: a number when safe, else a bigint; never -0", () => {
    expect(normalize(SAFE)).toBe(Number.MAX_SAFE_INTEGER);
    expect(normalize(-SAFE)).toBe(-Number.MAX_SAFE_INTEGER);
    expect(normalize(SAFE + 1n)).toBe(SAFE + 1n);
    expect(normalize(-SAFE - 1n)).toBe(-SAFE - 1n);
    expect(normalize(0n)).toBe(0);
    expect(Object.is(normalize(-0), 0)).toBe(true);
    expect(normalize(42)).toBe(42);
  });

  it("addUnits: exact, a number while the sum is safe, never -0", () => {
    expect(addUnits(Number.MAX_SAFE_INTEGER - 1, 1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(addUnits(Number.MAX_SAFE_INTEGER, 1)).toBe(SAFE + 1n);
    expect(addUnits(-Number.MAX_SAFE_INTEGER, -1)).toBe(-SAFE - 1n);
    expect(addUnits(SAFE + 1n, -1)).toBe(Number.MAX_SAFE_INTEGER);
    expect(addUnits(5, 10n ** 20n)).toBe(10n ** 20n + 5n);
    expect(Object.is(addUnits(-3, 3), 0)).toBe(true);
    expect(Object.is(addUnits(-0, -0), 0)).toBe(true);
    fc.assert(
      fc.property(minorUnits, minorUnits, (a, b) => {
        const sum = addUnits(normalize(a), normalize(b));
        expect(BigInt(sum)).toBe(a + b);
        expect(typeof sum).toBe(a + b >= -SAFE && a + b <= SAFE ? "number" : "bigint");
      }),
      { numRuns: 300 },
    );
  });

  it("formatMinorUnits and canonicalDigitCount write and count the canonical form", () => {
    expect(formatMinorUnits(0, 2)).toBe("0");
    expect(formatMinorUnits(5, 2)).toBe("0.05");
    expect(formatMinorUnits(-50, 2)).toBe("-0.5");
    expect(formatMinorUnits(100, 2)).toBe("1");
    expect(formatMinorUnits(-12_345, 0)).toBe("-12345");
    expect(formatMinorUnits(10n ** 20n + 1n, 2)).toBe("1000000000000000000.01");
    expect(canonicalDigitCount(-5, 2)).toBe(3); // "-0.05": the zeros count, the sign and the point do not
    expect(canonicalDigitCount(-500, 2)).toBe(1);
    expect(canonicalDigitCount(10n ** 63n, 0)).toBe(64);
    fc.assert(
      fc.property(fc.constantFrom(0, 2), minorUnits, (minorDigits, units) => {
        const text = formatMinorUnits(normalize(units), minorDigits);
        expect(text).toBe(canonicalUnits(units, minorDigits));
        expect(unitsOf(text, minorDigits)).toBe(units);
        expect(canonicalDigitCount(normalize(units), minorDigits)).toBe(text.replace(/[-.]/g, "").length);
      }),
      { numRuns: 300 },
    );
  });
});
