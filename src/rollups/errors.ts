import { describeValue } from "../errors/format.js";
import {
  CurrencyMismatchError,
  InvalidRuleError,
  isTechnoparkError,
  MissingRateError,
  TechnoparkError,
  ValidationError,
  type ErrorCode,
  type FieldPath,
  type TechnoparkErrorOptions,
} from "../errors/technopark-error.js";


/**
 * The `VALIDATION` error for a value computed from `records[index]` (a dimension or a measure).
 * @internal
 */
export function recordError(index: number, what: string, expected: string, received: unknown): ValidationError {
  const shown = describeValue(received);
  const path = ["records", index];
  return new ValidationError(`records[${index}] (${what}): expected ${expected}, received ${shown}`, {
    path,
    issues: [{ path, expected, received: shown, message: `${what}: expected ${expected}` }],
  });
}

const ERROR_CLASSES: Readonly<Record<ErrorCode, new (message: string, options?: TechnoparkErrorOptions) => TechnoparkError>> = {
  VALIDATION: ValidationError,
  CURRENCY_MISMATCH: CurrencyMismatchError,
  MISSING_RATE: MissingRateError,
  INVALID_RULE: InvalidRuleError,
};

/**
 * Re-locates a library error raised while reading `records[index]` (or `<collection>[index]`) (e.g. by `convertMoney` or `fiscalYearOf`
 * inside a dimension) with the record's index prefixed to its path and message, keeping its code and class.
 * Errors already located at a record, and errors that are not the library's, pass through unchanged.
 * @internal
 */
export function atRecord(error: unknown, index: number, collection = "records"): unknown {
  if (!isTechnoparkError(error) || error.path[0] === collection) return error;
  const Class = ERROR_CLASSES[error.code];
  const prefix: FieldPath = [collection, index];
  return new Class(`${collection}[${index}]: ${error.message}`, {
    path: [...prefix, ...error.path],
    issues: error.issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] })),
    cause: error,
  });
}
