import type { Versioned } from "../time/versioned.js";
import type { Citation } from "./citation.js";

/**
 * One row of the SME size table: a KSIC industry with its SME revenue cap (별표1) and its 소기업 revenue cap
 * (별표3), both in 억 원 and both inclusive ("평균매출액등이 … 이하"). Read the rows to show or audit the law as data.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { smeSizeTables, type SmeCapRow } from "technopark";
 * const c29: SmeCapRow | undefined = smeSizeTables[1]?.value.rows.find((row) => row.row === "C29");
 * c29?.sme; // 1200
 * ```
 */
export type SmeCapRow = {
  /** Short id of the row as the table writes its code column, e.g. `"C29"`, `"E (E36 제외)"`, `"C30393"`. */
  readonly row: string;
  /** Industry name. */
  readonly name: {
    /** As the statute writes it, e.g. `"그 밖의 기계 및 장비 제조업"`. */
    readonly ko: string;
    /** English rendering, e.g. `"Manufacture of other machinery and equipment"`. */
    readonly en: string;
  };
  /** KSIC digit prefixes the row covers: divisions (`"29"`) or 5-digit classes (`"30393"`). */
  readonly codes: readonly string[];
  /** The row covers only railway-vehicle / aircraft seat makers within its classes (declared by the caller). */
  readonly seatsOnly?: true;
  /** SME cap on the 3-year average revenue, 억 원, inclusive. */
  readonly sme: number;
  /** 소기업 cap on the 3-year average revenue, 억 원, inclusive. */
  readonly small: number;
};

/**
 * One version of the SME size tables: the rows, the total-assets ceiling and where they come from,
 * as held in {@link smeSizeTables}.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { smeSizeTables, type SmeSizeTable } from "technopark";
 * const current: SmeSizeTable | undefined = smeSizeTables[1]?.value;
 * current?.assetCeiling; // 5000 (억 원, exclusive)
 * ```
 */
export type SmeSizeTable = {
  /** Total assets must be below this, 억 원 ("자산총액이 5천억원 미만"). */
  readonly assetCeiling: number;
  /** Rows of 별표1 with the 별표3 caps alongside. */
  readonly rows: readonly SmeCapRow[];
  /** The statute text the version reproduces. */
  readonly citation: Citation;
  /** Where the figures were read (URLs), when not from the statute text itself. */
  readonly sources: readonly string[];
  /** `"unconfirmed"` when the figures were assembled from secondary sources. */
  readonly confidence?: "unconfirmed";
};

const divisions = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i).padStart(2, "0"));

type Names = { readonly [id: string]: readonly [ko: string, en: string, codes: readonly string[]] };

