import { describeValue, formatPath } from "../errors/format.js";
import { ValidationError, type FieldPath } from "../errors/technopark-error.js";
import { MAX_AMOUNT_DIGITS } from "./minor-units.js";
import { numberToPlainDecimal } from "./money.js";

const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** Longest factor, divisor or ratio string accepted (characters). */
const MAX_INPUT_LENGTH = MAX_AMOUNT_DIGITS * 2 + 2;

/**
 * An exact decimal read from a factor, divisor, ratio or rate: `digits / 10^scale`.
 * @internal
 */
export interface ScaledDecimal {
  /** The digits as an integer, signed. */
  readonly digits: bigint;
  /** Number of digits after the point. */
  readonly scale: number;
  /** The plain decimal text it was read from. */
  readonly text: string;
}

/**
 * Reads a string, finite number or bigint as an exact plain decimal; throws `VALIDATION` naming `path` for
 * NaN, ±Infinity, exponent or `+` strings, and strings longer than 130 characters. A number is taken by its
 * shortest round-trip rendering (`0.1` is exactly one tenth).
 * @internal
 */
export function readDecimal(value: unknown, path: FieldPath, what = "a finite plain decimal (string, number or bigint; no exponent)"): ScaledDecimal {
  let text: string | undefined;
  if (typeof value === "string") text = value;
  else if (typeof value === "bigint") text = value.toString();
  else if (typeof value === "number" && Number.isFinite(value)) text = numberToPlainDecimal(value);
  if (text === undefined || text.length > MAX_INPUT_LENGTH || !PLAIN_DECIMAL.test(text)) {
    const shown = describeValue(value);
    throw new ValidationError(`${formatPath(path)}: expected ${what}, received ${shown}`, {
      path,
      issues: [{ path, expected: what, received: shown, message: `expected ${what}` }],
    });
  }
  const point = text.indexOf(".");
  const digits = BigInt(point === -1 ? text : text.slice(0, point) + text.slice(point + 1));
  return { digits, scale: point === -1 ? 0 : text.length - point - 1, text };
}
