export { IsoDate, isIsoDate, toIsoDate, SEOUL_TIME_ZONE, type DateLike } from "./iso-date.js";
export { Versioned, VersionHistory, asOf, asOfVersion, assertVersionHistory, type VersionSpan } from "./versioned.js";
export { fullYearsBetween, fiscalYearOf } from "./full-years.js";
export {
  PeriodGranularity,
  Period,
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
