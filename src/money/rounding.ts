import { Decimal } from "decimal.js";
import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";

/**
 * How a result is rounded to the currency's minor digits.
 * `half-even` (banker's rounding, the default) sends ties to the even neighbour; `half-up` sends ties away
 * from zero; `half-down` sends ties towards zero; `up` rounds away from zero; `down` truncates towards zero;
 * `ceil` rounds towards +∞; `floor` towards −∞.
 *
 * @category Money
 * @example
 * ```ts
 * import { money, multiplyMoney } from "technopark";
 * multiplyMoney(money("0.25", "USD"), "0.5"); // { amount: "0.12", currency: "USD" } (half-even)
 * multiplyMoney(money("0.25", "USD"), "0.5", { rounding: "half-up" }); // { amount: "0.13", currency: "USD" }
 * ```
 */
export type RoundingMode = "half-even" | "half-up" | "half-down" | "up" | "down" | "ceil" | "floor";

// decimal.js's rounding constants (Decimal.ROUND_HALF_EVEN is 6, …), written as literals so that bundlers can drop
// this table when it is unused (a property read of an import counts as a possible side effect)
const DECIMAL_JS_MODE: Readonly<Record<RoundingMode, Decimal.Rounding>> = /* @__PURE__ */ Object.freeze({
  "half-even": 6,
  "half-up": 4,
  "half-down": 5,
  up: 0,
  down: 1,
  ceil: 2,
  floor: 3,
});

/** The rounding modes, in the order they are documented. @internal */
export const ROUNDING_MODES: readonly RoundingMode[] = /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(DECIMAL_JS_MODE) as RoundingMode[]);

/**
 * Reads `options.rounding` (default `half-even`), throwing `VALIDATION` for anything else.
 * @internal
 */
export function roundingModeOf(options: { readonly rounding?: RoundingMode } | undefined, path: readonly (string | number)[] = ["options", "rounding"]): RoundingMode {
  const mode = options?.rounding;
  if (mode === undefined) return "half-even";
  if (typeof mode === "string" && Object.hasOwn(DECIMAL_JS_MODE, mode)) return mode;
  throw new ValidationError(`options.rounding: expected one of ${ROUNDING_MODES.join(", ")}, received ${describeValue(mode)}`, {
    path,
    issues: [{ path, expected: ROUNDING_MODES.join(" | "), received: describeValue(mode), message: "unknown rounding mode" }],
  });
}

/**
 * The decimal.js rounding constant for a {@link RoundingMode}.
 * @internal
 */
export function decimalJsRounding(mode: RoundingMode): Decimal.Rounding {
  return DECIMAL_JS_MODE[mode];
}

/**
 * Rounds the exact quotient `numerator / denominator` of two integers to an integer with the given mode.
 * Exact: it decides from the remainder, never from a truncated expansion.
 * @internal
 */
export function roundQuotient(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) {
    throw new ValidationError("divisor: expected a non-zero divisor, received 0", {
      path: ["divisor"],
      issues: [{ path: ["divisor"], expected: "a non-zero decimal", received: "0", message: "division by zero" }],
    });
  }
  const quotient = numerator / denominator; // truncated towards zero
  const remainder = numerator - quotient * denominator;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n !== denominator < 0n;
  const away = negative ? quotient - 1n : quotient + 1n;
  switch (mode) {
    case "down":
      return quotient;
    case "up":
      return away;
    case "ceil":
      return negative ? quotient : away;
    case "floor":
      return negative ? away : quotient;
    default: {
      const twice = 2n * (remainder < 0n ? -remainder : remainder);
      const magnitude = denominator < 0n ? -denominator : denominator;
      if (twice > magnitude) return away;
      if (twice < magnitude) return quotient;
      if (mode === "half-up") return away;
      if (mode === "half-down") return quotient;
      return quotient % 2n === 0n ? quotient : away;
    }
  }
}
