import { describe, expect, it } from "vitest";
import { citations, smeCaps } from "../../src/index.js";

describe("citations: every statutory computation names its article", () => {
  it("소상공인기본법 시행령 제3조 for regularWorkerCount", () => {
    expect(citations.regularWorkerCount).toEqual({
      law: { ko: "소상공인기본법 시행령", en: "Enforcement Decree of the Framework Act on Small Enterprises and Microenterprises" },
      article: "제3조",
      url: "https://www.law.go.kr/법령/소상공인기본법시행령",
    });
  });

  it("중소기업기본법 시행령 제3조·제8조, 별표1·별표3 (from 2025-09-01) for classifySme", () => {
    expect(citations.classifySme).toMatchObject({
      law: { ko: "중소기업기본법 시행령" },
      article: "제3조·제8조, 별표1·별표3",
      validFrom: "2025-09-01",
    });
    expect(smeCaps("29", { asOf: "2025-09-01" }).citation).toEqual(citations.classifySme);
  });

  it("중소기업창업 지원법 제2조 for startupStage and isYouthFounder", () => {
    expect(citations.startupStage).toMatchObject({ law: { ko: "중소기업창업 지원법" }, article: "제2조" });
    expect(citations.isYouthFounder).toMatchObject({ law: { ko: "중소기업창업 지원법" }, article: "제2조" });
  });

  it("소상공인기본법 제2조 and 시행령 제3조 for isMicroEnterprise; KSIC for ksicSection", () => {
    expect(citations.isMicroEnterprise).toMatchObject({ article: "법 제2조, 시행령 제3조", validFrom: "2021-02-05" });
    expect(citations.ksicSection).toMatchObject({ law: { ko: "한국표준산업분류 (통계청 고시)" }, validFrom: "2017-07-01" });
  });

  it("is frozen, with law.go.kr or kssc.kostat.go.kr links", () => {
    expect(Object.isFrozen(citations)).toBe(true);
    expect(Object.keys(citations).sort()).toEqual(
      ["classifySme", "isMicroEnterprise", "isYouthFounder", "ksicSection", "regularWorkerCount", "startupStage"],
    );
    for (const citation of Object.values(citations)) expect(citation.url).toMatch(/^https:\/\/(www\.law\.go\.kr|kssc\.kostat\.go\.kr)/);
  });

  it("round-trips through JSON", () => {
    expect(JSON.parse(JSON.stringify(citations))).toEqual(citations);
    const caps = smeCaps("C30393", { asOf: "2025-09-01" });
    expect(JSON.parse(JSON.stringify(caps))).toEqual(caps);
  });
});