/** Industry names and KSIC codes of the rows, shared by both versions of the table. */
const INDUSTRIES = {
  C10: ["식료품 제조업", "Manufacture of food products", ["10"]],
  C11: ["음료 제조업", "Manufacture of beverages", ["11"]],
  C12: ["담배 제조업", "Manufacture of tobacco products", ["12"]],
  C13: ["섬유제품 제조업(의복 제조업은 제외한다)", "Manufacture of textiles, except apparel", ["13"]],
  C14: ["의복, 의복액세서리 및 모피제품 제조업", "Manufacture of wearing apparel, clothing accessories and fur articles", ["14"]],
  C15: ["가죽, 가방 및 신발 제조업", "Manufacture of leather, luggage and footwear", ["15"]],
  C16: ["목재 및 나무제품 제조업(가구 제조업은 제외한다)", "Manufacture of wood and products of wood, except furniture", ["16"]],
  C17: ["펄프, 종이 및 종이제품 제조업", "Manufacture of pulp, paper and paper products", ["17"]],
  C18: ["인쇄 및 기록매체 복제업", "Printing and reproduction of recorded media", ["18"]],
  C19: ["코크스, 연탄 및 석유정제품 제조업", "Manufacture of coke, briquettes and refined petroleum products", ["19"]],
  C20: ["화학물질 및 화학제품 제조업(의약품 제조업은 제외한다)", "Manufacture of chemicals and chemical products, except pharmaceuticals", ["20"]],
  C21: ["의료용 물질 및 의약품 제조업", "Manufacture of pharmaceuticals, medicinal chemicals and botanical products", ["21"]],
  C22: ["고무제품 및 플라스틱제품 제조업", "Manufacture of rubber and plastics products", ["22"]],
  C23: ["비금속 광물제품 제조업", "Manufacture of other non-metallic mineral products", ["23"]],
  C24: ["1차 금속 제조업", "Manufacture of basic metals", ["24"]],
  C25: ["금속가공제품 제조업(기계 및 가구 제조업은 제외한다)", "Manufacture of fabricated metal products, except machinery and furniture", ["25"]],
  C26: ["전자부품, 컴퓨터, 영상, 음향 및 통신장비 제조업", "Manufacture of electronic components, computers, video, audio and communication equipment", ["26"]],
  C27: ["의료, 정밀, 광학기기 및 시계 제조업", "Manufacture of medical, precision and optical instruments, watches and clocks", ["27"]],
  C28: ["전기장비 제조업", "Manufacture of electrical equipment", ["28"]],
  C29: ["그 밖의 기계 및 장비 제조업", "Manufacture of other machinery and equipment", ["29"]],
  C30: ["자동차 및 트레일러 제조업", "Manufacture of motor vehicles, trailers and semitrailers", ["30"]],
  C31: ["그 밖의 운송장비 제조업", "Manufacture of other transport equipment", ["31"]],
  C32: ["가구 제조업", "Manufacture of furniture", ["32"]],
  C33: ["그 밖의 제품 제조업", "Other manufacturing", ["33"]],
  C34: ["산업용 기계 및 장비 수리업", "Repair of industrial machinery and equipment", ["34"]],
  C30393: ["자동차용 신품 의자 제조업", "Manufacture of new seats for motor vehicles", ["30393"]],
  "C31202 의자": ["철도 차량 부품 및 관련 장치물 제조업 중 철도 차량용 의자 제조업", "Manufacture of seats for railway vehicles (within C31202)", ["31202"]],
  "C31322 의자": ["항공기용 부품 제조업 중 항공기용 의자 제조업", "Manufacture of seats for aircraft (within C31322)", ["31322"]],
  A: ["농업, 임업 및 어업", "Agriculture, forestry and fishing", /* @__PURE__ */ divisions(1, 3)],
  B: ["광업", "Mining and quarrying", /* @__PURE__ */ divisions(5, 8)],
  D: ["전기, 가스, 증기 및 공기조절 공급업", "Electricity, gas, steam and air conditioning supply", ["35"]],
  E36: ["수도업", "Water supply", ["36"]],
  "E (E36 제외)": ["수도, 하수 및 폐기물 처리, 원료재생업(수도업은 제외한다)", "Sewage, waste management and materials recovery (water supply excluded)", /* @__PURE__ */ divisions(37, 39)],
  F: ["건설업", "Construction", /* @__PURE__ */ divisions(41, 42)],
  G: ["도매 및 소매업", "Wholesale and retail trade", /* @__PURE__ */ divisions(45, 47)],
  H: ["운수 및 창고업", "Transportation and storage", /* @__PURE__ */ divisions(49, 52)],
  I: ["숙박 및 음식점업", "Accommodation and food service activities", /* @__PURE__ */ divisions(55, 56)],
  J: ["정보통신업", "Information and communication", /* @__PURE__ */ divisions(58, 63)],
  K: ["금융 및 보험업", "Financial and insurance activities", /* @__PURE__ */ divisions(64, 66)],
  L: ["부동산업", "Real estate activities", ["68"]],
  M: ["전문, 과학 및 기술 서비스업", "Professional, scientific and technical activities", /* @__PURE__ */ divisions(70, 73)],
  "N (N76 제외)": ["사업시설관리 및 사업지원 서비스업(임대업은 제외한다)", "Business facilities management and business support services (rental and leasing excluded)", /* @__PURE__ */ divisions(74, 75)],
  N76: ["임대업(부동산 제외)", "Rental and leasing activities, except real estate", ["76"]],
  P: ["교육 서비스업", "Education", ["85"]],
  Q: ["보건업 및 사회복지 서비스업", "Human health and social work activities", /* @__PURE__ */ divisions(86, 87)],
  R: ["예술, 스포츠 및 여가 관련 서비스업", "Arts, sports and recreation related services", /* @__PURE__ */ divisions(90, 91)],
  "S (S94 제외)": ["수리(修理) 및 기타 개인 서비스업", "Repair and other personal services (membership organizations excluded)", /* @__PURE__ */ divisions(95, 96)],
} as const satisfies Names;

type RowId = keyof typeof INDUSTRIES;
const SEAT_ROWS: readonly RowId[] = ["C31202 의자", "C31322 의자"];

/** Builds rows from `[sme cap, [[row id, 소기업 cap]…]]` bands, the way the statute groups them. */
function bands(groups: readonly (readonly [sme: number, rows: readonly (readonly [RowId, number])[]])[]): SmeCapRow[] {
  return groups.flatMap(([sme, rows]) => rows.map(([row, small]) => {
    const [ko, en, codes] = INDUSTRIES[row];
    return { row, name: { ko, en }, codes, sme, small, ...(SEAT_ROWS.includes(row) ? { seatsOnly: true as const } : {}) };
  }));
}

const SME_DECREE = {
  ko: "중소기업기본법 시행령",
  en: "Enforcement Decree of the Framework Act on Small and Medium Enterprises",
} as const;
const SME_DECREE_URL = "https://www.law.go.kr/법령/중소기업기본법시행령";

/**
 * 중소기업기본법 시행령 별표1 (SME caps) and 별표3 (소기업 caps) in force from 2025-09-01 (amended by the
 * decree passed by the Cabinet on 2025-08-26): 7 SME bands from 400 to 1,800억 원, 소기업 caps from 15 to 140억 원.
 */
