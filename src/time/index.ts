export { type IsoDate, isIsoDate, toIsoDate, SEOUL_TIME_ZONE, type DateLike } from "./iso-date.js";
export { type Versioned, asOf, asOfVersion, assertVersionHistory, type VersionSpan } from "./versioned.js";
export { fullYearsBetween, fiscalYearOf } from "./full-years.js";
export {
  type PeriodGranularity,
  type Period,
  isPeriod,
  periodOf,
  periodGranularityOf,
  periodBounds,
  type PeriodBounds,
  periodLastDay,
  periodContains,
  shiftPeriod,
  periodsBetween,
} from "./period.js";
