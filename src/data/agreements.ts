import type { Agreement, AgreementParty, Alliance } from "../entities/index.js";
import { deepFreeze } from "./freeze.js";
import { OTHER_SOURCES, SOURCE_FILES } from "./sources.js";

const partner = (organizationId: string, role: { ko: string; en: string }, signatory?: AgreementParty["signatory"]): AgreementParty => ({
  organizationId,
  roleKind: "cooperation-partner",
  role,
  ...(signatory === undefined ? {} : { signatory }),
});

const UNIVERSITY_ROLE = { ko: "예비·초기 단계 우수 창업기업의 발굴 및 육성", en: "Discover and grow promising pre- and early-stage start-ups" };
const DISTRICT_ROLE = {
  ko: "창업기업의 지역 정주를 위한 여건 조성과 성장지원 및 행·재정 지원",
  en: "Conditions for start-ups to settle locally, growth support and administrative and financial support",
};
const AGENCY_ROLE = { ko: "도약 단계의 창업기업에 대한 성장지원", en: "Growth support for start-ups in the leap stage" };

const university = (organizationId: string, ko: string, titleKo: string, titleEn: string): AgreementParty => ({
  organizationId,
  roleKind: "discover-and-grow-early-startups",
  role: UNIVERSITY_ROLE,
  signatory: { name: { ko }, title: { ko: titleKo, en: titleEn } },
});
const district = (organizationId: string, ko: string, titleKo: string, titleEn: string, acting = false): AgreementParty => ({
  organizationId,
  roleKind: "settlement-and-administrative-support",
  role: DISTRICT_ROLE,
  signatory: { name: { ko }, title: { ko: titleKo, en: titleEn }, ...(acting ? { acting: true } : {}) },
});
const agency = (organizationId: string, ko: string, titleKo: string, titleEn: string): AgreementParty => ({
  organizationId,
  roleKind: "leap-stage-growth-support",
  role: AGENCY_ROLE,
  signatory: { name: { ko }, title: { ko: titleKo, en: titleEn } },
});
const director = (ko: string, en: string) => ({ name: { ko, en }, title: { ko: "원장", en: "Director" } });

/**
 * The agreements the sources report: the Haeoreum Alliance pact of Ulsan, Pohang and Gyeongju (2016-06-30,
 * Gyeongju HICO); the Gyeongbuk–Ulsan–Pohang technopark MOU for the Haeoreum area (announced 2023-01-02, the
 * article gives no signing date, so `dateBasis: "announced"`); the 14-party Seoul south-west youth start-up
 * agreement (signed on "the 23rd" per source 003, i.e. 2024-10-23 per the press release's address and same-day
 * reports); the INNO WEEK 2023 tri-party agreement (2023-10-19); and Gyeongbuk TP's MOU with Uzbekistan's
 * Agency for Innovative Development (2023-10-17).
 *
 * @category Data
 * @example
 * ```ts
 * import { agreements } from "technopark/data";
 * agreements.find((a) => a.id === "seoul-southwest-youth-startup-2024")?.parties.length; // 14
 * ```
 */
