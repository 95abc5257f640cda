// One assertion for "the error, whole": its class (by code), code, message, path and issues, as the money, statute
// and time error suites check every error path of their functions.
import { expect } from "vitest";
import { CurrencyMismatchError, InvalidRuleError, MissingRateError, ValidationError } from "../../src/index.js";

/** One issue of an error, as the errors carry them. */
export type Issue = { path: (string | number)[]; expected?: string; received?: string; message: string };
/** The parts of an error the suites compare. */
export type Expected = { code: string; message: string; path: (string | number)[]; issues: Issue[] };

const CLASSES: Record<string, unknown> = {
  VALIDATION: ValidationError,
  CURRENCY_MISMATCH: CurrencyMismatchError,
  MISSING_RATE: MissingRateError,
  INVALID_RULE: InvalidRuleError,
};

/** Runs `run` and asserts it throws exactly `expected` (an instance of the class its code names). */
export function expectWholeError(run: () => unknown, expected: Expected): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(CLASSES[expected.code] as typeof ValidationError);
  const { code, message, path, issues } = caught as Expected;
  expect({ code, message, path, issues }).toEqual(expected);
}
