/**
 * `technopark/data`: sourced reference records — the 19 technoparks, the Korea Technopark Association, regions
 * with their dated codes, alliances, agreements, support programmes with effective-dated rules, budgets, INNO
 * WEEK 2023 deals, national statistics and investments — with pure lookups that take the date as an argument.
 * Records are frozen plain objects; every one names its `source`.
 *
 * @module technopark/data
 * @packageDocumentation
 */
export { sourceArticles, type SourceArticle } from "./sources.js";
export { regions, sigungu, seoulSouthwestDistricts } from "./regions.js";
export { technoparks } from "./technoparks.js";
export { association } from "./association.js";
export { organizations } from "./organizations.js";
export { agreements, alliances } from "./agreements.js";
export { programs, budgets } from "./programs.js";
export { events, exportDeals } from "./events.js";
export { metrics, investments } from "./statistics.js";
export {
  regionByCode,
  regionByName,
  regionBySigungu,
  technoparkById,
  organizationById,
  programById,
  associationMembersAsOf,
  technoparksByRegion,
  type RegionTechnoparks,
} from "./lookups.js";
