import type { Region, RegionKind, Sigungu } from "../entities/index.js";
import { deepFreeze } from "./freeze.js";
import { OTHER_SOURCES, SOURCE_FILES } from "./sources.js";

/** History is modelled from 1995-01-01, when the 직할시 became 광역시 (earlier names are not modelled). */
const HISTORY_START = "1995-01-01";

function version(
  validFrom: string,
  validTo: string | undefined,
  code: Region["versions"][number]["value"]["code"],
  iso: string | undefined,
  kind: RegionKind,
  ko: string,
  en: string,
  shortKo: string,
  shortEn: string,
  alternativeNames?: readonly string[],
): Region["versions"][number] {
  return {
    validFrom,
    ...(validTo === undefined ? {} : { validTo }),
    value: {
      code,
      ...(iso === undefined ? {} : { iso }),
      kind,
      name: { ko, en },
      shortName: { ko: shortKo, en: shortEn },
      ...(alternativeNames === undefined ? {} : { alternativeNames: [...alternativeNames] }),
    },
  };
}

const codesNote = "법정동 prefixes and ISO 3166-2:KR codes; history modelled from 1995-01-01 (earlier names not modelled).";

/**
 * The 시·도 with their effective-dated names, 법정동 prefixes and ISO 3166-2 codes, from 1995-01-01:
 * 강원도 → 강원특별자치도 (2023-06-11, 42 → 51), 전라북도 → 전북특별자치도 (2024-01-18, 45 → 52), and 광주광역시 +
 * 전라남도 → 전남광주통합특별시 (2026-07-01, new prefix 12, unconfirmed; no ISO code published). ISO keeps the
 * pre-2023 numbers (Gangwon KR-42, Jeonbuk KR-45) and has Jeju as KR-49 and Sejong as KR-50.
 *
 * @category Data
 * @example
 * ```ts
 * import { regions } from "technopark/data";
 * regions.length; // 18
 * regions.find((r) => r.id === "jeju")?.versions.at(-1)?.value.iso; // "KR-49"
 * ```
 */
