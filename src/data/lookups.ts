import type { Organization, SupportProgram, Technopark } from "../entities/index.js";
import { membersAsOf, type AssociationMembers } from "../entities/membership.js";
import { findRegionByCode, findRegionByName, regionAsOf, type RegionAsOf } from "../entities/region-lookup.js";
import { invalidValue } from "../errors/invalid-value.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { asOf } from "../time/versioned.js";
import { association } from "./association.js";
import { organizations } from "./organizations.js";
import { programs } from "./programs.js";
import { regions } from "./regions.js";
import { sigunguRegionIds } from "./sigungu-names.js";
import { technoparks } from "./technoparks.js";

/**
 * The 시·도 that carries a 법정동 prefix on a date, from the reference {@link regions}. `undefined` when no region
 * carries it then (`"42"` after 2023-06-10); a string that was never a prefix throws a `VALIDATION` error.
 *
 * @param code - 2-digit 법정동 prefix
 * @param on - the date to read at
 * @category Data
 * @example
 * ```ts
 * import { regionByCode } from "technopark/data";
 * regionByCode("42", "2023-06-10")?.name.ko; // "강원도"
 * regionByCode("51", "2023-06-11")?.name.ko; // "강원특별자치도"
 * regionByCode("50", "2024-01-01")?.iso; // "KR-49" (Jeju)
 * ```
 */
export function regionByCode(code: string, on: DateLike): RegionAsOf | undefined {
  return findRegionByCode(regions, code, on);
}

/**
 * The 시·도 known by a Korean or English, full or short name on a date, from the reference {@link regions}.
 *
 * @param name - e.g. `"전북특별자치도"`, `"전북"`, `"Jeonbuk State"`
 * @param on - the date to read at
 * @category Data
 * @example
 * ```ts
 * import { regionByName } from "technopark/data";
 * regionByName("전라북도", "2024-01-17")?.code; // "45"
 * regionByName("전라북도", "2024-01-18"); // undefined
 * regionByName("세종", "2024-01-18")?.iso; // "KR-50"
 * ```
 */
export function regionByName(name: string, on: DateLike): RegionAsOf | undefined {
  return findRegionByName(regions, name, on);
}

/**
 * The 시·도 a 시·군·구 lies in on a date, when its name names exactly one: `"영천시"` → 경상북도, `"춘천시"` →
 * 강원도 (42) until 2023-06-10 and 강원특별자치도 (51) from 2023-06-11, `"군위군"` → 경상북도 until 2023-06-30
 * and 대구광역시 from 2023-07-01. A name several 시·도 share (`"중구"`, `"동구"`, `"강서구"`, `"고성군"`) or one
 * that is not a 자치 시·군·구 on that date gives `undefined`: it is never guessed.
 * Use it to fill in a company's `location.regionCode` from its 시·군·구 alone.
 *
 * @param name - the 시·군·구 name as written in Korean, e.g. `"영천시"`
 * @param on - the date to read at
 * @category Data
 * @example
 * ```ts
 * import { regionBySigungu } from "technopark/data";
 * regionBySigungu("영천시", "2024-05-01")?.code; // "47"
 * regionBySigungu("춘천시", "2023-06-10")?.code; // "42"
 * regionBySigungu("춘천시", "2023-06-11")?.code; // "51"
 * regionBySigungu("군위군", "2023-07-01")?.code; // "27"
 * regionBySigungu("중구", "2024-05-01"); // undefined
 * ```
 */
export function regionBySigungu(name: string, on: DateLike): RegionAsOf | undefined {
  const candidates = sigunguRegionsAsOf(name, on);
  return candidates.length === 1 ? candidates[0] : undefined;
}

/**
 * Every 시·도 that has a 자치 시·군·구 of this name on a date (several for 중구); a region merged away by then
 * is replaced by its successor (광주광역시 → 전남광주통합특별시 from 2026-07-01).
 * @internal
 */
export function sigunguRegionsAsOf(name: string, on: DateLike): RegionAsOf[] {
  if (typeof name !== "string") throw invalidValue(["name"], "a 시·군·구 name (string)", name);
  const day = toIsoDate(on, ["on"]);
  const found: RegionAsOf[] = [];
  for (const id of sigunguRegionIds(name.trim(), day)) {
    const region = regions.find((candidate) => candidate.id === id);
    let inForce = region === undefined ? undefined : regionAsOf(region, day);
    if (inForce === undefined && region?.successorIds?.length === 1) {
      const successor = regions.find((candidate) => candidate.id === region.successorIds![0]);
      inForce = successor === undefined ? undefined : regionAsOf(successor, day);
    }
    if (inForce !== undefined && !found.some((known) => known.id === inForce.id)) found.push(inForce);
  }
  return found;
}

