import type { BilingualText } from "../entities/bilingual.js";
import type { Money } from "../money/money.js";
import {
  IS_MICRO_ENTERPRISE_CITATION,
  IS_YOUTH_FOUNDER_CITATION,
  KSIC_SECTION_CITATION,
  REGULAR_WORKER_COUNT_CITATION,
  STARTUP_STAGE_CITATION,
  type Citation,
} from "../statutes/citation.js";
import { ksicSection, ksicSections, type KsicSection } from "../statutes/ksic.js";
import { isMicroEnterprise, type MicroEnterpriseInput } from "../statutes/micro-enterprise.js";
import { regularWorkerCount, type MonthEndCount } from "../statutes/regular-workers.js";
import { classifySme, type SmeInput, type SmeSize } from "../statutes/sme.js";
import { isYouthFounder, startupStage, type StartupStage } from "../statutes/startup.js";
import { smeCitationOn, type StatuteTableId } from "../statutes/tables-in-force.js";
import { ValidationError } from "../errors/technopark-error.js";
import { fullYearsBetween } from "../time/full-years.js";
import { toIsoDate, type DateLike, type IsoDate } from "../time/iso-date.js";
import type { FactKind } from "./comparisons.js";

/**
 * One input of a derived fact: a fact path, optional or with a fallback path read when it is absent.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { DerivationInput } from "technopark";
 * const birthDate: DerivationInput = { fact: "representative.birthDate", or: "company.representative.birthDate" };
 * ```
 */
export interface DerivationInput {
  /** The fact path read (a given fact, or another derived fact). */
  readonly fact: string;
  /** `true` when the derivation works without it. */
  readonly optional?: true;
  /** A second path read when the first is absent. */
  readonly or?: string;
}

/**
 * A given fact whose value settles a derived fact before its inputs are read.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { Preemption } from "technopark";
 * const listed: Preemption = { fact: "company.inListedGroup", equals: true, value: "not-sme" };
 * ```
 */
export interface Preemption {
  /** The fact read first. */
  readonly fact: string;
  /** The value that settles it. */
  readonly equals: unknown;
  /** The derived fact's value then. */
  readonly value: unknown;
}

/**
 * How the library computes a derived fact with its statutes, like an OpenFisca variable's formula: the inputs
 * it reads, the statute it implements, the tables it reads, whether it needs `asOf`, and the formula.
 *
 * @category Rules
 * @example
 * ```ts
 * import { factCatalogue, type Derivation } from "technopark";
 * const stage: Derivation = factCatalogue["company.startupStage"].derived;
 * stage.needsAsOf; // true
 * stage.tables; // ["startup-stage"]
 * ```
 */
export interface Derivation {
  /** What is computed, in Korean and English. */
  readonly description: BilingualText;
  /** The statute article (or classification) the formula implements. */
  readonly statute: Citation;
  /** The facts it reads; a missing required input leaves the fact missing (and is listed). */
  readonly inputs: readonly DerivationInput[];
  /** Whether it depends on the evaluation date (without `asOf` the fact is missing: the clock is never read). */
  readonly needsAsOf: boolean;
  /** The effective-dated statute tables it reads (their versions are recorded in traces and stamps). */
  readonly tables?: readonly StatuteTableId[];
  /** A given fact that settles the value before the inputs are read (e.g. a listed group is never an SME). */
  readonly preempt?: Preemption;
  /** The citation as of a date, where the statute changed (the SME tables); `statute` otherwise. @internal */
  readonly citationOn?: (asOf: string | undefined) => Citation;
  /** Computes the value from the present inputs (by path) as of `asOf`; throws for inputs it cannot use. @internal */
  readonly formula: (inputs: Readonly<Record<string, unknown>>, asOf: string | undefined) => unknown;
}

