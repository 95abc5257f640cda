import type { FxRate, Money } from "../money/index.js";
import type { DateLike } from "../time/iso-date.js";

/**
 * A value a rollup can group by: a string, a number, a boolean, or `undefined` for "missing"
 * (grouped together and sorted last).
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { DimensionValue } from "technopark";
 * const year: DimensionValue = 2023;
 * ```
 */
export type DimensionValue = string | number | boolean | undefined;

/**
 * The keys of a record type whose values can be grouped by directly (`"technoparkId"`, `"stage"`).
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { DimensionKey } from "technopark";
 * type Keys = DimensionKey<{ id: string; year: number; tags: string[] }>; // "id" | "year"
 * ```
 */
export type DimensionKey<R> = { [K in keyof R & string]-?: R[K] extends DimensionValue ? K : never }[keyof R & string];

/**
 * A computed dimension: a column `name` and a function giving each record's value for it
 * (a nested field, a fiscal year, a region as of a date). See {@link byFiscalYear}, {@link byPeriod}
 * and {@link byAsOf} for ready-made ones.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { NamedDimension } from "technopark";
 * const country: NamedDimension<{ counterparty: { country: string } }, "country", string> = {
 *   name: "country",
 *   key: (deal) => deal.counterparty.country,
 * };
 * ```
 */
export interface NamedDimension<R, N extends string = string, V extends DimensionValue = DimensionValue> {
  /** The column name in the output rows. */
  readonly name: N;
  /** The record's value for this dimension. */
  readonly key: (record: R) => V;
}

/**
 * One dimension of a rollup: a key of the record, or a {@link NamedDimension}.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { Dimension } from "technopark";
 * type Deal = { stage: string; counterparty: { country: string } };
 * const dims: Dimension<Deal>[] = ["stage", { name: "country", key: (d) => d.counterparty.country }];
 * ```
 */
export type Dimension<R> = DimensionKey<R> | NamedDimension<R, string, DimensionValue>;

/**
 * Counts records; with a predicate, counts the records it accepts (`count: (d) => d.stage === "contract"`).
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { CountMeasure } from "technopark";
 * const deals: CountMeasure<unknown> = { count: true };
 * ```
 */
export interface CountMeasure<R> {
  /** `true` to count every record, or a predicate selecting the records to count. */
  readonly count: true | ((record: R) => boolean);
}

/**
 * Adds up a number per record (compensated summation); `undefined` values are skipped; an empty sum is 0.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { SumMeasure } from "technopark";
 * const staff: SumMeasure<{ employees: number }> = { sum: (c) => c.employees };
 * ```
 */
export interface SumMeasure<R> {
  /** The number to add for a record, or `undefined` to skip it. */
  readonly sum: (record: R) => number | undefined;
}

/**
 * Arithmetic mean of a number per record; `undefined` values are skipped (the mean is `undefined` when none is left).
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { MeanMeasure } from "technopark";
 * const averageStaff: MeanMeasure<{ employees: number }> = { mean: (c) => c.employees };
 * ```
 */
export interface MeanMeasure<R> {
  /** The number to average for a record, or `undefined` to skip it. */
  readonly mean: (record: R) => number | undefined;
}

/**
 * Smallest number per group; `undefined` values are skipped.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { MinMeasure } from "technopark";
 * const smallest: MinMeasure<{ employees: number }> = { min: (c) => c.employees };
 * ```
 */
export interface MinMeasure<R> {
  /** The number to compare for a record, or `undefined` to skip it. */
  readonly min: (record: R) => number | undefined;
}

/**
 * Largest number per group; `undefined` values are skipped.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { MaxMeasure } from "technopark";
 * const largest: MaxMeasure<{ employees: number }> = { max: (c) => c.employees };
 * ```
 */
export interface MaxMeasure<R> {
  /** The number to compare for a record, or `undefined` to skip it. */
  readonly max: (record: R) => number | undefined;
}

/**
 * Exact sum of a {@link Money} per record, in one currency for the whole column. Without `currency` the
 * first amount's currency is used; an amount in another currency throws `CURRENCY_MISMATCH`, unless
 * `convert` gives a dated rate table (each amount is then converted with `convertMoney`, rounded half-even
 * to the target's minor digits, before it is added). `undefined` values are skipped.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { SumMoneyMeasure, Money } from "technopark";
 * const value: SumMoneyMeasure<{ value: Money }> = { sumMoney: (d) => d.value, currency: "USD" };
 * ```
 */
export interface SumMoneyMeasure<R> {
  /** The amount to add for a record, or `undefined` to skip it. */
  readonly sumMoney: (record: R) => Money | undefined;
  /** The currency of the column (required with `convert`; gives a zero total to groups with no amount). */
  readonly currency?: string;
  /** Converts amounts in other currencies into `currency` with a dated rate table. */
  readonly convert?: {
    /** The rate table, e.g. the Bank of Korea's closing rates. */
    readonly rates: readonly FxRate[];
    /** The date whose rate applies: one date for all, or the record's own date. */
    readonly asOf: DateLike | ((record: R) => DateLike);
  };
}