export const agreements: readonly Agreement[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "haeoreum-alliance-2016",
    kind: "alliance",
    title: { ko: "해오름동맹 협약", en: "Haeoreum Alliance agreement" },
    date: "2016-06-30",
    dateBasis: "signed",
    venue: { ko: "경주 화백컨벤션센터(HICO)", en: "Gyeongju Hwabaek International Convention Center (HICO)" },
    city: { ko: "경주", en: "Gyeongju" },
    country: "KR",
    parties: [
      { organizationId: "ulsan-city", roleKind: "member-city", role: { ko: "동맹 도시", en: "Member city" } },
      { organizationId: "pohang-city", roleKind: "member-city", role: { ko: "동맹 도시", en: "Member city" } },
      { organizationId: "gyeongju-city", roleKind: "member-city", role: { ko: "동맹 도시", en: "Member city" } },
    ],
    scope: [{ ko: "동해남부권 3개 도시의 상생협력과 공동발전", en: "Co-prosperity and joint development of the three southern East Sea cities" }],
    allianceId: "haeoreum",
    source: OTHER_SOURCES.haeoreum2016,
  },
  {
    id: "haeoreum-technopark-mou-2023",
    kind: "mou",
    title: { ko: "동해남부권 해오름동맹 상생협력체계 구축 업무협약", en: "MOU on a win-win cooperation system for the Haeoreum Alliance area" },
    date: "2023-01-02",
    dateBasis: "announced",
    country: "KR",
    parties: [
      partner("gyeongbuk", { ko: "협약 기관", en: "Partner technopark" }, director("하인성", "Ha In-seong")),
      partner("ulsan", { ko: "협약 기관", en: "Partner technopark" }, director("권수용", "Kwon Su-yong")),
      partner("pohang", { ko: "협약 기관", en: "Partner technopark" }, director("이점식", "Lee Jeom-sik")),
    ],
    scope: [
      { ko: "해오름동맹 상생협력을 위한 협력체 구성 및 공동기획 협력", en: "A cooperative body and joint planning for Haeoreum Alliance cooperation" },
      { ko: "거점기능, 기술투자 등 기업지원기능 연계", en: "Linking enterprise-support functions such as base functions and technology investment" },
      { ko: "창업 및 투자 생태계 조성 지원", en: "Support for a start-up and investment ecosystem" },
      { ko: "동해남부권 혁신사업", en: "Innovation projects in the southern East Sea region" },
      { ko: "지역별 펀드, 우수기업 공동 투자상담회", en: "Regional funds and joint investment consultations for promising companies" },
    ],
    sectors: [
      { ko: "모빌리티", en: "Mobility" },
      { ko: "이차전지", en: "Secondary batteries" },
    ],
    allianceId: "haeoreum",
    source: SOURCE_FILES.haeoreumTechnoparkMou,
    note: "The article (2023-01-02) says the MOU was signed and announced on the 2nd; it gives no signing date, so the date is the announcement date (signed on or before).",
  },
  {
    id: "seoul-southwest-youth-startup-2024",
    kind: "multi-party-agreement",
    title: {
      ko: "서울 서남권 청년창업 활성화 및 성장지원을 위한 업무협약",
      en: "Agreement on youth start-up promotion and growth support in Seoul's south-west",
    },
    date: "2024-10-23",
    dateBasis: "signed",
    venue: { ko: "중앙대학교 100주년기념관", en: "Chung-Ang University 100th Anniversary Hall" },
    city: { ko: "서울", en: "Seoul" },
    country: "KR",
    parties: [
      university("kangseo-university", "김용재", "총장", "President"),
      university("dongyang-mirae-university", "김교일", "총장", "President"),
      university("seoul-national-university", "김재영", "연구부총장", "Vice-president for research"),
      university("soongsil-university", "이원철", "연구산학부총장", "Vice-president for research and industry cooperation"),
      university("chung-ang-university", "박상규", "총장", "President"),
      university("chongshin-university", "박성규", "총장", "President"),
      district("gangseo-gu-office", "진교훈", "구청장", "District mayor"),
      district("gwanak-gu-office", "박준희", "구청장", "District mayor"),
      district("guro-gu-office", "엄의식", "구청장 권한대행", "Acting district mayor", true),
      district("geumcheon-gu-office", "배현숙", "부구청장", "Deputy district mayor"),
      district("dongjak-gu-office", "장영민", "부구청장", "Deputy district mayor"),
      agency("sba", "김현우", "원장", "Chief executive"),
      agency("kosme", "이병철", "부이사장", "Vice-chairman"),
      agency("kicox", "이상훈", "이사장", "Chairman"),
    ],
    scope: [
      { ko: "서울 서남권 창업 전주기 지원체계 구축", en: "A full-cycle start-up support system for Seoul's south-west" },
      { ko: "청년창업 활성화", en: "Promoting youth start-ups" },
      { ko: "창업기업 성장의 입체적 지원", en: "All-round support for start-up growth" },
    ],
    source: SOURCE_FILES.seoulSouthwest,
    otherSources: [OTHER_SOURCES.seoulSouthwestDate],
    note:
      "Source 003 says only 'the 23rd' and cites Seoul's February 2024 south-west plan; the month and year (2024-10-23) come from the press release's address (20241023…) and same-day reports. Signatories are from the photo caption; some parties were represented by deputies.",
  },
  {
    id: "inno-week-2023-tri-party",
    kind: "multi-party-agreement",
    title: { ko: "경북 지역기업 우즈베키스탄 진출을 위한 3자 협약", en: "Tri-party agreement for Gyeongbuk companies entering Uzbekistan" },
    date: "2023-10-19",
    dateBasis: "signed",
    city: { ko: "타슈켄트", en: "Tashkent" },
    country: "UZ",
    parties: [
      partner("gyeongbuk", { ko: "경북도내 지역기업의 우즈베키스탄 해외진출 지원", en: "Supports Gyeongbuk companies entering Uzbekistan" }),
      { organizationId: "uz-environment-research-institute", roleKind: "research-partner", role: { ko: "현지 연구 협력", en: "Local research partner" } },
      { organizationId: "mugye-bio", roleKind: "exporter", role: { ko: "천연비료 제조기업", en: "Natural-fertiliser maker" } },
    ],
    scope: [{ ko: "경북도내 지역기업의 우즈베키스탄 해외진출", en: "Gyeongbuk companies entering the Uzbek market" }],
    eventId: "inno-week-2023",
    source: SOURCE_FILES.innoWeek,
    unconfirmed: ["city"],
    note: "Signed during INNO WEEK 2023; the source does not name the city of signing (the event was in Tashkent).",
  },
  {
    id: "inno-week-2023-innovation-agency-mou",
    kind: "mou",
    title: { ko: "경북테크노파크–우즈베키스탄 혁신개발청 업무협약", en: "MOU between Gyeongbuk Technopark and Uzbekistan's Agency for Innovative Development" },
    date: "2023-10-17",
    dateBasis: "signed",
    city: { ko: "타슈켄트", en: "Tashkent" },
    country: "UZ",
    parties: [
      partner("gyeongbuk", { ko: "협약 기관", en: "Partner" }, director("하인성", "Ha In-seong")),
      partner("uz-innovative-development-agency", { ko: "협약 기관", en: "Partner" }, { name: { ko: "올림존" }, title: { ko: "혁신개발청장", en: "Head of the agency" } }),
    ],
    scope: [{ ko: "구체적인 협력방안 논의 및 상호 교류", en: "Exchanges and concrete cooperation" }],
    eventId: "inno-week-2023",
    source: SOURCE_FILES.innoWeek,
    confidence: "unconfirmed",
    note:
      "The source says the Gyeongbuk vice-governor for economy and Gyeongbuk TP's director visited the pavilion on 2023-10-17, discussed cooperation with the agency head and signed an MOU; it does not say which of them signed, so the parties are modelled as Gyeongbuk TP and the agency.",
  },
] satisfies Agreement[]))();

