import { describeValue, formatPath } from "../errors/format.js";
import { InvalidRuleError, type FieldPath } from "../errors/technopark-error.js";
import { COMPARISONS, inferredKind, MISMATCH, type Comparison, type ComparisonKind, type MoneyKey } from "./comparisons.js";
import { prototypeGuards, splitFactPath } from "./fact-path.js";
import { FACT_RECORDS, factDefinition, nearestFact, TYPED_ROOTS, type FactDefinition } from "./facts.js";
import { RULE_LIMITS } from "./limits.js";
import { isOperator, OPERATORS, operatorOf, type OperatorDefinition, type Test } from "./operators.js";
import type { Condition, FactType } from "./rule.js";

/**
 * A condition ready to test: its comparison kind, its fact's definition (when known), the strict or loose
 * test of a present fact, and its split path.
 * @internal
 */
export interface PreparedCondition {
  /** How the condition compares. */
  readonly kind: ComparisonKind;
  /** The operator's definition. */
  readonly operator: OperatorDefinition;
  /** The fact's catalogue record, when the catalogue knows it. */
  readonly definition: FactDefinition | undefined;
  /** Tests a present fact (for `exists`: whether presence passes). */
  readonly test: Test;
  /** What happens when the fact is missing: `undetermined`, or for `exists` passed/failed. */
  readonly whenMissing: "undetermined" | "passed" | "failed";
  /** The fact path's segments, and which of them need the own-property check while `Object.prototype` is clean. */
  readonly segments: readonly string[];
  readonly guards: readonly boolean[];
}

const KIND_OF_FACT_TYPE: Readonly<Record<FactType, ComparisonKind>> = {
  string: "string",
  number: "number",
  boolean: "boolean",
  date: "date",
  money: "money",
  array: "list",
  object: "record",
};

/**
 * Prepared conditions, memoised per condition object: a cache of a pure function of the caller's (immutable)
 * rule nodes, so results never depend on it, and entries go with the rule when it is garbage-collected.
 * Preparing (typing the value, building the test, splitting the path) on every evaluation would cost more
 * than the evaluation itself.
 */
const PREPARED = /* @__PURE__ */ new WeakMap<Condition, PreparedCondition>();

/**
 * Types a condition against the fact catalogue and the operator table and builds its test, or throws
 * `INVALID_RULE` with `path` (the condition's path in its rule) for: an unknown operator; a value of the wrong
 * shape for the operator (one value, a list, a `[min, max]` pair, a flag); a path under `company.` or
 * `representative.` the catalogue does not know (unless the condition declares a `factType`), with the nearest
 * known path suggested (only with `knownPathsOnly`, as `parseRule` asks: `evaluate` and `compileRule` compare an
 * unknown path untyped); an operator that does not apply to the fact's type; a value of another type than the
 * fact's (a number for a money fact, `"2021-3-5"` for a date, `"smal"` for an enum); `between` bounds out of
 * order; money values in more than one currency. Memoised per condition object.
 * @internal
 */
export function prepareCondition(condition: Condition, path: FieldPath, knownPathsOnly = false): PreparedCondition {
  let prepared = PREPARED.get(condition);
  if (prepared === undefined) {
    prepared = prepare(condition, path, knownPathsOnly);
    PREPARED.set(condition, prepared);
  }
  return prepared;
}

function prepare(condition: Condition, path: FieldPath, knownPathsOnly: boolean): PreparedCondition {
  const { fact, op, value } = condition;
  if (!isOperator(op)) {
    throw invalidRule([...path, "op"], `${typeof op === "string" ? `unknown operator ${describeValue(op)}` : `expected an operator, received ${describeValue(op)}`}; expected one of ${OPERATORS.join(", ")}`);
  }
  const operator = operatorOf(op);
  checkShape(condition, operator, path);
  const loose = condition.semantics === "json-rules-engine";
  const definition = loose ? undefined : factDefinition(fact);
  const kind = loose ? "json" : kindOf(condition, definition, path, knownPathsOnly);
  if (!operator.kinds.includes(kind)) {
    const applies = operator.kinds.filter((k) => k !== "json" && k !== "record").join(", ");
    throw invalidRule([...path, "op"], `operator ${op} does not apply to ${describeValue(fact)}, ${article(kind)} fact; it applies to ${applies} facts`);
  }
  const comparison = COMPARISONS[kind];
  const keys = op === "exists" ? value : typedKeys(condition, operator, comparison, definition, path);
  const strict = operator.strict(comparison, keys);
  const guard = condition.factType;
  const base = loose && operator.loose !== undefined ? operator.loose(value) : strict;
  const test: Test = guard === undefined ? base : (actual) => hasFactType(actual, guard) && base(actual);
  const segments = splitFactPath(fact);
  return {
    kind,
    operator,
    definition,
    test: op === "exists" && value === false ? () => false : test,
    whenMissing: op === "exists" ? (value === false ? "passed" : "failed") : "undetermined",
    segments,
    guards: prototypeGuards(segments),
  };
}

