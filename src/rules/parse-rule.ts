import { describeValue } from "../errors/format.js";
import type { FieldPath } from "../errors/technopark-error.js";
import { FORBIDDEN_SEGMENTS } from "./fact-path.js";
import { RULE_LIMITS } from "./limits.js";
import { isOperator, OPERATORS } from "./operators.js";
import { invalidRule, prepareCondition } from "./prepare-condition.js";
import { FACT_TYPES, SEMANTICS, type Condition, type Rule, type RuleValue } from "./rule.js";

const FACT_TYPE_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(FACT_TYPES);
const SEMANTICS_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(SEMANTICS);
const CONDITION_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["id", "label", "fact", "op", "value", "factType", "semantics"]);
const GROUP_KEYS = { all: /* @__PURE__ */ new Set(["id", "label", "all"]), any: /* @__PURE__ */ new Set(["id", "label", "any"]), not: /* @__PURE__ */ new Set(["id", "label", "not"]) } as const;

type Frame = { readonly input: unknown; readonly path: FieldPath; readonly depth: number; readonly put: (copy: Rule) => void };

/**
 * Validates untrusted rule JSON and returns a new, deep-copied {@link Rule} (never the input). Checks
 * iteratively, with an explicit stack, so even a 100,000-deep rule is refused quickly instead of
 * overflowing the stack. Refuses, with `INVALID_RULE` and the path of the offending node
 * (e.g. `all[3].any[0].op`): anything but plain objects and arrays; unknown keys; a node without exactly one of
 * `fact` / `all` / `any` / `not`; unknown operators, fact types and semantics; a value of the wrong shape for
 * its operator (one value, a list for `in`/`notIn`, a `[min, max]` pair with min ≤ max for `between`, a boolean
 * or nothing for `exists`); a value whose type does not fit the fact's type in the fact catalogue (a number
 * for a money fact, `"2021-3-5"` for a date fact, `"smal"` for `company.smeSize`) or an operator that does not
 * fit it (`startsWith` on a number); a path under `company.` or `representative.` the catalogue does not know,
 * unless the condition declares a `factType` (the message suggests the nearest known path); non-finite
 * numbers; fact paths with an empty segment or touching `__proto__`,
 * `constructor` or `prototype`; and anything beyond {@link RULE_LIMITS} (depth 64, 10,000 nodes, fact paths of
 * 1,000 characters, strings of 10,000, value arrays of 10,000). A JSON string is parsed first.
 *
 * @param json - parsed JSON (or a JSON string) from an untrusted source
 * @category Eligibility
 * @example
 * ```ts
 * import { parseRule } from "technopark";
 * const rule = parseRule(JSON.parse('{"all":[{"fact":"company.regularWorkers","op":"gte","value":30}]}'));
 * parseRule({ all: [{ fact: "company.regularWorker", op: "gte", value: 30 }] });
 * // throws InvalidRuleError (code "INVALID_RULE"): all[0].fact: unknown fact "company.regularWorker" (did you mean "company.regularWorkers"?); …
 * parseRule({ fact: "company.previousYearRevenue", op: "lt", value: 2000000000 });
 * // throws InvalidRuleError: value: "company.previousYearRevenue" is a money fact: expected a Money value …
 * parseRule({ fact: "company.previousYearRevenue", op: "lt", value: { amount: "2000000000", currency: "KRW" } }); // fine
 * ```
 */
