import type { Currency } from "../money/currencies.js";
import { MoneyDecimal } from "../money/decimal.js";
import { currencyMismatch, normalize, readMoney, type MinorUnits } from "../money/minor-units.js";
import type { FieldPath } from "../errors/technopark-error.js";
import { invalidValue } from "../errors/invalid-value.js";

/**
 * A number or an amount of money, read and validated: numbers must be finite; Money must be valid and is
 * held as exact integer minor units.
 * @internal
 */
export type Quantity =
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "money"; readonly currency: Currency; readonly units: MinorUnits };

/**
 * Reads a `number | Money` argument; anything else (NaN, Infinity, a bad Money) throws `VALIDATION` at `path`.
 * @internal
 */
export function readQuantity(value: unknown, path: FieldPath): Quantity {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidValue(path, "a finite number or a Money", value);
    return { kind: "number", value };
  }
  if (typeof value === "object" && value !== null) {
    const read = readMoney(value, path);
    return { kind: "money", currency: read.currency, units: read.units };
  }
  throw invalidValue(path, "a finite number or a Money { amount, currency }", value);
}

/**
 * Checks that two quantities are both numbers or both Money of one currency (`CURRENCY_MISMATCH` otherwise).
 * @internal
 */
export function assertComparable(operation: string, first: Quantity, other: Quantity, otherPath: FieldPath, firstName: string): void {
  if (first.kind !== other.kind) {
    throw invalidValue(otherPath, first.kind === "number" ? `a number, like ${firstName}` : `a Money, like ${firstName}`, first.kind === "number" ? "a Money" : "a number");
  }
  if (first.kind === "money" && other.kind === "money" && first.currency !== other.currency) {
    throw currencyMismatch(operation, first.currency.code, other.currency.code, [...otherPath, "currency"]);
  }
}

/** Whether a quantity is zero. @internal */
export function isZero(q: Quantity): boolean {
  return q.kind === "number" ? q.value === 0 : q.units === 0 || q.units === 0n;
}

/** The sign of a quantity: -1, 0 or 1. @internal */
export function signOf(q: Quantity): -1 | 0 | 1 {
  const v = q.kind === "number" ? q.value : q.units;
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

/**
 * `(a - b) / c` for comparable quantities as a number: exact integer arithmetic for Money, correctly rounded
 * once at the end; plain floating point for numbers. `c` must not be zero.
 * @internal
 */
export function differenceRatio(a: Quantity, b: Quantity, c: Quantity): number {
  if (a.kind === "number" && b.kind === "number" && c.kind === "number") {
    const ratio = (a.value - b.value) / c.value;
    return ratio === 0 ? 0 : ratio;
  }
  const au = (a as Extract<Quantity, { kind: "money" }>).units;
  const bu = (b as Extract<Quantity, { kind: "money" }>).units;
  const cu = (c as Extract<Quantity, { kind: "money" }>).units;
  return unitsRatio(normalize(BigInt(au) - BigInt(bu)), cu);
}

/**
 * `a / b` for comparable quantities as a number (`b` non-zero): exact for Money, rounded once.
 * @internal
 */
export function quantityRatio(a: Quantity, b: Quantity): number {
  if (a.kind === "number" && b.kind === "number") {
    const ratio = a.value / b.value;
    return ratio === 0 ? 0 : ratio;
  }
  return unitsRatio((a as Extract<Quantity, { kind: "money" }>).units, (b as Extract<Quantity, { kind: "money" }>).units);
}

/**
 * `numerator / denominator` of integer minor units as a number (denominator non-zero), rounded once.
 * @internal
 */
export function unitsRatio(numerator: MinorUnits, denominator: MinorUnits): number {
  // Two safe integers are exact doubles: IEEE division gives the correctly rounded quotient.
  const ratio =
    typeof numerator === "number" && typeof denominator === "number"
      ? numerator / denominator
      : new MoneyDecimal(numerator.toString()).div(denominator.toString()).toNumber();
  return ratio === 0 ? 0 : ratio;
}
