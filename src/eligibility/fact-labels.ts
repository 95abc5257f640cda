import type { BilingualText } from "../entities/bilingual.js";
import { ksicSections } from "../statutes/index.js";

/**
 * How explanations name a fact and show its values.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { FactLabel } from "technopark";
 * const label: FactLabel = { name: { ko: "상시근로자 수", en: "regular workers" }, unit: { ko: "명", en: "regular workers" } };
 * ```
 */
export interface FactLabel {
  /** The fact's name, e.g. `{ ko: "상시근로자 수", en: "regular workers" }`. */
  readonly name: BilingualText;
  /** For counts: the Korean counter (`"명"`) and the English noun shown after the number (`"regular workers"`). */
  readonly unit?: BilingualText;
  /** Names of coded values, e.g. `small` → `{ ko: "소기업", en: "small enterprise" }`. */
  readonly values?: Readonly<Record<string, BilingualText>>;
}

const YES_NO = { true: { ko: "예", en: "yes" }, false: { ko: "아니요", en: "no" } } as const;

const REGION_NAMES: Readonly<Record<string, BilingualText>> = {
  "11": { ko: "서울특별시(11)", en: "Seoul (11)" },
  "26": { ko: "부산광역시(26)", en: "Busan (26)" },
  "27": { ko: "대구광역시(27)", en: "Daegu (27)" },
  "28": { ko: "인천광역시(28)", en: "Incheon (28)" },
  "29": { ko: "광주광역시(29)", en: "Gwangju (29)" },
  "30": { ko: "대전광역시(30)", en: "Daejeon (30)" },
  "31": { ko: "울산광역시(31)", en: "Ulsan (31)" },
  "36": { ko: "세종특별자치시(36)", en: "Sejong (36)" },
  "41": { ko: "경기도(41)", en: "Gyeonggi (41)" },
  "42": { ko: "강원도(42)", en: "Gangwon (42)" },
  "43": { ko: "충청북도(43)", en: "Chungbuk (43)" },
  "44": { ko: "충청남도(44)", en: "Chungnam (44)" },
  "45": { ko: "전라북도(45)", en: "Jeonbuk (45)" },
  "46": { ko: "전라남도(46)", en: "Jeonnam (46)" },
  "47": { ko: "경상북도(47)", en: "Gyeongbuk (47)" },
  "48": { ko: "경상남도(48)", en: "Gyeongnam (48)" },
  "50": { ko: "제주특별자치도(50)", en: "Jeju (50)" },
  "51": { ko: "강원특별자치도(51)", en: "Gangwon State (51)" },
  "52": { ko: "전북특별자치도(52)", en: "Jeonbuk State (52)" },
};

/**
 * The names, units and value names `explain` uses for the facts programmes ask about. Facts not listed
 * are shown by their node `label` (when present) or their path.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { factLabels } from "technopark";
 * factLabels["company.regularWorkers"]?.name.ko; // "상시근로자 수"
 * factLabels["company.smeSize"]?.values?.["small"]?.en; // "small enterprise"
 * ```
 */
export const factLabels: Readonly<Record<string, FactLabel>> = /* @__PURE__ */ Object.freeze({
  "company.regularWorkers": {
    name: { ko: "상시근로자 수", en: "regular workers" },
    unit: { ko: "명", en: "regular workers" },
  },
  "company.smeSize": {
    name: { ko: "기업 규모", en: "SME size" },
    values: {
      small: { ko: "소기업", en: "small enterprise" },
      medium: { ko: "중기업", en: "medium enterprise" },
      "not-sme": { ko: "중소기업 아님", en: "not an SME" },
    },
  },
  "company.isMicroEnterprise": { name: { ko: "소상공인 여부", en: "microenterprise" }, values: YES_NO },
  "company.startupStage": {
    name: { ko: "창업 단계", en: "start-up stage" },
    values: {
      "pre-startup": { ko: "예비창업", en: "pre-start-up" },
      early: { ko: "초기", en: "early stage" },
      leap: { ko: "도약기", en: "leap stage" },
      established: { ko: "창업 7년 이상", en: "established (7 years or more)" },
    },
  },
  "company.ksicSection": {
    name: { ko: "업종(표준산업분류 대분류)", en: "industry (KSIC section)" },
    values: /* @__PURE__ */ Object.fromEntries(
      /* @__PURE__ */ ksicSections.map((section) => [section.letter, { ko: `${section.letter}(${section.name.ko})`, en: `${section.letter} (${section.name.en})` }]),
    ),
  },
  "company.ageInYears": { name: { ko: "업력", en: "years since founding" }, unit: { ko: "년", en: "years since founding" } },
  "company.ksic": { name: { ko: "표준산업분류 코드", en: "KSIC code" } },
  "company.foundedOn": { name: { ko: "설립일", en: "founding date" } },
  "company.location.sigungu": { name: { ko: "소재지(시·군·구)", en: "location (si/gun/gu)" } },
  "company.location.regionCode": { name: { ko: "소재지(시·도)", en: "region" }, values: REGION_NAMES },
  "company.inListedGroup": { name: { ko: "공시대상기업집단 소속 여부", en: "member of a disclosed business group" }, values: YES_NO },
  "company.averageRevenue": { name: { ko: "평균매출액", en: "average revenue" } },
  "company.totalAssets": { name: { ko: "자산총액", en: "total assets" } },
  "company.tenancy.technoparkId": { name: { ko: "입주 테크노파크", en: "technopark tenancy" } },
  "representative.isYouth": { name: { ko: "대표자 청년 여부(만 39세 이하)", en: "youth founder (39 or younger)" }, values: YES_NO },
  "representative.birthDate": { name: { ko: "대표자 생년월일", en: "representative's birth date" } },
} satisfies Record<string, FactLabel>);
