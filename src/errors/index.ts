export {
  TechnoparkError,
  ValidationError,
  CurrencyMismatchError,
  MissingRateError,
  InvalidRuleError,
  isTechnoparkError,
  type ErrorCode,
  type ErrorIssue,
  type FieldPath,
  type TechnoparkErrorOptions,
} from "./technopark-error.js";
