import { asOf, type Versioned } from "../time/versioned.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { periodOf, type PeriodGranularity } from "../time/period.js";
import type { DimensionValue, NamedDimension } from "./rollup-spec.js";

/**
 * A rollup dimension giving each record's fiscal year (the calendar year in Asia/Seoul,
 * 국가재정법 제2조) from one of its dates. A record without a date goes to the `undefined` group.
 *
 * @param name - the output column name, e.g. `"year"`
 * @param dateOf - the record's date (`YYYY-MM-DD` or `Date`), or `undefined`
 * @category Rollups
 * @example
 * ```ts
 * import { rollup, byFiscalYear } from "technopark";
 * const deals = [{ signedOn: "2023-10-19" }, { signedOn: "2024-03-02" }];
 * rollup(deals, { by: [byFiscalYear("year", (d) => d.signedOn)], measures: { deals: { count: true } } });
 * // [{ year: 2023, deals: 1 }, { year: 2024, deals: 1 }]
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function byFiscalYear<R, const N extends string, T extends DateLike | undefined>(
  name: N,
  dateOf: (record: R) => T,
): NamedDimension<R, N, undefined extends T ? number | undefined : number> {
  const path = [name];
  return {
    name,
    key: (record) => {
      const date = dateOf(record);
      return (date === undefined ? undefined : Number(toIsoDate(date, path).slice(0, 4))) as undefined extends T ? number | undefined : number;
    },
  };
}

/**
 * A rollup dimension giving the reporting period (`"2024"`, `"2024-H2"`, `"2024-Q3"`, `"2024-07"`) that
 * one of the record's dates falls in. Labels sort chronologically in the rollup's output.
 *
 * @param name - the output column name, e.g. `"quarter"`
 * @param dateOf - the record's date, or `undefined`
 * @param granularity - `"year"`, `"half"`, `"quarter"` or `"month"`
 * @category Rollups
 * @example
 * ```ts
 * import { rollup, byPeriod } from "technopark";
 * const deals = [{ signedOn: "2023-10-19" }, { signedOn: "2023-11-02" }];
 * rollup(deals, { by: [byPeriod("quarter", (d) => d.signedOn, "quarter")], measures: { deals: { count: true } } });
 * // [{ quarter: "2023-Q4", deals: 2 }]
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function byPeriod<R, const N extends string, T extends DateLike | undefined>(
  name: N,
  dateOf: (record: R) => T,
  granularity: PeriodGranularity,
): NamedDimension<R, N, undefined extends T ? string | undefined : string> {
  periodOf("2000-01-01", granularity); // validates the granularity once, up front
  return {
    name,
    key: (record) => {
      const date = dateOf(record);
      return (date === undefined ? undefined : periodOf(date, granularity)) as undefined extends T ? string | undefined : string;
    },
  };
}

/**
 * A rollup dimension reading an effective-dated value of each record as of a date: the region a
 * technopark belonged to on the reporting date, an alliance membership, a programme's rule version.
 * `on` is one date for all records or each record's own date; records with nothing in force (or no
 * history) go to the `undefined` group.
 *
 * @param name - the output column name, e.g. `"region"`
 * @param versionsOf - the record's version history (see {@link asOf})
 * @param on - the date to read at, or a function giving each record's date
 * @category Rollups
 * @example
 * ```ts
 * import { rollup, byAsOf } from "technopark";
 * const parks = [
 *   { id: "gwtp", region: [{ validFrom: "1946-01-01", validTo: "2023-06-11", value: "42" }, { validFrom: "2023-06-11", value: "51" }] },
 * ];
 * rollup(parks, { by: [byAsOf("regionCode", (p) => p.region, "2022-12-31")], measures: { parks: { count: true } } });
 * // [{ regionCode: "42", parks: 1 }]
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function byAsOf<R, const N extends string, V extends DimensionValue>(
  name: N,
  versionsOf: (record: R) => readonly Versioned<V>[] | undefined,
  on: DateLike | ((record: R) => DateLike),
): NamedDimension<R, N, V | undefined> {
  return {
    name,
    key: (record) => {
      const versions = versionsOf(record);
      if (versions === undefined) return undefined;
      return asOf(versions, typeof on === "function" ? on(record) : on);
    },
  };
}
