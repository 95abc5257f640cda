import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import type { DateLike } from "../time/iso-date.js";
import { VersionHistory, asOfVersion } from "../time/versioned.js";
import { BilingualText } from "./bilingual.js";
import { EntityId, IsoSubdivisionCode, REGION_CODES, RegionCode } from "./codes.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of the legal type of a 시·도: 특별시, 광역시, 특별자치시, 도, 특별자치도 or 통합특별시.
 *
 * @category Entities
 * @example
 * ```ts
 * import { RegionKind } from "technopark";
 * RegionKind.parse("special-self-governing-province"); // 특별자치도
 * ```
 */
export const RegionKind = z
  .literal(["special-city", "metropolitan-city", "special-self-governing-city", "province", "special-self-governing-province", "integrated-special-city"])
  .meta({ id: "RegionKind", description: "특별시, 광역시, 특별자치시, 도, 특별자치도 or 통합특별시" });
/**
 * The legal type of a 시·도.
 *
 * @category Entities
 */
export type RegionKind = z.output<typeof RegionKind>;

/**
 * Schema of what a 시·도 is called and coded as during one period: its 법정동 prefix, its ISO 3166-2 code
 * (absent where ISO has published none), its full and short names and its legal type.
 *
 * @category Entities
 * @example
 * ```ts
 * import { RegionVersion } from "technopark";
 * RegionVersion.parse({
 *   code: "51", iso: "KR-42", kind: "special-self-governing-province",
 *   name: { ko: "강원특별자치도", en: "Gangwon State" }, shortName: { ko: "강원", en: "Gangwon" },
 * });
 * ```
 */
export const RegionVersion = z
  .object({
    /** 2-digit 법정동 시·도 prefix in force during the version. */
    code: RegionCode.describe("2-digit 법정동 시·도 prefix in force during the version"),
    /** ISO 3166-2:KR code; absent where ISO publishes none. */
    iso: IsoSubdivisionCode.optional().describe("ISO 3166-2:KR code; absent where ISO publishes none"),
    /** Full legal name. */
    name: BilingualText.describe("Full legal name"),
    /** Short name used in lists (서울, 경기, 강원…). */
    shortName: BilingualText.describe("Short name used in lists (서울, 경기, 강원…)"),
    /** Other names the region goes by (e.g. 광주특별시). */
    alternativeNames: z.array(z.string().min(1)).optional().describe("Other names the region goes by (e.g. 광주특별시)"),
    /** Legal type of the 시·도 in this version. */
    kind: RegionKind,
  })
  .meta({ id: "RegionVersion", description: "Name, codes and legal type of a 시·도 during one period" });
/**
 * What a 시·도 is called and coded as during one period.
 *
 * @category Entities
 */
export type RegionVersion = z.output<typeof RegionVersion>;

/**
 * Schema of a 시·도 (metropolitan-level region) with its effective-dated history of names and codes
 * (강원도 → 강원특별자치도 on 2023-06-11, 42 → 51). A region that ends (광주광역시 on 2026-07-01) names its
 * successors; a region formed by a merger names its predecessors.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Region } from "technopark";
 * Region.parse({
 *   id: "gangwon",
 *   versions: [
 *     { validFrom: "1995-01-01", validTo: "2023-06-11", value: { code: "42", iso: "KR-42", kind: "province",
 *       name: { ko: "강원도", en: "Gangwon Province" }, shortName: { ko: "강원", en: "Gangwon" } } },
 *     { validFrom: "2023-06-11", value: { code: "51", iso: "KR-42", kind: "special-self-governing-province",
 *       name: { ko: "강원특별자치도", en: "Gangwon State" }, shortName: { ko: "강원", en: "Gangwon" } } },
 *   ],
 *   source: "강원특별자치도 설치 등에 관한 특별법",
 * });
 * ```
 */
export const Region = z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Effective-dated names and codes, oldest first. */
    versions: VersionHistory(RegionVersion).min(1, "expected at least one version").describe("Effective-dated names and codes, oldest first"),
    /** Regions merged into this one. */
    predecessorIds: z.array(EntityId).optional().describe("Regions merged into this one"),
    /** Regions this one was merged into. */
    successorIds: z.array(EntityId).optional().describe("Regions this one was merged into"),
    ...Provenance.shape,
  })
  .meta({ id: "Region", description: "A 시·도 with its effective-dated names and codes" });
/**
 * A 시·도 with its effective-dated names and codes.
 *
 * @category Entities
 */
export type Region = z.output<typeof Region>;

/**
 * A region as it stood on one date: the version in force, flattened, with the region's id and the version's
 * validity.
 *
 * @category Entities
 * @example
 * ```ts
 * import type { RegionAsOf } from "technopark";
 * import { regionByCode } from "technopark/data";
 * const jeju: RegionAsOf | undefined = regionByCode("50", "2024-01-01");
 * jeju?.iso; // "KR-49"
 * ```
 */
