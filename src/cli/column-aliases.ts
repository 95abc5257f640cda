/**
 * The headers people write in company lists, and the `Company` field each one fills. A header matches when it
 * equals one of the names after {@link headerKey} (spaces, `·`, `/`, `_`, `-` and case ignored, a trailing unit
 * such as `(원)` or `(백만원)` set aside), so `상시근로자 수`, `상시근로자수` and `상시 근로자수` are one header.
 * Documented in docs/guides/spreadsheets-and-headers.md; keep the two in step.
 * @internal
 */
export const COMPANY_HEADER_ALIASES: readonly { readonly path: string; readonly names: readonly string[] }[] = [
  { path: "id", names: ["사업자등록번호", "사업자번호", "등록번호", "기업번호", "기업ID", "관리번호", "id", "bizNo", "businessNumber"] },
  { path: "name.ko", names: ["기업명", "회사명", "상호", "상호명", "업체명", "법인명", "name", "company", "companyName"] },
  { path: "name.en", names: ["영문기업명", "영문회사명", "영문상호", "영문명", "englishName", "nameEn"] },
  { path: "location.regionCode", names: ["시도", "광역시도", "소재지", "소재지시도", "지역", "region", "province"] },
  { path: "location.sigungu", names: ["시군구", "소재지시군구", "기초자치단체", "sigungu", "district", "city"] },
  { path: "ksic", names: ["업종코드", "표준산업분류", "표준산업분류코드", "산업분류코드", "업종분류코드", "ksic", "ksicCode"] },
  { path: "regularWorkers", names: ["상시근로자수", "상시근로자", "상시종업원수", "근로자수", "종업원수", "workers", "employees"] },
  { path: "averageRevenue", names: ["매출액", "평균매출액", "연평균매출액", "3년평균매출액", "최근3년평균매출액", "revenue"] },
  { path: "previousYearRevenue", names: ["직전년도매출액", "직전사업연도매출액", "직전연도매출액", "전년도매출액", "전년매출액", "previousYearRevenue"] },
  { path: "totalAssets", names: ["자산총액", "총자산", "자산", "assets"] },
  { path: "foundedOn", names: ["설립일", "창업일", "개업일", "설립일자", "창업일자", "개업일자", "설립연월일", "founded"] },
  { path: "representative.birthDate", names: ["대표자생년월일", "대표생년월일", "대표자생일", "birthDate"] },
  { path: "inListedGroup", names: ["공시대상기업집단", "상호출자제한기업집단", "대기업집단소속"] },
  { path: "tenancy.technoparkId", names: ["입주테크노파크", "입주기관"] },
];

/** Units a money header may carry, as the suffix {@link parseKrw} reads after a plain number (`12` + `백만` → 12,000,000). */
const HEADER_UNITS: Readonly<Record<string, string>> = { 원: "", 천원: "천", 만원: "만", 백만원: "백만", 억원: "억" };

const UNIT = /^(.*?)[([]\s*(원|천원|만원|백만원|억원|명|인|개|건|년월일)\s*[)\]]$/;

/**
 * The comparable form of a header and the money unit it names: `"매출액 (백만원)"` → `{ key: "매출액", unit: "백만" }`,
 * `"상시근로자 수"` → `{ key: "상시근로자수" }`.
 * @internal
 */
export function headerKey(header: string): { readonly key: string; readonly unit?: string | undefined } {
  const compact = header.normalize("NFC").replace(/[\s·・/_\-.]/g, "");
  const unit = UNIT.exec(compact);
  const key = (unit === null ? compact : unit[1]!).toLowerCase();
  const suffix = unit === null ? undefined : HEADER_UNITS[unit[2]!];
  return suffix === undefined ? { key } : { key, unit: suffix };
}

const BY_KEY: ReadonlyMap<string, string> = /* @__PURE__ */ (() => {
  const map = new Map<string, string>();
  for (const { path, names } of COMPANY_HEADER_ALIASES) for (const name of names) map.set(headerKey(name).key, path);
  return map;
})();

/**
 * The `Company` field a header written by a person stands for (`"기업명"` → `"name.ko"`), or `undefined`.
 * @internal
 */
export function companyAlias(header: string): string | undefined {
  return BY_KEY.get(headerKey(header).key);
}
