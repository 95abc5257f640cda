// Korean particles at the edges of finalSound (src/rules/josa.ts): the first and last Hangul syllables, trailing
// spaces and parentheses, every digit, lower-case letters, decimals and large round numbers.
import { describe, expect, it } from "vitest";
import { finalSound, withParticle } from "../../src/rules/josa.js";

describe("finalSound", () => {
  it("reads the first and last Hangul syllables and ㄹ", () => {
    expect(finalSound("가")).toBe("v"); // U+AC00
    expect(finalSound("힣")).toBe("c"); // U+D7A3, coda ㅎ
    expect(finalSound("갈")).toBe("l");
    expect(finalSound("각")).toBe("c");
    expect(finalSound("\uabff")).toBeUndefined();
    expect(finalSound("\ud7a4")).toBeUndefined();
  });

  it("reads each digit as Sino-Korean (영 일 이 삼 사 오 육 칠 팔 구)", () => {
    expect(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"].map(finalSound)).toEqual(["c", "l", "v", "c", "v", "v", "c", "l", "l", "v"]);
  });

  it("reads round numbers by their last unit: 십 백 천 만 (consonants), 조 and 경 (vowels)", () => {
    expect(finalSound("10")).toBe("c");
    expect(finalSound("100000000")).toBe("c"); // 억
    expect(finalSound("1000000000000")).toBe("v"); // 조
    expect(finalSound("100000000000000")).toBe("c"); // 백조
    expect(finalSound("10000000000000000")).toBe("v"); // 경
    expect(finalSound("0000")).toBe("c"); // all zeros: 영
    expect(finalSound("1,020")).toBe("c"); // 천이십
    expect(finalSound("2.0")).toBe("c"); // 이점영
    expect(finalSound("1.5")).toBe("v"); // 일점오
  });

  it("skips trailing spaces and parenthesised notes, but not a word that is only a parenthesis", () => {
    expect(finalSound("서울  ")).toBe("l");
    expect(finalSound("30명 (상시) ")).toBe("c");
    expect(finalSound("도약기(3~7년)(창업법)")).toBe("v");
    expect(finalSound("(서울)")).toBeUndefined();
    expect(finalSound("   ")).toBeUndefined();
  });

  it("reads Latin letters by their Korean names, in either case", () => {
    expect(["l", "r", "m", "n", "c", "z", "A", "Z"].map(finalSound)).toEqual(["l", "l", "c", "c", "v", "v", "v", "v"]);
    expect(finalSound("@")).toBeUndefined();
    expect(finalSound("[")).toBeUndefined();
  });
});

describe("withParticle", () => {
  it("puts 로 after ㄹ and a vowel, 으로 after other consonants; the other pairs split on vowels only", () => {
    expect(withParticle("1", "으로/로")).toBe("1로");
    expect(withParticle("1", "을/를")).toBe("1을");
    expect(withParticle("서울", "이/가")).toBe("서울이");
    expect(withParticle("서울", "은/는")).toBe("서울은");
    expect(withParticle("30", "을/를")).toBe("30을");
    expect(withParticle("도약기", "은/는")).toBe("도약기는");
    expect(withParticle("?", "으로/로")).toBe("?(으)로");
    expect(withParticle("?", "은/는")).toBe("?은(는)");
  });
});

describe("finalSound: notes, separators and long round numbers", () => {
  it("skips only a note that closes the word", () => {
    expect(finalSound("각(나)다")).toBe("v");
    expect(finalSound("다(나)각")).toBe("c");
  });

  it("reads digits only: a trailing comma or sign is not a number", () => {
    expect(finalSound("1,")).toBeUndefined();
    expect(finalSound("1+")).toBeUndefined();
    expect(finalSound("1/")).toBeUndefined();
  });

  it("reads 조 through thousands separators, and a decimal or all-zero run by its last digit", () => {
    expect(finalSound("1,000,000,000,000")).toBe("v"); // 일조
    expect(finalSound("0.1000000000000")).toBe("c"); // 영점일영영…영: the last digit
    expect(finalSound("000000000000")).toBe("c"); // 영
    expect(finalSound("3.25")).toBe("v"); // 삼점이오
  });
});
