import type { Outcome } from "../index.js";

/** The languages `show` and the charts write in. */
export type Lang = "ko" | "en";

/** The words of the renderings, in Korean (the default) and English. */
export const LABELS = {
  ko: {
    outcome: { eligible: "적격", ineligible: "부적격", undetermined: "판단보류" } as Readonly<Record<Outcome, string>>,
    id: "ID",
    result: "결과",
    reasons: "사유",
    program: "사업",
    referenceDate: "기준일",
    missing: "부족한 정보",
    ruleVersion: "적용 규칙",
    validFrom: "시행일",
    ruleHash: "규칙 해시",
    tables: "법령 표",
    library: "라이브러리",
    stamp: "판단 근거",
    beforeAfter: "변경 전 \\ 변경 후",
    total: "합계",
    changedCaption: (shown: number, all: number): string => (shown === all ? `결과가 바뀐 대상 ${all}건` : `결과가 바뀐 대상 ${all}건 중 처음 ${shown}건`),
    comparisonCaption: (total: number, changed: number): string => `규칙 비교: 대상 ${total}건, 결과 변경 ${changed}건`,
    index: "순번",
    before: "변경 전",
    after: "변경 후",
    results: (count: number): string => `판단 결과 ${count}건`,
    matches: (count: number): string => `사업별 판단 ${count}건`,
    rows: (count: number): string => `${count}행`,
    empty: "(비어 있음)",
    stage: "단계",
    count: "건수",
    value: "금액",
    share: "상담 대비",
    stages: { consultations: "상담", contracts: "계약", jointAgreements: "공동연구·생산 협약" },
    funnelCaption: "수출 성과 깔때기",
    version: (programId: string, validFrom: string): string => `${programId} (${validFrom} 시행 규칙)`,
  },
  en: {
    outcome: { eligible: "eligible", ineligible: "ineligible", undetermined: "undetermined" } as Readonly<Record<Outcome, string>>,
    id: "id",
    result: "outcome",
    reasons: "reasons",
    program: "programme",
    referenceDate: "reference date",
    missing: "missing facts",
    ruleVersion: "rule",
    validFrom: "valid from",
    ruleHash: "rule hash",
    tables: "statute tables",
    library: "library",
    stamp: "stamp",
    beforeAfter: "before \\ after",
    total: "total",
    changedCaption: (shown: number, all: number): string => (shown === all ? `${all} subjects whose outcome changed` : `first ${shown} of ${all} subjects whose outcome changed`),
    comparisonCaption: (total: number, changed: number): string => `Rule comparison: ${total} subjects, ${changed} changed`,
    index: "index",
    before: "before",
    after: "after",
    results: (count: number): string => `${count} results`,
    matches: (count: number): string => `${count} programme checks`,
    rows: (count: number): string => `${count} rows`,
    empty: "(empty)",
    stage: "stage",
    count: "count",
    value: "value",
    share: "of consultations",
    stages: { consultations: "Consultations", contracts: "Contracts", jointAgreements: "Joint R&D / production" },
    funnelCaption: "Export funnel",
    version: (programId: string, validFrom: string): string => `${programId} (rule in force from ${validFrom})`,
  },
} as const;

export const OUTCOMES: readonly Outcome[] = ["eligible", "ineligible", "undetermined"];

/** Colours of the outcomes (always shown with their word, never by colour alone). */
export const OUTCOME_COLOURS: Readonly<Record<Outcome, string>> = { eligible: "#15803d", ineligible: "#b91c1c", undetermined: "#b45309" };
