import { deepFreeze } from "./freeze.js";

/**
 * A source article the reference data cites by file name.
 *
 * @category Data
 * @example
 * ```ts
 * import { sourceArticles, type SourceArticle } from "technopark/data";
 * const first: SourceArticle | undefined = sourceArticles[0];
 * first?.publishedOn; // "2023-01-02"
 * ```
 */
export interface SourceArticle {
  /** File name cited in `source` fields, e.g. `"001_d4d5ca49a03203d9.txt"`. */
  readonly file: string;
  /** Headline of the article, in Korean as published. */
  readonly title: string;
  /** Publisher, where the file names one. */
  readonly publisher?: string;
  /** Publication date, where the file or its URL gives one. */
  readonly publishedOn?: string;
  /** Address of the published article, where known. */
  readonly url?: string;
  /** What the article is the source for, in English. */
  readonly covers: string;
}

/**
 * SOURCE_FILES maps a short key to each source article's file name, so records cite them without typos.
 * @internal
 */
export const SOURCE_FILES = {
  haeoreumTechnoparkMou: "000_0aa00bd074892d20.txt",
  association: "001_d4d5ca49a03203d9.txt",
  yeongcheon: "002_9ba27e7115588f78.txt",
  seoulSouthwest: "003_07f530a759640b23.txt",
  innoWeek: "004_eb2f545a800af44b.txt",
} as const;

/**
 * The sources of the national programme records (programmes.md): the best reachable copy of each announcement,
 * marked [S] (news report or K-Startup notice text) or [S3] (third-party copy) in the comments.
 * @internal
 */
export const PROGRAM_SOURCES = {
  /** The statute the regional innovation leaders are designated under (exclusions in 제12조제3항, as a TP notice cites it). */
  REGIONAL_SME_ACT: "지역중소기업 육성 및 혁신촉진 등에 관한 법률 제12조제3항",
  /** [S] K-Startup notice text */
  KSTARTUP_EARLY_2026: "https://portal2.inbusiness.kr/small_detail.php?pbno=kStartUp_176019",
  /** [S] 2024 packages */
  ASIATODAY_2024: "https://www.asiatoday.co.kr/kn/view.php?key=20240129010016964",
  /** [S] 2024 packages (leap 1st call: large-company track) */
  AJUNEWS_2024: "https://www5.ajunews.com/view/20240129133157451",
  /** [S] pre-startup 2020: all ages, closed-business rule */
  ETODAY_PRE_2020: "https://m2.etoday.co.kr/view.php?idxno=1850547",
  /** [S] 2026 deep-tech packages: intake 01-06 … 01-27 */
  ETNEWS_DEEPTECH_2026: "https://www.etnews.com/20260105000184",
  /** [S] announced 2026-01-05 */
  NEWS1_DEEPTECH_2026: "https://www.news1.kr/amp/industry/sb-founded/6028230",
  /** [S] new-industry fields up to 10 years */
  HERALD_2026: "https://biz.heraldcorp.com/article/10648601",
  /** [S] 10 years for the leap package in new-industry fields */
  UNICORN_2026: "https://www.unicornfactory.co.kr/article/2026010509111272485",
  /** [S3] window 2023.1.6 ~ 2026.1.5 */
  DEEPTECH_WINDOW_2026: "https://find-the-freedom.com/86",
  /** [S3] copy of the 2026 general notice */
  EARLY_GENERAL_2026: "https://find-the-freedom.com/112",
  /** [S3] */
  LEAP_2023: "programmes.md: 2023 창업도약패키지 notice copy (신청가능 업력 2016.2.24 ~ 2020.2.23, intake 2023-02-23 … 03-20)",
  /** [S3] */
  PRE_2026: "programmes.md: 2026 예비창업패키지 correction notice 공고 제2026-143호, intake 2026-03-06 … 03-24",
  /** [S] 첫걸음 2025: 7 (10) years, revenue under 20억, until 05-07 */
  ETNEWS_RND_2025: "https://m.etnews.com/20250401000279",
  /** [S3] 2019 디딤돌 2nd call: judged on the deadline */
  KAIST_RND_2019: "http://ecosmart.kaist.ac.kr/bbs/board.php?bo_table=menu2_2_1&wr_id=5",
  /** [S] 7 years, revenue under 20억 */
  HELLOT_RND: "https://hellot.net/news/tag_list_all.html?tag=%EB%94%94%EB%94%A4%EB%8F%8C+%EC%82%AC%EC%97%85",
  /** [S] small/medium tracks, 5-year count */
  EDAILY_VOUCHER: "https://m.edaily.co.kr/News/Read?mediaCodeNo=257&newsId=04490326639083424",
  /** [S] 3-year average revenue 120억 or less */
  ETNEWS_VOUCHER_2020: "https://etnews.com/20200210000132",
  /** [S] 2026 first call, four tracks */
  BIZDAILY_VOUCHER_2026: "https://bizdaily.net/news/article.html?no=26474",
  /** [S3] 2026 first call 2025-11-12 … 12-02 */
  VOUCHER_2026_PERIOD: "https://find-the-freedom.com/5",
  /** [S] 2021-11-15, intake until 12-08 */
  ETODAY_LEADER_2021: "http://web2.etoday.co.kr/news/view/2077960",
  /** [S] 10+ workers, 3-year average revenue 50억 … 400억 */
  ASIAE_LEADER_2021: "https://www.asiae.co.kr/article/2021111711542506105",
  /** [S] the same conditions (Jeonbuk) */
  DAILYAN_LEADER_2021: "http://dailyan.com/news/article.html?no=199477",
  /** [S] 2026-01-29, R&D share 5 %, intake 02-11 … 03-03 */
  SBS_LEADER_2026: "https://news.sbs.co.kr/news/endPage.do?news_id=N1008423191",
  /** [S] 2026 R&D call */
  ETNEWS_LEADER_2026: "https://www.etnews.com/20260129000058",
  /** [S] 16th intake 2026-01-30 … 02-13, 만 39세 이하, 3 years */
  ETODAY_ACADEMY_2026: "https://www.etoday.co.kr/news/view/2551669",
  /** [S] advanced course: within 7 years */
  ETNEWS_ACADEMY_2026: "https://www.etnews.com/20260201000007",
  /** [S3] */
  ACADEMY_NOTICE_2026: "programmes.md: 청년창업사관학교 공고 제2026-60호 (2026-01-30), GitHub copy",
} as const;

