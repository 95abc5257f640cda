import type { FieldPath } from "../errors/technopark-error.js";
import { currencies, type Currency } from "../money/currencies.js";
import { convertMoney } from "../money/index.js";
import { currencyMismatch, moneyFromUnits, normalize, parseMinorUnits, parseMinorUnitsFast } from "../money/minor-units.js";
import { recordError } from "./errors.js";
import { invalidValue } from "../errors/invalid-value.js";
import type { SumMoneyMeasure } from "./rollup-spec.js";

/**
 * A measure compiled for the one-pass loop: a state per group, an update per record, a final value.
 * @internal
 */
export interface CompiledMeasure<R> {
  readonly name: string;
  create(): unknown;
  add(state: unknown, record: R, index: number): void;
  finish(state: unknown): unknown;
}

const MEASURE_KINDS = ["count", "sum", "mean", "min", "max", "sumMoney", "distinct"] as const;
const EXTRA_KEYS: Readonly<Record<string, readonly string[]>> = { sumMoney: ["currency", "convert"] };

/**
 * Checks the `measures` option and compiles each named spec; names must not repeat a dimension's.
 * @internal
 */
export function compileMeasures<R>(specs: unknown, dimensionNames: readonly string[]): CompiledMeasure<R>[] {
  if (specs === null || typeof specs !== "object" || Array.isArray(specs)) {
    throw invalidValue(["options", "measures"], "an object of named measures, e.g. { deals: { count: true } }", specs);
  }
  return Object.entries(specs).map(([name, spec]) => {
    const path = ["options", "measures", name];
    if (dimensionNames.includes(name)) throw invalidValue(path, "a measure name not used by a dimension", name);
    if (spec === null || typeof spec !== "object") throw invalidValue(path, `one of ${MEASURE_KINDS.map((k) => `{ ${k} }`).join(", ")}`, spec);
    const kinds = MEASURE_KINDS.filter((kind) => Object.hasOwn(spec, kind));
    if (kinds.length !== 1) {
      throw invalidValue(path, `exactly one of ${MEASURE_KINDS.join(", ")}`, kinds.length === 0 ? spec : `${kinds.join(" and ")} together`);
    }
    const kind = kinds[0]!;
    const allowed = EXTRA_KEYS[kind] ?? [];
    for (const key of Object.keys(spec)) {
      if (key !== kind && !allowed.includes(key)) throw invalidValue([...path, key], `no other option for a ${kind} measure`, (spec as Record<string, unknown>)[key]);
    }
    const accessor = (spec as Record<string, unknown>)[kind];
    if (kind === "count" && accessor === true) return countAll<R>(name);
    if (typeof accessor !== "function") throw invalidValue([...path, kind], kind === "count" ? "true or a predicate (record) => boolean" : "a function (record) => value", accessor);
    switch (kind) {
      case "count":
        return countWhere<R>(name, accessor as (record: R) => boolean);
      case "sum":
        return sumNumbers<R>(name, accessor as (record: R) => number | undefined, false);
      case "mean":
        return sumNumbers<R>(name, accessor as (record: R) => number | undefined, true);
      case "min":
        return extreme<R>(name, accessor as (record: R) => number | undefined, -1);
      case "max":
        return extreme<R>(name, accessor as (record: R) => number | undefined, 1);
      case "distinct":
        return distinct<R>(name, accessor as (record: R) => unknown);
      case "sumMoney":
        return sumMoneyMeasure<R>(name, spec as SumMoneyMeasure<R>, path);
    }
  });
}

/** A one-field counter state. */
interface Counter {
  n: number;
}

function countAll<R>(name: string): CompiledMeasure<R> {
  return {
    name,
    create: (): Counter => ({ n: 0 }),
    add: (state) => {
      (state as Counter).n++;
    },
    finish: (state) => (state as Counter).n,
  };
}

function countWhere<R>(name: string, predicate: (record: R) => boolean): CompiledMeasure<R> {
  return {
    name,
    create: (): Counter => ({ n: 0 }),
    add: (state, record, index) => {
      const accepted = predicate(record);
      if (accepted === true) (state as Counter).n++;
      else if (accepted !== false) throw recordError(index, `measure "${name}"`, "the count predicate to return true or false", accepted);
    },
    finish: (state) => (state as Counter).n,
  };
}

/** Neumaier-compensated running sum. */
interface SumState {
  sum: number;
  compensation: number;
  n: number;
}

function sumNumbers<R>(name: string, accessor: (record: R) => number | undefined, mean: boolean): CompiledMeasure<R> {
  return {
    name,
    create: (): SumState => ({ sum: 0, compensation: 0, n: 0 }),
    add: (raw, record, index) => {
      const value = accessor(record);
      if (value === undefined) return;
      if (typeof value !== "number" || !Number.isFinite(value)) throw recordError(index, `measure "${name}"`, "a finite number or undefined", value);
      const state = raw as SumState;
      const next = state.sum + value;
      state.compensation += Math.abs(state.sum) >= Math.abs(value) ? state.sum - next + value : value - next + state.sum;
      state.sum = next;
      state.n++;
    },
    finish: (raw) => {
      const state = raw as SumState;
      const total = state.sum + state.compensation;
      if (!mean) return total === 0 ? 0 : total;
      return state.n === 0 ? undefined : total / state.n;
    },
  };
}