/**
 * One fact the library knows: its type (and enum values), its labels and unit for explanations, and for a
 * derived fact how it is computed. Add a fact by adding one record to {@link factCatalogue}; the path union,
 * the builder's value types, the missing-input lists and the labels follow from it.
 *
 * @category Rules
 * @example
 * ```ts
 * import { factCatalogue, type FactDefinition } from "technopark";
 * const workers: FactDefinition = factCatalogue["company.regularWorkers"];
 * workers.type; // "number"
 * workers.unit?.ko; // "명"
 * ```
 */
export interface FactDefinition {
  /** The fact's type (see {@link FactKind}). */
  readonly type: FactKind;
  /** For an enum: its values. */
  readonly values?: readonly string[];
  /** For a list: the type of its elements. */
  readonly items?: "string" | "number";
  /** The fact's name, e.g. `{ ko: "상시근로자 수", en: "regular workers" }`. */
  readonly label: BilingualText;
  /** For counts and amounts: the Korean counter (`"명"`) and the English noun shown after a number. */
  readonly unit?: BilingualText;
  /** Names of coded values, e.g. `small` → `{ ko: "소기업", en: "small enterprise" }`. */
  readonly valueNames?: Readonly<Record<string, BilingualText>>;
  /** For a derived fact: how it is computed when the facts do not give it. */
  readonly derived?: Derivation;
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

const CIVIL_ACT_AGE: Citation = {
  law: { ko: "민법", en: "Civil Act" },
  article: "제158조·제160조",
  url: "https://www.law.go.kr/법령/민법",
};

const WON: BilingualText = { ko: "원", en: "won" };

/** 중소기업창업 지원법 시행령 제2조: "같은 종류의 사업" is read on the KSIC 세세분류 (sub-class). */
const SAME_KIND_OF_BUSINESS: Citation = {
  law: { ko: "중소기업창업 지원법 시행령", en: "Enforcement Decree of the Support for Small and Medium Enterprise Establishment Act" },
  article: "제2조",
  url: "https://www.law.go.kr/법령/중소기업창업지원법시행령",
};

/** Full months or years from a closure date to `asOf` (an anniversary counts as reached on its day, or on the last day of a shorter month). */
function sinceClosure(closedOn: unknown, asOf: string, unit: "months" | "years"): number {
  const from = toIsoDate(closedOn as DateLike, ["representative", "previousBusiness", "closedOn"]);
  if (from > asOf) throw new ValidationError(`representative.previousBusiness.closedOn ${from} is after asOf ${asOf}`, { path: ["representative", "previousBusiness", "closedOn"] });
  if (unit === "years") return fullYearsBetween(from, asOf);
  const [y1, m1, d1] = from.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = asOf.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y2, m2, 0)).getUTCDate();
  const months = (y2 - y1) * 12 + (m2 - m1);
  return d2 < d1 && d2 < lastDay ? months - 1 : months;
}

/** Whether two KSIC codes name the same 세세분류 (five digits, section letter ignored); shorter codes cannot tell. */
function sameSubClass(a: unknown, b: unknown): boolean {
  const digits = (code: unknown, path: string): string => {
    const match = typeof code === "string" ? /^[A-U]?(\d{2,5})$/.exec(code) : null;
    if (match === null) throw new ValidationError(`${path}: expected a KSIC code, received ${String(code)}`, { path: path.split(".") });
    if (match[1]!.length < 5) throw new ValidationError(`${path}: ${code} is not a 5-digit KSIC sub-class (세세분류), so the industries cannot be compared`, { path: path.split(".") });
    return match[1]!;
  };
  return digits(a, "representative.previousBusiness.ksic") === digits(b, "company.ksic");
}

/**
 * The fact catalogue with its literal types ({@link factCatalogue} is the same object). A pure IIFE: bundlers drop
 * the whole catalogue when nothing reads it (its records call the statutes).
 * @internal
 */
