import { regions } from "../data/regions.js";
import { regionByName, sigunguRegionsAsOf } from "../data/lookups.js";
import { findRegionByName, regionAsOf, type RegionAsOf } from "../entities/region-lookup.js";
import { REGION_CODES } from "../entities/region-codes.js";
import { cellError, textCell, type Cell, type Lang } from "./cell-values.js";
import { companyAlias } from "./column-aliases.js";
import type { PlanContext } from "./csv-row.js";

/** Marks what a 시·도 cell was read as, until the record check unpacks it. */
const REGION_HIT = Symbol("region cell");

/** What a 시·도 cell was read as: the code in force, and the 시·군·구 when the cell was an address (`경상북도 영천시 …`). */
interface RegionHit {
  readonly [REGION_HIT]: true;
  readonly code: string;
  readonly sigungu: string | undefined;
}

function regionHit(code: string, sigungu: string | undefined): RegionHit {
  return { [REGION_HIT]: true, code, sigungu };
}

function isRegionHit(value: unknown): value is RegionHit {
  return typeof value === "object" && value !== null && REGION_HIT in value;
}

/** The region of a name at any date (강원도 in 2024), as it stands on `day`: the same region, or its one successor. */
function renamedRegion(name: string, day: string): { then: RegionAsOf; now: RegionAsOf } | undefined {
  const days = new Set(regions.flatMap((region) => region.versions.map((version) => version.validFrom)));
  for (const at of days) {
    const then = findRegionByName(regions, name, at);
    if (then === undefined) continue;
    const region = regions.find((candidate) => candidate.id === then.id)!;
    let now = regionAsOf(region, day);
    if (now === undefined && region.successorIds?.length === 1) {
      const successor = regions.find((candidate) => candidate.id === region.successorIds![0]);
      now = successor === undefined ? undefined : regionAsOf(successor, day);
    }
    if (now !== undefined) return { then, now };
  }
  return undefined;
}

/**
 * The cell conversions and the record check of `Company` rows written by people: a 시·도 by name as of the
 * date (경상북도, 경북, 경북도, 47; an address `경상북도 영천시 …` gives the 시·군·구 too; a former name such as
 * 강원도 after 2023-06-10 is read as the region's name in force, with one warning), and `regionCode` filled in
 * from a 시·군·구 that lies in exactly one 시·도 (never guessed for 중구, 동구…).
 * @internal
 */
export function companyCells(asOf: string, lang: Lang, warn: (message: string) => void): { context: Pick<PlanContext, "alias" | "fields">; finish: (record: Record<string, unknown>) => string[] } {
  const warned = new Set<string>();
  // a sheet names a handful of 시·도 a million times: each distinct text is looked up once (bounded, for hostile input)
  const seen = new Map<string, unknown>();
  const region = (cell: Cell): unknown => {
    const text = String(textCell(cell)).trim();
    const known = seen.get(text);
    if (known !== undefined) return known;
    const found = lookUp(text, cell);
    if (seen.size < 1_000) seen.set(text, found);
    return found;
  };
  const lookUp = (text: string, cell: Cell): unknown => {
    if (/^\d{1,2}$/.test(text)) {
      const code = text.padStart(2, "0");
      return (REGION_CODES as readonly string[]).includes(code) ? code : cell;
    }
    const exact = regionByName(text, asOf);
    if (exact !== undefined) return regionHit(exact.code, undefined);
    const [first, second] = text.split(/\s+/);
    const address = first === undefined || first === text ? undefined : regionByName(first, asOf);
    if (address !== undefined) return regionHit(address.code, second);
    const renamed = renamedRegion(first ?? text, asOf);
    if (renamed !== undefined) {
      if (!warned.has(text)) {
        warned.add(text);
        warn(
          lang === "ko"
            ? `"${text}"은(는) ${asOf} 기준 ${renamed.now.name.ko}(${renamed.now.code})로 읽습니다 (${renamed.now.validFrom}부터의 이름)`
            : `"${text}" is read as ${renamed.now.name.ko} (${renamed.now.code}), its name in force on ${asOf} (since ${renamed.now.validFrom})`,
        );
      }
      return regionHit(renamed.now.code, first === text ? undefined : second);
    }
    const bySigungu = sigunguRegionsAsOf(first ?? text, asOf);
    if (bySigungu.length === 1) return regionHit(bySigungu[0]!.code, first);
    throw cellError(
      lang === "ko"
        ? `${JSON.stringify(text)}은(는) ${asOf} 기준 시·도 이름이 아닙니다 (예: 경상북도, 경북, 47)`
        : `${JSON.stringify(text)} is not the name of a 시·도 on ${asOf} (e.g. 경상북도, 경북 or 47)`,
    );
  };
  const finish = (record: Record<string, unknown>): string[] => {
    const location = record["location"] as Record<string, unknown> | undefined;
    if (location === undefined) return [];
    const hit = location["regionCode"];
    if (isRegionHit(hit)) {
      location["regionCode"] = hit.code;
      if (location["sigungu"] === undefined && hit.sigungu !== undefined) location["sigungu"] = hit.sigungu;
    }
    const sigungu = location["sigungu"];
    if (location["regionCode"] !== undefined || typeof sigungu !== "string") return [];
    const name = sigungu.trim().split(/\s+/)[0] ?? "";
    const found = sigunguRegionsAsOf(name, asOf);
    if (found.length === 1) {
      location["regionCode"] = found[0]!.code;
      return [];
    }
    if (found.length === 0) return [];
    const names = found.map((candidate) => candidate.shortName.ko).join(", ");
    return [
      lang === "ko"
        ? `location.regionCode: 값이 없고, 시·군·구 "${name}"은(는) 여러 시·도(${names})에 있어 정할 수 없습니다 (시도 열을 추가하세요)`
        : `location.regionCode: missing, and the 시·군·구 "${name}" lies in ${found.length} 시·도 (${names}); add a 시도 column`,
    ];
  };
  return { context: { alias: companyAlias, fields: { "location.regionCode": region } }, finish };
}
