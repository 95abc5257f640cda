import { toIsoDate, type DateLike } from "./iso-date.js";

/**
 * Whole years from one date to a later one (만 나이, years since founding): an anniversary counts as
 * reached on its day, and a 29 February start reaches its anniversary on 1 March in common years
 * (민법 제158조·제160조). Negative when `to` is before `from`.
 *
 * @param from - the start (birth date, founding date)
 * @param to - the date to measure at
 * @category Time
 * @example
 * ```ts
 * import { fullYearsBetween } from "technopark";
 * fullYearsBetween("1985-03-15", "2024-03-14"); // 38
 * fullYearsBetween("1985-03-15", "2024-03-15"); // 39
 * ```
 */
export function fullYearsBetween(from: DateLike, to: DateLike): number {
  const start = toIsoDate(from, ["from"]);
  const end = toIsoDate(to, ["to"]);
  if (end < start) return 0 - fullYearsBetween(end, start); // 0 - 0 is +0, unlike -0
  const years = Number(end.slice(0, 4)) - Number(start.slice(0, 4));
  return end.slice(5) < start.slice(5) ? years - 1 : years;
}

/**
 * The fiscal year a date falls in. Korea's government fiscal year is the calendar year
 * (국가재정법 제2조), read in Asia/Seoul.
 *
 * @param on - the date
 * @category Time
 * @example
 * ```ts
 * import { fiscalYearOf } from "technopark";
 * fiscalYearOf("2023-10-19"); // 2023
 * fiscalYearOf(new Date("2023-12-31T15:30:00Z")); // 2024 (00:30 on 1 January in Seoul)
 * ```
 */
export function fiscalYearOf(on: DateLike): number {
  return Number(toIsoDate(on, ["on"]).slice(0, 4));
}
