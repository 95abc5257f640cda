export { IsoDate, isIsoDate, toIsoDate, SEOUL_TIME_ZONE, type DateLike } from "./iso-date.js";
export { Versioned, VersionHistory, asOf, asOfVersion, assertVersionHistory } from "./versioned.js";
export { fullYearsBetween, fiscalYearOf } from "./full-years.js";