/**
 * The technopark with an id (`"gyeonggi-daejin"`), or `undefined`.
 *
 * @param id - a technopark id
 * @category Data
 * @example
 * ```ts
 * import { technoparkById } from "technopark/data";
 * technoparkById("sejong")?.designatedOn; // "2018-11-28"
 * ```
 */
export function technoparkById(id: string): Technopark | undefined {
  return technoparks.find((technopark) => technopark.id === id);
}

/**
 * Any organization in the reference data by id (technoparks, the association, universities, districts,
 * agencies, cities, companies, foreign partners…), or `undefined`.
 *
 * @param id - an organization id
 * @category Data
 * @example
 * ```ts
 * import { organizationById } from "technopark/data";
 * organizationById("kicox")?.kind; // "support-agency"
 * ```
 */
export function organizationById(id: string): Organization | undefined {
  return organizations.find((organization) => organization.id === id);
}

/**
 * The support programme with an id, or `undefined`.
 *
 * @param id - a programme id, e.g. `"yeongcheon-innovative-technology"`
 * @category Data
 * @example
 * ```ts
 * import { programById } from "technopark/data";
 * programById("yeongcheon-high-value-conversion")?.operatorId; // "gyeongbuk"
 * ```
 */
export function programById(id: string): SupportProgram | undefined {
  return programs.find((program) => program.id === id);
}

/**
 * The members of the Korea Technopark Association on a date: `known` for certain, `unknown` where no source
 * dates the joining precisely enough to say (never guessed). On 2004-12-31: 12 known (the six founders of 1998,
 * the four of 2003, Ulsan and Gyeongnam of 2004) and 2 unknown (Busan and Pohang, founded 2000, joining undated);
 * Daejeon (founded 2005), Jeju (2010) and Sejong (2018) cannot have been members yet.
 *
 * @param on - the date to judge at
 * @category Data
 * @example
 * ```ts
 * import { associationMembersAsOf } from "technopark/data";
 * const { known, unknown } = associationMembersAsOf("2004-12-31");
 * known.length + unknown.length; // 14
 * associationMembersAsOf("2020-09-21").known.length; // 19
 * ```
 */
export function associationMembersAsOf(on: DateLike): AssociationMembers {
  return membersAsOf(association, on);
}

/**
 * One region's technoparks on a date, as grouped by {@link technoparksByRegion}.
 *
 * @category Data
 * @example
 * ```ts
 * import { technoparksByRegion, type RegionTechnoparks } from "technopark/data";
 * const gyeongbuk: RegionTechnoparks | undefined = technoparksByRegion("2026-11-25").find((g) => g.region.code === "47");
 * gyeongbuk?.technoparks.map((tp) => tp.id); // ["gyeongbuk", "pohang"]
 * ```
 */
export interface RegionTechnoparks {
  /** The region as it stood on the date. */
  readonly region: RegionAsOf;
  /** Its technoparks, in the order of {@link technoparks}. */
  readonly technoparks: readonly Technopark[];
}

/**
 * The technoparks that existed on a date (founded in or before its year, and designated by then where the
 * designation is dated), grouped by the 시·도 they were in on that date, in 법정동 code order. On 2026-11-25
 * Gwangju TP and Jeonnam TP share 전남광주통합특별시 (code 12, unconfirmed); on 2020-01-01 they are in 광주광역시
 * (29) and 전라남도 (46).
 *
 * @param on - the date to read at
 * @category Data
 * @example
 * ```ts
 * import { technoparksByRegion } from "technopark/data";
 * for (const { region, technoparks } of technoparksByRegion("2026-11-25")) {
 *   console.log(`${region.code} ${region.name.ko}: ${technoparks.map((tp) => tp.name.ko).join(", ")}`);
 * }
 * ```
 */
export function technoparksByRegion(on: DateLike): RegionTechnoparks[] {
  const day = toIsoDate(on, ["on"]);
  const year = Number(day.slice(0, 4));
  const groups = new Map<string, { region: RegionAsOf; technoparks: Technopark[] }>();
  for (const technopark of technoparks) {
    if (technopark.founded > year || (technopark.designatedOn !== undefined && technopark.designatedOn > day)) continue;
    const code = asOf(technopark.regionCodes, day);
    const region = code === undefined ? undefined : findRegionByCode(regions, code, day);
    if (region === undefined) continue;
    const group = groups.get(region.id) ?? { region, technoparks: [] };
    group.technoparks.push(technopark);
    groups.set(region.id, group);
  }
  return [...groups.values()].sort((a, b) => Number(a.region.code) - Number(b.region.code));
}
