import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { asOfVersion } from "../time/versioned.js";
import type { BilingualText } from "./bilingual.js";
import type { RegionCode } from "./codes.js";
import { REGION_CODES } from "./region-codes.js";
import type { Region, RegionKind } from "./region.js";
import { assertRecord, invalidValue } from "../errors/invalid-value.js";

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
  assertRecord(region, ["region"], "a Region record");
  const version = asOfVersion(region.versions, on);
  return version === undefined ? undefined : flatten(region, version);
}

function flatten(region: Region, version: Region["versions"][number]): RegionAsOf {
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
  const day = toIsoDate(on, ["on"]);
  for (const region of regions) {
    const version = asOfVersion(region.versions, day);
    if (version !== undefined && version.value.code === code) return flatten(region, version);
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
  if (typeof name !== "string") throw invalidValue(["name"], "a region name (string)", name);
  const wanted = name.trim();
  const wantedLower = wanted.toLowerCase();
  const day = toIsoDate(on, ["on"]);
  for (const region of regions) {
    const version = asOfVersion(region.versions, day);
    if (version === undefined) continue;
    const { name: full, shortName, alternativeNames = [] } = version.value;
    const korean = full.ko === wanted || shortName.ko === wanted || alternativeNames.includes(wanted);
    const english = full.en.toLowerCase() === wantedLower || shortName.en.toLowerCase() === wantedLower;
    if (korean || english) return flatten(region, version);
  }
  return undefined;
}