export const regions: readonly Region[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "seoul",
    versions: [version(HISTORY_START, undefined, "11", "KR-11", "special-city", "서울특별시", "Seoul Special City", "서울", "Seoul")],
    source: OTHER_SOURCES.legalDongCodes,
    otherSources: [OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "busan",
    versions: [version(HISTORY_START, undefined, "26", "KR-26", "metropolitan-city", "부산광역시", "Busan Metropolitan City", "부산", "Busan")],
    source: OTHER_SOURCES.localAutonomyAct1995,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "daegu",
    versions: [version(HISTORY_START, undefined, "27", "KR-27", "metropolitan-city", "대구광역시", "Daegu Metropolitan City", "대구", "Daegu")],
    source: OTHER_SOURCES.localAutonomyAct1995,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "incheon",
    versions: [version(HISTORY_START, undefined, "28", "KR-28", "metropolitan-city", "인천광역시", "Incheon Metropolitan City", "인천", "Incheon")],
    source: OTHER_SOURCES.localAutonomyAct1995,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "gwangju",
    versions: [version(HISTORY_START, "2026-07-01", "29", "KR-29", "metropolitan-city", "광주광역시", "Gwangju Metropolitan City", "광주", "Gwangju")],
    successorIds: ["jeonnam-gwangju"],
    source: OTHER_SOURCES.jeonnamGwangjuAct,
    otherSources: [OTHER_SOURCES.localAutonomyAct1995, OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `Merged with 전라남도 into 전남광주통합특별시 on 2026-07-01. ${codesNote}`,
  },
  {
    id: "daejeon",
    versions: [version(HISTORY_START, undefined, "30", "KR-30", "metropolitan-city", "대전광역시", "Daejeon Metropolitan City", "대전", "Daejeon")],
    source: OTHER_SOURCES.localAutonomyAct1995,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "ulsan",
    versions: [version("1997-07-15", undefined, "31", "KR-31", "metropolitan-city", "울산광역시", "Ulsan Metropolitan City", "울산", "Ulsan")],
    source: OTHER_SOURCES.ulsanAct,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `Part of 경상남도 before 1997-07-15. ${codesNote}`,
  },
  {
    id: "sejong",
    versions: [
      version("2012-07-01", undefined, "36", "KR-50", "special-self-governing-city", "세종특별자치시", "Sejong Special Self-Governing City", "세종", "Sejong"),
    ],
    source: OTHER_SOURCES.sejongAct,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `ISO trap: 법정동 prefix 36 but ISO 3166-2 KR-50. ${codesNote}`,
  },
  {
    id: "gyeonggi",
    versions: [version(HISTORY_START, undefined, "41", "KR-41", "province", "경기도", "Gyeonggi Province", "경기", "Gyeonggi")],
    source: OTHER_SOURCES.legalDongCodes,
    otherSources: [OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "gangwon",
    versions: [
      version(HISTORY_START, "2023-06-11", "42", "KR-42", "province", "강원도", "Gangwon Province", "강원", "Gangwon"),
      version("2023-06-11", undefined, "51", "KR-42", "special-self-governing-province", "강원특별자치도", "Gangwon State", "강원", "Gangwon"),
    ],
    source: OTHER_SOURCES.gangwonAct,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `Prefix 42 → 51 on 2023-06-11; ISO 3166-2 keeps KR-42. ${codesNote}`,
  },
  {
    id: "chungbuk",
    versions: [version(HISTORY_START, undefined, "43", "KR-43", "province", "충청북도", "North Chungcheong Province", "충북", "Chungbuk", ["충북도"])],
    source: OTHER_SOURCES.legalDongCodes,
    otherSources: [OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "chungnam",
    versions: [version(HISTORY_START, undefined, "44", "KR-44", "province", "충청남도", "South Chungcheong Province", "충남", "Chungnam", ["충남도"])],
    source: OTHER_SOURCES.legalDongCodes,
    otherSources: [OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "jeonbuk",
    versions: [
      version(HISTORY_START, "2024-01-18", "45", "KR-45", "province", "전라북도", "North Jeolla Province", "전북", "Jeonbuk", ["전북도"]),
      version("2024-01-18", undefined, "52", "KR-45", "special-self-governing-province", "전북특별자치도", "Jeonbuk State", "전북", "Jeonbuk", ["전북도"]),
    ],
    source: OTHER_SOURCES.jeonbukAct,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `Prefix 45 → 52 on 2024-01-18; ISO 3166-2 keeps KR-45. ${codesNote}`,
  },
  {
    id: "jeonnam",
    versions: [version(HISTORY_START, "2026-07-01", "46", "KR-46", "province", "전라남도", "South Jeolla Province", "전남", "Jeonnam", ["전남도"])],
    successorIds: ["jeonnam-gwangju"],
    source: OTHER_SOURCES.jeonnamGwangjuAct,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `Merged with 광주광역시 into 전남광주통합특별시 on 2026-07-01. ${codesNote}`,
  },
  {
    id: "gyeongbuk",
    versions: [version(HISTORY_START, undefined, "47", "KR-47", "province", "경상북도", "North Gyeongsang Province", "경북", "Gyeongbuk", ["경북도"])],
    source: OTHER_SOURCES.legalDongCodes,
    otherSources: [OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "gyeongnam",
    versions: [version(HISTORY_START, undefined, "48", "KR-48", "province", "경상남도", "South Gyeongsang Province", "경남", "Gyeongnam", ["경남도"])],
    source: OTHER_SOURCES.legalDongCodes,
    otherSources: [OTHER_SOURCES.iso3166],
    note: codesNote,
  },
  {
    id: "jeju",
    versions: [
      version(HISTORY_START, "2006-07-01", "50", "KR-49", "province", "제주도", "Jeju Province", "제주", "Jeju"),
      version("2006-07-01", undefined, "50", "KR-49", "special-self-governing-province", "제주특별자치도", "Jeju Special Self-Governing Province", "제주", "Jeju"),
    ],
    source: OTHER_SOURCES.jejuAct,
    otherSources: [OTHER_SOURCES.legalDongCodes, OTHER_SOURCES.iso3166],
    note: `ISO trap: 법정동 prefix 50 but ISO 3166-2 KR-49. ${codesNote}`,
  },
  {
    id: "jeonnam-gwangju",
    versions: [
      {
        validFrom: "2026-07-01",
        value: {
          code: "12",
          kind: "integrated-special-city",
          name: { ko: "전남광주통합특별시", en: "Jeonnam-Gwangju Integrated Special City" },
          shortName: { ko: "전남광주", en: "Jeonnam-Gwangju" },
          alternativeNames: ["광주특별시"],
        },
      },
    ],
    predecessorIds: ["gwangju", "jeonnam"],
    source: OTHER_SOURCES.jeonnamGwangjuAct,
    unconfirmed: ["versions.0.value.code", "versions.0.value.name.en", "versions.0.value.shortName"],
    note: "Formed 2026-07-01 from 광주광역시 and 전라남도 (16 시·도 since). The prefix 12 and the English name are unconfirmed; ISO 3166-2 has published no code, so iso is absent.",
  },
] satisfies Region[]))();

/**
 * The 시·군·구 that programmes, parties and technopark seats refer to: 영천시, 포항시 and 경주시 in Gyeongbuk,
 * 안산시 and 포천시 in Gyeonggi, 강남구 and the seven Seoul south-west districts.
 *
 * @category Data
 * @example
 * ```ts
 * import { sigungu } from "technopark/data";
 * sigungu.find((s) => s.name.ko === "영천시")?.code; // "47230"
 * ```
 */
export const sigungu: readonly Sigungu[] = /* @__PURE__ */ (() => deepFreeze([
  { id: "yeongcheon-si", code: "47230", kind: "si", regionId: "gyeongbuk", name: { ko: "영천시", en: "Yeongcheon-si" }, source: SOURCE_FILES.yeongcheon, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "pohang-si", code: "47110", kind: "si", regionId: "gyeongbuk", name: { ko: "포항시", en: "Pohang-si" }, source: SOURCE_FILES.haeoreumTechnoparkMou, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "gyeongju-si", code: "47130", kind: "si", regionId: "gyeongbuk", name: { ko: "경주시", en: "Gyeongju-si" }, source: OTHER_SOURCES.haeoreum2016, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "ansan-si", kind: "si", regionId: "gyeonggi", name: { ko: "안산시", en: "Ansan-si" }, source: OTHER_SOURCES.encyclopedia },
  { id: "pocheon-si", kind: "si", regionId: "gyeonggi", name: { ko: "포천시", en: "Pocheon-si" }, source: OTHER_SOURCES.encyclopedia },
  { id: "gangnam-gu", code: "11680", kind: "gu", regionId: "seoul", name: { ko: "강남구", en: "Gangnam-gu" }, source: SOURCE_FILES.association, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "yeongdeungpo-gu", code: "11560", kind: "gu", regionId: "seoul", name: { ko: "영등포구", en: "Yeongdeungpo-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "guro-gu", code: "11530", kind: "gu", regionId: "seoul", name: { ko: "구로구", en: "Guro-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "geumcheon-gu", code: "11545", kind: "gu", regionId: "seoul", name: { ko: "금천구", en: "Geumcheon-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "gangseo-gu", code: "11500", kind: "gu", regionId: "seoul", name: { ko: "강서구", en: "Gangseo-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "yangcheon-gu", code: "11470", kind: "gu", regionId: "seoul", name: { ko: "양천구", en: "Yangcheon-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "gwanak-gu", code: "11620", kind: "gu", regionId: "seoul", name: { ko: "관악구", en: "Gwanak-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
  { id: "dongjak-gu", code: "11590", kind: "gu", regionId: "seoul", name: { ko: "동작구", en: "Dongjak-gu" }, source: SOURCE_FILES.seoulSouthwest, otherSources: [OTHER_SOURCES.legalDongCodes] },
] satisfies Sigungu[]))();

/**
 * The seven autonomous districts of Seoul's south-west (서울 서남권) as source 003 defines it: 영등포, 구로,
 * 금천, 강서, 양천, 관악, 동작 — home to 33% of Seoul's young people.
 *
 * @category Data
 * @example
 * ```ts
 * import { seoulSouthwestDistricts } from "technopark/data";
 * seoulSouthwestDistricts.includes("관악구"); // true
 * ```
 */
export const seoulSouthwestDistricts: readonly string[] = /* @__PURE__ */ (() => Object.freeze(["영등포구", "구로구", "금천구", "강서구", "양천구", "관악구", "동작구"]))();