export const FACT_CATALOGUE = /* @__PURE__ */ (() => Object.freeze({
  "company.id": { type: "string", label: { ko: "기업 식별자", en: "company id" } },
  "company.name.ko": { type: "string", label: { ko: "기업명", en: "company name (Korean)" } },
  "company.name.en": { type: "string", label: { ko: "영문 기업명", en: "company name (English)" } },
  "company.location.regionCode": {
    type: "enum",
    values: Object.keys(REGION_NAMES),
    label: { ko: "소재지(시·도)", en: "region" },
    valueNames: REGION_NAMES,
  },
  "company.location.sigungu": { type: "string", label: { ko: "소재지(시·군·구)", en: "location (si/gun/gu)" } },
  "company.ksic": { type: "string", label: { ko: "표준산업분류 코드", en: "KSIC code" } },
  "company.foundedOn": { type: "date", label: { ko: "설립일", en: "founding date" } },
  "company.representative.birthDate": { type: "date", label: { ko: "대표자 생년월일", en: "representative's birth date" } },
  "company.monthEndHeadcounts": { type: "list", label: { ko: "월말 상시근로자 수", en: "month-end headcounts" } },
  "company.averageRevenue": { type: "money", label: { ko: "평균매출액", en: "average revenue" }, unit: WON },
  "company.previousYearRevenue": { type: "money", label: { ko: "직전 사업연도 매출액", en: "previous-year revenue" }, unit: WON },
  "company.totalAssets": { type: "money", label: { ko: "자산총액", en: "total assets" }, unit: WON },
  "company.inListedGroup": { type: "boolean", label: { ko: "공시대상기업집단 소속 여부", en: "member of a disclosed business group" }, valueNames: YES_NO },
  "company.seatManufacturing": { type: "boolean", label: { ko: "철도차량·항공기 좌석 제조 여부", en: "railway-vehicle or aircraft seat maker" }, valueNames: YES_NO },
  "company.tenancy.technoparkId": { type: "string", label: { ko: "입주 테크노파크", en: "technopark tenancy" } },
  "company.tenancy.since": { type: "date", label: { ko: "입주일", en: "tenant since" } },
  "company.headOffice.regionCode": {
    type: "enum",
    values: Object.keys(REGION_NAMES),
    label: { ko: "본사(주사업장) 소재지(시·도)", en: "head-office (main site) region" },
    valueNames: REGION_NAMES,
  },
  "company.inRegionalKeyIndustry": { type: "boolean", label: { ko: "지역 주력산업 해당 여부", en: "in a key industry designated for its region" }, valueNames: YES_NO },
  "company.newIndustryField": { type: "boolean", label: { ko: "신산업 창업분야 해당 여부", en: "in a new-industry field (신산업)" }, valueNames: YES_NO },
  "company.deepTechField": {
    type: "enum",
    values: ["big-data-ai", "bio-health", "future-mobility", "eco-energy", "robotics"],
    label: { ko: "딥테크 분야", en: "deep-tech field" },
    valueNames: {
      "big-data-ai": { ko: "빅데이터·AI", en: "big data and AI" },
      "bio-health": { ko: "바이오헬스", en: "bio-health" },
      "future-mobility": { ko: "미래모빌리티", en: "future mobility" },
      "eco-energy": { ko: "친환경에너지", en: "eco-friendly energy" },
      robotics: { ko: "로봇", en: "robotics" },
    },
  },
  "company.rndSpendingShare": {
    type: "number",
    label: { ko: "매출액 대비 연구개발비 비중", en: "R&D spending share of revenue" },
    unit: { ko: "%", en: "percent" },
  },
  "company.taxArrears": { type: "boolean", label: { ko: "국세·지방세 체납 여부", en: "national or local tax arrears" }, valueNames: YES_NO },
  "company.inDefault": { type: "boolean", label: { ko: "채무불이행(금융기관 연체 등) 여부", en: "in default (채무불이행)" }, valueNames: YES_NO },
  "company.barredFromNationalRnd": { type: "boolean", label: { ko: "국가연구개발사업 참여제한 여부", en: "barred from national R&D programmes" }, valueNames: YES_NO },
  "company.largeCompanyAffiliate": { type: "boolean", label: { ko: "대기업 계열사 여부", en: "affiliate of a large company" }, valueNames: YES_NO },
  "company.suspendedOrClosed": { type: "boolean", label: { ko: "휴업·폐업 여부", en: "business suspended or closed" }, valueNames: YES_NO },
  "company.innovationVoucherUses": {
    type: "number",
    label: { ko: "최근 5년 혁신바우처 지원 횟수", en: "innovation vouchers received in the last 5 years" },
    unit: { ko: "회", en: "vouchers" },
  },
  "company.regularWorkers": {
    type: "number",
    label: { ko: "상시근로자 수", en: "regular workers" },
    unit: { ko: "명", en: "regular workers" },
    derived: {
      description: { ko: "월말 상시근로자 수의 평균", en: "average of month-end regular-worker headcounts" },
      statute: REGULAR_WORKER_COUNT_CITATION,
      inputs: [{ fact: "company.monthEndHeadcounts" }],
      needsAsOf: false,
      formula: (inputs) => regularWorkerCount(inputs["company.monthEndHeadcounts"] as readonly MonthEndCount[]),
    },
  },
  "company.smeSize": {
    type: "enum",
    values: ["small", "medium", "not-sme"] satisfies SmeSize[],
    label: { ko: "기업 규모", en: "SME size" },
    valueNames: {
      small: { ko: "소기업", en: "small enterprise" },
      medium: { ko: "중기업", en: "medium enterprise" },
      "not-sme": { ko: "중소기업 아님", en: "not an SME" },
    },
    derived: {
      description: { ko: "중소기업 규모(소기업·중기업·중소기업 아님)", en: "SME size (small, medium or not an SME)" },
      statute: /* @__PURE__ */ smeCitationOn(undefined),
      citationOn: smeCitationOn,
      inputs: [{ fact: "company.ksic" }, { fact: "company.averageRevenue" }, { fact: "company.totalAssets" }, { fact: "company.seatManufacturing", optional: true }],
      needsAsOf: true,
      tables: ["sme-size"],
      preempt: { fact: "company.inListedGroup", equals: true, value: "not-sme" },
      formula: (inputs, asOf) =>
        classifySme(
          {
            ksic: inputs["company.ksic"],
            averageRevenue: inputs["company.averageRevenue"],
            totalAssets: inputs["company.totalAssets"],
            seatManufacturing: inputs["company.seatManufacturing"] === true,
          } as SmeInput,
          { asOf: asOf! },
        ),
    },
  },
  "company.isMicroEnterprise": {
    type: "boolean",
    label: { ko: "소상공인 여부", en: "microenterprise" },
    valueNames: YES_NO,
    derived: {
      description: { ko: "소상공인 여부", en: "whether the company is a microenterprise" },
      statute: IS_MICRO_ENTERPRISE_CITATION,
      inputs: [{ fact: "company.ksic" }, { fact: "company.regularWorkers" }, { fact: "company.smeSize" }],
      needsAsOf: true,
      tables: ["micro-enterprise"],
      formula: (inputs, asOf) =>
        isMicroEnterprise(
          { ksic: inputs["company.ksic"], regularWorkers: inputs["company.regularWorkers"], smeSize: inputs["company.smeSize"] } as MicroEnterpriseInput,
          { asOf: asOf! },
        ),
    },
  },
  "company.startupStage": {
    type: "enum",
    values: ["pre-startup", "early", "leap", "established"] satisfies StartupStage[],
    label: { ko: "창업 단계", en: "start-up stage" },
    valueNames: {
      "pre-startup": { ko: "예비창업", en: "pre-start-up" },
      early: { ko: "초기", en: "early stage" },
      leap: { ko: "도약기", en: "leap stage" },
      established: { ko: "창업 7년 이상", en: "established (7 years or more)" },
    },
    derived: {
      description: { ko: "창업 단계(업력 기준)", en: "start-up stage by years since founding" },
      statute: STARTUP_STAGE_CITATION,
      inputs: [{ fact: "company.foundedOn" }],
      needsAsOf: true,
      tables: ["startup-stage"],
      formula: (inputs, asOf) => startupStage(inputs["company.foundedOn"] as DateLike, { asOf: asOf! }),
    },
  },
  "company.ksicSection": {
    type: "enum",
    values: /* @__PURE__ */ ksicSections.map((section) => section.letter) as readonly KsicSection[],
    label: { ko: "업종(표준산업분류 대분류)", en: "industry (KSIC section)" },
    valueNames: /* @__PURE__ */ Object.fromEntries(
      /* @__PURE__ */ ksicSections.map((section) => [section.letter, { ko: `${section.letter}(${section.name.ko})`, en: `${section.letter} (${section.name.en})` }]),
    ),
    derived: {
      description: { ko: "한국표준산업분류 대분류", en: "KSIC section" },
      statute: KSIC_SECTION_CITATION,
      inputs: [{ fact: "company.ksic" }],
      needsAsOf: false,
      formula: (inputs) => ksicSection(inputs["company.ksic"] as string),
    },
  },
  "company.ageInYears": {
    type: "number",
    label: { ko: "업력", en: "years since founding" },
    unit: { ko: "년", en: "years since founding" },
    derived: {
      description: { ko: "설립 후 만 연수(업력)", en: "full years since founding" },
      statute: CIVIL_ACT_AGE,
      inputs: [{ fact: "company.foundedOn" }],
      needsAsOf: true,
      formula: (inputs, asOf) => {
        const foundedOn = toIsoDate(inputs["company.foundedOn"] as DateLike, ["company", "foundedOn"]);
        if (foundedOn > asOf!) throw new ValidationError(`company.foundedOn ${foundedOn} is after asOf ${asOf}`, { path: ["company", "foundedOn"] });
        return fullYearsBetween(foundedOn, asOf!);
      },
    },
  },
  "representative.birthDate": { type: "date", label: { ko: "대표자 생년월일", en: "representative's birth date" } },
  "representative.hasBusinessRegistration": {
    type: "boolean",
    label: { ko: "대표자 사업자등록·법인설립등기 보유 여부", en: "representative holds a business registration or a registered corporation" },
    valueNames: YES_NO,
  },
  "representative.isMajorShareholder": { type: "boolean", label: { ko: "대표자 기업 최대주주·과점주주 여부", en: "representative is a largest or oligopolistic shareholder of a firm" }, valueNames: YES_NO },
  "representative.hasClosedBusiness": { type: "boolean", label: { ko: "대표자 폐업 이력 여부", en: "representative has closed a business" }, valueNames: YES_NO },
  "representative.previousBusiness.closedOn": { type: "date", label: { ko: "대표자 이전 사업 폐업일", en: "closure date of the representative's earlier business" } },
  "representative.previousBusiness.ksic": { type: "string", label: { ko: "대표자 이전 사업 업종(표준산업분류)", en: "industry (KSIC) of the representative's earlier business" } },
  "representative.monthsSinceClosure": {
    type: "number",
    label: { ko: "이전 사업 폐업 후 경과 개월 수", en: "full months since the earlier business closed" },
    unit: { ko: "개월", en: "months since closure" },
    derived: {
      description: { ko: "이전 사업 폐업일부터 만 개월 수", en: "full months from the closure of the earlier business" },
      statute: CIVIL_ACT_AGE,
      inputs: [{ fact: "representative.previousBusiness.closedOn" }],
      needsAsOf: true,
      formula: (inputs, asOf) => sinceClosure(inputs["representative.previousBusiness.closedOn"], asOf!, "months"),
    },
  },
  "representative.yearsSinceClosure": {
    type: "number",
    label: { ko: "이전 사업 폐업 후 경과 연수", en: "full years since the earlier business closed" },
    unit: { ko: "년", en: "years since closure" },
    derived: {
      description: { ko: "이전 사업 폐업일부터 만 연수", en: "full years from the closure of the earlier business" },
      statute: CIVIL_ACT_AGE,
      inputs: [{ fact: "representative.previousBusiness.closedOn" }],
      needsAsOf: true,
      formula: (inputs, asOf) => sinceClosure(inputs["representative.previousBusiness.closedOn"], asOf!, "years"),
    },
  },
  "representative.sameIndustryAsClosed": {
    type: "boolean",
    label: { ko: "이전 사업과 같은 업종(세세분류) 여부", en: "same industry (KSIC sub-class) as the earlier business" },
    valueNames: YES_NO,
    derived: {
      description: {
        ko: "이전 사업과 신청 사업의 표준산업분류 세세분류(5자리)가 같은지 여부",
        en: "whether the earlier business and the applying business share a KSIC sub-class (5 digits)",
      },
      statute: SAME_KIND_OF_BUSINESS,
      inputs: [{ fact: "representative.previousBusiness.ksic" }, { fact: "company.ksic" }],
      needsAsOf: false,
      formula: (inputs) => sameSubClass(inputs["representative.previousBusiness.ksic"], inputs["company.ksic"]),
    },
  },
  "representative.isYouth": {
    type: "boolean",
    label: { ko: "대표자 청년 여부(만 39세 이하)", en: "youth founder (39 or younger)" },
    valueNames: YES_NO,
    derived: {
      description: { ko: "대표자가 만 39세 이하인 청년인지 여부", en: "whether the representative is 39 or younger" },
      statute: IS_YOUTH_FOUNDER_CITATION,
      inputs: [{ fact: "representative.birthDate", or: "company.representative.birthDate" }],
      needsAsOf: true,
      tables: ["youth-age"],
      formula: (inputs, asOf) => isYouthFounder(inputs["representative.birthDate"] as DateLike, { asOf: asOf! }),
    },
  },
} as const satisfies Readonly<Record<string, FactDefinition>>))();

