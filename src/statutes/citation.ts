/**
 * A reference to the statute (or official classification) a computation implements: the law's name in
 * Korean and English, the article, the date the cited version came into force and a link to its text.
 * Traces and explanations quote it so a caseworker can check the rule at its source.
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { Citation } from "technopark";
 * const citation: Citation = {
 *   law: { ko: "소상공인기본법 시행령", en: "Enforcement Decree of the Framework Act on Small Enterprises and Microenterprises" },
 *   article: "제3조",
 * };
 * ```
 */
export type Citation = {
  /** The law (or official classification), named in Korean and English. */
  readonly law: {
    /** Official Korean title, e.g. `"중소기업기본법 시행령"`. */
    readonly ko: string;
    /** English title, e.g. `"Enforcement Decree of the Framework Act on Small and Medium Enterprises"`. */
    readonly en: string;
  };
  /** Article, paragraph or appended table, e.g. `"제3조·제8조, 별표1·별표3"`. */
  readonly article: string;
  /** `YYYY-MM-DD` from which the cited version is in force, when it matters. */
  readonly validFrom?: string;
  /** Where to read the text (the National Law Information Center, law.go.kr). */
  readonly url?: string;
};

/**
 * The names of the statutory computations that carry a {@link Citation} in {@link citations}.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { citations, type CitedComputation } from "technopark";
 * const name: CitedComputation = "regularWorkerCount";
 * citations[name].article; // "제3조"
 * ```
 */
export type CitedComputation =
  | "regularWorkerCount"
  | "classifySme"
  | "isMicroEnterprise"
  | "startupStage"
  | "isYouthFounder"
  | "ksicSection";

const SME_DECREE = {
  ko: "중소기업기본법 시행령",
  en: "Enforcement Decree of the Framework Act on Small and Medium Enterprises",
} as const;
const MICRO_DECREE = {
  ko: "소상공인기본법 시행령",
  en: "Enforcement Decree of the Framework Act on Small Enterprises and Microenterprises",
} as const;
const STARTUP_ACT = { ko: "중소기업창업 지원법", en: "Support for Small and Medium Enterprise Establishment Act" } as const;

/** The citation of `regularWorkerCount` (also `citations.regularWorkerCount`). @internal */
export const REGULAR_WORKER_COUNT_CITATION: Citation = {
  law: MICRO_DECREE,
  article: "제3조",
  url: "https://www.law.go.kr/법령/소상공인기본법시행령",
};

/** The citation of `classifySme` (also `citations.classifySme`). @internal */
export const CLASSIFY_SME_CITATION: Citation = {
  law: SME_DECREE,
  article: "제3조·제8조, 별표1·별표3",
  validFrom: "2025-09-01",
  url: "https://www.law.go.kr/법령/중소기업기본법시행령",
};

/** The citation of `isMicroEnterprise` (also `citations.isMicroEnterprise`). @internal */
export const IS_MICRO_ENTERPRISE_CITATION: Citation = {
  law: { ko: "소상공인기본법 · 같은 법 시행령", en: "Framework Act on Small Enterprises and Microenterprises and its Enforcement Decree" },
  article: "법 제2조, 시행령 제3조",
  validFrom: "2021-02-05",
  url: "https://www.law.go.kr/법령/소상공인기본법",
};

/** The citation of `startupStage` (also `citations.startupStage`). @internal */
export const STARTUP_STAGE_CITATION: Citation = {
  law: STARTUP_ACT,
  article: "제2조",
  url: "https://www.law.go.kr/법령/중소기업창업지원법",
};

/** The citation of `isYouthFounder` (also `citations.isYouthFounder`). @internal */
export const IS_YOUTH_FOUNDER_CITATION: Citation = {
  law: STARTUP_ACT,
  article: "제2조",
  url: "https://www.law.go.kr/법령/중소기업창업지원법",
};

/** The citation of `ksicSection` (also `citations.ksicSection`). @internal */
export const KSIC_SECTION_CITATION: Citation = {
  law: { ko: "한국표준산업분류 (통계청 고시)", en: "Korean Standard Industrial Classification (Statistics Korea notice)" },
  article: "대분류·중분류 (제10차 개정)",
  validFrom: "2017-07-01",
  url: "https://kssc.kostat.go.kr",
};

/**
 * The statute article behind each computation of this folder, for traces and explanations.
 * `classifySme` cites the SME size table in force from 2025-09-01 (the earlier table is cited by {@link smeCaps}
 * for dates before that).
 *
 * @category Statutes
 * @example
 * ```ts
 * import { citations } from "technopark";
 * citations.regularWorkerCount.article; // "제3조"
 * citations.classifySme.validFrom; // "2025-09-01"
 * ```
 */
export const citations: Readonly<Record<CitedComputation, Citation>> = /* @__PURE__ */ Object.freeze({
  regularWorkerCount: REGULAR_WORKER_COUNT_CITATION,
  classifySme: CLASSIFY_SME_CITATION,
  isMicroEnterprise: IS_MICRO_ENTERPRISE_CITATION,
  startupStage: STARTUP_STAGE_CITATION,
  isYouthFounder: IS_YOUTH_FOUNDER_CITATION,
  ksicSection: KSIC_SECTION_CITATION,
});
