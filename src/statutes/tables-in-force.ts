import { asOfVersion, type VersionSpan } from "../time/versioned.js";
import { CLASSIFY_SME_CITATION, type Citation } from "./citation.js";
import { microThresholds } from "./micro-enterprise.js";
import { smeSizeTables } from "./sme-size-tables.js";
import { stageBands, youthAgeLimits } from "./startup.js";

/**
 * The effective-dated statute tables derived facts read, by id: the SME size tables (별표1·별표3), the
 * 소상공인 thresholds, the start-up stage bands and the youth age limit.
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { StatuteTableId } from "technopark";
 * const id: StatuteTableId = "sme-size";
 * ```
 */
export type StatuteTableId = "sme-size" | "micro-enterprise" | "startup-stage" | "youth-age";

const TABLES: Readonly<Record<StatuteTableId, readonly VersionSpan[]>> = /* @__PURE__ */ Object.freeze({
  "sme-size": smeSizeTables,
  "micro-enterprise": microThresholds,
  "startup-stage": stageBands,
  "youth-age": youthAgeLimits,
});

/**
 * The `validFrom` of the version of a statute table in force on a day (`YYYY-MM-DD`), or `undefined` when
 * none is: what a trace and a stamp record so that a decision names the exact table it used.
 *
 * @param table - the table's id
 * @param day - an ISO date
 * @category Statutes
 * @example
 * ```ts
 * import { statuteTableVersion } from "technopark";
 * statuteTableVersion("sme-size", "2025-08-31"); // "2016-01-01"
 * statuteTableVersion("sme-size", "2025-09-01"); // "2025-09-01"
 * ```
 */
export function statuteTableVersion(table: StatuteTableId, day: string): string | undefined {
  return asOfVersion(TABLES[table], day)?.validFrom;
}

/**
 * The citation of the SME size table in force on a day (the amended decree from 2025-09-01, the earlier
 * table before), so that a trace cites the version it applied.
 * @internal
 */
export function smeCitationOn(day: string | undefined): Citation {
  return (day === undefined ? undefined : asOfVersion(smeSizeTables, day)?.value.citation) ?? CLASSIFY_SME_CITATION;
}
