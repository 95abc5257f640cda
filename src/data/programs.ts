import type { Rule } from "../rules/rule.js";
import type { Budget, SupportProgram } from "../entities/index.js";
import { krw } from "./amounts.js";
import { deepFreeze } from "./freeze.js";
import { seoulSouthwestDistricts } from "./regions.js";
import { SOURCE_FILES } from "./sources.js";
import { nationalPrograms } from "./national-programs.js";

const Y = SOURCE_FILES.yeongcheon;

const inYeongcheon: Rule = {
  id: "located-in-yeongcheon",
  label: { ko: "영천시 소재", en: "Located in Yeongcheon" },
  fact: "company.location.sigungu",
  op: "eq",
  value: "영천시",
};
const isSme: Rule = {
  id: "sme",
  label: { ko: "중소기업 (소기업 또는 중기업)", en: "Small or medium enterprise" },
  fact: "company.smeSize",
  op: "in",
  value: ["small", "medium"],
};

const highValueConversionRule: Rule = {
  id: "yeongcheon-high-value-conversion",
  label: { ko: "영천시 소재 상시근로자 30인 이상 중소 제조기업", en: "Manufacturing SME in Yeongcheon with 30 or more regular workers" },
  all: [
    inYeongcheon,
    { id: "manufacturing", label: { ko: "제조업 (KSIC 대분류 C)", en: "Manufacturing (KSIC section C)" }, fact: "company.ksicSection", op: "eq", value: "C" },
    isSme,
    { id: "regular-workers-30-or-more", label: { ko: "상시근로자 30명 이상", en: "30 or more regular workers" }, fact: "company.regularWorkers", op: "gte", value: 30 },
  ],
};

const innovativeTechnologyRule: Rule = {
  id: "yeongcheon-innovative-technology",
  label: { ko: "상시근로자 30인 미만 영천시 소재 중소기업", en: "SME in Yeongcheon with fewer than 30 regular workers" },
  all: [
    inYeongcheon,
    isSme,
    { id: "regular-workers-under-30", label: { ko: "상시근로자 30명 미만", en: "Fewer than 30 regular workers" }, fact: "company.regularWorkers", op: "lt", value: 30 },
  ],
};

const youthStartupRule: Rule = /* @__PURE__ */ (() => ({
  id: "seoul-southwest-youth-startup",
  label: { ko: "서울 서남권 청년 창업기업 (초기·도약 단계)", en: "Youth-founded early- or leap-stage start-up in Seoul's south-west" },
  all: [
    { id: "youth-representative", label: { ko: "대표자 만 39세 이하 (청년창업)", en: "Representative aged 39 or under (youth founder)" }, fact: "representative.isYouth", op: "eq", value: true },
    { id: "early-or-leap-stage", label: { ko: "초기 또는 도약 단계 창업기업", en: "Early- or leap-stage start-up" }, fact: "company.startupStage", op: "in", value: ["early", "leap"] },
    { id: "located-in-seoul", label: { ko: "서울특별시 소재", en: "Located in Seoul" }, fact: "company.location.regionCode", op: "eq", value: "11" },
    {
      id: "located-in-seoul-southwest",
      label: { ko: "서울 서남권 7개 자치구 소재", en: "Located in one of Seoul's seven south-west districts" },
      fact: "company.location.sigungu",
      op: "in",
      value: [...seoulSouthwestDistricts],
    },
  ],
}))();

const limitBefore2022 = {
  validFrom: "2019-01-01",
  validTo: "2022-01-01",
  value: {
    kind: "limited" as const,
    description: { ko: "프로그램 신청 제한 있음 (한도는 보도되지 않음)", en: "Applications to the programmes were limited (the limit is not reported)" },
  },
};
const noLimitFrom2022 = {
  validFrom: "2022-01-01",
  value: { kind: "unlimited" as const, description: { ko: "2022년 프로그램 신청 제한 폐지", en: "The limit on programme applications was removed in 2022" } },
};
const yeongcheonNote =
  "Eligibility as reported in December 2022 and assumed unchanged since the programmes began in 2019. The source says the application limit was removed 'this year' (2022) without a day, so the change is dated 2022-01-01 and marked unconfirmed. The city's KRW 1,000,000,000 a year funds the two programmes together (see budgets).";

/**
 * The support programmes: the two Yeongcheon SME programmes run by Gyeongbuk TP's Green Enterprise Support
 * Center with the city's budget since 2019 (source 002) — high value-added conversion for manufacturing SMEs with
 * 30 or more regular workers, innovative technology development for SMEs with fewer than 30 (source 002 does not
 * restrict this one to manufacturing) — with the 2022 removal of the application limit as dated policy; and
 * `seoul-southwest-youth-startup`, a model (`model: true`, `confidence: "unconfirmed"`) of the support the 2024
 * 14-party agreement describes, not a programme any source announces; and the seven national programmes with their
 * rounds (공고), each judged at its reference date: `pre-startup-package` (예비창업패키지), `early-startup-package`
 * (초기창업패키지, with its 2026 deep-tech and general tracks), `startup-leap-package` (창업도약패키지),
 * `startup-growth-rnd` (창업성장기술개발), `innovation-voucher` (혁신바우처), `regional-innovation-leader` (지역혁신
 * 선도기업) and `youth-startup-academy` (청년창업사관학교). Every record and round cites its source; fields resting
 * on weak sources are listed in `unconfirmed`, and modelled conditions are described in `note`.
 *
 * @category Data
 * @example
 * ```ts
 * import { asOf } from "technopark";
 * import { programs } from "technopark/data";
 * const program = programs.find((p) => p.id === "yeongcheon-innovative-technology")!;
 * asOf(program.applicationLimit ?? [], "2022-06-01")?.kind; // "unlimited"
 * ```
 */
