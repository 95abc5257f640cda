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