/**
 * The Haeoreum Alliance (해오름동맹) of Ulsan Metropolitan City, Pohang and Gyeongju, formed on 2016-06-30 at
 * Gyeongju HICO, with its council 동해남부권 해오름동맹 상생협의회; members are versions over time (unchanged since
 * 2016 as far as the sources go).
 *
 * @category Data
 * @example
 * ```ts
 * import { alliances } from "technopark/data";
 * alliances[0]?.members[0]?.value; // ["ulsan-city", "pohang-city", "gyeongju-city"]
 * ```
 */
export const alliances: readonly Alliance[] = /* @__PURE__ */ (() => deepFreeze([
  {
    id: "haeoreum",
    name: { ko: "해오름동맹", en: "Haeoreum Alliance" },
    formed: "2016-06-30",
    members: [{ validFrom: "2016-06-30", value: ["ulsan-city", "pohang-city", "gyeongju-city"] }],
    agreementIds: ["haeoreum-alliance-2016", "haeoreum-technopark-mou-2023"],
    council: { ko: "동해남부권 해오름동맹 상생협의회", en: "Southern East Sea Haeoreum Alliance Co-prosperity Council" },
    area: { ko: "동해남부권", en: "Southern East Sea region" },
    source: OTHER_SOURCES.haeoreum2016,
    otherSources: [SOURCE_FILES.haeoreumTechnoparkMou],
    unconfirmed: ["council.en"],
  },
] satisfies Alliance[]))();
