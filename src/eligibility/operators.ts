import { describeValue } from "../errors/format.js";
import { InvalidRuleError } from "../errors/technopark-error.js";
import { OPERATORS as OPERATOR_LIST, type Condition, type FactType, type Operator, type Scalar } from "./rule.js";

const OPERATORS: ReadonlySet<string> = /* @__PURE__ */ new Set(OPERATOR_LIST);

/**
 * Whether a string is one of the operators.
 * @internal
 */
export function isOperator(op: unknown): op is Operator {
  return typeof op === "string" && OPERATORS.has(op);
}

/**
 * Throws `INVALID_RULE` when an operator that needs an array value (`in`, `notIn`, `between`) has none:
 * a defect of the rule, not of the facts, so it is reported whatever the facts are.
 * @internal
 */
export function assertValueShape(condition: Condition): void {
  const op = condition.op;
  if ((op === "in" || op === "notIn" || op === "between") && !Array.isArray(condition.value)) {
    throw new InvalidRuleError(
      `(root): operator ${op} on ${describeValue(condition.fact)} needs an array value, received ${condition.value === undefined ? "none" : describeValue(condition.value)}; validate untrusted rules with parseRule`,
      { path: [] },
    );
  }
}

/**
 * The error for an operator outside the list (only reachable with rules that bypassed `parseRule`).
 * @internal
 */
export function unknownOperator(op: unknown, fact: string): InvalidRuleError {
  return new InvalidRuleError(
    `(root): unknown operator ${describeValue(op)} in the condition on ${describeValue(fact)}; validate untrusted rules with parseRule`,
    { path: [] },
  );
}

/**
 * Tests a present fact (`actual` neither `undefined` nor `null`) against a condition, with the strict
 * semantics documented on `Operator`. Never throws: a type mismatch fails.
 * @internal
 */
export function testStrict(op: Operator, actual: unknown, value: Scalar | readonly Scalar[] | undefined): boolean {
  switch (op) {
    case "eq":
      return actual === value;
    case "ne":
      return actual !== value;
    case "lt":
      return sameOrderedType(actual, value) && (actual as number) < (value as number);
    case "lte":
      return sameOrderedType(actual, value) && (actual as number) <= (value as number);
    case "gt":
      return sameOrderedType(actual, value) && (actual as number) > (value as number);
    case "gte":
      return sameOrderedType(actual, value) && (actual as number) >= (value as number);
    case "in":
      return includesStrict(value as readonly Scalar[], actual);
    case "notIn":
      return !includesStrict(value as readonly Scalar[], actual);
    case "contains":
      if (Array.isArray(actual)) return includesStrict(actual, value);
      return typeof actual === "string" && typeof value === "string" && actual.includes(value);
    case "startsWith":
      return typeof actual === "string" && typeof value === "string" && actual.startsWith(value);
    case "between": {
      const [min, max] = value as readonly [Scalar, Scalar];
      return sameOrderedType(actual, min) && sameOrderedType(actual, max) && (min as number) <= (actual as number) && (actual as number) <= (max as number);
    }
    case "exists":
      return value !== false;
    default:
      throw unknownOperator(op, "?");
  }
}

/**
 * Tests a present fact with json-rules-engine's loose semantics (see `Semantics`): numeric operators
 * accept any fact `parseFloat` reads as a number and compare with JavaScript's relational operators;
 * `contains` only looks inside arrays. The other operators are the strict ones.
 * @internal
 */
export function testLoose(op: Operator, actual: unknown, value: Scalar | readonly Scalar[] | undefined): boolean {
  switch (op) {
    case "lt":
    case "lte":
    case "gt":
    case "gte":
      return looseCompare(op, actual, value);
    case "contains":
      return Array.isArray(actual) && includesStrict(actual, value);
    default:
      return testStrict(op, actual, value);
  }
}

function looseCompare(op: "lt" | "lte" | "gt" | "gte", actual: unknown, value: unknown): boolean {
  try {
    // json-rules-engine's numberValidator, then JavaScript's abstract relational comparison.
    if (Number.isNaN(Number.parseFloat(actual as string))) return false;
    const a = actual as number;
    const b = value as number;
    return op === "lt" ? a < b : op === "lte" ? a <= b : op === "gt" ? a > b : a >= b;
  } catch {
    return false; // an object without a string form (e.g. Object.create(null)) is a type mismatch
  }
}

/**
 * Whether a present value has a JSON type (`"object"` is a non-array object).
 * @internal
 */
export function hasFactType(actual: unknown, type: FactType): boolean {
  switch (type) {
    case "array":
      return Array.isArray(actual);
    case "object":
      return typeof actual === "object" && actual !== null && !Array.isArray(actual);
    default:
      return typeof actual === type;
  }
}

function sameOrderedType(a: unknown, b: unknown): boolean {
  const type = typeof a;
  return (type === "number" || type === "string") && typeof b === type;
}

function includesStrict(list: readonly unknown[], item: unknown): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === item) return true;
  return false;
}
