import type { Money } from "../money/money.js";
import { invalidValue } from "../errors/invalid-value.js";
import { isPeriod, periodGranularityOf, type PeriodGranularity } from "../time/period.js";
import { assertComparable, differenceRatio, isZero, readQuantity, signOf, type Quantity } from "./quantity.js";

/**
 * Growth from one value to another, `(to − from) / from`, as a plain number (1.731 = +173.1%).
 * Use it for "늘었다" comparisons in reports; with Money the subtraction and division are exact and the
 * result is rounded once. `from = 0` throws `VALIDATION` (growth from nothing is undefined); a number
 * mixed with a Money, NaN or Infinity throw `VALIDATION`; Money pairs in different currencies throw
 * `CURRENCY_MISMATCH`.
 *
 * @param from - the earlier value (a number or a Money)
 * @param to - the later value, of the same kind (and currency)
 * @category Rollups
 * @example
 * ```ts
 * import { growthRate, money } from "technopark";
 * growthRate(826, 2256); // 1.7312348668280872 (tenant companies 2007 → 2018: +173.1%)
 * growthRate(money("3520000000000", "KRW"), money("17603100000000", "KRW")); // 4.000880681818182
 * ```
 */
export function growthRate(from: number | Money, to: number | Money): number {
  const start = readQuantity(from, ["from"]);
  const end = readQuantity(to, ["to"]);
  assertComparable("growthRate", start, end, ["to"], "from");
  if (isZero(start)) throw invalidValue(["from"], "a non-zero base (growth from zero is undefined)", from);
  return differenceRatio(end, start, start);
}

/**
 * Compound annual growth rate, `(to / from)^(1 / years) − 1`: the constant yearly growth that turns `from`
 * into `to` over `years` years (0.096 = 9.6% a year). For 2007 → 2018 pass `years = 11`.
 * `years` must be finite and positive, `from` positive and `to` zero or more, else `VALIDATION`;
 * Money pairs in different currencies throw `CURRENCY_MISMATCH`.
 *
 * @param from - the value at the start (positive)
 * @param to - the value at the end (zero or more), same kind and currency as `from`
 * @param years - the number of years between them (may be fractional)
 * @category Rollups
 * @example
 * ```ts
 * import { cagr } from "technopark";
 * cagr(826, 2256, 2018 - 2007); // 0.0956… (9.6% a year)
 * cagr(100, 121, 2); // 0.09999999999999999 (10% a year, up to float rounding)
 * ```
 */
export function cagr(from: number | Money, to: number | Money, years: number): number {
  const start = readQuantity(from, ["from"]);
  const end = readQuantity(to, ["to"]);
  assertComparable("cagr", start, end, ["to"], "from");
  if (typeof years !== "number" || !Number.isFinite(years) || years <= 0) throw invalidValue(["years"], "a finite number of years greater than 0", years);
  if (signOf(start) <= 0) throw invalidValue(["from"], "a positive starting value", from);
  if (signOf(end) < 0) throw invalidValue(["to"], "an ending value of zero or more", to);
  // expm1(log1p(g) / years) keeps full precision when the growth g is small.
  const rate = Math.expm1(Math.log1p(differenceRatio(end, start, start)) / years);
  return rate === 0 ? 0 : rate;
}

/**
 * One row of a {@link yoy} series: the period, its value, the value of the same period a year earlier and
 * the growth between them.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { YoyRow } from "technopark";
 * const row: YoyRow<number> = { period: "2018", value: 2256, previous: 2100, growth: 0.0742857 };
 * ```
 */
export interface YoyRow<V extends number | Money> {
  /** The period label (`"2024"`, `"2024-Q3"`, `"2024-07"`…). */
  readonly period: string;
  /** The value in that period. */
  readonly value: V;
  /** The value of the same period one year earlier, when the series has it. */
  readonly previous: V | undefined;
  /** `(value − previous) / previous`; `undefined` when there is no previous value or it is zero. */
  readonly growth: number | undefined;
}

/**
 * Year-over-year growth of a series of `{ period, value }` points, each compared with the same period one
 * year earlier (2024-Q3 with 2023-Q3, 2024-07 with 2023-07, 2018 with 2017). Rows come back sorted by period;
 * `growth` is `undefined` where the earlier point is missing or zero. All points must share one granularity
 * (`VALIDATION` otherwise, and for a repeated or malformed period); Money values must share one currency
 * (`CURRENCY_MISMATCH`). The input is not mutated.
 *
 * @param series - the points, in any order
 * @category Rollups
 * @example
 * ```ts
 * import { yoy } from "technopark";
 * yoy([{ period: "2017", value: 2000 }, { period: "2018", value: 2256 }]);
 * // [{ period: "2017", value: 2000, previous: undefined, growth: undefined },
 * //  { period: "2018", value: 2256, previous: 2000, growth: 0.128 }]
 * ```
 */
export function yoy<V extends number | Money>(
  series: readonly { readonly period: string; readonly value: V }[],
): YoyRow<V extends number ? number : Money>[] {
  if (!Array.isArray(series)) throw invalidValue(["series"], "an array of { period, value }", series);
  const byPeriod = new Map<string, { readonly value: V; readonly index: number }>();
  let granularity: PeriodGranularity | undefined;
  let first: Quantity | undefined;
  const quantities: Quantity[] = [];
  series.forEach((point, index) => {
    if (typeof point !== "object" || point === null) throw invalidValue(["series", index], "a { period, value } object", point);
    const kind = periodKind(point.period);
    if (kind === undefined) {
      throw invalidValue(["series", index, "period"], 'a period "YYYY", "YYYY-Hn", "YYYY-Qn" or "YYYY-MM"', point.period);
    }
    if (granularity === undefined) granularity = kind;
    else if (kind !== granularity) throw invalidValue(["series", index, "period"], `a ${granularity} period like series[0].period`, point.period);
    if (byPeriod.has(point.period)) throw invalidValue(["series", index, "period"], "each period once", point.period);
    const quantity = readQuantity(point.value, ["series", index, "value"]);
    if (first === undefined) first = quantity;
    else assertComparable("yoy", first, quantity, ["series", index, "value"], "series[0].value");
    byPeriod.set(point.period, { value: point.value, index });
    quantities[index] = quantity;
  });
  const periods = [...byPeriod.keys()].sort();
  return periods.map((period) => {
    const current = byPeriod.get(period)!;
    const earlier = byPeriod.get(String(Number(period.slice(0, 4)) - 1).padStart(4, "0") + period.slice(4));
    const base = earlier === undefined ? undefined : quantities[earlier.index]!;
    const growth = base === undefined || isZero(base) ? undefined : differenceRatio(quantities[current.index]!, base, base);
    return { period, value: current.value, previous: earlier?.value, growth } as unknown as YoyRow<V extends number ? number : Money>;
  });
}

function periodKind(period: unknown): PeriodGranularity | undefined {
  return isPeriod(period) ? periodGranularityOf(period) : undefined;
}
