import type { Rule } from "../rules/rule.js";
import type { SupportProgram } from "../entities/index.js";
import { krw } from "./amounts.js";
import { PROGRAM_SOURCES as P } from "./sources.js";

/**
 * The seven national programmes of programmes.md, as dated, sourced records. Each condition is encoded as
 * the best source found states it (see `source` / `otherSources` on each record and round); a field that rests
 * on a third-party copy or an inference is listed in `unconfirmed`, a whole record or round resting on such
 * sources carries `confidence: "unconfirmed"`, and a condition that is a model rather than the announcement's
 * words says so in the record's `note`. Windows of company age are written as full years (만) at the round's
 * reference date: "창업 3년 이내 at the 공고일 2026-01-22" is `company.ageInYears < 3` judged on 2026-01-22,
 * which is exactly the announcement's window 2023-01-23 … 2026-01-22.
 */

/**
 * The seven national programmes (ids fixed by the API contract), with their rule versions and rounds.
 * @internal
 */
export const nationalPrograms: readonly SupportProgram[] = /* @__PURE__ */ (() => buildNationalPrograms())();

/** Builds the records (in a function, so that an application importing other records drops them whole). */
function buildNationalPrograms(): SupportProgram[] {
  const NON_CAPITAL = ["11", "28", "41"] as const;

  const sme: Rule = {
    id: "sme",
    label: { ko: "중소기업 (소기업 또는 중기업)", en: "Small or medium enterprise" },
    fact: "company.smeSize",
    op: "in",
    value: ["small", "medium"],
  };
  const noTaxArrears: Rule = { id: "no-tax-arrears", label: { ko: "국세·지방세 체납 없음", en: "No tax arrears" }, fact: "company.taxArrears", op: "eq", value: false };
  const notInDefault: Rule = { id: "not-in-default", label: { ko: "채무불이행 없음", en: "Not in default" }, fact: "company.inDefault", op: "eq", value: false };
  const notBarredFromRnd: Rule = {
    id: "not-barred-from-national-rnd",
    label: { ko: "국가연구개발사업 참여제한 없음", en: "Not barred from national R&D" },
    fact: "company.barredFromNationalRnd",
    op: "eq",
    value: false,
  };
  const notLargeAffiliate: Rule = {
    id: "not-large-company-affiliate",
    label: { ko: "대기업 계열사 아님", en: "Not an affiliate of a large company" },
    fact: "company.largeCompanyAffiliate",
    op: "eq",
    value: false,
  };
  const years = (id: string, op: "lt" | "gte", value: number, ko: string, en: string): Rule => ({ id, label: { ko, en }, fact: "company.ageInYears", op, value });
  const within3Years = years("within-3-years", "lt", 3, "창업 3년 이내 (기준일에 만 3년 미만)", "Within 3 years of founding (under 3 full years on the reference date)");
  const deepTech: Rule = {
    id: "deep-tech-field",
    label: { ko: "딥테크 5대 분야", en: "One of the five deep-tech fields" },
    fact: "company.deepTechField",
    op: "in",
    value: ["big-data-ai", "bio-health", "future-mobility", "eco-energy", "robotics"],
  };
  // under 7 full years, or under 10 in a new-industry field (신산업): shared by the leap package and the R&D call
  const under7OrNewIndustry10: readonly Rule[] = [
    years("under-7-years", "lt", 7, "창업 만 7년 미만", "Under 7 full years since founding"),
    {
      id: "new-industry-under-10-years",
      label: { ko: "신산업 분야로 창업 만 10년 미만", en: "New-industry field, under 10 full years" },
      all: [
        { id: "new-industry", label: { ko: "신산업 분야", en: "New-industry field" }, fact: "company.newIndustryField", op: "eq", value: true },
        years("under-10-years", "lt", 10, "창업 만 10년 미만", "Under 10 full years since founding"),
      ],
    },
  ];
  const leapAge = (newIndustry: boolean): Rule => ({
    id: "3-to-7-years",
    label: newIndustry
      ? { ko: "창업 3년 초과 7년 이내 (신산업 분야 10년 이내)", en: "3 to 7 years since founding (10 in new-industry fields)" }
      : { ko: "창업 3년 초과 7년 이내", en: "3 to 7 years since founding" },
    all: [
      years("at-least-3-years", "gte", 3, "창업 만 3년 이상", "At least 3 full years since founding"),
      newIndustry
        ? {
          id: "under-7-or-new-industry-10",
          label: { ko: "창업 만 7년 미만 (신산업 분야 10년 미만)", en: "Under 7 full years (10 in new-industry fields)" },
          any: under7OrNewIndustry10,
        }
        : years("under-7-years", "lt", 7, "창업 만 7년 미만", "Under 7 full years since founding"),
    ],
  });

  const preStartupRule: Rule = {
    id: "pre-startup-package",
    label: { ko: "예비창업자 (공고일 기준 사업자등록·법인설립등기 없음)", en: "Pre-founder (no business registration or corporation on the announcement date)" },
    all: [
      {
        id: "no-business-registration",
        label: { ko: "사업자등록 및 법인 설립등기를 하지 않은 자", en: "No business registration and no registered corporation" },
        fact: "representative.hasBusinessRegistration",
        op: "eq",
        value: false,
      },
      {
        id: "not-major-shareholder",
        label: { ko: "기업의 과점주주·최대주주가 아닌 자", en: "Not a largest or oligopolistic shareholder of a firm" },
        fact: "representative.isMajorShareholder",
        op: "eq",
        value: false,
      },
      {
        id: "not-closed-within-a-month",
        label: { ko: "공고일 직전 1개월 이내 폐업하지 않은 자", en: "Did not close a business in the month before the announcement" },
        any: [
          { id: "never-closed", label: { ko: "폐업 이력 없음", en: "Never closed a business" }, fact: "representative.hasClosedBusiness", op: "eq", value: false },
          { id: "closed-a-month-ago-or-more", label: { ko: "폐업 후 1개월 이상 경과", en: "Closed a month ago or more" }, fact: "representative.monthsSinceClosure", op: "gte", value: 1 },
        ],
      },
      {
        id: "closed-business-other-industry",
        label: { ko: "폐업 경험자는 이종 업종 창업 (동종 업종은 폐업 후 3년 경과)", en: "A former owner founds in another industry (the same one 3 years after closing)" },
        any: [
          { id: "never-closed", label: { ko: "폐업 이력 없음", en: "Never closed a business" }, fact: "representative.hasClosedBusiness", op: "eq", value: false },
          { id: "other-industry", label: { ko: "폐업 사업과 다른 업종", en: "Another industry than the closed business" }, fact: "representative.sameIndustryAsClosed", op: "eq", value: false },
          { id: "closed-3-years-ago", label: { ko: "폐업 후 3년 경과", en: "Closed 3 years ago or more" }, fact: "representative.yearsSinceClosure", op: "gte", value: 3 },
        ],
      },
    ],
  };

  const earlyCommon: readonly Rule[] = [sme, within3Years, noTaxArrears, notInDefault];
  const earlyRule: Rule = {
    id: "early-startup-package",
    label: { ko: "모집공고일 기준 창업 3년 이내 중소기업의 대표자", en: "Representative of an SME within 3 years of founding on the announcement date" },
    all: [...earlyCommon],
  };
  const earlyDeepTechRule: Rule = {
    id: "early-startup-package-deep-tech",
    label: { ko: "딥테크 5대 분야의 창업 3년 이내 중소기업", en: "SME in a deep-tech field within 3 years of founding" },
    all: [...earlyCommon, deepTech],
  };

  const leapRule = (newIndustry: boolean, extra: readonly Rule[] = []): Rule => ({
    id: "startup-leap-package",
    label: { ko: "창업 3년 초과 7년 이내 중소기업", en: "SME 3 to 7 years after founding" },
    all: [sme, leapAge(newIndustry), noTaxArrears, notInDefault, ...extra],
  });

  const rndAge = (newIndustry: boolean): Rule =>
    newIndustry
      ? {
        id: "within-7-years-or-new-industry-10",
        label: { ko: "창업 7년 이하 (신산업 분야 10년 이하)", en: "Within 7 years of founding (10 in new-industry fields)" },
        any: under7OrNewIndustry10,
      }
      : years("under-7-years", "lt", 7, "창업 7년 이하 (접수 마감일에 만 7년 미만)", "Within 7 years of founding (under 7 full years on the deadline)");

  const rnd2019Rule: Rule = { id: "startup-growth-rnd", label: { ko: "창업 7년 이하 중소기업", en: "SME within 7 years of founding" }, all: [sme, rndAge(false)] };
  const rnd2025Rule: Rule = {
    id: "startup-growth-rnd",
    label: { ko: "창업 7년 이하(신산업 10년 이하)이면서 매출액 20억 원 미만인 중소기업", en: "SME within 7 years of founding (10 in new-industry fields) with revenue under KRW 2 billion" },
    all: [
      sme,
      rndAge(true),
      {
        id: "revenue-under-2-billion",
        label: { ko: "직전 사업연도 매출액 20억 원 미만", en: "Previous-year revenue under KRW 2,000,000,000" },
        fact: "company.previousYearRevenue",
        op: "lt",
        value: krw("2000000000"),
      },
      notBarredFromRnd,
      noTaxArrears,
    ],
  };

  const voucherRule: Rule = {
    id: "innovation-voucher",
    label: { ko: "3개년 평균 매출액 120억 원 이하 제조 중소기업", en: "Manufacturing SME with a 3-year average revenue of KRW 12 billion or less" },
    all: [
      { id: "manufacturing", label: { ko: "제조업 (KSIC 대분류 C)", en: "Manufacturing (KSIC section C)" }, fact: "company.ksicSection", op: "eq", value: "C" },
      sme,
      {
        id: "average-revenue-12-billion-or-less",
        label: { ko: "3개년 평균 매출액 120억 원 이하", en: "3-year average revenue of KRW 12,000,000,000 or less" },
        fact: "company.averageRevenue",
        op: "lte",
        value: krw("12000000000"),
      },
      {
        id: "at-most-3-vouchers-in-5-years",
        label: { ko: "최근 5년 내 지원 3회 이하", en: "At most 3 vouchers in the last 5 years" },
        fact: "company.innovationVoucherUses",
        op: "lte",
        value: 3,
      },
      { id: "not-suspended-or-closed", label: { ko: "휴업·폐업 중이 아님", en: "Not suspended or closed" }, fact: "company.suspendedOrClosed", op: "eq", value: false },
      noTaxArrears,
    ],
  };

  const nonCapitalHeadOffice: Rule = {
    id: "non-capital-head-office",
    label: { ko: "본사·주사업장이 비수도권 14개 시·도에 소재", en: "Head office or main site outside the capital region" },
    fact: "company.headOffice.regionCode",
    op: "notIn",
    value: [...NON_CAPITAL],
  };
  const keyIndustry: Rule = { id: "regional-key-industry", label: { ko: "지역 주력산업 해당", en: "In a key industry of its region" }, fact: "company.inRegionalKeyIndustry", op: "eq", value: true };
  const leader2021Rule: Rule = {
    id: "regional-innovation-leader",
    label: { ko: "비수도권 지역 주력산업 중소기업 (상시근로자 10인 이상, 3년 평균 매출액 50억~400억 원)", en: "Non-capital SME in a regional key industry (10+ workers, 3-year average revenue KRW 5–40 billion)" },
    all: [
      nonCapitalHeadOffice,
      keyIndustry,
      sme,
      { id: "10-or-more-workers", label: { ko: "상시근로자 10인 이상", en: "10 or more regular workers" }, fact: "company.regularWorkers", op: "gte", value: 10 },
      {
        id: "average-revenue-5-to-40-billion",
        label: { ko: "최근 3년 평균 매출액 50억 원 이상 400억 원 미만", en: "3-year average revenue from KRW 5 billion to under 40 billion" },
        all: [
          { id: "average-revenue-5-billion-or-more", label: { ko: "평균 매출액 50억 원 이상", en: "Average revenue KRW 5,000,000,000 or more" }, fact: "company.averageRevenue", op: "gte", value: krw("5000000000") },
          { id: "average-revenue-under-40-billion", label: { ko: "평균 매출액 400억 원 미만", en: "Average revenue under KRW 40,000,000,000" }, fact: "company.averageRevenue", op: "lt", value: krw("40000000000") },
        ],
      },
      notLargeAffiliate,
      noTaxArrears,
      notInDefault,
      notBarredFromRnd,
    ],
  };
  const leader2026Rule: Rule = {
    id: "regional-innovation-leader",
    label: { ko: "비수도권 지역 주력산업 중소기업 (지역혁신 선도기업육성 R&D)", en: "Non-capital SME in a regional key industry (regional innovation leader R&D)" },
    all: [
      nonCapitalHeadOffice,
      keyIndustry,
      sme,
      {
        id: "revenue-floor-or-rnd-share",
        label: { ko: "매출액 기준 충족 또는 매출액 대비 R&D 비중 5% 이상", en: "Revenue floor met, or R&D spending 5 % of revenue or more" },
        any: [
          { id: "rnd-share-5-percent", label: { ko: "매출액 대비 R&D 비중 5% 이상", en: "R&D spending 5 % of revenue or more" }, fact: "company.rndSpendingShare", op: "gte", value: 5 },
          {
            id: "revenue-1-5-billion-or-more",
            label: { ko: "직전 사업연도 매출액 15억 원 이상 (분야별 최저 기준)", en: "Previous-year revenue KRW 1.5 billion or more (the lowest field floor)" },
            fact: "company.previousYearRevenue",
            op: "gte",
            value: krw("1500000000"),
          },
        ],
      },
      notLargeAffiliate,
      noTaxArrears,
      notInDefault,
      notBarredFromRnd,
    ],
  };

  const youth: Rule = {
    id: "youth-representative",
    label: { ko: "대표자 만 39세 이하 (사업공고일 현재)", en: "Representative 39 or younger on the announcement date" },
    fact: "representative.isYouth",
    op: "eq",
    value: true,
  };
  const academyBasicRule: Rule = {
    id: "youth-startup-academy",
    label: { ko: "만 39세 이하 대표자의 창업 3년 이내 기업 (기본과정)", en: "Firm within 3 years of founding led by a founder aged 39 or under (basic course)" },
    all: [youth, within3Years, noTaxArrears, notInDefault],
  };
  const academyAdvancedRule: Rule = {
    id: "youth-startup-academy-advanced",
    label: { ko: "만 39세 이하 대표자의 창업 7년 이내 기업 (심화과정)", en: "Firm within 7 years of founding led by a founder aged 39 or under (advanced course)" },
    all: [youth, years("under-7-years", "lt", 7, "창업 7년 이내 (기준일에 만 7년 미만)", "Within 7 years of founding (under 7 full years on the reference date)"), noTaxArrears, notInDefault],
  };

  const PACKAGE_SUPPORT = ["commercialisation-funding", "mentoring-education"] as const;

  return [
  {
    id: "pre-startup-package",
    name: { ko: "예비창업패키지", en: "Pre-startup package" },
    operatorId: "kised",
    funderIds: [],
    supportTypes: [...PACKAGE_SUPPORT],
    eligibility: [{ validFrom: "2024-01-29", value: preStartupRule }],
    rounds: [
      {
        id: "2024", announcedOn: "2024-01-29", applicationPeriod: { from: "2024-01-29", to: "2024-02-21" }, referenceDate: "announcement",
        source: P.ASIATODAY_2024, otherSources: [P.AJUNEWS_2024], unconfirmed: ["applicationPeriod.from"],
      },
      {
        id: "2026-general", track: "general", announcedOn: "2026-03-06", applicationPeriod: { from: "2026-03-06", to: "2026-03-24" }, referenceDate: "announcement",
        source: P.PRE_2026, confidence: "unconfirmed",
        note: "Only a third-party copy of the correction notice (공고 제2026-143호) gives the intake; the announcement date is not known, so the first day of intake stands in for it (a model).",
      },
    ],
    since: "2019",
    source: P.ASIATODAY_2024,
    otherSources: [P.ETODAY_PRE_2020, P.ETNEWS_DEEPTECH_2026],
    unconfirmed: ["eligibility.0.value.all.3"],
    note:
      "The subject is a person who has not founded yet: `representative.*` facts carry the conditions, `company.ksic` is the planned business's industry. From 2024 (asiatoday 2024-01-29) applicants must hold no business registration and no registered corporation on the 공고일, and largest/oligopolistic shareholders of a firm and anyone who closed a business in the month before the announcement are excluded. The former-owner condition (another industry, or the same one 3 years after closing; same industry = same KSIC 세세분류, 창업지원법 시행령 제2조) rests on a 2022 report and is kept as unconfirmed. Ages are open to all since 2020 (etoday).",
  },
  {
    id: "early-startup-package",
    name: { ko: "초기창업패키지", en: "Early-startup package" },
    operatorId: "kised",
    funderIds: [],
    supportTypes: [...PACKAGE_SUPPORT],
    eligibility: [{ validFrom: "2024-01-29", value: earlyRule }],
    rounds: [
      {
        id: "2024", announcedOn: "2024-01-29", applicationPeriod: { from: "2024-01-29", to: "2024-02-22" }, referenceDate: "announcement",
        source: P.ASIATODAY_2024, unconfirmed: ["applicationPeriod.from"],
      },
      {
        id: "2026-deep-tech", track: "deep-tech", name: { ko: "2026년 초기창업패키지(딥테크 특화형)", en: "2026 early-startup package (deep-tech track)" },
        announcedOn: "2026-01-05", applicationPeriod: { from: "2026-01-06", to: "2026-01-27" }, referenceDate: "announcement",
        eligibility: earlyDeepTechRule,
        source: P.ETNEWS_DEEPTECH_2026, otherSources: [P.NEWS1_DEEPTECH_2026, P.HERALD_2026, P.DEEPTECH_WINDOW_2026],
        note: "Window 2023-01-06 … 2026-01-05 (third-party copy) agrees with a 공고일 of 2026-01-05 (news1).",
      },
      {
        id: "2026-general", track: "general", name: { ko: "2026년 초기창업패키지(일반형)", en: "2026 early-startup package (general track)" },
        announcedOn: "2026-01-22", applicationPeriod: { from: "2026-01-23", to: "2026-02-13" }, referenceDate: "announcement",
        source: P.KSTARTUP_EARLY_2026, otherSources: [P.EARLY_GENERAL_2026], unconfirmed: ["applicationPeriod.from"],
        note: "The notice: 모집공고일 기준 창업 3년 이내, 신청가능 업력 2023-01-23 ~ 2026-01-22 (개업연월일 / 법인설립등기일); deadline 2026-02-13.",
      },
    ],
    since: "2019",
    source: P.KSTARTUP_EARLY_2026,
    otherSources: [P.ASIATODAY_2024, P.ETNEWS_DEEPTECH_2026],
    unconfirmed: ["eligibility.0.value.all.2", "eligibility.0.value.all.3"],
    note:
      "Not modelled: every joint representative must qualify (judge each), the 12 industries excluded by the 창업지원법 시행령, unreturned clawbacks. The tax-arrears and default exclusions are as programmes.md reports them. The 2026 investment-linked track (non-capital, with investment) is announced for May 2026 without dates, so it has no round.",
  },
  {
    id: "startup-leap-package",
    name: { ko: "창업도약패키지", en: "Startup leap package" },
    operatorId: "kised",
    funderIds: [],
    supportTypes: [...PACKAGE_SUPPORT, "growth-support"],
    eligibility: [
      { validFrom: "2023-02-23", value: leapRule(false) },
      { validFrom: "2026-01-05", value: leapRule(true) },
    ],
    rounds: [
      {
        id: "2023", announcedOn: "2023-02-23", applicationPeriod: { from: "2023-02-23", to: "2023-03-20" }, referenceDate: "announcement",
        source: P.LEAP_2023, confidence: "unconfirmed",
        note: "신청가능 업력 2016-02-24 ~ 2020-02-23 implies a 공고일 of 2023-02-23: a firm exactly 3 years old is already 도약.",
      },
      {
        id: "2024-large-company", track: "large-company", announcedOn: "2024-01-29", applicationPeriod: { from: "2024-01-29", to: "2024-02-23" }, referenceDate: "announcement",
        source: P.ASIATODAY_2024, otherSources: [P.AJUNEWS_2024], unconfirmed: ["applicationPeriod.from"],
      },
      {
        id: "2026-deep-tech", track: "deep-tech", name: { ko: "2026년 창업도약패키지(딥테크 특화형)", en: "2026 startup leap package (deep-tech track)" },
        announcedOn: "2026-01-05", applicationPeriod: { from: "2026-01-06", to: "2026-01-27" }, referenceDate: "announcement",
        eligibility: leapRule(true, [deepTech]),
        source: P.ETNEWS_DEEPTECH_2026, otherSources: [P.NEWS1_DEEPTECH_2026, P.UNICORN_2026],
      },
    ],
    since: "2019",
    source: P.NEWS1_DEEPTECH_2026,
    otherSources: [P.ASIATODAY_2024, P.HERALD_2026, P.UNICORN_2026],
    unconfirmed: ["eligibility.0.value.all.2", "eligibility.0.value.all.3", "eligibility.1.value.all.2", "eligibility.1.value.all.3"],
    note:
      "3 ≤ full years < 7 on the 공고일 (창업 3년 초과 7년 이내); from 2026 (deep-tech call) new-industry fields count up to 10 years (heraldcorp, unicornfactory). No revenue condition is part of eligibility (revenue only scores). The exclusions are assumed to be those of the early package (unconfirmed).",
  },
  {
    id: "startup-growth-rnd",
    name: { ko: "창업성장기술개발 (디딤돌·첫걸음)", en: "Startup growth technology development (stepping-stone / first-step R&D)" },
    operatorId: "tipa",
    funderIds: [],
    supportTypes: ["rnd-grant"],
    eligibility: [
      { validFrom: "2019-03-05", value: rnd2019Rule },
      { validFrom: "2025-04-01", value: rnd2025Rule },
    ],
    rounds: [
      {
        id: "2019-stepping-stone-2", track: "stepping-stone", announcedOn: "2019-03-05", applicationPeriod: { from: "2019-03-19", to: "2019-04-03" }, referenceDate: "application-deadline",
        source: P.KAIST_RND_2019, confidence: "unconfirmed",
        note: "A copy of the 2019 plan: 창업 7년 이하, 창업 및 업력 산정 ... 과제 접수 마감일 기준으로 판단.",
      },
      {
        id: "2025-first-step", track: "first-step", announcedOn: "2025-04-01", applicationPeriod: { from: "2025-04-01", to: "2025-05-07" }, referenceDate: "application-deadline",
        source: P.ETNEWS_RND_2025, unconfirmed: ["applicationPeriod.from", "referenceDate"],
        note: "The deadline as reference date is the 2019 plan's rule, assumed unchanged.",
      },
    ],
    since: "2019",
    source: P.ETNEWS_RND_2025,
    otherSources: [P.HELLOT_RND, P.KAIST_RND_2019],
    unconfirmed: ["operatorId", "eligibility.1.value.all.3", "eligibility.1.value.all.4", "eligibility.0.value.all.1", "eligibility.1.value.all.1"],
    note:
      "창업 7년 이하 (신산업 10년 이하) is read as the statute's 창업기업 (under 7 full years on the deadline); whether a firm of exactly 7 full years still counts as '7년 이하' is not settled by the sources (unconfirmed). Revenue: 매출액 20억 원 미만 as `previousYearRevenue` (직전 사업연도). The R&D-bar and tax-arrears exclusions are the usual ones of SME R&D calls, not quoted from an announcement.",
  },
  {
    id: "innovation-voucher",
    name: { ko: "중소기업 혁신바우처", en: "SME innovation voucher" },
    operatorId: "kosme",
    funderIds: [],
    supportTypes: ["consulting", "technical-support", "marketing"],
    eligibility: [{ validFrom: "2025-11-12", value: voucherRule }],
    rounds: [
      {
        id: "2026-1", announcedOn: "2025-11-12", applicationPeriod: { from: "2025-11-12", to: "2025-12-02" }, referenceDate: "announcement",
        source: P.VOUCHER_2026_PERIOD, otherSources: [P.BIZDAILY_VOUCHER_2026], confidence: "unconfirmed",
        note: "Tracks 일반형, 탄소중립형, 중대재해예방형, 재기컨설팅형 (bizdaily); period from a third-party summary.",
      },
    ],
    since: "2020",
    source: P.EDAILY_VOUCHER,
    otherSources: [P.ETNEWS_VOUCHER_2020, P.BIZDAILY_VOUCHER_2026],
    unconfirmed: ["eligibility.0.validFrom", "eligibility.0.value.all.3", "eligibility.0.value.all.5"],
    note:
      "Manufacturing SMEs with a 3-year average revenue of 120억 원 or less (`averageRevenue`). Small firms may apply to every track, medium firms only to the carbon-neutral, regional-growth and serious-accident-prevention tracks (edaily): the rule admits both sizes and leaves the track to the caseworker. '5년 안에 3번 이하로 지원받았다면 신청할 수 있다' (edaily) is encoded literally as at most 3 earlier vouchers (unconfirmed: it may mean 3 including this one). Subsidy rates by revenue are not eligibility.",
  },
  {
    id: "regional-innovation-leader",
    name: { ko: "지역혁신 선도기업", en: "Regional innovation leader" },
    operatorId: "tipa",
    funderIds: [],
    supportTypes: ["rnd-grant"],
    eligibility: [
      { validFrom: "2021-11-15", value: leader2021Rule },
      { validFrom: "2026-01-29", value: leader2026Rule },
    ],
    rounds: [
      {
        id: "2021-1", announcedOn: "2021-11-15", applicationPeriod: { from: "2021-11-15", to: "2021-12-08" }, referenceDate: "announcement",
        source: P.ETODAY_LEADER_2021, otherSources: [P.ASIAE_LEADER_2021, P.DAILYAN_LEADER_2021], unconfirmed: ["referenceDate"],
      },
      {
        id: "2026-rnd", name: { ko: "2026년 지역혁신 선도기업육성(R&D)", en: "2026 regional innovation leader R&D" },
        announcedOn: "2026-01-29", applicationPeriod: { from: "2026-02-11", to: "2026-03-03" }, referenceDate: "announcement",
        source: P.SBS_LEADER_2026, otherSources: [P.ETNEWS_LEADER_2026], unconfirmed: ["referenceDate"],
      },
    ],
    since: "2021",
    source: P.ASIAE_LEADER_2021,
    otherSources: [P.ETODAY_LEADER_2021, P.DAILYAN_LEADER_2021, P.SBS_LEADER_2026, P.ETNEWS_LEADER_2026, P.REGIONAL_SME_ACT],
    unconfirmed: ["operatorId", "eligibility.1.value.all.3"],
    note:
      "2021 designation call (지역혁신 선도기업 100): head office and main site in one of the 14 non-capital 시·도, a designated regional key industry, 10+ regular workers, 3-year average revenue 50억 … 400억 원 (asiae, dailyan); the growth indicators (two of four, or one plus an optional one) are not modelled. From 2025 the programme is an R&D call; for 2026 the revenue floors (15억 … 140억 원 by field) are waived at an R&D share of 5 % or more (SBS): the rule is a model that checks the lowest floor only (a field's own floor may be higher). The exclusions (large-company affiliates, tax arrears, default, R&D bar) are as a TP notice lists them.",
  },
  {
    id: "youth-startup-academy",
    name: { ko: "청년창업사관학교", en: "Youth startup academy" },
    operatorId: "kosme",
    funderIds: [],
    supportTypes: [...PACKAGE_SUPPORT, "office-space"],
    eligibility: [{ validFrom: "2026-01-30", value: academyBasicRule }],
    rounds: [
      {
        id: "2026-basic", track: "basic", name: { ko: "청년창업사관학교 16기 기본과정", en: "Youth startup academy, 16th intake, basic course" },
        announcedOn: "2026-01-30", applicationPeriod: { from: "2026-01-30", to: "2026-02-13" }, referenceDate: "announcement",
        source: P.ETODAY_ACADEMY_2026, otherSources: [P.ETNEWS_ACADEMY_2026, P.ACADEMY_NOTICE_2026], unconfirmed: ["referenceDate"],
      },
      {
        id: "2026-advanced", track: "advanced", name: { ko: "청년창업사관학교 16기 심화과정 (딥테크·글로벌)", en: "Youth startup academy, 16th intake, advanced course" },
        announcedOn: "2026-01-30", applicationPeriod: { from: "2026-01-30", to: "2026-02-13" }, referenceDate: "announcement",
        eligibility: academyAdvancedRule,
        source: P.ETNEWS_ACADEMY_2026, otherSources: [P.ETODAY_ACADEMY_2026, P.ACADEMY_NOTICE_2026], unconfirmed: ["referenceDate"],
      },
    ],
    since: "2011",
    source: P.ETODAY_ACADEMY_2026,
    otherSources: [P.ETNEWS_ACADEMY_2026, P.ACADEMY_NOTICE_2026],
    unconfirmed: ["eligibility.0.value.all.2", "eligibility.0.value.all.3"],
    note:
      "2026 (16th intake): representative 만 39세 이하 (etoday, etnews: the notice copy does not say 만; the news reports do), within 3 years of founding; the advanced course (experienced founders) within 7 years. The age is judged on the announcement date, as older rounds state ('사업공고일 현재 만 39세 이하', kgnews). Pre-founders, whom earlier intakes admitted, have no founding date here and come out undetermined. Exclusions as programmes.md reports them.",
  },
];
}
