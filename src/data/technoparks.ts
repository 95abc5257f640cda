import type { Technopark } from "../entities/index.js";
import { deepFreeze } from "./freeze.js";
import { OTHER_SOURCES, SOURCE_FILES } from "./sources.js";

type Codes = Technopark["regionCodes"];
const since1995 = (code: Technopark["regionCode"]): Codes => [{ validFrom: "1995-01-01", value: code }];

interface Seed {
  id: string;
  ko: string;
  en: string;
  codes: Codes;
  founded: number;
  web: string;
  extra?: Partial<Technopark>;
}

function technopark({ id, ko, en, codes, founded, web, extra = {} }: Seed): Technopark {
  const last = codes[codes.length - 1]!;
  const unconfirmed = [...(id === "gyeonggi" ? [] : ["name.en"]), ...(extra.unconfirmed ?? [])];
  return {
    id,
    kind: "technopark",
    name: { ko, en },
    regionCode: last.value,
    regionCodes: codes,
    founded,
    web,
    location: { country: "KR", regionCode: last.value, ...(extra.seat === undefined ? {} : { sigungu: extra.seat.sigungu }) },
    source: SOURCE_FILES.association,
    otherSources: [OTHER_SOURCES.encyclopedia],
    ...extra,
    ...(unconfirmed.length === 0 ? {} : { unconfirmed }),
  };
}

const mergedNote =
  "Its 시·도 merged into 전남광주통합특별시 on 2026-07-01, so regionCode is that region's prefix 12 (unconfirmed); the earlier prefix stays in regionCodes. No source found says whether Gwangju TP and Jeonnam TP merged: both are kept.";

/**
 * The 19 technoparks that are regular members of the Korea Technopark Association (source 001), with founding
 * years from the Encyclopedia of Korean Culture and web host names. `regionCode` is the 법정동 prefix in force
 * today (2026-11-25): `"51"` for Gangwon and `"52"` for Jeonbuk, and `"12"` (unconfirmed) for Gwangju TP and
 * Jeonnam TP, whose 시·도 merged into 전남광주통합특별시 on 2026-07-01; earlier prefixes stay reachable in
 * `regionCodes`. English names follow the "<Region> Technopark" pattern; only Gyeonggi's is confirmed, so the
 * others list `name.en` in `unconfirmed`.
 *
 * @category Data
 * @example
 * ```ts
 * import { technoparks } from "technopark/data";
 * technoparks.length; // 19
 * technoparks.find((tp) => tp.id === "gangwon")?.regionCode; // "51"
 * ```
 */
