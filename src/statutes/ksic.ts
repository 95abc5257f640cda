import { describeValue, formatPath } from "../errors/format.js";
import { ValidationError, type FieldPath } from "../errors/technopark-error.js";

/**
 * A section (대분류) of the Korean Standard Industrial Classification: one letter from A to U.
 * Rules written per section (the 소상공인 thresholds, section rows of the SME table) are keyed by it.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { ksicSection, type KsicSection } from "technopark";
 * const section: KsicSection = ksicSection("C29199"); // "C"
 * ```
 */
export type KsicSection =
  | "A" | "B" | "C" | "D" | "E" | "F" | "G" | "H" | "I" | "J" | "K"
  | "L" | "M" | "N" | "O" | "P" | "Q" | "R" | "S" | "T" | "U";

/**
 * One section of the KSIC with the range of its two-digit divisions (중분류) and its names, as listed in
 * {@link ksicSections}; use it to label a section in a report.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { ksicSections, type KsicSectionEntry } from "technopark";
 * const manufacturing: KsicSectionEntry | undefined = ksicSections.find((s) => s.letter === "C");
 * manufacturing?.name.en; // "Manufacturing"
 * ```
 */
export type KsicSectionEntry = {
  /** The section letter, e.g. `"C"`. */
  readonly letter: KsicSection;
  /** First and last division of the section, inclusive; every number in between is a division. */
  readonly divisions: {
    /** First division, two digits, e.g. `"10"`. */
    readonly from: string;
    /** Last division, two digits, e.g. `"34"`. */
    readonly to: string;
  };
  /** The section's name. */
  readonly name: {
    /** Official Korean name, e.g. `"제조업"`. */
    readonly ko: string;
    /** English name, e.g. `"Manufacturing"`. */
    readonly en: string;
  };
};

/**
 * The 21 sections of the KSIC (10th revision, in force 2017-07-01; the 11th revision of 2024-07-01 is
 * believed to keep this section/division structure, unconfirmed) with their division ranges: the key to
 * reading the SME size table and the 소상공인 thresholds, which are written per section or division.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { ksicSections } from "technopark";
 * ksicSections.find((section) => section.letter === "C")?.divisions; // { from: "10", to: "34" }
 * ksicSections.length; // 21
 * ```
 */
export const ksicSections: readonly KsicSectionEntry[] = /* @__PURE__ */ Object.freeze([
  { letter: "A", divisions: { from: "01", to: "03" }, name: { ko: "농업, 임업 및 어업", en: "Agriculture, forestry and fishing" } },
  { letter: "B", divisions: { from: "05", to: "08" }, name: { ko: "광업", en: "Mining and quarrying" } },
  { letter: "C", divisions: { from: "10", to: "34" }, name: { ko: "제조업", en: "Manufacturing" } },
  { letter: "D", divisions: { from: "35", to: "35" }, name: { ko: "전기, 가스, 증기 및 공기 조절 공급업", en: "Electricity, gas, steam and air conditioning supply" } },
  { letter: "E", divisions: { from: "36", to: "39" }, name: { ko: "수도, 하수 및 폐기물 처리, 원료 재생업", en: "Water supply; sewage, waste management and materials recovery" } },
  { letter: "F", divisions: { from: "41", to: "42" }, name: { ko: "건설업", en: "Construction" } },
  { letter: "G", divisions: { from: "45", to: "47" }, name: { ko: "도매 및 소매업", en: "Wholesale and retail trade" } },
  { letter: "H", divisions: { from: "49", to: "52" }, name: { ko: "운수 및 창고업", en: "Transportation and storage" } },
  { letter: "I", divisions: { from: "55", to: "56" }, name: { ko: "숙박 및 음식점업", en: "Accommodation and food service activities" } },
  { letter: "J", divisions: { from: "58", to: "63" }, name: { ko: "정보통신업", en: "Information and communication" } },
  { letter: "K", divisions: { from: "64", to: "66" }, name: { ko: "금융 및 보험업", en: "Financial and insurance activities" } },
  { letter: "L", divisions: { from: "68", to: "68" }, name: { ko: "부동산업", en: "Real estate activities" } },
  { letter: "M", divisions: { from: "70", to: "73" }, name: { ko: "전문, 과학 및 기술 서비스업", en: "Professional, scientific and technical activities" } },
  { letter: "N", divisions: { from: "74", to: "76" }, name: { ko: "사업시설 관리, 사업 지원 및 임대 서비스업", en: "Business facilities management and business support services; rental and leasing activities" } },
  { letter: "O", divisions: { from: "84", to: "84" }, name: { ko: "공공 행정, 국방 및 사회보장 행정", en: "Public administration and defence; compulsory social security" } },
  { letter: "P", divisions: { from: "85", to: "85" }, name: { ko: "교육 서비스업", en: "Education" } },
  { letter: "Q", divisions: { from: "86", to: "87" }, name: { ko: "보건업 및 사회복지 서비스업", en: "Human health and social work activities" } },
  { letter: "R", divisions: { from: "90", to: "91" }, name: { ko: "예술, 스포츠 및 여가관련 서비스업", en: "Arts, sports and recreation related services" } },
  { letter: "S", divisions: { from: "94", to: "96" }, name: { ko: "협회 및 단체, 수리 및 기타 개인 서비스업", en: "Membership organizations, repair and other personal services" } },
  { letter: "T", divisions: { from: "97", to: "98" }, name: { ko: "가구 내 고용활동 및 달리 분류되지 않은 자가 소비 생산활동", en: "Activities of households as employers; undifferentiated goods- and services-producing activities of households for own use" } },
  { letter: "U", divisions: { from: "99", to: "99" }, name: { ko: "국제 및 외국기관", en: "Activities of extraterritorial organizations and bodies" } },
] as const satisfies readonly KsicSectionEntry[]);