/**
 * Every fact the library knows, typed once: the `Company` fields (`company.*`), the representative
 * (`representative.*`) and the derived facts the statutes compute. `parseRule` refuses a path under
 * `company.` or `representative.` that is not here (suggesting the nearest) unless the condition declares a
 * `factType`; values are checked against the fact's type (a `Money` for money, an ISO date for a date, one of
 * the values for an enum); `explain` names facts and units from the labels. A given value always wins over a
 * derivation (e.g. `company.regularWorkers` given directly).
 *
 * | derived fact | computed by | needs `asOf` |
 * |---|---|---|
 * | `company.regularWorkers` | `regularWorkerCount(company.monthEndHeadcounts)` | no |
 * | `company.smeSize` | `classifySme({ ksic, averageRevenue, totalAssets, seatManufacturing })`; `inListedGroup: true` → `"not-sme"` | yes |
 * | `company.isMicroEnterprise` | `isMicroEnterprise({ ksic, regularWorkers, smeSize })` | yes |
 * | `company.startupStage` | `startupStage(company.foundedOn)` (no `foundedOn` → missing) | yes |
 * | `company.ksicSection` | `ksicSection(company.ksic)` | no |
 * | `company.ageInYears` | full years from `company.foundedOn` | yes |
 * | `representative.isYouth` | `isYouthFounder(representative.birthDate ?? company.representative.birthDate)` | yes |
 * | `representative.monthsSinceClosure` / `yearsSinceClosure` | full months / years from `representative.previousBusiness.closedOn` | yes |
 * | `representative.sameIndustryAsClosed` | same KSIC 세세분류 of `representative.previousBusiness.ksic` and `company.ksic` | no |
 *
 * @category Rules
 * @example
 * ```ts
 * import { factCatalogue } from "technopark";
 * factCatalogue["company.averageRevenue"].type; // "money"
 * factCatalogue["company.smeSize"].values; // ["small", "medium", "not-sme"]
 * factCatalogue["company.regularWorkers"].derived.statute.article; // "제3조"
 * ```
 */
