import { describeValue, formatPath } from "../errors/format.js";
import { InvalidRuleError, type FieldPath } from "../errors/technopark-error.js";
import { RULE_LIMITS } from "../rules/limits.js";
import { parseRule } from "../rules/parse-rule.js";
import type { Condition, Rule, Scalar } from "../rules/rule.js";

const CONDITION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["fact", "operator", "value", "path", "params", "priority", "name", "result", "factResult", "valueResult"]);
const GROUP_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["all", "any", "not", "priority", "name", "result"]);
const NUMERIC = { lessThan: "lt", lessThanInclusive: "lte", greaterThan: "gt", greaterThanInclusive: "gte" } as const;
const OPERATORS = ["equal", "notEqual", "lessThan", "lessThanInclusive", "greaterThan", "greaterThanInclusive", "in", "notIn", "contains", "doesNotContain"];

/**
 * Converts a json-rules-engine rule (a rule object with `conditions`, or the conditions themselves; a JSON
 * string is parsed first) into a {@link Rule} that decides the same as json-rules-engine 7 on every input
 * whose facts are all present (the value at each fact and path neither `undefined` nor `null`); where one is
 * missing, ours is undetermined. Mapping:
 *
 * | json-rules-engine | becomes |
 * |---|---|
 * | `all` / `any` / `not` (`name` → `id`; `priority` is dropped: it orders, never decides) | `all` / `any` / `not`; an empty `any`, which json-rules-engine passes, becomes `all: []` |
 * | `fact` + `path` (`$.a.b`, `$['a'][0]`) | fact path `fact.a.b`, `fact.a.0` |
 * | `equal` / `notEqual` / `in` / `notIn` | `eq` / `ne` / `in` / `notIn` (`===`, as json-rules-engine); an object or array `value`, which can never be `===` a fact, becomes the constant it always gives |
 * | `lessThan` … `greaterThanInclusive` | `lt` … `gte` with `semantics: "json-rules-engine"` (`parseFloat` check, then JavaScript's `<`) |
 * | `contains` | `contains` with `factType: "array"` |
 * | `doesNotContain` | `all: [{ notIn: [], factType: "array" }, { not: contains }]` |
 *
 * Refused with `INVALID_RULE` and the path of the offending node: condition references, fact `params`,
 * facts compared with other facts (`value: { fact }`), other operators (custom or decorated such as
 * `everyFact:equal`), JSONPath beyond plain member and index access (and bracket names that are JSONPath
 * syntax there, such as `$['*']`, `$.$`, `$['x^2']`, `$['@string()']`), fact names containing `.`, numeric
 * operators with a threshold other than a number or string, non-finite numbers and BigInts (which
 * json-rules-engine compares by identity), `in`/`notIn` without an array, and anything beyond
 * {@link RULE_LIMITS}. Every condition keeps json-rules-engine's semantics (`semantics: "json-rules-engine"`),
 * so its paths are not checked against the fact catalogue; a path that names a derived fact (e.g. `company` +
 * `$.regularWorkers` when the facts give only month-end headcounts) gets the computed value. One documented
 * difference: when a fact is a primitive and the condition has a `path`, json-rules-engine compares the
 * primitive itself; ours finds nothing at the path (undetermined).
 *
 * @param rule - a json-rules-engine rule or its conditions (parsed JSON or a JSON string)
 * @category Eligibility
 * @example
 * ```ts
 * import { fromJsonRulesEngine, evaluate } from "technopark";
 * const rule = fromJsonRulesEngine({
 *   conditions: { all: [{ fact: "company", path: "$.regularWorkers", operator: "greaterThanInclusive", value: 30 }] },
 *   event: { type: "eligible" },
 * });
 * // { all: [{ fact: "company.regularWorkers", op: "gte", value: 30, semantics: "json-rules-engine" }] }
 * evaluate(rule, { company: { regularWorkers: 31 } }).outcome; // "eligible"
 * ```
 */