/**
 * A KSIC code taken apart: its section, its two-digit division and all its digits (2 to 5).
 * @internal
 */
export type ParsedKsic = { readonly section: KsicSection; readonly division: string; readonly digits: string };

const KSIC_CODE = /^([A-Z])?(\d{2,5})$/;

/** Every division's section, built once from {@link ksicSections}. */
const SECTION_OF_DIVISION: ReadonlyMap<string, KsicSection> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ ksicSections.flatMap(({ letter, divisions }) =>
    Array.from({ length: Number(divisions.to) - Number(divisions.from) + 1 }, (_, i) => [String(Number(divisions.from) + i).padStart(2, "0"), letter] as const),
  ),
);

const DIVISION_RANGES = /* @__PURE__ */ (/* @__PURE__ */ ksicSections
  .map(({ divisions: { from, to } }) => (from === to ? from : `${from}–${to}`)))
  .join(", ");

/**
 * Parses a KSIC code (`"29"`, `"29199"`, `"C29199"`), refusing unknown divisions and a section letter that
 * does not match the digits with a `VALIDATION` error naming `path`.
 * @internal
 */
export function parseKsic(code: unknown, path: FieldPath = ["ksic"]): ParsedKsic {
  const match = typeof code === "string" ? KSIC_CODE.exec(code) : null;
  if (match === null) {
    throw ksicError(
      path,
      code,
      "a KSIC code of 2 to 5 digits, optionally after its section letter (e.g. \"29\", \"29199\" or \"C29199\")",
    );
  }
  const letter = match[1];
  const digits = match[2]!;
  const division = digits.slice(0, 2);
  const section = SECTION_OF_DIVISION.get(division);
  if (section === undefined) {
    throw ksicError(path, code, `a KSIC code whose first two digits are a KSIC division (${DIVISION_RANGES}); "${division}" is not a division`);
  }
  if (letter !== undefined && letter !== section) {
    throw ksicError(path, code, `a section letter matching division ${division}, which is in section ${section}, not ${letter}`);
  }
  return { section, division, digits };
}

function ksicError(path: FieldPath, code: unknown, expected: string): ValidationError {
  const received = describeValue(code);
  return new ValidationError(`${formatPath(path)}: expected ${expected}, received ${received}`, {
    path,
    issues: [{ path, expected, received, message: "invalid KSIC code" }],
  });
}

/**
 * The KSIC section (대분류 letter) a code belongs to, read from its first two digits: `"29"`, `"29199"` and
 * `"C29199"` are all in section C. Use it to apply rules written per section (the 소상공인 thresholds, the SME
 * table's section rows). Unknown divisions and a letter that contradicts the digits throw `VALIDATION`.
 *
 * @param code - a KSIC code: 2 to 5 digits, optionally after the section letter
 * @category Statutes
 * @example
 * ```ts
 * import { ksicSection } from "technopark";
 * ksicSection("C29199"); // "C"
 * ksicSection("49"); // "H"
 * ksicSection("A29"); // throws VALIDATION: … division 29, which is in section C, not A …
 * ```
 */
export function ksicSection(code: string): KsicSection {
  return parseKsic(code, ["code"]).section;
}

/**
 * The two-digit KSIC division (중분류) of a code: `"C29199"` → `"29"`. Use it to look up rows written per
 * division, as most of the SME size table is. Invalid codes throw `VALIDATION`, as for {@link ksicSection}.
 *
 * @param code - a KSIC code: 2 to 5 digits, optionally after the section letter
 * @category Statutes
 * @example
 * ```ts
 * import { ksicDivision } from "technopark";
 * ksicDivision("C29199"); // "29"
 * ksicDivision("20"); // "20"
 * ```
 */
export function ksicDivision(code: string): string {
  return parseKsic(code, ["code"]).division;
}