export const factCatalogue: Catalogue = FACT_CATALOGUE;

/** The catalogue's shape as written, each record with its literal types. @internal */
export type Catalogue = typeof FACT_CATALOGUE;

/**
 * A fact path the catalogue knows.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { KnownFact } from "technopark";
 * const fact: KnownFact = "company.previousYearRevenue";
 * ```
 */
export type KnownFact = keyof Catalogue;

/**
 * The names of the facts the library derives with its statutes when the facts do not give them (the
 * catalogue's records with a `derived` formula).
 *
 * @category Rules
 * @example
 * ```ts
 * import { factCatalogue, type DerivedFactName } from "technopark";
 * const name: DerivedFactName = "company.startupStage";
 * factCatalogue[name].derived.needsAsOf; // true
 * ```
 */
export type DerivedFactName = { [P in KnownFact]: Catalogue[P] extends Required<Pick<FactDefinition, "derived">> ? P : never }[KnownFact];

/**
 * The TypeScript type of a value of a fact definition (an enum's values, `Money`, an ISO date string…).
 *
 * @category Rules
 * @example
 * ```ts
 * import type { FactValueOf, KnownFactTypes } from "technopark";
 * type Size = KnownFactTypes["company.smeSize"]; // "small" | "medium" | "not-sme"
 * const size: FactValueOf<{ type: "enum"; values: readonly ["a", "b"] }> = "a";
 * const count: FactValueOf<{ type: "number" }> = 3;
 * ```
 */
