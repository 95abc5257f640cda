import type { Event, ExportDeal } from "../entities/index.js";
import { usd } from "./amounts.js";
import { deepFreeze } from "./freeze.js";
import { SOURCE_FILES } from "./sources.js";

const I = SOURCE_FILES.innoWeek;
const DURING = { from: "2023-10-17", to: "2023-10-20" };

/**
 * Events: INNO WEEK 2023 (hosted by Uzbekistan's Ministry of Higher Education, Science and Innovation,
 * 2023-10-17..20, Korea pavilion run by Gyeongbuk TP and the Daegu-Gyeongbuk LINC 3.0 council with 35 regional
 * companies and 9 universities) with the totals reported as of 2023-10-27 — 140 consultations worth
 * USD 9,000,000, contracts USD 6,500,000, joint R&D/production agreements USD 5,000,000 — kept apart from the
 * itemised {@link exportDeals}; and the 2022 Yeongcheon SME support results meeting (2022-12-07).
 *
 * @category Data
 * @example
 * ```ts
 * import { events } from "technopark/data";
 * events.find((e) => e.id === "inno-week-2023")?.reported?.contracts.value; // { amount: "6500000", currency: "USD" }
 * ```
 */
export const events: readonly Event[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "inno-week-2023",
    kind: "exhibition",
    name: { ko: "우즈베키스탄 INNO WEEK 2023", en: "INNO WEEK 2023 (Uzbekistan)" },
    city: { ko: "타슈켄트", en: "Tashkent" },
    country: "UZ",
    venue: { ko: "INNO WEEK 2023 한국관", en: "INNO WEEK 2023 Korea pavilion" },
    startDate: "2023-10-17",
    endDate: "2023-10-20",
    organizerIds: ["uz-ministry-higher-education"],
    operatorIds: ["gyeongbuk", "daegu-gyeongbuk-linc"],
    participantIds: ["gyeongbuk-province", "mugye-bio", "maru-energy", "dhu-medicos"],
    participants: { companies: 35, universities: 9 },
    reported: {
      asOf: "2023-10-27",
      consultations: { count: 140, value: usd("9000000") },
      contracts: { value: usd("6500000") },
      jointAgreements: { value: usd("5000000") },
    },
    source: I,
    unconfirmed: ["city"],
    note: "2023 was Uzbekistan's 'year of Korea as special guest'. The article names the country but not the city; Tashkent is from the domain notes. Totals are the Korea pavilion's (Gyeongbuk TP with the LINC 3.0 council) as of 2023-10-27.",
  },
  {
    id: "yeongcheon-results-2022",
    kind: "results-meeting",
    name: { ko: "2022년 영천시 중소기업지원 성과보고회", en: "2022 Yeongcheon SME support results meeting" },
    country: "KR",
    venue: { ko: "경북테크노파크 그린기업지원센터 대회의실", en: "Main meeting room, Gyeongbuk Technopark Green Enterprise Support Center" },
    startDate: "2022-12-07",
    endDate: "2022-12-07",
    organizerIds: ["gyeongbuk"],
    participantIds: ["yeongcheon-city"],
    participants: { attendees: 50 },
    source: SOURCE_FILES.yeongcheon,
    note: "About 50 attendees (50여 명), including Yeongcheon City's corporate attraction division and beneficiary companies.",
  },
] satisfies Event[]))();

/**
 * The export deals named at INNO WEEK 2023 (source 004): ㈜무계바이오's contracts worth USD 3,000,000 with three
 * buyers in Uzbekistan and Russia (one record: the source does not split the value per buyer or country),
 * ㈜마루에너지's USD 3,500,000 three-year smart-farm sensor contract with DigitalAgro, and ㈜DHU 메디코스's
 * USD 5,000,000 joint R&D/production agreement with AZIYA IMMUNOPREPARAT. The contracts add up to the reported
 * USD 6,500,000 and the joint agreement to the reported USD 5,000,000. The source does not date them within the
 * event, so each has `during` instead of `date`.
 *
 * @category Data
 * @example
 * ```ts
 * import { exportDeals } from "technopark/data";
 * exportDeals.filter((d) => d.stage === "contract").map((d) => d.value.amount); // ["3000000", "3500000"]
 * ```
 */
export const exportDeals: readonly ExportDeal[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "inno-week-2023-mugye-bio",
    eventId: "inno-week-2023",
    exporter: { name: { ko: "㈜무계바이오" }, organizationId: "mugye-bio", sigungu: "영천시" },
    counterparty: { name: "Three buyers in Uzbekistan and Russia (not named)", countries: ["UZ", "RU"], count: 3 },
    stage: "contract",
    value: usd("3000000"),
    during: DURING,
    product: { ko: "액상형 비료 및 펠렛형 비료", en: "Liquid and pellet fertilisers" },
    source: I,
    note: "Signed on site with three buyers from Uzbekistan and Russia for USD 3,000,000 in total; the split per buyer or country is not given.",
  },
  {
    id: "inno-week-2023-maru-energy",
    eventId: "inno-week-2023",
    exporter: { name: { ko: "㈜마루에너지" }, organizationId: "maru-energy" },
    counterparty: { name: "DigitalAgro", organizationId: "digitalagro", country: "UZ" },
    stage: "contract",
    value: usd("3500000"),
    term: "P3Y",
    during: DURING,
    product: { ko: "스마트팜 센서", en: "Smart-farm sensors" },
    source: I,
  },
  {
    id: "inno-week-2023-dhu-medicos",
    eventId: "inno-week-2023",
    exporter: { name: { ko: "㈜DHU 메디코스" }, organizationId: "dhu-medicos" },
    counterparty: { name: "AZIYA IMMUNOPREPARAT", organizationId: "aziya-immunopreparat", country: "UZ" },
    stage: "joint-agreement",
    value: usd("5000000"),
    during: DURING,
    product: { ko: "프로바이오틱스 기술 기반 전문 화장품 공동연구·생산", en: "Joint R&D and production of probiotic-based cosmetics" },
    source: I,
  },
] satisfies ExportDeal[]))();
