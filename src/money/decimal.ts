import { Decimal } from "decimal.js";

/**
 * The private decimal.js constructor every money computation uses: never the global `Decimal`, so another
 * library's `Decimal.set(...)` cannot change our results. Precision 400 significant digits covers the exact
 * product of two 64-digit operands plus headroom; amounts never print with an exponent.
 * @internal
 */
export const MoneyDecimal = /* @__PURE__ */ Decimal.clone({
  precision: 400,
  rounding: 6, // Decimal.ROUND_HALF_EVEN, a literal so that bundlers can drop the clone when money math is unused
  toExpNeg: -9e15,
  toExpPos: 9e15,
  maxE: 9e15,
  minE: -9e15,
});

/**
 * An instance of {@link MoneyDecimal}.
 * @internal
 */
export type MoneyDecimal = InstanceType<typeof MoneyDecimal>;