/** The running extreme. */
interface ExtremeState {
  value: number | undefined;
}

function extreme<R>(name: string, accessor: (record: R) => number | undefined, direction: 1 | -1): CompiledMeasure<R> {
  return {
    name,
    create: (): ExtremeState => ({ value: undefined }),
    add: (raw, record, index) => {
      const value = accessor(record);
      if (value === undefined) return;
      if (typeof value !== "number" || Number.isNaN(value)) throw recordError(index, `measure "${name}"`, "a number or undefined", value);
      const state = raw as ExtremeState;
      if (state.value === undefined || (direction === 1 ? value > state.value : value < state.value)) state.value = value;
    },
    finish: (raw) => (raw as ExtremeState).value,
  };
}

function distinct<R>(name: string, accessor: (record: R) => unknown): CompiledMeasure<R> {
  return {
    name,
    create: () => new Set<unknown>(),
    add: (raw, record, index) => {
      const value = accessor(record);
      if (value === undefined) return;
      if (typeof value !== "string" && !(typeof value === "number" && value === value) && typeof value !== "boolean") {
        throw recordError(index, `measure "${name}"`, "a string, number, boolean or undefined", value);
      }
      (raw as Set<unknown>).add(value);
    },
    finish: (raw) => (raw as Set<unknown>).size,
  };
}

/** Minor units of a money sum: a plain-number part (exact below 2^52) and a bigint overflow. */
interface MoneyState {
  units: number;
  big: bigint;
  seen: boolean;
}

/** Flush the plain-number accumulator into the bigint beyond this magnitude (2^52): every addition stays exact. */
const FLUSH_AT = 2 ** 52;

function sumMoneyMeasure<R>(name: string, spec: SumMoneyMeasure<R>, path: FieldPath): CompiledMeasure<R> {
  const accessor = spec.sumMoney;
  let target: Currency | undefined;
  if (spec.currency !== undefined) {
    if (typeof spec.currency !== "string" || !Object.hasOwn(currencies, spec.currency)) {
      throw invalidValue([...path, "currency"], `a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})`, spec.currency);
    }
    target = currencies[spec.currency]!;
  }
  const convert = spec.convert;
  if (convert !== undefined) {
    if (target === undefined) throw invalidValue([...path, "currency"], "a target currency when convert is given", spec.currency);
    if (convert === null || typeof convert !== "object" || !Array.isArray(convert.rates)) {
      throw invalidValue([...path, "convert"], "{ rates: FxRate[], asOf: date or (record) => date }", convert);
    }
  }
  return {
    name,
    create: (): MoneyState => ({ units: 0, big: 0n, seen: false }),
    add: (raw, record, index) => {
      let value = accessor(record);
      if (value === undefined) return;
      if (typeof value !== "object" || value === null) throw recordError(index, `measure "${name}"`, "a Money { amount, currency } or undefined", value);
      const code = value.currency;
      if (target === undefined || code !== target.code) {
        if (typeof code !== "string" || !Object.hasOwn(currencies, code)) {
          throw recordError(index, `measure "${name}" currency`, "a known ISO 4217 currency code", code);
        }
        if (target === undefined) {
          target = currencies[code]!;
        } else if (convert === undefined) {
          throw currencyMismatch(`rollup measure "${name}"`, target.code, code, ["records", index]);
        } else {
          const on = typeof convert.asOf === "function" ? convert.asOf(record) : convert.asOf;
          value = convertMoney(value, target.code, convert.rates, on);
        }
      }
      const state = raw as MoneyState;
      state.seen = true;
      const amount = value.amount;
      const fast = typeof amount === "string" ? parseMinorUnitsFast(amount, target.minorDigits) : Number.NaN;
      if (fast === fast) {
        state.units += fast;
        if (state.units >= FLUSH_AT || state.units <= -FLUSH_AT) {
          state.big += BigInt(state.units);
          state.units = 0;
        }
      } else {
        const units = typeof amount === "string" ? parseMinorUnits(amount, target.minorDigits) : undefined;
        if (units === undefined) {
          throw recordError(index, `measure "${name}" amount`, `a plain decimal string with at most ${target.minorDigits} fraction digits for ${target.code}`, amount);
        }
        state.big += BigInt(units);
      }
    },
    finish: (raw) => {
      const state = raw as MoneyState;
      if (!state.seen && spec.currency === undefined) return undefined;
      const currency = target ?? currencies[spec.currency!]!;
      return moneyFromUnits(state.big === 0n ? state.units : normalize(state.big + BigInt(state.units)), currency, `rollup measure "${name}"`);
    },
  };
}