export type FactValueOf<D extends Pick<FactDefinition, "type" | "values">> = D["type"] extends "enum"
  ? D["values"] extends readonly (infer V)[] ? V : string
  : D["type"] extends "number" ? number
    : D["type"] extends "string" ? string
      : D["type"] extends "boolean" ? boolean
        : D["type"] extends "date" ? IsoDate
          : D["type"] extends "money" ? Money
            : readonly unknown[];

/**
 * The value type of every known fact, by path: what the rule builder offers for it.
 *
 * @category Rules
 * @example
 * ```ts
 * import type { KnownFactTypes, Money } from "technopark";
 * type Revenue = KnownFactTypes["company.previousYearRevenue"]; // Money
 * ```
 */
export type KnownFactTypes = { -readonly [P in KnownFact]: FactValueOf<Catalogue[P]> };

/**
 * Whether a path is a fact of the catalogue.
 * @internal
 */
export function isKnownFact(path: string): path is KnownFact {
  return Object.hasOwn(FACT_CATALOGUE, path);
}

/**
 * The definition of a known fact, or `undefined`.
 * @internal
 */
export function factDefinition(path: string): FactDefinition | undefined {
  return isKnownFact(path) ? (FACT_CATALOGUE[path] as FactDefinition) : undefined;
}

