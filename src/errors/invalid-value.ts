import { describeValue, formatPath } from "./format.js";
import { ValidationError, type FieldPath } from "./technopark-error.js";

/**
 * The `VALIDATION` error for a value that is not what a field expects: the message names the path, what was
 * expected and what was received (`options: expected an object, received null`).
 * @internal
 */
export function invalidValue(path: FieldPath, expected: string, value: unknown): ValidationError {
  const received = describeValue(value);
  return new ValidationError(`${formatPath(path)}: expected ${expected}, received ${received}`, {
    path,
    issues: [{ path, expected, received, message: `expected ${expected}` }],
  });
}

/**
 * Throws {@link invalidValue} unless `value` is a non-null object: the guard of functions whose argument is a
 * record, so that a `null` or a number gives a typed error rather than a `TypeError`.
 * @internal
 */
export function assertRecord(value: unknown, path: FieldPath, expected: string): asserts value is object {
  if (typeof value !== "object" || value === null) throw invalidValue(path, expected, value);
}