export interface RegionAsOf {
  /** The region's stable id (e.g. `"gangwon"`), the same across renamings. */
  readonly id: string;
  /** First day of the version in force. */
  readonly validFrom: string;
  /** First day it is no longer in force, if it has ended. */
  readonly validTo?: string | undefined;
  /** 법정동 prefix in force. */
  readonly code: RegionCode;
  /** ISO 3166-2:KR code, where one is published. */
  readonly iso?: string | undefined;
  /** Full legal name in force. */
  readonly name: BilingualText;
  /** Short name in force. */
  readonly shortName: BilingualText;
  /** Other names in force. */
  readonly alternativeNames?: readonly string[] | undefined;
  /** Legal type in force. */
  readonly kind: RegionKind;
  /** The region record's source. */
  readonly source: string;
  /** The region record's confidence, when it is not simply reported. */
  readonly confidence?: "reported" | "unconfirmed" | undefined;
}

/**
 * The region as it stood on a date, or `undefined` when no version is in force (before its history starts,
 * or after it was merged away).
 *
 * @param region - a region record
 * @param on - the date to read at
 * @category Entities
 * @example
 * ```ts
 * import { regionAsOf } from "technopark";
 * import { regions } from "technopark/data";
 * const gangwon = regions.find((r) => r.id === "gangwon")!;
 * regionAsOf(gangwon, "2023-06-10")?.code; // "42"
 * regionAsOf(gangwon, "2023-06-11")?.code; // "51"
 * ```
 */
export function regionAsOf(region: Region, on: DateLike): RegionAsOf | undefined {
  const version = asOfVersion(region.versions, on);
  if (version === undefined) return undefined;
  const { value } = version;
  return {
    id: region.id,
    validFrom: version.validFrom,
    ...(version.validTo === undefined ? {} : { validTo: version.validTo }),
    code: value.code,
    ...(value.iso === undefined ? {} : { iso: value.iso }),
    name: value.name,
    shortName: value.shortName,
    ...(value.alternativeNames === undefined ? {} : { alternativeNames: value.alternativeNames }),
    kind: value.kind,
    source: region.source,
    ...(region.confidence === undefined ? {} : { confidence: region.confidence }),
  };
}

/**
 * Finds the region that carries a 법정동 prefix on a date (`"42"` finds 강원도 until 2023-06-10 and nothing
 * after; `"51"` finds 강원특별자치도 from 2023-06-11). A string that was never a 시·도 prefix throws a
 * `VALIDATION` error, since it is bad input rather than a date question.
 *
 * @param regions - the region records to search
 * @param code - a 2-digit 법정동 prefix
 * @param on - the date to read at
 * @category Entities
 * @example
 * ```ts
 * import { findRegionByCode } from "technopark";
 * import { regions } from "technopark/data";
 * findRegionByCode(regions, "45", "2024-01-17")?.name.ko; // "전라북도"
 * findRegionByCode(regions, "45", "2024-01-18"); // undefined
 * ```
 */
export function findRegionByCode(regions: readonly Region[], code: string, on: DateLike): RegionAsOf | undefined {
  if (!(REGION_CODES as readonly string[]).includes(code)) {
    throw new ValidationError(
      `code: expected a 법정동 시·도 code (one of ${REGION_CODES.map((c) => `"${c}"`).join(", ")}), received ${describeValue(code)}`,
      { path: ["code"], issues: [{ path: ["code"], expected: "a 법정동 시·도 code", received: describeValue(code), message: "unknown region code" }] },
    );
  }
  for (const region of regions) {
    const current = regionAsOf(region, on);
    if (current !== undefined && current.code === code) return current;
  }
  return undefined;
}

/**
 * Finds the region known by a name on a date: its full or short Korean name, its full or short English name
 * (ignoring case) or one of its alternative names, as in force on that date (`"강원도"` finds nothing after
 * 2023-06-10).
 *
 * @param regions - the region records to search
 * @param name - a Korean or English name
 * @param on - the date to read at
 * @category Entities
 * @example
 * ```ts
 * import { findRegionByName } from "technopark";
 * import { regions } from "technopark/data";
 * findRegionByName(regions, "강원특별자치도", "2024-01-01")?.code; // "51"
 * findRegionByName(regions, "jeju", "2024-01-01")?.iso; // "KR-49"
 * ```
 */
export function findRegionByName(regions: readonly Region[], name: string, on: DateLike): RegionAsOf | undefined {
  const wanted = name.trim();
  const wantedLower = wanted.toLowerCase();
  for (const region of regions) {
    const current = regionAsOf(region, on);
    if (current === undefined) continue;
    const korean = [current.name.ko, current.shortName.ko, ...(current.alternativeNames ?? [])];
    const english = [current.name.en, current.shortName.en].map((text) => text.toLowerCase());
    if (korean.includes(wanted) || english.includes(wantedLower)) return current;
  }
  return undefined;
}
