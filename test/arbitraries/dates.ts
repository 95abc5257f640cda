// The shared fast-check arbitraries for calendar dates (issue 17): ISO dates that include 29 February and the
// days around month and year ends, and date pairs biased to an anniversary −1, 0 or +1 day, where full-year
// counts (만 나이, years since founding) change. Used by the time and statute property suites.
import fc from "fast-check";

const DAY_MS = 86_400_000;

/** `YYYY-MM-DD` of a UTC calendar day. */
const isoOfUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Whether a Gregorian year has 29 February. */
export const isLeapYear = (year: number): boolean => year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** The day `days` after an ISO date (negative: before). */
export function addDays(iso: string, days: number): string {
  return isoOfUtc(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS);
}

/**
 * The n-th anniversary of `start` as the Civil Act counts it (민법 제160조): the same month and day n years
 * later, and for a 29 February start in a common year the day after 28 February, 1 March.
 */
export function anniversary(start: string, n: number): string {
  const year = Number(start.slice(0, 4)) + n;
  const monthDay = start.slice(5) === "02-29" && !isLeapYear(year) ? "03-01" : start.slice(5);
  return `${String(year).padStart(4, "0")}-${monthDay}`;
}

/**
 * An ISO date between `minYear` and `maxYear`: any day, or (one time in two) a day the calendar makes special —
 * 29 February of a leap year, 28 February and 1 March, 31 December and 1 January.
 */
export function isoDate(minYear = 1900, maxYear = 2100): fc.Arbitrary<string> {
  const first = Date.UTC(minYear, 0, 1) / DAY_MS;
  const last = Date.UTC(maxYear, 11, 31) / DAY_MS;
  const anyDay = fc.integer({ min: first, max: last }).map((day) => isoOfUtc(day * DAY_MS));
  const year = fc.integer({ min: minYear, max: maxYear });
  const leapYear = year.map((y) => y - (y % 4)).filter((y) => y >= minYear && isLeapYear(y));
  const special = fc.oneof(
    leapYear.map((y) => `${y}-02-29`),
    fc.tuple(year, fc.constantFrom("02-28", "03-01", "12-31", "01-01")).map(([y, md]) => `${y}-${md}`),
  );
  return fc.oneof(anyDay, special);
}

/**
 * A `[from, to]` pair where `to` is the n-th anniversary of `from` (n drawn from `years`) shifted by −1, 0 or +1
 * day: the three days on which a full-year count is about to change, changes, and has changed.
 */
export function nearAnniversary(years: fc.Arbitrary<number>, minYear = 1900, maxYear = 2060): fc.Arbitrary<readonly [string, string]> {
  return fc
    .tuple(isoDate(minYear, maxYear), years, fc.constantFrom(-1, 0, 1))
    .map(([from, n, shift]) => [from, addDays(anniversary(from, n), shift)] as const);
}

/**
 * A `[from, to]` pair with `from <= to`: one time in four any two dates, otherwise an anniversary −1/0/+1 day
 * ({@link nearAnniversary}, n from 0 to `maxYears`).
 */
export function datePairNearAnniversary(maxYears = 40, minYear = 1900, maxYear = 2060): fc.Arbitrary<readonly [string, string]> {
  const near = nearAnniversary(fc.integer({ min: 0, max: maxYears }), minYear, maxYear);
  const any = fc.tuple(isoDate(minYear, maxYear), isoDate(minYear, maxYear));
  return fc.oneof({ weight: 3, arbitrary: near }, { weight: 1, arbitrary: any }).map(([a, b]) => (a <= b ? ([a, b] as const) : ([b, a] as const)));
}

/** Full years from `from` to `to` (`from <= to`) by counting anniversaries one by one: the oracle for fullYearsBetween. */
export function countAnniversaries(from: string, to: string): number {
  let n = 0;
  while (anniversary(from, n + 1) <= to) n++;
  return n;
}