function kindOf(condition: Condition, definition: FactDefinition | undefined, path: FieldPath, knownPathsOnly: boolean): ComparisonKind {
  if (condition.factType !== undefined) {
    if (!Object.hasOwn(KIND_OF_FACT_TYPE, condition.factType)) {
      throw invalidRule([...path, "factType"], `expected one of ${Object.keys(KIND_OF_FACT_TYPE).join(", ")}, received ${describeValue(condition.factType)}`);
    }
    return KIND_OF_FACT_TYPE[condition.factType];
  }
  if (definition !== undefined) return definition.type;
  const fact = condition.fact;
  if (FACT_RECORDS.has(fact)) return "record";
  const root = fact.split(".", 1)[0]!;
  if (knownPathsOnly && TYPED_ROOTS.includes(root)) {
    const nearest = nearestFact(fact);
    throw invalidRule([...path, "fact"], `unknown fact ${describeValue(fact)}${nearest === undefined ? "" : ` (did you mean ${describeValue(nearest)}?)`}; facts under ${root}. must be in the fact catalogue, or the condition must declare a factType for a custom fact`);
  }
  return inferredKind(condition.value);
}

function checkShape(condition: Condition, operator: OperatorDefinition, path: FieldPath): void {
  const { op, value, fact } = condition;
  const has = value !== undefined;
  const valuePath = [...path, "value"];
  switch (operator.value) {
    case "flag":
      if (has && typeof value !== "boolean") throw invalidRule(valuePath, `exists takes true, false or no value, received ${describeValue(value)}`);
      return;
    case "list":
      if (!Array.isArray(value)) throw invalidRule(valuePath, `operator ${op} on ${describeValue(fact)} needs an array value, received ${has ? describeValue(value) : "none"}`);
      if (value.length > RULE_LIMITS.maxArrayLength) throw invalidRule(valuePath, `array has more than ${RULE_LIMITS.maxArrayLength.toLocaleString("en")} elements (RULE_LIMITS.maxArrayLength)`);
      return;
    case "pair":
      if (!Array.isArray(value) || value.length !== 2) throw invalidRule(valuePath, `operator ${op} on ${describeValue(fact)} needs a [min, max] pair, received ${has ? describeValue(value) : "none"}`);
      return;
    case "one":
      if (!has || Array.isArray(value)) throw invalidRule(valuePath, `operator ${op} on ${describeValue(fact)} needs one value, received ${has ? describeValue(value) : "none"}`);
  }
}

function typedKeys(condition: Condition, operator: OperatorDefinition, comparison: Comparison, definition: FactDefinition | undefined, path: FieldPath): unknown {
  const valuePath = [...path, "value"];
  const untyped = comparison.kind === "json" ? operator.untyped : undefined;
  const one = (item: unknown, at: FieldPath): unknown => {
    const key = comparison.value(item);
    if (
      key === undefined ||
      (definition?.values !== undefined && !definition.values.includes(item as string)) ||
      (untyped !== undefined && !untyped.includes(typeof item as "number" | "string"))
    ) {
      if (untyped !== undefined && key !== undefined) {
        throw invalidRule(at, `${condition.op} needs ${untyped.map((type) => `a ${type}`).join(" or ")}${untyped.length > 1 ? " (e.g. an ISO date)" : ""}, received ${describeValue(item)}`);
      }
      const expected = definition?.values !== undefined ? `one of ${definition.values.map((v) => describeValue(v)).join(", ")}` : comparison.expected;
      const subject = definition !== undefined || condition.factType !== undefined ? `${describeValue(condition.fact)} is ${article(comparison.kind)} fact: ` : "";
      throw invalidRule(at, `${subject}expected ${expected}, received ${shown(item)}`);
    }
    return key;
  };
  if (operator.value === "one") return one(condition.value, valuePath);
  const items = (condition.value as readonly unknown[]).map((item, index) => one(item, [...valuePath, index]));
  if (comparison.kind === "money") {
    const currencies = new Set(items.map((key) => (key as MoneyKey).currency));
    if (currencies.size > 1) throw invalidRule(valuePath, `money values must share one currency, received ${[...currencies].join(" and ")}`);
  }
  if (operator.value === "pair") {
    const order = comparison.order!(items[0], items[1]);
    if (!(order <= 0)) throw invalidRule(valuePath, `between needs min ≤ max of one type, received [${shown((condition.value as unknown[])[0])}, ${shown((condition.value as unknown[])[1])}]`);
  }
  return items;
}

/**
 * Whether a present value has a declared fact type (`"object"` is a non-array object, `"money"` a `Money`
 * shape, `"date"` an ISO date string or a `Date`).
 * @internal
 */
export function hasFactType(actual: unknown, type: FactType): boolean {
  switch (type) {
    case "array":
      return Array.isArray(actual);
    case "object":
      return typeof actual === "object" && actual !== null && !Array.isArray(actual);
    case "money":
    case "date":
      return COMPARISONS[type].fact(actual) !== MISMATCH;
    default:
      return typeof actual === type;
  }
}

/** A value for a message: Money-shaped objects as their JSON (short), anything else as `describeValue` does. */
function shown(value: unknown): string {
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount === "string" && typeof currency === "string" && amount.length <= 80 && currency.length <= 16) return JSON.stringify({ amount, currency });
  }
  return describeValue(value);
}

function article(kind: ComparisonKind): string {
  switch (kind) {
    case "json":
      return "an untyped";
    case "enum":
      return "an enum";
    case "record":
      return "an object";
    default:
      return `a ${kind}`;
  }
}

/**
 * An `INVALID_RULE` error at a path of the rule (keys quoted in the path are cut like values, so a 10 MB key
 * still gives a short message).
 * @internal
 */
export function invalidRule(path: FieldPath, message: string): InvalidRuleError {
  const shown = path.map((key) => (typeof key === "string" && key.length > 80 ? `${key.slice(0, 77)}…` : key));
  const full = `${formatPath(shown)}: ${message}`;
  return new InvalidRuleError(full, { path, issues: [{ path, message: full }] });
}
