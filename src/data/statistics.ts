import type { Investment, MetricObservation } from "../entities/index.js";
import { krw } from "./amounts.js";
import { deepFreeze } from "./freeze.js";
import { SOURCE_FILES } from "./sources.js";

const A = SOURCE_FILES.association;
const ALL = { kind: "all-technoparks" as const };

/**
 * Observations of national and technopark metrics from source 001: tenant companies 826 (2007) → 2,256 (2018),
 * employment 16,564 → 19,674, tenant revenue 3조 5,200억 원 → 17조 6,031억 원, technoparks 6 (1998) → 19 (2018),
 * and Incheon TP's smart factories (80 supported in 2019, target 1,000 by 2022) and Gyeonggi TP's 700 supported
 * manufacturers.
 *
 * @category Data
 * @example
 * ```ts
 * import { metrics } from "technopark/data";
 * metrics.find((m) => m.id === "all-technoparks-tenant-revenue-2018")?.value; // { amount: "17603100000000", currency: "KRW" }
 * ```
 */
export const metrics: readonly MetricObservation[] = /* @__PURE__ */ (() => deepFreeze([
  { id: "all-technoparks-tenant-companies-2007", subject: ALL, metric: "tenant-companies", period: "2007", value: 826, source: A },
  { id: "all-technoparks-tenant-companies-2018", subject: ALL, metric: "tenant-companies", period: "2018", value: 2256, source: A },
  { id: "all-technoparks-employment-2007", subject: ALL, metric: "employment", period: "2007", value: 16564, source: A },
  { id: "all-technoparks-employment-2018", subject: ALL, metric: "employment", period: "2018", value: 19674, source: A },
  { id: "all-technoparks-tenant-revenue-2007", subject: ALL, metric: "tenant-revenue", period: "2007", value: krw("3520000000000"), source: A },
  { id: "all-technoparks-tenant-revenue-2018", subject: ALL, metric: "tenant-revenue", period: "2018", value: krw("17603100000000"), source: A },
  { id: "all-technoparks-count-1998", subject: ALL, metric: "technoparks", period: "1998", value: 6, source: A },
  { id: "all-technoparks-count-2018", subject: ALL, metric: "technoparks", period: "2018", value: 19, source: A },
  {
    id: "incheon-smart-factories-2019", subject: { kind: "technopark", technoparkId: "incheon" }, metric: "smart-factories-supported",
    period: "2019", value: 80, source: A, note: "'지난해' in an article of 2020-09-21: 2019.",
  },
  {
    id: "incheon-smart-factories-target-2022", subject: { kind: "technopark", technoparkId: "incheon" }, metric: "smart-factories-supported",
    period: "2022", value: 1000, basis: "target", source: A, note: "Target of 1,000 smart factories built by 2022 (cumulative).",
  },
  {
    id: "gyeonggi-smart-factory-manufacturers-2019", subject: { kind: "technopark", technoparkId: "gyeonggi" }, metric: "companies-supported",
    period: "2019", value: 700, source: A, confidence: "unconfirmed",
    note: "700 manufacturers in southern Gyeonggi supported with smart factories; the article places it among 2019's priorities but does not date it exactly.",
  },
] satisfies MetricObservation[]))();

/**
 * Investments named in source 001 (2020-09-21): Gyeonggi TP's 664억 원 manufacturing innovation platform and
 * 300억 원 smart manufacturing innovation center (due 2020), Incheon TP's 95억 원 for specialised companies (2019)
 * and Chungnam TP's 5,281억 원 for next-generation display technology by 2025.
 *
 * @category Data
 * @example
 * ```ts
 * import { investments } from "technopark/data";
 * investments.map((i) => i.amount.amount); // ["66400000000", "30000000000", "9500000000", "528100000000"]
 * ```
 */
export const investments: readonly Investment[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "gyeonggi-manufacturing-innovation-platform",
    organizationId: "gyeonggi",
    title: { ko: "제조업 혁신 플랫폼 조성", en: "Manufacturing innovation platform" },
    amount: krw("66400000000"),
    status: "completed",
    period: { from: "2019", to: "2019" },
    reportedOn: "2020-09-21",
    source: A,
    note: "Part of Gyeonggi TP's 2019 ('지난해') smart-manufacturing priority.",
  },
  {
    id: "gyeonggi-smart-manufacturing-innovation-center",
    organizationId: "gyeonggi",
    title: { ko: "스마트제조혁신센터 구축", en: "Smart manufacturing innovation center" },
    amount: krw("30000000000"),
    status: "in-progress",
    period: { to: "2020" },
    reportedOn: "2020-09-21",
    source: A,
    note: "Under construction in 2020, due to be completed that year.",
  },
  {
    id: "incheon-specialised-companies",
    organizationId: "incheon",
    title: { ko: "전문기업 육성 (IoT·AI·빅데이터 핵심기술 기반센터)", en: "Fostering specialised companies (IoT, AI and big-data technology centres)" },
    amount: krw("9500000000"),
    status: "completed",
    period: { from: "2019", to: "2019" },
    reportedOn: "2020-09-21",
    source: A,
  },
  {
    id: "chungnam-next-generation-display",
    organizationId: "chungnam",
    title: { ko: "차세대 디스플레이(OLED·플렉시블) 핵심기술 개발 및 플랫폼 구축", en: "Next-generation display (OLED, flexible) technology and platform" },
    amount: krw("528100000000"),
    status: "planned",
    period: { to: "2025" },
    reportedOn: "2020-09-21",
    source: A,
  },
] satisfies Investment[]))();
