import type { Association } from "../entities/index.js";
import { deepFreeze } from "./freeze.js";
import { OTHER_SOURCES, SOURCE_FILES } from "./sources.js";

const S = SOURCE_FILES.association;
const REPORTED_ON = "2020-09-21";

const joined = (memberId: string, year: string, joinedAs?: { ko: string; en?: string }) => ({
  memberId,
  joined: year,
  ...(joinedAs === undefined ? {} : { joinedAs }),
  memberBy: REPORTED_ON,
  source: S,
});
const undated = (memberId: string, notBefore: string) => ({ memberId, notBefore, memberBy: REPORTED_ON, source: S });

/**
 * The Korea Technopark Association (한국테크노파크진흥회), a non-profit incorporated association whose regular
 * members are the 19 technoparks (source 001, 2020-09-21). Its names over time: 전국테크노파크협의회 (1998),
 * 한국테크노파크 (2005), 한국테크노파크진흥회 (2018). Its membership timeline: six founders in 1998; Gangwon,
 * Chungbuk, Jeonbuk and Jeonnam in 2003; Ulsan and Gyeongnam in 2004; Seoul and Gyeonggi-Daejin in 2005. The
 * article does not date the joining of Busan, Pohang, Daejeon, Jeju or Sejong: their `joined` is absent, bounded
 * below by their founding (`notBefore`), and all 19 are members by the article's date (`memberBy`), so
 * {@link associationMembersAsOf} answers "unknown" for them in between rather than guessing.
 *
 * @category Data
 * @example
 * ```ts
 * import { association } from "technopark/data";
 * association.members.length; // 19
 * association.names?.at(-1)?.value.name.ko; // "한국테크노파크진흥회"
 * ```
 */
export const association: Association = /* @__PURE__ */ (() => deepFreeze({
  id: "korea-technopark-association",
  kind: "association",
  name: { ko: "한국테크노파크진흥회", en: "Korea Technopark Association" },
  names: [
    { validFrom: "1998-01-01", value: { name: { ko: "전국테크노파크협의회", en: "National Technopark Council" }, since: "1998" } },
    { validFrom: "2005-01-01", value: { name: { ko: "한국테크노파크", en: "Korea Technopark" }, since: "2005" } },
    { validFrom: "2018-01-01", value: { name: { ko: "한국테크노파크진흥회", en: "Korea Technopark Association" }, since: "2018" } },
  ],
  founded: 1998,
  web: "technopark.kr",
  location: { country: "KR", regionCode: "11", sigungu: "강남구", address: "서울특별시 강남구 테헤란로 305 한국기술센터" },
  description: {
    ko: "전국 19개 테크노파크를 정회원으로 둔 비영리 사단법인",
    en: "Non-profit incorporated association whose regular members are the 19 technoparks",
  },
  representatives: [
    { name: { ko: "김기남" }, title: { ko: "초대 회장 (광주테크노파크 이사장)", en: "First chair (chairman of Gwangju Technopark)" }, source: S },
    { name: { ko: "안완기" }, title: { ko: "회장 (경남테크노파크 원장)", en: "Chair (director of Gyeongnam Technopark)" }, observedOn: REPORTED_ON, source: S },
  ],
  members: [
    joined("incheon", "1998", { ko: "송도테크노파크", en: "Songdo Technopark" }),
    joined("gyeonggi", "1998"),
    joined("chungnam", "1998"),
    joined("gwangju", "1998"),
    joined("daegu", "1998"),
    joined("gyeongbuk", "1998"),
    joined("gangwon", "2003"),
    joined("chungbuk", "2003"),
    joined("jeonbuk", "2003"),
    joined("jeonnam", "2003"),
    joined("ulsan", "2004"),
    joined("gyeongnam", "2004"),
    joined("seoul", "2005"),
    joined("gyeonggi-daejin", "2005"),
    undated("busan", "2000"),
    undated("pohang", "2000"),
    undated("daejeon", "2005"),
    undated("jeju", "2010"),
    undated("sejong", "2018-11-28"),
  ],
  reportedMemberCount: 19,
  functions: [
    { ko: "지역산업종합정보시스템(RIPS) 운영", en: "Runs the regional industry information system (RIPS)" },
    { ko: "TP통합플랫폼 운영", en: "Runs the technopark integrated platform" },
    { ko: "기관청렴도 조사", en: "Integrity survey of the technoparks" },
    { ko: "수혜기업 성과조사", en: "Performance survey of beneficiary companies" },
    { ko: "테크노파크 종합교육사업", en: "Training of technopark staff" },
    { ko: "한국형 테크노파크 글로벌화사업", en: "Export and globalisation of the Korean technopark model" },
  ],
  milestones: [
    { on: "1998", what: { ko: "6개 테크노파크가 전국테크노파크협의회 구성", en: "Six technoparks form the National Technopark Council" }, source: S },
    { on: "2005", what: { ko: "한국테크노파크로 명칭 변경", en: "Renamed Korea Technopark" }, source: S },
    { on: "2014", what: { ko: "한-베트남 인큐베이터파크(KVIP) 운영", en: "Runs the Korea–Vietnam Incubator Park (KVIP)" }, source: S },
    { on: "2018", what: { ko: "한국테크노파크진흥회로 명칭 변경", en: "Renamed Korea Technopark Association" }, source: S },
  ],
  source: S,
  otherSources: [OTHER_SOURCES.encyclopedia],
  unconfirmed: ["names.0.value.name.en", "names.1.value.name.en"],
  note:
    "Renaming and joining years are as the article gives them (year precision), so each name version starts on 1 January of its year. notBefore bounds of undated members are their founding (Sejong: designation) from the Encyclopedia of Korean Culture; Daejeon (founded 2005) and Jeju (2010) therefore cannot have been members on 2004-12-31.",
} satisfies Association))();