/**
 * Number of distinct values per group (`undefined` is not counted), e.g. buyer countries per exporter.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { DistinctMeasure } from "technopark";
 * const countries: DistinctMeasure<{ country: string }> = { distinct: (d) => d.country };
 * ```
 */
export interface DistinctMeasure<R> {
  /** The value to count once per group, or `undefined` to skip the record. */
  readonly distinct: (record: R) => string | number | boolean | undefined;
}

/**
 * One measure of a rollup: exactly one of `count`, `sum`, `mean`, `min`, `max`, `sumMoney`, `distinct`.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { MeasureSpec, Money } from "technopark";
 * type Deal = { value: Money; employees: number };
 * const measures: Record<string, MeasureSpec<Deal>> = {
 *   deals: { count: true },
 *   value: { sumMoney: (d) => d.value },
 *   staff: { mean: (d) => d.employees },
 * };
 * ```
 */
export type MeasureSpec<R> =
  | CountMeasure<R>
  | SumMeasure<R>
  | MeanMeasure<R>
  | MinMeasure<R>
  | MaxMeasure<R>
  | SumMoneyMeasure<R>
  | DistinctMeasure<R>;

/**
 * The output type of one measure: `number` for counts, sums and distinct counts; `Money` for money sums
 * (`Money | undefined` when amounts may be missing and no `currency` is set); `number` for mean/min/max
 * (`| undefined` when values may be missing).
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { MeasureOutput, Money } from "technopark";
 * type A = MeasureOutput<{ count: true }>; // number
 * type B = MeasureOutput<{ sumMoney: (r: unknown) => Money }>; // Money
 * ```
 */
export type MeasureOutput<S> = S extends CountMeasure<never>
  ? number
  : S extends DistinctMeasure<never>
    ? number
    : S extends SumMeasure<never>
      ? number
      : S extends SumMoneyMeasure<never>
        ? undefined extends ReturnType<S["sumMoney"]>
          ? S extends Required<Pick<SumMoneyMeasure<never>, "currency">>
            ? Money
            : Money | undefined
          : Money
        : S extends MeanMeasure<never>
          ? undefined extends ReturnType<S["mean"]> ? number | undefined : number
          : S extends MinMeasure<never>
            ? undefined extends ReturnType<S["min"]> ? number | undefined : number
            : S extends MaxMeasure<never>
              ? undefined extends ReturnType<S["max"]> ? number | undefined : number
              : never;

/**
 * The dimension columns of a rollup row: each key dimension typed as the record's field, each
 * {@link NamedDimension} typed as its key's return type.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { DimensionColumns, NamedDimension } from "technopark";
 * type Deal = { stage: "contract" | "consultation"; date: string };
 * type Columns = DimensionColumns<Deal, readonly ["stage", NamedDimension<Deal, "year", number>]>; // { stage: "contract" | "consultation"; year: number }
 * ```
 */
export type DimensionColumns<R, D extends readonly unknown[]> = {
  [E in D[number] as E extends string ? E : E extends NamedDimension<never, infer N, DimensionValue> ? N : never]: E extends keyof R
    ? R[E]
    : E extends NamedDimension<never, string, infer V>
      ? V
      : never;
};

/**
 * The measure columns of a rollup row: each named measure typed by {@link MeasureOutput}.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { MeasureColumns, Money } from "technopark";
 * type Columns = MeasureColumns<{ deals: { count: true }; value: { sumMoney: (r: unknown) => Money } }>; // { deals: number; value: Money }
 * ```
 */
export type MeasureColumns<M> = { -readonly [K in keyof M]: MeasureOutput<M[K]> };

/**
 * One output row of {@link rollup}: the dimension columns (in `by` order) then the measure columns,
 * typed from the options.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { RollupRow } from "technopark";
 * type Row = RollupRow<{ stage: string }, readonly ["stage"], { deals: { count: true } }>; // { stage: string; deals: number }
 * ```
 */
export type RollupRow<R, D extends readonly unknown[], M> = {
  [K in keyof (DimensionColumns<R, D> & MeasureColumns<M>)]: (DimensionColumns<R, D> & MeasureColumns<M>)[K];
};

/**
 * Options of {@link rollup}: the dimensions to group by and the named measures to compute per group.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { RollupOptions, Money } from "technopark";
 * type Deal = { stage: string; value: Money };
 * const options: RollupOptions<Deal, readonly ["stage"], { value: { sumMoney: (d: Deal) => Money } }> = {
 *   by: ["stage"],
 *   measures: { value: { sumMoney: (d) => d.value } },
 * };
 * ```
 */
export interface RollupOptions<R, D extends readonly Dimension<R>[], M extends Readonly<Record<string, MeasureSpec<R>>>> {
  /** The dimensions, outermost first; `[]` gives one grand-total row. */
  readonly by: D;
  /** The measures, by output column name. */
  readonly measures: M;
}