/**
 * Whether a path names a derived fact.
 * @internal
 */
export function isDerivedFactName(path: string): path is DerivedFactName {
  return factDefinition(path)?.derived !== undefined;
}

/** The roots under which every path must be a known fact (or declare a `factType`). @internal */
export const TYPED_ROOTS: readonly string[] = ["company", "representative"];

/**
 * The objects of the catalogue (`company`, `company.location`, …): proper prefixes of known paths, on which
 * only `exists` applies.
 * @internal
 */
export const FACT_RECORDS: ReadonlySet<string> = /* @__PURE__ */ (() => {
  const records = new Set<string>();
  for (const path of Object.keys(FACT_CATALOGUE)) {
    const segments = path.split(".");
    for (let i = 1; i < segments.length; i++) records.add(segments.slice(0, i).join("."));
  }
  return records;
})();

/**
 * The known fact path nearest to a mistyped one (edit distance), for "did you mean" messages.
 * @internal
 */
export function nearestFact(path: string): string | undefined {
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const known of [...Object.keys(FACT_CATALOGUE), ...FACT_RECORDS]) {
    const distance = editDistance(path, known, bestDistance);
    if (distance < bestDistance) {
      best = known;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= Math.max(3, Math.floor(path.length / 3)) ? best : undefined;
}

/** Levenshtein distance, giving up (returning `limit`) once every cell of a row reaches `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    previous = current;
  }
  return previous[b.length]!;
}