export function parseRule(json: unknown): Rule {
  let input = json;
  if (typeof input === "string") {
    try {
      input = JSON.parse(input) as unknown;
    } catch (error) {
      throw invalidRule([], `not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
  }
  let result: Rule | undefined;
  const stack: Frame[] = [{ input, path: [], depth: 1, put: (copy) => (result = copy) }];
  let nodes = 0;
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { path, depth } = frame;
    if (depth > RULE_LIMITS.maxDepth) {
      throw invalidRule(path, `rule is nested deeper than ${RULE_LIMITS.maxDepth} levels (RULE_LIMITS.maxDepth)`);
    }
    if (++nodes > RULE_LIMITS.maxNodes) {
      throw invalidRule(path, `rule has more than ${RULE_LIMITS.maxNodes.toLocaleString("en")} nodes (RULE_LIMITS.maxNodes)`);
    }
    const node = plainObject(frame.input, path, "a rule node ({ fact, op, value } or { all } / { any } / { not })");
    const kinds = (["fact", "all", "any", "not"] as const).filter((key) => Object.hasOwn(node, key));
    if (kinds.length !== 1) {
      throw invalidRule(path, kinds.length === 0
        ? `expected a rule node with one of fact, all, any, not; received an object with keys ${keyList(node)}`
        : `a rule node has exactly one of fact, all, any, not; received ${kinds.join(" and ")}`);
    }
    const kind = kinds[0]!;
    const allowed = kind === "fact" ? CONDITION_KEYS : GROUP_KEYS[kind];
    for (const key of Object.keys(node)) {
      if (!allowed.has(key)) throw invalidRule([...path, key], `unknown key ${describeValue(key)} in ${kind === "fact" ? "a condition" : `an ${kind} node`}; allowed: ${[...allowed].join(", ")}`);
    }
    const copy: Record<string, unknown> = {};
    if (Object.hasOwn(node, "id")) copy["id"] = text(node["id"], [...path, "id"], "an id");
    if (Object.hasOwn(node, "label")) copy["label"] = label(node["label"], [...path, "label"]);
    if (kind === "fact") {
      Object.assign(copy, condition(node, path));
      frame.put(copy as unknown as Rule);
    } else if (kind === "not") {
      frame.put(copy as unknown as Rule);
      stack.push({ input: node["not"], path: [...path, "not"], depth: depth + 1, put: (child) => (copy["not"] = child) });
    } else {
      const list = node[kind];
      if (!Array.isArray(list)) throw invalidRule([...path, kind], `expected an array of rule nodes, received ${describeValue(list)}`);
      const children: Rule[] = new Array<Rule>(list.length);
      copy[kind] = children;
      frame.put(copy as unknown as Rule);
      for (let i = list.length - 1; i >= 0; i--) {
        stack.push({ input: list[i], path: [...path, kind, i], depth: depth + 1, put: (child) => (children[i] = child) });
      }
    }
  }
  return result!;
}

function condition(node: Record<string, unknown>, path: FieldPath): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const factPath = [...path, "fact"];
  const fact = node["fact"];
  if (typeof fact !== "string" || fact.length === 0) throw invalidRule(factPath, `expected a non-empty dotted fact path, received ${describeValue(fact)}`);
  if (fact.length > RULE_LIMITS.maxFactPathLength) {
    throw invalidRule(factPath, `fact path is longer than ${RULE_LIMITS.maxFactPathLength.toLocaleString("en")} characters (RULE_LIMITS.maxFactPathLength)`);
  }
  for (const segment of fact.split(".")) {
    if (segment === "") throw invalidRule(factPath, `fact path ${describeValue(fact)} has an empty segment`);
    if (FORBIDDEN_SEGMENTS.has(segment)) throw invalidRule(factPath, `fact path ${describeValue(fact)} touches ${describeValue(segment)}, which is not allowed`);
  }
  out["fact"] = fact;
  const op = node["op"];
  if (!isOperator(op)) {
    throw invalidRule([...path, "op"], `${typeof op === "string" ? `unknown operator ${describeValue(op)}` : `expected an operator, received ${describeValue(op)}`}; expected one of ${OPERATORS.join(", ")}`);
  }
  out["op"] = op;
  if (Object.hasOwn(node, "value")) {
    const value = node["value"];
    const valuePath = [...path, "value"];
    if (Array.isArray(value)) {
      if (value.length > RULE_LIMITS.maxArrayLength) throw invalidRule(valuePath, `array has more than ${RULE_LIMITS.maxArrayLength.toLocaleString("en")} elements (RULE_LIMITS.maxArrayLength)`);
      const copy = new Array<RuleValue>(value.length);
      for (let i = 0; i < value.length; i++) copy[i] = ruleValue(value[i], [...valuePath, i]);
      out["value"] = copy;
    } else out["value"] = ruleValue(value, valuePath);
  }
  if (Object.hasOwn(node, "factType")) {
    const factType = node["factType"];
    if (typeof factType !== "string" || !FACT_TYPE_SET.has(factType)) throw invalidRule([...path, "factType"], `expected one of ${FACT_TYPES.join(", ")}, received ${describeValue(factType)}`);
    out["factType"] = factType;
  }
  if (Object.hasOwn(node, "semantics")) {
    const semantics = node["semantics"];
    if (typeof semantics !== "string" || !SEMANTICS_SET.has(semantics)) throw invalidRule([...path, "semantics"], `expected one of ${SEMANTICS.join(", ")}, received ${describeValue(semantics)}`);
    out["semantics"] = semantics;
  }
  // typed by the fact catalogue and the operator table (prepared once: evaluating the parsed rule reuses it)
  prepareCondition(out as unknown as Condition, path, true);
  return out;
}

/** A copy of one value: a scalar (finite numbers, strings within the limit) or a `{ amount, currency }` object. */
function ruleValue(value: unknown, path: FieldPath): RuleValue {
  if (value === null || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw invalidRule(path, `expected a finite number, received ${describeValue(value)}`);
    return value;
  }
  if (typeof value === "string") {
    if (value.length > RULE_LIMITS.maxStringLength) throw invalidRule(path, `string is longer than ${RULE_LIMITS.maxStringLength.toLocaleString("en")} characters (RULE_LIMITS.maxStringLength)`);
    return value;
  }
  if (typeof value === "object" && !Array.isArray(value)) {
    const object = plainObject(value, path, "a Money value { amount, currency }");
    for (const key of Object.keys(object)) {
      if (key !== "amount" && key !== "currency") throw invalidRule([...path, key], `unknown key ${describeValue(key)} in a Money value; allowed: amount, currency`);
    }
    const { amount, currency } = object;
    if (typeof amount !== "string" || amount.length > RULE_LIMITS.maxStringLength) throw invalidRule([...path, "amount"], `expected a decimal string, received ${describeValue(amount)}`);
    if (typeof currency !== "string" || currency.length > 16) throw invalidRule([...path, "currency"], `expected an ISO 4217 code, received ${describeValue(currency)}`);
    return { amount, currency };
  }
  throw invalidRule(path, `expected a string, number, boolean, null or Money value, received ${describeValue(value)}`);
}

function text(value: unknown, path: FieldPath, what: string): string {
  if (typeof value !== "string" || value.length === 0) throw invalidRule(path, `expected ${what}: a non-empty string, received ${describeValue(value)}`);
  if (value.length > RULE_LIMITS.maxStringLength) throw invalidRule(path, `string is longer than ${RULE_LIMITS.maxStringLength.toLocaleString("en")} characters (RULE_LIMITS.maxStringLength)`);
  return value;
}

function label(value: unknown, path: FieldPath): { ko: string; en: string } {
  const object = plainObject(value, path, "a label { ko, en }");
  for (const key of Object.keys(object)) {
    if (key !== "ko" && key !== "en") throw invalidRule([...path, key], `unknown key ${describeValue(key)} in a label; allowed: ko, en`);
  }
  return { ko: text(object["ko"], [...path, "ko"], "the Korean label"), en: text(object["en"], [...path, "en"], "the English label") };
}

function plainObject(value: unknown, path: FieldPath, expected: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw invalidRule(path, `expected ${expected}, received ${describeValue(value)}`);
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) throw invalidRule(path, `expected ${expected} as a plain object, received an instance of ${describeConstructor(value)}`);
  if (Object.getOwnPropertySymbols(value).length > 0) throw invalidRule(path, `expected ${expected} as plain JSON, received an object with symbol keys`);
  return value as Record<string, unknown>;
}

function describeConstructor(value: object): string {
  const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
  return typeof name === "string" && name !== "" ? name : "a class";
}

function keyList(node: Record<string, unknown>): string {
  const keys = Object.keys(node);
  return keys.length === 0 ? "(none)" : keys.slice(0, 10).map((key) => describeValue(key)).join(", ");
}
