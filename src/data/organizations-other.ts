import type { Organization } from "../entities/index.js";
import { deepFreeze } from "./freeze.js";
import { OTHER_SOURCES, PROGRAM_SOURCES, SOURCE_FILES } from "./sources.js";

const SW = SOURCE_FILES.seoulSouthwest;
const SW_ON = "2024-10-23";
const seoul = (sigungu: string) => ({ country: "KR", regionCode: "11" as const, sigungu });
const gyeongbuk = (sigungu?: string) => ({ country: "KR", regionCode: "47" as const, ...(sigungu === undefined ? {} : { sigungu }) });
const head = (ko: string, en: string | undefined, titleKo: string, titleEn: string, extra: { acting?: boolean } = {}) => ({
  name: en === undefined ? { ko } : { ko, en },
  title: { ko: titleKo, en: titleEn },
  ...extra,
  observedOn: SW_ON,
  source: SW,
});

/**
 * The organizations other than the technoparks and the Korea Technopark Association that the reference data
 * refers to: the parties of the agreements, the Yeongcheon programmes' funder, the INNO WEEK 2023 organizer,
 * pavilion operator, exporters and partners.
 * @internal
 */
export const otherOrganizations: readonly Organization[] = /* @__PURE__ */ (() => deepFreeze([
  // cities and province
  { id: "ulsan-city", kind: "city", name: { ko: "울산광역시", en: "Ulsan Metropolitan City" }, location: { country: "KR", regionCode: "31" }, source: OTHER_SOURCES.haeoreum2016 },
  { id: "pohang-city", kind: "city", name: { ko: "포항시", en: "Pohang City" }, location: gyeongbuk("포항시"), source: OTHER_SOURCES.haeoreum2016 },
  { id: "gyeongju-city", kind: "city", name: { ko: "경주시", en: "Gyeongju City" }, location: gyeongbuk("경주시"), source: OTHER_SOURCES.haeoreum2016 },
  {
    id: "yeongcheon-city", kind: "city", name: { ko: "영천시", en: "Yeongcheon City" }, location: gyeongbuk("영천시"),
    description: { ko: "영천시 중소기업 지원사업에 매년 10억 원 투입 (2019년부터)", en: "Funds the Yeongcheon SME programmes with KRW 1bn a year since 2019" },
    source: SOURCE_FILES.yeongcheon,
  },
  { id: "gyeongbuk-province", kind: "province", name: { ko: "경상북도", en: "North Gyeongsang Province" }, location: gyeongbuk(), source: SOURCE_FILES.innoWeek },
  // Seoul south-west universities (003)
  {
    id: "kangseo-university", kind: "university", name: { ko: "강서대학교", en: "Kangseo University" }, location: seoul("강서구"),
    representatives: [head("김용재", undefined, "총장", "President")], source: SW, unconfirmed: ["name.en", "location.sigungu"],
  },
  {
    id: "dongyang-mirae-university", kind: "university", name: { ko: "동양미래대학교", en: "Dongyang Mirae University" }, location: seoul("구로구"),
    representatives: [head("김교일", undefined, "총장", "President")], source: SW, unconfirmed: ["location.sigungu"],
  },
  { id: "seoul-national-university", kind: "university", name: { ko: "서울대학교", en: "Seoul National University" }, location: seoul("관악구"), source: SW, unconfirmed: ["location.sigungu"] },
  { id: "soongsil-university", kind: "university", name: { ko: "숭실대학교", en: "Soongsil University" }, location: seoul("동작구"), source: SW, unconfirmed: ["location.sigungu"] },
  {
    id: "chung-ang-university", kind: "university", name: { ko: "중앙대학교", en: "Chung-Ang University" }, location: seoul("동작구"),
    representatives: [head("박상규", undefined, "총장", "President")], source: SW, unconfirmed: ["location.sigungu"],
  },
  {
    id: "chongshin-university", kind: "university", name: { ko: "총신대학교", en: "Chongshin University" }, location: seoul("동작구"),
    representatives: [head("박성규", undefined, "총장", "President")], source: SW, unconfirmed: ["location.sigungu"],
  },
  // Seoul south-west district offices (003)
  {
    id: "gangseo-gu-office", kind: "district-office", name: { ko: "강서구청", en: "Gangseo-gu Office" }, location: seoul("강서구"),
    representatives: [head("진교훈", undefined, "구청장", "District mayor")], source: SW,
  },
  {
    id: "gwanak-gu-office", kind: "district-office", name: { ko: "관악구청", en: "Gwanak-gu Office" }, location: seoul("관악구"),
    representatives: [head("박준희", undefined, "구청장", "District mayor")], source: SW,
  },
  {
    id: "guro-gu-office", kind: "district-office", name: { ko: "구로구청", en: "Guro-gu Office" }, location: seoul("구로구"),
    representatives: [head("엄의식", undefined, "구청장 권한대행", "Acting district mayor", { acting: true })], source: SW,
  },
  { id: "geumcheon-gu-office", kind: "district-office", name: { ko: "금천구청", en: "Geumcheon-gu Office" }, location: seoul("금천구"), source: SW },
  { id: "dongjak-gu-office", kind: "district-office", name: { ko: "동작구청", en: "Dongjak-gu Office" }, location: seoul("동작구"), source: SW },
  // support agencies (003)
  {
    id: "sba", kind: "support-agency", name: { ko: "서울경제진흥원", en: "Seoul Business Agency" }, location: { country: "KR", regionCode: "11" },
    representatives: [head("김현우", undefined, "원장", "Chief executive")], source: SW,
  },
  { id: "kosme", kind: "support-agency", name: { ko: "중소벤처기업진흥공단", en: "Korea SMEs and Startups Agency" }, source: SW },
  // operators of the national programmes (programmes.md)
  {
    id: "kised", kind: "support-agency", name: { ko: "창업진흥원", en: "Korea Institute of Startup and Entrepreneurship Development" },
    source: PROGRAM_SOURCES.KSTARTUP_EARLY_2026,
  },
  {
    id: "tipa", kind: "support-agency", name: { ko: "중소기업기술정보진흥원", en: "Korea Technology and Information Promotion Agency for SMEs" },
    source: PROGRAM_SOURCES.ETNEWS_RND_2025, confidence: "unconfirmed",
    note: "Runs the SME R&D management system (smtech.go.kr) through which the 창업성장기술개발 and 지역혁신 선도기업육성(R&D) calls take applications; named as operator by inference, not by a cited announcement.",
  },
  {
    id: "kicox", kind: "support-agency", name: { ko: "한국산업단지공단", en: "Korea Industrial Complex Corporation" },
    representatives: [head("이상훈", undefined, "이사장", "Chairman")], source: SW,
  },
  // INNO WEEK 2023 (004)
  {
    id: "daegu-gyeongbuk-linc", kind: "association", name: { ko: "대구경북LINC3.0사업협의회", en: "Daegu-Gyeongbuk LINC 3.0 Council" },
    members: [], reportedMemberCount: 9,
    description: { ko: "대구경북LINC사업단 9개 대학의 협의회", en: "Council of the LINC 3.0 project groups of nine Daegu-Gyeongbuk universities" },
    source: SOURCE_FILES.innoWeek, unconfirmed: ["name.en"], note: "The source gives the number of universities (9) but not their names.",
  },
  {
    id: "daegu-haany-university", kind: "university", name: { ko: "대구한의대학교", en: "Daegu Haany University" },
    description: { ko: "기술지주 자회사 ㈜DHU 메디코스의 모기관", en: "Parent of DHU Medicos through its technology holding company" },
    source: SOURCE_FILES.innoWeek,
  },
  {
    id: "mugye-bio", kind: "company", name: { ko: "㈜무계바이오" }, location: gyeongbuk("영천시"),
    description: { ko: "천연비료(액상형·펠렛형) 생산기업", en: "Maker of natural fertilisers (liquid and pellet)" }, source: SOURCE_FILES.innoWeek,
  },
  {
    id: "maru-energy", kind: "company", name: { ko: "㈜마루에너지" },
    description: { ko: "IoT 기술을 활용한 스마트팜 통제 기술", en: "IoT smart-farm control technology" }, source: SOURCE_FILES.innoWeek,
  },
  {
    id: "dhu-medicos", kind: "company", name: { ko: "㈜DHU 메디코스" }, parentId: "daegu-haany-university",
    description: { ko: "한방성분 기능성 제품 생산 (대구한의대학교 기술지주 자회사)", en: "Functional products with herbal ingredients (subsidiary of Daegu Haany University's technology holding company)" },
    source: SOURCE_FILES.innoWeek,
  },
  {
    id: "uz-ministry-higher-education", kind: "foreign-partner",
    name: { ko: "우즈베키스탄 고등교육과학혁신부", en: "Ministry of Higher Education, Science and Innovation of Uzbekistan" },
    location: { country: "UZ", city: { ko: "타슈켄트", en: "Tashkent" } },
    description: { ko: "INNO WEEK 주최 중앙부처", en: "Central ministry hosting INNO WEEK" },
    source: SOURCE_FILES.innoWeek, unconfirmed: ["name.en"],
  },
  {
    id: "uz-innovative-development-agency", kind: "foreign-partner",
    name: { ko: "우즈베키스탄 혁신개발청", en: "Agency for Innovative Development of Uzbekistan" }, parentId: "uz-ministry-higher-education",
    location: { country: "UZ" },
    representatives: [{ name: { ko: "올림존" }, title: { ko: "혁신개발청장", en: "Head of the agency" }, observedOn: "2023-10-17", source: SOURCE_FILES.innoWeek }],
    source: SOURCE_FILES.innoWeek, unconfirmed: ["name.en"],
  },
  {
    id: "digitalagro", kind: "foreign-partner", name: { en: "DigitalAgro" }, location: { country: "UZ" },
    description: { ko: "우즈베키스탄 농업기업", en: "Uzbek agricultural company" }, source: SOURCE_FILES.innoWeek,
  },
  {
    id: "aziya-immunopreparat", kind: "foreign-partner", name: { en: "AZIYA IMMUNOPREPARAT" }, location: { country: "UZ" },
    description: { ko: "우즈베키스탄 제약회사", en: "Uzbek pharmaceutical company" }, source: SOURCE_FILES.innoWeek,
  },
  {
    id: "uz-environment-research-institute", kind: "research-institute",
    name: { en: "Research Institute of Environment and Nature Conservation Technologies" }, location: { country: "UZ" },
    description: { ko: "우즈베키스탄 환경부 산하 연구소", en: "Research institute under Uzbekistan's environment ministry" }, source: SOURCE_FILES.innoWeek,
  },
] satisfies Organization[]))();