export const programs: readonly SupportProgram[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "yeongcheon-high-value-conversion",
    name: { ko: "영천시 중소기업 고부가가치 전환육성 지원사업", en: "Yeongcheon SME high value-added conversion support" },
    operatorId: "gyeongbuk",
    operatorUnit: { ko: "경북테크노파크 그린기업지원센터", en: "Gyeongbuk Technopark Green Enterprise Support Center" },
    funderIds: ["yeongcheon-city"],
    regionCode: "47",
    sigungu: ["영천시"],
    supportTypes: ["process-improvement-rnd", "prototype-development", "process-improvement-on-site", "prototype-production", "marketing"],
    eligibility: [{ validFrom: "2019-01-01", value: highValueConversionRule }],
    applicationLimit: [limitBefore2022, noLimitFrom2022],
    since: "2019",
    source: Y,
    unconfirmed: ["eligibility.0.validFrom", "applicationLimit.1.validFrom"],
    note: yeongcheonNote,
  },
  {
    id: "yeongcheon-innovative-technology",
    name: { ko: "영천시 중소기업 혁신기술개발 지원사업", en: "Yeongcheon SME innovative technology development support" },
    operatorId: "gyeongbuk",
    operatorUnit: { ko: "경북테크노파크 그린기업지원센터", en: "Gyeongbuk Technopark Green Enterprise Support Center" },
    funderIds: ["yeongcheon-city"],
    regionCode: "47",
    sigungu: ["영천시"],
    supportTypes: ["scale-up-rnd", "prototype-commercialisation", "prototype-production", "testing-certification", "patent-application", "export-logistics"],
    eligibility: [{ validFrom: "2019-01-01", value: innovativeTechnologyRule }],
    applicationLimit: [limitBefore2022, noLimitFrom2022],
    since: "2019",
    source: Y,
    unconfirmed: ["eligibility.0.validFrom", "applicationLimit.1.validFrom"],
    note: `${yeongcheonNote} Source 002 describes this programme's targets as '상시근로자 30인 미만 영천시 소재 중소기업' (no manufacturing condition, unlike the other programme), so the rule has none.`,
  },
  {
    id: "seoul-southwest-youth-startup",
    name: { ko: "서울 서남권 청년창업 지원 (협약 기반 모형)", en: "Seoul south-west youth start-up support (model of the 2024 agreement)" },
    operatorId: "kicox",
    funderIds: [],
    regionCode: "11",
    sigungu: [...seoulSouthwestDistricts],
    supportTypes: ["startup-discovery", "settlement-support", "administrative-financial-support", "growth-support"],
    eligibility: [{ validFrom: "2024-10-23", value: youthStartupRule }],
    model: true,
    agreementId: "seoul-southwest-youth-startup-2024",
    source: SOURCE_FILES.seoulSouthwest,
    confidence: "unconfirmed",
    note:
      "A model, not an announced programme: the 14-party agreement (2024-10-23) sets up full-cycle support for youth start-ups in Seoul's seven south-west districts (universities find and grow pre- and early-stage firms, districts give settlement and administrative/financial support, agencies support the leap stage). The eligibility rule turns that into conditions (youth founder, early or leap stage, located in the seven districts); KICOX, which announced the agreement, stands in as operator; no funder or budget is reported.",
  },
  ...nationalPrograms,
] satisfies SupportProgram[]))();

const yeongcheonBudget = (fiscalYear: number): Budget => ({
  id: `yeongcheon-city-${fiscalYear}`,
  fiscalYear,
  fundingSource: "city",
  funderId: "yeongcheon-city",
  programIds: ["yeongcheon-high-value-conversion", "yeongcheon-innovative-technology"],
  allocated: krw("1000000000"),
  source: Y,
  note: "Source 002: '2019년부터 매년 영천시 예산 10억 원을 투입' for the two programmes together; one yearly city allocation shared by both (the split is not reported). Executed amounts are not reported.",
});

/**
 * Fiscal-year allocations: Yeongcheon City's KRW 1,000,000,000 a year for the two Yeongcheon programmes together,
 * 2019–2022 (the years source 002, of December 2022, covers; later years are not reported).
 *
 * @category Data
 * @example
 * ```ts
 * import { budgets } from "technopark/data";
 * budgets.length; // 4
 * budgets[0]?.allocated; // { amount: "1000000000", currency: "KRW" }
 * ```
 */
export const budgets: readonly Budget[] = /* @__PURE__ */ (() => deepFreeze([2019, 2020, 2021, 2022].map(yeongcheonBudget)))();