const TABLE_2025: SmeSizeTable = {
  assetCeiling: 5000,
  citation: { law: SME_DECREE, article: "제3조·제8조, 별표1·별표3", validFrom: "2025-09-01", url: SME_DECREE_URL },
  sources: [
    "https://www.law.go.kr/법령/중소기업기본법시행령",
    "https://m.segye.com/view/20250826516844",
    "https://www.donga.com/news/Economy/article/all/20250826/132258026/1",
  ],
  rows: /* @__PURE__ */ bands([
    [1800, [["C17", 80], ["C24", 140], ["C28", 120]]],
    [1500, [["C14", 120], ["C15", 120], ["C32", 120], ["C30393", 120], ["C31202 의자", 120], ["C31322 의자", 120]]],
    [1200, [["C10", 120], ["C20", 120], ["C22", 80], ["C25", 120], ["C29", 120], ["C30", 120], ["C31", 80], ["F", 80], ["G", 60]]],
    [1000, [["A", 80], ["B", 80], ["C12", 80], ["C13", 80], ["C16", 80], ["C19", 140], ["C26", 120], ["C33", 80], ["D", 120], ["E36", 120], ["H", 100], ["J", 50]]],
    [800, [["C11", 120], ["C18", 80], ["C21", 120], ["C23", 120], ["C27", 80], ["E (E36 제외)", 40], ["N (N76 제외)", 30]]],
    [600, [["C34", 15], ["M", 30], ["Q", 15], ["R", 30], ["S (S94 제외)", 15]]],
    [400, [["I", 15], ["K", 100], ["L", 40], ["N76", 30], ["P", 15]]],
  ]),
};

/**
 * The table before 2025-09-01: 별표1 bands of 1,500/1,000/800/600/400억 원 (set by the 2014 amendment, in
 * force 2015-01-01) and 별표3 소기업 caps of 120/80/50/30/10억 원 (revenue-based 소기업 standard in force
 * 2016-01-01). Assembled from secondary sources, hence `confidence: "unconfirmed"`; it agrees with the
 * 2025 amendment's own summary (16 of 44 SME rows raised by 200–300억 원, 12 of 43 소기업 rows by 5–20억 원,
 * ranges 400–1,500 and 10–120억 원 before). Until 2017-06-30 the table was written in KSIC 9th-revision codes
 * (부동산업 및 임대업 as L, 수도업 under D); read in 10th-revision divisions the caps are the same.
 */
const TABLE_2016: SmeSizeTable = {
  assetCeiling: 5000,
  citation: { law: SME_DECREE, article: "제3조·제8조, 별표1·별표3", validFrom: "2016-01-01", url: SME_DECREE_URL },
  sources: [
    "http://www.news33.net/news/articleView.html?idxno=1840",
    "https://m.sedaily.com/NewsView/1HR1EOVF2P",
    "https://bizhankook.com/bk/article/8445",
    "http://tabokorea.com/archives/1085",
    "https://thedotsworld.com/중소기업-중견기업/",
    "https://goodtip5.com/97",
    "https://onebeat.tistory.com/142",
    "https://www.naeil.com/news/read/559088",
    "https://m.segye.com/view/20250826516844",
  ],
  confidence: "unconfirmed",
  rows: /* @__PURE__ */ bands([
    [1500, [["C14", 120], ["C15", 120], ["C17", 80], ["C24", 120], ["C28", 120], ["C32", 120]]],
    [1000, [
      ["A", 80], ["B", 80], ["C10", 120], ["C12", 80], ["C13", 80], ["C16", 80], ["C19", 120], ["C20", 120], ["C22", 80],
      ["C25", 120], ["C26", 120], ["C29", 120], ["C30", 120], ["C31", 80], ["D", 120], ["E36", 120], ["F", 80], ["G", 50],
    ]],
    [800, [["C11", 120], ["C18", 80], ["C21", 120], ["C23", 120], ["C27", 80], ["C33", 80], ["E (E36 제외)", 30], ["H", 80], ["J", 50]]],
    [600, [["C34", 10], ["M", 30], ["N (N76 제외)", 30], ["Q", 10], ["R", 30], ["S (S94 제외)", 10]]],
    [400, [["I", 10], ["K", 80], ["L", 30], ["N76", 30], ["P", 10]]],
  ]),
};

/** Freezes a constant table and everything in it, so readers cannot change the law under the functions. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * The SME size tables (중소기업기본법 시행령 별표1 SME caps and 별표3 소기업 caps, in 억 원) as effective-dated
 * versions, deeply frozen: the law as data behind {@link classifySme} and {@link smeCaps}. The version from
 * 2025-09-01 reproduces the amended decree; the version from 2016-01-01 to 2025-08-31 was assembled from
 * secondary sources (its `sources`, `confidence: "unconfirmed"`). No table is encoded before 2016-01-01, when
 * the 소기업 standard was still headcount-based.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { asOf, smeSizeTables } from "technopark";
 * const table = asOf(smeSizeTables, "2025-09-01");
 * table?.rows.length; // 47 (44 industries and the three seat exceptions)
 * ```
 */
export const smeSizeTables: readonly Versioned<SmeSizeTable>[] = /* @__PURE__ */ deepFreeze([
  { validFrom: "2016-01-01", validTo: "2025-09-01", value: TABLE_2016 },
  { validFrom: "2025-09-01", value: TABLE_2025 },
]);