export const technoparks: readonly Technopark[] = /* @__PURE__ */ (() => deepFreeze([
  technopark({
    id: "gyeonggi", ko: "경기테크노파크", en: "Gyeonggi Technopark", codes: since1995("41"), founded: 1997, web: "gtp.or.kr",
    extra: { seat: { sigungu: "안산시" }, note: "Founded 1997 as a pilot technopark, in Ansan." },
  }),
  technopark({
    id: "incheon", ko: "인천테크노파크", en: "Incheon Technopark", codes: since1995("28"), founded: 1997, web: "itp.or.kr",
    extra: { formerNames: [{ name: { ko: "송도테크노파크", en: "Songdo Technopark" }, observed: "1998", source: SOURCE_FILES.association }], unconfirmed: ["formerNames.0.name.en"] },
  }),
  technopark({ id: "gyeongbuk", ko: "경북테크노파크", en: "Gyeongbuk Technopark", codes: since1995("47"), founded: 1997, web: "gbtp.or.kr",
    extra: {
      representatives: [{ name: { ko: "하인성", en: "Ha In-seong" }, title: { ko: "원장", en: "Director" }, observedOn: "2022-12-08", source: SOURCE_FILES.yeongcheon }],
      description: { ko: "그린기업지원센터를 통해 영천시 중소기업 지원사업을 운영", en: "Runs the Yeongcheon SME programmes through its Green Enterprise Support Center" },
    },
  }),
  technopark({ id: "chungnam", ko: "충남테크노파크", en: "Chungnam Technopark", codes: since1995("44"), founded: 1997, web: "ctp.or.kr" }),
  technopark({
    id: "gwangju", ko: "광주테크노파크", en: "Gwangju Technopark",
    codes: [{ validFrom: "1995-01-01", validTo: "2026-07-01", value: "29" }, { validFrom: "2026-07-01", value: "12" }],
    founded: 1997, web: "gjtp.or.kr",
    extra: {
      formerNames: [{ name: { ko: "광주전남테크노파크", en: "Gwangju-Jeonnam Technopark" }, observed: "1998", source: SOURCE_FILES.association }],
      milestones: [{ on: "1999", what: { ko: "광주전남테크노파크로 개원", en: "Opened as Gwangju-Jeonnam Technopark" }, source: OTHER_SOURCES.encyclopedia }],
      unconfirmed: ["regionCode", "regionCodes.1.value", "formerNames.0.name.en"],
      note: mergedNote,
    },
  }),
  technopark({ id: "daegu", ko: "대구테크노파크", en: "Daegu Technopark", codes: since1995("27"), founded: 1997, web: "dgtp.or.kr" }),
  technopark({ id: "busan", ko: "부산테크노파크", en: "Busan Technopark", codes: since1995("26"), founded: 2000, web: "btp.or.kr", extra: { stateFundedFrom: 2003 } }),
  technopark({
    id: "pohang", ko: "포항테크노파크", en: "Pohang Technopark", codes: since1995("47"), founded: 2000, web: "ptp.or.kr",
    extra: {
      stateFundedFrom: 2003,
      seat: { sigungu: "포항시" },
      representatives: [{ name: { ko: "이점식", en: "Lee Jeom-sik" }, title: { ko: "원장", en: "Director" }, observedOn: "2023-01-02", source: SOURCE_FILES.haeoreumTechnoparkMou }],
    },
  }),
  technopark({
    id: "gangwon", ko: "강원테크노파크", en: "Gangwon Technopark",
    codes: [{ validFrom: "1995-01-01", validTo: "2023-06-11", value: "42" }, { validFrom: "2023-06-11", value: "51" }],
    founded: 2003, web: "gwtp.or.kr",
  }),
  technopark({ id: "chungbuk", ko: "충북테크노파크", en: "Chungbuk Technopark", codes: since1995("43"), founded: 2003, web: "cbtp.or.kr" }),
  technopark({
    id: "jeonbuk", ko: "전북테크노파크", en: "Jeonbuk Technopark",
    codes: [{ validFrom: "1995-01-01", validTo: "2024-01-18", value: "45" }, { validFrom: "2024-01-18", value: "52" }],
    founded: 2003, web: "jbtp.or.kr",
  }),
  technopark({
    id: "jeonnam", ko: "전남테크노파크", en: "Jeonnam Technopark",
    codes: [{ validFrom: "1995-01-01", validTo: "2026-07-01", value: "46" }, { validFrom: "2026-07-01", value: "12" }],
    founded: 2003, web: "jntp.or.kr",
    extra: { unconfirmed: ["regionCode", "regionCodes.1.value"], note: mergedNote },
  }),
  technopark({
    id: "gyeongnam", ko: "경남테크노파크", en: "Gyeongnam Technopark", codes: since1995("48"), founded: 2004, web: "gntp.or.kr",
    extra: { representatives: [{ name: { ko: "안완기" }, title: { ko: "원장", en: "Director" }, observedOn: "2020-09-21", source: SOURCE_FILES.association }] },
  }),
  technopark({
    id: "ulsan", ko: "울산테크노파크", en: "Ulsan Technopark", codes: [{ validFrom: "1997-07-15", value: "31" }], founded: 2004, web: "utp.or.kr",
    extra: { representatives: [{ name: { ko: "권수용", en: "Kwon Su-yong" }, title: { ko: "원장", en: "Director" }, observedOn: "2023-01-02", source: SOURCE_FILES.haeoreumTechnoparkMou }] },
  }),
  technopark({
    id: "gyeonggi-daejin", ko: "경기대진테크노파크", en: "Gyeonggi-Daejin Technopark", codes: since1995("41"), founded: 2005, web: "gdtp.or.kr",
    extra: { seat: { sigungu: "포천시" } },
  }),
  technopark({ id: "daejeon", ko: "대전테크노파크", en: "Daejeon Technopark", codes: since1995("30"), founded: 2005, web: "djtp.or.kr" }),
  technopark({ id: "seoul", ko: "서울테크노파크", en: "Seoul Technopark", codes: since1995("11"), founded: 2005, web: "seoultp.or.kr" }),
  technopark({ id: "jeju", ko: "제주테크노파크", en: "Jeju Technopark", codes: since1995("50"), founded: 2010, web: "jejutp.or.kr" }),
  technopark({
    id: "sejong", ko: "세종테크노파크", en: "Sejong Technopark", codes: [{ validFrom: "2012-07-01", value: "36" }], founded: 2018, web: "sjtp.or.kr",
    extra: {
      designatedOn: "2018-11-28",
      launched: "2019-07",
      milestones: [{ on: "2018", what: { ko: "세종테크노파크 설립 인가 (19번째)", en: "Sejong Technopark authorised (the 19th)" }, source: SOURCE_FILES.association }],
    },
  }),
]))();
