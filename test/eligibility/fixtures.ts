import type { Rule } from "../../src/index.js";

/** The Yeongcheon programmes' rules as the brief specifies them (the records live in src/data/programs.ts). */
export const yeongcheonRule = (workers: "gte" | "lt"): Rule => ({
  id: workers === "gte" ? "yeongcheon-high-value-conversion" : "yeongcheon-innovative-technology",
  label: workers === "gte" ? { ko: "고부가가치 전환 지원 자격", en: "High-value conversion eligibility" } : { ko: "혁신기술 지원 자격", en: "Innovative technology eligibility" },
  all: [
    { id: "located-in-yeongcheon", label: { ko: "영천시 소재", en: "Located in Yeongcheon" }, fact: "company.location.sigungu", op: "eq", value: "영천시" },
    { id: "manufacturing", label: { ko: "제조업", en: "Manufacturing" }, fact: "company.ksicSection", op: "eq", value: "C" },
    { id: "sme", label: { ko: "중소기업", en: "SME" }, fact: "company.smeSize", op: "in", value: ["small", "medium"] },
    workers === "gte"
      ? { id: "workers-30-or-more", label: { ko: "상시근로자 30명 이상", en: "30 or more regular workers" }, fact: "company.regularWorkers", op: "gte", value: 30 }
      : { id: "workers-under-30", label: { ko: "상시근로자 30명 미만", en: "Fewer than 30 regular workers" }, fact: "company.regularWorkers", op: "lt", value: 30 },
  ],
});

export const months = (fullTime: number, partTime60h = 0) =>
  Array.from({ length: 12 }, (_, i) => ({ month: `2024-${String(i + 1).padStart(2, "0")}`, fullTime, partTime60h }));

const base = {
  location: { regionCode: "47", sigungu: "영천시" },
  ksic: "C29199",
  averageRevenue: { amount: "8000000000", currency: "KRW" },
  totalAssets: { amount: "5000000000", currency: "KRW" },
};
/** The three sample companies: 30 workers, 29.5 workers (from headcounts), headcount missing. */
export const sampleCompanies = {
  thirty: { id: "yc-30", name: { ko: "㈜영천정밀" }, ...base, regularWorkers: 30 },
  twentyNineAndHalf: { id: "yc-29.5", name: { ko: "㈜금호기계" }, ...base, monthEndHeadcounts: months(29, 1) },
  unknown: { id: "yc-unknown", name: { ko: "㈜화산소재" }, ...base },
};