/**
 * Secondary sources (statutes, reference works, URLs) cited by the reference data.
 * @internal
 */
export const OTHER_SOURCES = {
  encyclopedia: "한국민족문화대백과사전 「테크노파크」 (encykorea.aks.ac.kr)",
  legalDongCodes: "행정표준코드관리시스템 법정동코드 (code.go.kr)",
  iso3166: "ISO 3166-2:KR (https://www.iso.org/obp/ui/#iso:code:3166:KR)",
  localAutonomyAct1995: "지방자치법 (법률 제4789호, 1995-01-01 시행: 직할시 → 광역시)",
  ulsanAct: "울산광역시 설치 등에 관한 법률 (1997-07-15 시행)",
  jejuAct: "제주특별자치도 설치 및 국제자유도시 조성을 위한 특별법 (2006-07-01 시행)",
  sejongAct: "세종특별자치시 설치 등에 관한 특별법 (2012-07-01 시행)",
  gangwonAct: "강원특별자치도 설치 등에 관한 특별법 (2023-06-11 시행)",
  jeonbukAct: "전북특별자치도 설치 등에 관한 특별법 (2024-01-18 시행)",
  jeonnamGwangjuAct: "전남광주통합특별시 설치 등에 관한 특별법 (법률 제21446호, 2026-03-05 공포, 2026-07-01 시행)",
  haeoreum2016: "http://www.xn--9d0bt7xa359enkt3kg.kr/news/article.html?no=13158",
  seoulSouthwestDate: "https://nspna.com/country/?cid=7003&mode=view&newsid=723360",
  ...PROGRAM_SOURCES,
} as const;

/**
 * The five source articles the reference data rests on, with what each is cited for.
 *
 * @category Data
 * @example
 * ```ts
 * import { sourceArticles } from "technopark/data";
 * sourceArticles.find((a) => a.file === "004_eb2f545a800af44b.txt")?.covers;
 * ```
 */
export const sourceArticles: readonly SourceArticle[] = /* @__PURE__ */ (() => deepFreeze([
  {
    file: SOURCE_FILES.haeoreumTechnoparkMou,
    title: "경북TP, 동해남부권 해오름동맹 협력체계 업무협약",
    publisher: "브레이크뉴스 경북",
    publishedOn: "2023-01-02",
    covers: "The Gyeongbuk–Ulsan–Pohang technopark MOU for the Haeoreum Alliance area",
  },
  {
    file: SOURCE_FILES.association,
    title: "[창간특집] 한국테크노파크진흥회, 지역경제 활성화 거점 역할 ‘총력’",
    publisher: "투데이에너지",
    publishedOn: "2020-09-21",
    covers: "The Korea Technopark Association, its 19 members and timeline, national TP statistics 2007/2018, TP investments",
  },
  {
    file: SOURCE_FILES.yeongcheon,
    title: "경북TP, '영천시 중소기업지원 성과보고회' 개최",
    publisher: "브레이크뉴스 경북",
    publishedOn: "2022-12-08",
    covers: "The two Yeongcheon SME programmes, their eligibility, the city budget since 2019 and the 2022 removal of the application limit",
  },
  {
    file: SOURCE_FILES.seoulSouthwest,
    title: "한국산업단지공단, 14개 기관 간 업무협약 통해 서울 서남권 청년창업 활성화에 힘 쏟기로",
    publisher: "한국산업단지공단",
    publishedOn: "2024-10-23",
    url: "https://www.kicox.or.kr/user/bbs/BD_selectBbs.do?q_bbsCode=1018&q_bbscttSn=20241023201849284&q_order=&q_clCode=1",
    covers: "The 14-party Seoul south-west youth start-up agreement (the file says only 'the 23rd'; the date is from the press release's address and same-day reports)",
  },
  {
    file: SOURCE_FILES.innoWeek,
    title: "지역기업 650만 불 수출계약, 500만 불 공동연구생산 협약체결 실적 달성",
    covers: "INNO WEEK 2023 in Tashkent: reported totals, itemised deals and agreements (published after 2023-10-27)",
  },
]))();