export function fromJsonRulesEngine(rule: unknown): Rule {
  let input = rule;
  if (typeof input === "string") {
    try {
      input = JSON.parse(input) as unknown;
    } catch (error) {
      throw fail([], `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  let root: unknown = input;
  let path: FieldPath = [];
  if (isObject(input) && Object.hasOwn(input, "conditions")) {
    root = input["conditions"];
    path = ["conditions"];
  }
  return parseRule(convert(root, path, 1));
}

function convert(node: unknown, path: FieldPath, depth: number): Rule {
  if (depth > RULE_LIMITS.maxDepth) throw fail(path, `conditions are nested deeper than ${RULE_LIMITS.maxDepth} levels (RULE_LIMITS.maxDepth)`);
  if (!isObject(node)) throw fail(path, `expected a condition object, received ${describeValue(node)}`);
  if (Object.hasOwn(node, "condition")) throw fail([...path, "condition"], "condition references (shared conditions) are not supported; inline the referenced condition");
  const groups = (["all", "any", "not"] as const).filter((key) => Object.hasOwn(node, key));
  const id = typeof node["name"] === "string" && node["name"] !== "" ? { id: node["name"] } : {};
  if (groups.length > 0) {
    if (groups.length > 1 || Object.hasOwn(node, "fact")) throw fail(path, `a condition has exactly one of all, any, not or fact; received ${[...groups, ...(Object.hasOwn(node, "fact") ? ["fact"] : [])].join(" and ")}`);
    unknownKeys(node, GROUP_KEYS, path);
    const kind = groups[0]!;
    const children = node[kind];
    if (kind === "not") {
      if (Array.isArray(children)) throw fail([...path, "not"], "\"not\" takes one condition, not an array");
      return { ...id, not: convert(children, [...path, "not"], depth + 1) };
    }
    if (!Array.isArray(children)) throw fail([...path, kind], `expected an array of conditions, received ${describeValue(children)}`);
    if (children.length > RULE_LIMITS.maxNodes) throw fail([...path, kind], `more than ${RULE_LIMITS.maxNodes.toLocaleString("en")} conditions (RULE_LIMITS.maxNodes)`);
    const converted = children.map((child, index) => convert(child, [...path, kind, index], depth + 1));
    // json-rules-engine passes an empty `any` (it treats every empty group as true).
    if (kind === "any" && converted.length === 0) return { ...id, all: [] };
    return kind === "all" ? { ...id, all: converted } : { ...id, any: converted };
  }
  unknownKeys(node, CONDITION_KEYS, path);
  return condition(node, path, id);
}

function condition(node: Record<string, unknown>, path: FieldPath, id: { id?: string }): Rule {
  for (const key of ["fact", "operator", "value"]) {
    if (!Object.hasOwn(node, key)) throw fail(path, `a condition needs "${key}"`);
  }
  const factName = node["fact"];
  if (typeof factName !== "string" || factName === "") throw fail([...path, "fact"], `expected a fact name, received ${describeValue(factName)}`);
  if (factName.includes(".")) throw fail([...path, "fact"], `fact names containing "." are not supported (${describeValue(factName)}); use a path`);
  const params = node["params"];
  if (params !== undefined && !(isObject(params) && Object.keys(params).length === 0)) {
    throw fail([...path, "params"], "fact params are not supported: they parameterise json-rules-engine's computed facts; pass the computed value as a fact");
  }
  const segments = node["path"] === undefined || node["path"] === "" ? [] : jsonPath(node["path"], [...path, "path"]);
  const fact = [factName, ...segments].join(".");
  const operator = node["operator"];
  const value = node["value"];
  const valuePath = [...path, "value"];
  if (isObject(value) && Object.hasOwn(value, "fact")) throw fail(valuePath, "comparing a fact with another fact (value: { fact }) is not supported");
  const loose = { semantics: "json-rules-engine" } as const;
  const never: Condition = { fact, op: "in", value: [], ...loose }; // fails whenever the fact is present
  const always: Condition = { fact, op: "notIn", value: [], ...loose }; // passes whenever the fact is present
  undecidable(value, valuePath);
  switch (operator) {
    case "equal":
      return isScalar(value) ? { ...id, fact, op: "eq", value, ...loose } : { ...id, ...never };
    case "notEqual":
      return isScalar(value) ? { ...id, fact, op: "ne", value, ...loose } : { ...id, ...always };
    case "in":
    case "notIn": {
      if (!Array.isArray(value)) throw fail(valuePath, `${operator} needs an array value, received ${describeValue(value)}`);
      value.forEach((item, index) => undecidable(item, [...valuePath, index]));
      return { ...id, fact, op: operator, value: value.filter(isScalar), ...loose };
    }
    case "contains":
      return isScalar(value) ? { ...id, fact, op: "contains", value, factType: "array", ...loose } : { ...id, ...never };
    case "doesNotContain": {
      const isArray: Condition = { fact, op: "notIn", value: [], factType: "array", ...loose };
      return isScalar(value) ? { ...id, all: [isArray, { not: { fact, op: "contains", value, ...loose } }] } : { ...id, ...isArray };
    }
    case "lessThan":
    case "lessThanInclusive":
    case "greaterThan":
    case "greaterThanInclusive":
      if (typeof value !== "number" && typeof value !== "string") {
        throw fail(valuePath, `${operator} needs a number or string threshold (json-rules-engine would compare ${describeValue(value)} with JavaScript coercion)`);
      }
      return { ...id, fact, op: NUMERIC[operator], value, ...loose };
    default:
      throw fail([...path, "operator"], `unsupported operator ${describeValue(operator)}; expected one of ${OPERATORS.join(", ")}`);
  }
}

/**
 * Refuses what json-rules-engine decides in a way no JSON rule can say: non-finite numbers and BigInts, which
 * it compares by identity (`Infinity` equals `Infinity`, `1n` equals `1n`) where JSON has no such values.
 */
function undecidable(value: unknown, path: FieldPath): void {
  if ((typeof value === "number" && !Number.isFinite(value)) || typeof value === "bigint") {
    throw fail(path, `${describeValue(value)} cannot be expressed in a JSON rule (json-rules-engine compares it by identity); use a finite number`);
  }
}

/** Splits a JSONPath of plain member and index steps (`$.a.b`, `$['a'][0]`) into fact path segments. */
function jsonPath(path: unknown, at: FieldPath): string[] {
  if (typeof path !== "string" || !path.startsWith("$")) throw fail(at, `expected a JSONPath starting with "$", received ${describeValue(path)}`);
  const segments: string[] = [];
  const step = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\['([^'\\.]*)'\]|\["([^"\\.]*)"\]/y;
  let index = 1;
  while (index < path.length) {
    step.lastIndex = index;
    const match = step.exec(path);
    if (match === null) throw fail(at, `unsupported JSONPath ${describeValue(path)} at character ${index + 1}: only .name, ['name'] and [index] steps are supported`);
    const segment = match[1] ?? match[2] ?? match[3] ?? match[4] ?? "";
    if (segment === "") throw fail(at, `unsupported JSONPath ${describeValue(path)}: empty member name`);
    // json-rules-engine's JSONPath (jsonpath-plus) reads these characters as syntax even inside brackets
    // ($['*'] is a wildcard, $.$ the root, ^ the parent, @ and () script): refuse rather than read a literal key
    if (/[*$@^()?:,~`]/.test(segment)) {
      throw fail(at, `unsupported JSONPath ${describeValue(path)}: member name ${describeValue(segment)} is JSONPath syntax in json-rules-engine (wildcards, filters, scripts), not a plain key`);
    }
    segments.push(segment);
    index = step.lastIndex;
  }
  return segments;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownKeys(node: Record<string, unknown>, allowed: ReadonlySet<string>, path: FieldPath): void {
  for (const key of Object.keys(node)) {
    if (!allowed.has(key)) throw fail([...path, key], `unknown key ${describeValue(key)} in a json-rules-engine condition`);
  }
}

function fail(path: FieldPath, message: string): InvalidRuleError {
  // Keys quoted in the path are cut like values, so a 10 MB key still gives a short message.
  const shown = path.map((key) => (typeof key === "string" && key.length > 80 ? `${key.slice(0, 77)}…` : key));
  const full = `${formatPath(shown)}: ${message}`;
  return new InvalidRuleError(full, { path, issues: [{ path, message: full }] });
}
