/**
 * The stable codes carried by every error this library throws.
 *
 * @category Errors
 */
export type ErrorCode = "VALIDATION" | "CURRENCY_MISMATCH" | "MISSING_RATE" | "INVALID_RULE";

/** A path into a value: object keys and array indexes, outermost first. @category Errors */
export type FieldPath = readonly (string | number)[];

/** One problem found in an input, with where it is and what was expected. @category Errors */
export interface ErrorIssue {
  /** Where the problem is, e.g. `["location", "sigungu"]`. */
  readonly path: FieldPath;
  /** What the field should have been, in words (e.g. `"a YYYY-MM-DD date"`). */
  readonly expected?: string;
  /** What was found, rendered for a human (e.g. `"\"2023-02-30\""`). */
  readonly received?: string;
  /** The whole sentence for this issue. */
  readonly message: string;
}

/** Options accepted by every {@link TechnoparkError} constructor. @category Errors */
export interface TechnoparkErrorOptions {
  /** The path of the offending field or rule node. */
  readonly path?: FieldPath;
  /** The individual issues, when there are several (e.g. from a zod error). */
  readonly issues?: readonly ErrorIssue[];
  /** The underlying error, e.g. a `ZodError`. */
  readonly cause?: unknown;
}

const BRAND = /* @__PURE__ */ Symbol.for("technopark.error");

/**
 * Base class of every error thrown by `technopark`. Check errors by their `code`
 * (or with {@link isTechnoparkError}), never with `instanceof`: the ESM and CJS
 * builds of a dual package hold two different copies of each class.
 *
 * @category Errors
 * @example
 * ```ts
 * import { money, isTechnoparkError } from "technopark";
 * try {
 *   money("1.5", "KRW");
 * } catch (error) {
 *   if (isTechnoparkError(error, "VALIDATION")) console.log(error.message);
 * }
 * ```
 */
export class TechnoparkError extends Error {
  /** The stable machine-readable code. */
  readonly code: ErrorCode;
  /** The path of the offending field or rule node (empty when the whole input is at fault). */
  readonly path: FieldPath;
  /** Every problem found, with its own path. */
  readonly issues: readonly ErrorIssue[];

  constructor(code: ErrorCode, message: string, options: TechnoparkErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "TechnoparkError";
    this.code = code;
    this.path = options.path ?? [];
    // every error lists at least one issue, so callers can always read issues[0].path
    this.issues = options.issues !== undefined && options.issues.length > 0 ? options.issues : [{ path: this.path, message }];
    Object.defineProperty(this, BRAND, { value: true, enumerable: false });
  }
}

/**
 * Bad input: a value that does not match what the field expects.
 *
 * @category Errors
 * @example
 * ```ts
 * import { ValidationError } from "technopark";
 * const error = new ValidationError("amount: expected a decimal string, received \"abc\"", { path: ["amount"] });
 * error.code; // "VALIDATION"
 * ```
 */
export class ValidationError extends TechnoparkError {
  constructor(message: string, options: TechnoparkErrorOptions = {}) {
    super("VALIDATION", message, options);
    this.name = "ValidationError";
  }
}

/**
 * Two amounts in different currencies were combined without a rate table.
 *
 * @category Errors
 * @example
 * ```ts
 * import { CurrencyMismatchError } from "technopark";
 * new CurrencyMismatchError("cannot add USD and KRW without a rate").code; // "CURRENCY_MISMATCH"
 * ```
 */
export class CurrencyMismatchError extends TechnoparkError {
  constructor(message: string, options: TechnoparkErrorOptions = {}) {
    super("CURRENCY_MISMATCH", message, options);
    this.name = "CurrencyMismatchError";
  }
}

/**
 * No exchange rate in the table covers the currency pair on the requested date.
 *
 * @category Errors
 * @example
 * ```ts
 * import { MissingRateError } from "technopark";
 * new MissingRateError("no USD→KRW rate on or before 2023-10-20").code; // "MISSING_RATE"
 * ```
 */
export class MissingRateError extends TechnoparkError {
  constructor(message: string, options: TechnoparkErrorOptions = {}) {
    super("MISSING_RATE", message, options);
    this.name = "MissingRateError";
  }
}

/**
 * A rule that is not valid rule JSON (unknown operator, wrong value type, too deep, unsafe fact path…).
 *
 * @category Errors
 * @example
 * ```ts
 * import { InvalidRuleError } from "technopark";
 * new InvalidRuleError("all[0].op: unknown operator \"like\"", { path: ["all", 0, "op"] }).code; // "INVALID_RULE"
 * ```
 */
export class InvalidRuleError extends TechnoparkError {
  constructor(message: string, options: TechnoparkErrorOptions = {}) {
    super("INVALID_RULE", message, options);
    this.name = "InvalidRuleError";
  }
}

/**
 * Tells whether a value is an error thrown by `technopark` (from either the ESM or the CJS copy),
 * optionally with a given code.
 *
 * @category Errors
 * @example
 * ```ts
 * import { money, isTechnoparkError } from "technopark";
 * try { money(Number.NaN, "USD"); } catch (e) { isTechnoparkError(e, "VALIDATION"); } // true
 * ```
 */
export function isTechnoparkError(value: unknown, code?: ErrorCode): value is TechnoparkError {
  if (typeof value !== "object" || value === null) return false;
  if ((value as Record<symbol, unknown>)[BRAND] !== true) return false;
  return code === undefined || (value as { code?: unknown }).code === code;
}
