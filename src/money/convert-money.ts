import { formatPath } from "../errors/format.js";
import { MissingRateError, ValidationError } from "../errors/technopark-error.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { currencies } from "./currencies.js";
import { readDecimal } from "./decimal-input.js";
import { fxRateIssues, type FxRate } from "./fx-rate.js";
import { moneyFromUnits, normalize, readMoney } from "./minor-units.js";
import { invalidValue } from "../errors/invalid-value.js";
import type { Money } from "./money.js";
import { roundQuotient } from "./rounding.js";

interface Candidate {
  readonly rate: FxRate;
  readonly index: number;
  readonly inverse: boolean;
}

/**
 * Converts an amount into another currency with the latest rate of a dated table that is valid on `on`
 * (the greatest `validFrom` on or before `on`, read in Asia/Seoul), rounding the exact result half-even to
 * the target currency's minor digits.
 * Use it before adding amounts in different currencies, e.g. export deals reported in USD into a KRW total.
 * A rate `base`→`quote` converts base into quote (multiplying); it converts quote into base (dividing) only
 * when the table marks it `invertible: true`. On the same `validFrom` a direct rate wins over an inverted
 * one; two different direct (or two inverted) rates for the pair on the same date throw `VALIDATION`.
 * Rates for other pairs are ignored (there are no cross rates through a third currency). Converting into the
 * same currency returns an equal Money without looking at the table.
 * No usable rate throws `MISSING_RATE` naming the pair and the date.
 *
 * @param m - the amount to convert
 * @param to - ISO 4217 code of the target currency
 * @param rates - the dated rate table (each entry of the pair is validated as {@link FxRate})
 * @param on - the date whose rate applies (`Date` or `YYYY-MM-DD`)
 * @category Money
 * @example
 * ```ts
 * import { convertMoney, money, type FxRate } from "technopark";
 * const rates: FxRate[] = [
 *   { base: "USD", quote: "KRW", rate: "1300", validFrom: "2023-01-02", source: "example" },
 *   { base: "USD", quote: "KRW", rate: "1350.5", validFrom: "2023-10-01", source: "example", invertible: true },
 * ];
 * convertMoney(money("100", "USD"), "KRW", rates, "2023-10-19"); // { amount: "135050", currency: "KRW" }
 * convertMoney(money("135050", "KRW"), "USD", rates, "2023-10-19"); // { amount: "100", currency: "USD" }
 * ```
 */
export function convertMoney(m: Money, to: string, rates: readonly FxRate[], on: DateLike): Money {
  const source = readMoney(m, ["m"]);
  if (typeof to !== "string" || !Object.hasOwn(currencies, to)) {
    throw invalidValue(["to"], `a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})`, to);
  }
  const target = currencies[to]!;
  const date = toIsoDate(on, ["on"]);
  if (source.currency === target) return moneyFromUnits(source.units, target, "convertMoney");
  if (!Array.isArray(rates)) throw invalidValue(["rates"], "an array of FxRate", rates);
  const from = source.currency.code;
  let best: Candidate | undefined;
  let refusedInverse: Candidate | undefined;
  let earliestLater: string | undefined;
  for (let index = 0; index < rates.length; index++) {
    const entry: unknown = rates[index];
    if (typeof entry !== "object" || entry === null) throw invalidValue(["rates", index], "an FxRate object", entry);
    const { base, quote } = entry as { base?: unknown; quote?: unknown };
    const inverse = base === to && quote === from;
    if (!inverse && !(base === from && quote === to)) continue;
    const rate = validRate(entry, index);
    if (rate.validFrom > date) {
      if (!inverse && (earliestLater === undefined || rate.validFrom < earliestLater)) earliestLater = rate.validFrom;
      continue;
    }
    const candidate: Candidate = { rate, index, inverse };
    if (inverse && rate.invertible !== true) {
      if (refusedInverse === undefined || rate.validFrom > refusedInverse.rate.validFrom) refusedInverse = candidate;
      continue;
    }
    if (best === undefined || rate.validFrom > best.rate.validFrom || (rate.validFrom === best.rate.validFrom && best.inverse && !inverse)) {
      best = candidate;
    } else if (rate.validFrom === best.rate.validFrom && inverse === best.inverse && !sameDecimal(rate.rate, best.rate.rate)) {
      throw conflictingRates(best, candidate, from, to);
    }
  }
  if (best === undefined) throw missingRate(from, to, date, rates.length, refusedInverse, earliestLater);
  const rate = readDecimal(best.rate.rate, ["rates", best.index, "rate"]);
  const scaleFrom = 10n ** BigInt(source.currency.minorDigits);
  const scaleTo = 10n ** BigInt(target.minorDigits);
  const scaleRate = 10n ** BigInt(rate.scale);
  const units = BigInt(source.units);
  // target units = source units / 10^fromDigits × rate × 10^toDigits   (direct)
  //              = source units / 10^fromDigits ÷ rate × 10^toDigits   (inverse)
  const converted = best.inverse
    ? roundQuotient(units * scaleRate * scaleTo, scaleFrom * rate.digits, "half-even")
    : roundQuotient(units * rate.digits * scaleTo, scaleFrom * scaleRate, "half-even");
  return moneyFromUnits(normalize(converted), target, "convertMoney");
}

function validRate(entry: object, index: number): FxRate {
  const issues = fxRateIssues(entry, ["rates", index]);
  if (issues.length === 0) return entry as FxRate;
  throw new ValidationError(issues.map((issue) => issue.message).join("; "), { path: issues[0]!.path, issues });
}

function sameDecimal(a: string, b: string): boolean {
  const x = readDecimal(a, []);
  const y = readDecimal(b, []);
  return x.digits * 10n ** BigInt(y.scale) === y.digits * 10n ** BigInt(x.scale);
}

function conflictingRates(a: Candidate, b: Candidate, from: string, to: string): ValidationError {
  const path = ["rates", b.index, "rate"];
  const pair = a.inverse ? `${to}→${from}` : `${from}→${to}`;
  return new ValidationError(
    `${formatPath(path)}: two different ${pair} rates valid from ${a.rate.validFrom}: ${a.rate.rate} (rates[${a.index}]) and ${b.rate.rate} (rates[${b.index}]); keep one per pair and date`,
    { path, issues: [{ path, expected: `one ${pair} rate per validFrom`, received: `${a.rate.rate} and ${b.rate.rate}`, message: "conflicting rates" }] },
  );
}

function missingRate(from: string, to: string, date: string, count: number, refused: Candidate | undefined, earliestLater: string | undefined): MissingRateError {
  let message = `convertMoney: no ${from}→${to} rate valid on or before ${date} among the ${count} rates given`;
  if (refused !== undefined) {
    message += `; the ${to}→${from} rate from ${refused.rate.validFrom} (rates[${refused.index}]) is not marked invertible: true`;
  }
  if (earliestLater !== undefined) message += `; the earliest ${from}→${to} rate starts ${earliestLater}`;
  return new MissingRateError(message, {
    path: ["rates"],
    issues: [{ path: ["rates"], expected: `a ${from}→${to} rate with validFrom <= ${date}`, received: `none among ${count} rates`, message }],
  });
}
