/**
 * `technopark`: typed entities, explainable eligibility rules, exact money rollups and Korean statutory
 * computations for Korea's regional innovation-support ecosystem (테크노파크).
 *
 * This entry point computes; it does not load zod. The zod schemas of the entities (and their types) are in
 * `technopark/schemas`, the sourced reference records in `technopark/data`.
 *
 * @module technopark
 * @packageDocumentation
 */
export * from "./errors/index.js";
export * from "./money/index.js";
export * from "./time/index.js";
export { regionAsOf, findRegionByCode, findRegionByName, type RegionAsOf } from "./entities/region-lookup.js";
export { membershipStatus, membersAsOf, type AssociationMembers } from "./entities/membership.js";
export { isPartialDate, partialDateBounds, type DateBounds } from "./entities/partial-date-bounds.js";
export { REGION_CODES } from "./entities/region-codes.js";
export * from "./statutes/index.js";
export * from "./eligibility/index.js";
export * from "./audit/index.js";
export * from "./rollups/index.js";
export * from "./catalogue/index.js";
