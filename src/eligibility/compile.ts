import { assertRuleShape } from "./rule-shape.js";
import { isDerivedFactName, resolveDerived, type DerivationContext } from "./derived-facts.js";
import { normaliseAsOf, notARule, type EvaluateOptions } from "./evaluate.js";
import { prototypeGuards, prototypeIsPolluted, splitFactPath } from "./fact-path.js";
import { assertValueShape, hasFactType, isOperator, testLoose, unknownOperator } from "./operators.js";
import type { Condition, Rule, Scalar } from "./rule.js";
import type { Outcome } from "./trace.js";

/**
 * A rule compiled by {@link compileRule}: decides one subject's outcome, as `evaluate` would, without a trace.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { compileRule, type CompiledRule } from "technopark";
 * const judge: CompiledRule = compileRule({ fact: "company.startupStage", op: "eq", value: "early" });
 * judge({ company: { foundedOn: "2023-05-01" } }, { asOf: "2024-05-01" }); // "eligible"
 * ```
 */
export type CompiledRule = (facts: object, options?: EvaluateOptions) => Outcome;

const PASSED = 1;
const FAILED = 0;
const UNDETERMINED = 2;
type Code = 0 | 1 | 2;
type Node = (facts: object, context: DerivationContext | undefined) => Code;
type Test = (actual: unknown) => boolean;

const OUTCOMES: readonly Outcome[] = ["ineligible", "eligible", "undetermined"];

/**
 * Compiles a rule once into a closure for batches: fact paths are split, `in`/`notIn` sets and typed
 * comparisons are built at compile time, derived facts are computed lazily and memoised per call, and no
 * trace is allocated. No `eval` or `new Function`. Gives the same outcome as {@link evaluate} for every
 * input (checked by a property test); children of `all`/`any` short-circuit, which cannot change the outcome.
 *
 * @param rule - the rule (validate untrusted JSON with `parseRule` first; rules deeper than `RULE_LIMITS.maxDepth` throw `INVALID_RULE`)
 * @category Eligibility
 * @example
 * ```ts
 * import { compileRule } from "technopark";
 * const isLarge = compileRule({ fact: "company.regularWorkers", op: "gte", value: 30 });
 * isLarge({ company: { regularWorkers: 30 } }); // "eligible"
 * isLarge({ company: {} }); // "undetermined"
 * ```
 */
export function compileRule(rule: Rule): CompiledRule {
  assertRuleShape(rule);
  let usesDerived = false;
  const onDerived = (): void => {
    usesDerived = true;
  };
  // Two trees: the fast one checks own properties only for keys Object.prototype has; the safe one, used
  // while the prototype is polluted, checks every key.
  const root = build(rule, onDerived, false);
  const safeRoot = build(rule, onDerived, true);
  let lastAsOf: unknown;
  let lastIso: string | undefined;
  return (facts, options) => {
    const asOf = options?.asOf;
    let iso: string | undefined;
    if (asOf !== undefined) {
      if (asOf === lastAsOf) iso = lastIso;
      else {
        iso = normaliseAsOf(options);
        if (typeof asOf === "string") {
          lastAsOf = asOf;
          lastIso = iso;
        }
      }
    }
    const polluted = prototypeIsPolluted();
    const context = usesDerived ? { facts, asOf: iso, memo: undefined, traced: false, nodes: 0, polluted } : undefined;
    return OUTCOMES[(polluted ? safeRoot : root)(facts, context)]!;
  };
}


/**
 * Builds the closure of a node whose conditions read their facts from a scope `skip` segments below the
 * facts root. A group whose conditions all start with the same next segment (e.g. `company.`) reads that
 * object once and hands it to its children, as a hand-written predicate would (`const c = facts.company`).
 */
function build(node: Rule, onDerived: () => void, safe: boolean, skip = 0): Node {
  if ("fact" in node) return buildCondition(node, onDerived, safe, skip);
  const prefix = sharedSegment(node, skip);
  if (prefix !== undefined) {
    const inner = buildGroup(node, onDerived, safe, skip + 1);
    const guarded = safe || prefix in Object.prototype;
    return (scope, context) => {
      if (typeof scope !== "object" || scope === null) return inner(undefined as unknown as object, context);
      const next = (scope as Record<string, unknown>)[prefix];
      return inner((guarded && !Object.hasOwn(scope, prefix) ? undefined : next) as object, context);
    };
  }
  return buildGroup(node, onDerived, safe, skip);
}

/** The segment at position `skip` that every condition under a group shares (with more segments after it), if any. */
function sharedSegment(node: Rule, skip: number): string | undefined {
  let shared: string | undefined;
  const stack: Rule[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ("fact" in current) {
      const segments = splitFactPath(current.fact);
      if (segments.length <= skip + 1) return undefined;
      const segment = segments[skip]!;
      if (shared === undefined) shared = segment;
      else if (shared !== segment) return undefined;
    } else if ("all" in current) stack.push(...current.all);
    else if ("any" in current) stack.push(...current.any);
    else if ("not" in current) stack.push(current.not);
  }
  return shared;
}

function buildGroup(node: Rule, onDerived: () => void, safe: boolean, skip: number): Node {
  if ("all" in node) {
    const children = node.all.map((child) => build(child, onDerived, safe, skip));
    if (children.length === 0) return () => PASSED;
    if (children.length === 1) return children[0]!;
    // Unrolled for the common small groups: each call site then sees one child, so V8 can inline it.
    // Codes: FAILED 0, PASSED 1, UNDETERMINED 2; with no failure, any 2 makes the group undetermined.
    if (children.length === 2) {
      const [first, second] = children as [Node, Node];
      return (facts, context) => {
        const a = first(facts, context);
        if (a === FAILED) return FAILED;
        const b = second(facts, context);
        if (b === FAILED) return FAILED;
        return (a | b) & UNDETERMINED ? UNDETERMINED : PASSED;
      };
    }
    if (children.length === 3) {
      const [first, second, third] = children as [Node, Node, Node];
      return (facts, context) => {
        const a = first(facts, context);
        if (a === FAILED) return FAILED;
        const b = second(facts, context);
        if (b === FAILED) return FAILED;
        const c = third(facts, context);
        if (c === FAILED) return FAILED;
        return (a | b | c) & UNDETERMINED ? UNDETERMINED : PASSED;
      };
    }
    return (facts, context) => {
      let undetermined = false;
      for (let i = 0; i < children.length; i++) {
        const code = children[i]!(facts, context);
        if (code === FAILED) return FAILED;
        if (code === UNDETERMINED) undetermined = true;
      }
      return undetermined ? UNDETERMINED : PASSED;
    };
  }
  if ("any" in node) {
    const children = node.any.map((child) => build(child, onDerived, safe, skip));
    if (children.length === 0) return () => FAILED;
    if (children.length === 1) return children[0]!;
    if (children.length === 2) {
      const [first, second] = children as [Node, Node];
      return (facts, context) => {
        const a = first(facts, context);
        if (a === PASSED) return PASSED;
        const b = second(facts, context);
        if (b === PASSED) return PASSED;
        return (a | b) & UNDETERMINED ? UNDETERMINED : FAILED;
      };
    }
    return (facts, context) => {
      let undetermined = false;
      for (let i = 0; i < children.length; i++) {
        const code = children[i]!(facts, context);
        if (code === PASSED) return PASSED;
        if (code === UNDETERMINED) undetermined = true;
      }
      return undetermined ? UNDETERMINED : FAILED;
    };
  }
  if ("not" in node) {
    const child = build(node.not, onDerived, safe, skip);
    return (facts, context) => {
      const code = child(facts, context);
      return code === PASSED ? FAILED : code === FAILED ? PASSED : UNDETERMINED;
    };
  }
  throw notARule(node);
}

function buildCondition(condition: Condition, onDerived: () => void, safe: boolean, skip: number): Node {
  const segments = splitFactPath(condition.fact).slice(skip);
  const guards = safe ? undefined : prototypeGuards(segments);
  const baseTest = buildTest(condition);
  const factType = condition.factType;
  const whenMissing: Code = condition.op === "exists" ? (condition.value === false ? PASSED : FAILED) : UNDETERMINED;
  const test: Test = factType === undefined ? baseTest : (actual) => hasFactType(actual, factType) && baseTest(actual);
  const whenPresent = condition.op === "exists" && condition.value === false ? () => false : test;
  const fact = condition.fact;
  // Derived facts: when the facts do not give the value, compute it (memoised per call) and test that.
  let missing: Missing | undefined;
  if (isDerivedFactName(fact)) {
    onDerived();
    missing = (context) => {
      const resolution = resolveDerived(context!, fact);
      if (!resolution.present) return whenMissing;
      return whenPresent(resolution.value) ? PASSED : FAILED;
    };
  }
  const fast = factType === undefined && condition.semantics !== "json-rules-engine" ? fastCondition(condition, segments, guards, missing) : undefined;
  if (fast !== undefined) return fast;
  return (facts, context) => {
    const actual = readFact(facts, segments, guards);
    if (actual === undefined || actual === null) return missing === undefined ? whenMissing : missing(context);
    return whenPresent(actual) ? PASSED : FAILED;
  };
}

type Missing = (context: DerivationContext | undefined) => Code;

/**
 * Reads a fact at pre-split segments (the same rules as `readPath`); small and monomorphic, so V8 inlines it
 * into the per-operator closures below.
 */
function readFact(facts: object, segments: readonly string[], guards: readonly boolean[] | undefined): unknown {
  let current: unknown = facts;
  for (let i = 0; i < segments.length; i++) {
    if (typeof current !== "object" || current === null) return undefined;
    const key = segments[i]!;
    const next: unknown = (current as Record<string, unknown>)[key];
    // Own properties only (see readPath): guarded segments, or all of them once the prototype is polluted.
    if (next === undefined || ((guards === undefined || guards[i] === true) && !Object.hasOwn(current, key))) return undefined;
    current = next;
  }
  return typeof current === "function" ? undefined : current;
}

/** One closure per hot operator, with the comparison written inline (no second closure call per condition). */
function fastCondition(condition: Condition, segments: readonly string[], guards: readonly boolean[] | undefined, missing: Missing | undefined): Node | undefined {
  const { op, value } = condition;
  switch (op) {
    case "eq":
      return (facts, context) => {
        const actual = readFact(facts, segments, guards);
        return actual === undefined || actual === null ? (missing === undefined ? UNDETERMINED : missing(context)) : actual === value ? PASSED : FAILED;
      };
    case "ne":
      return (facts, context) => {
        const actual = readFact(facts, segments, guards);
        return actual === undefined || actual === null ? (missing === undefined ? UNDETERMINED : missing(context)) : actual !== value ? PASSED : FAILED;
      };
    case "in":
    case "notIn": {
      const list = asArray(condition);
      const hit: Code = op === "in" ? PASSED : FAILED;
      const miss: Code = op === "in" ? FAILED : PASSED;
      if (list.length <= 8) {
        // A few strict comparisons beat hashing for the short lists rules use (sizes, stages, districts).
        const items = [...list];
        return (facts, context) => {
          const actual = readFact(facts, segments, guards);
          if (actual === undefined || actual === null) return missing === undefined ? UNDETERMINED : missing(context);
          for (let i = 0; i < items.length; i++) if (items[i] === actual) return hit;
          return miss;
        };
      }
      const set = new Set<unknown>(list);
      return (facts, context) => {
        const actual = readFact(facts, segments, guards);
        if (actual === undefined || actual === null) return missing === undefined ? UNDETERMINED : missing(context);
        return set.has(actual) && actual === actual ? hit : miss;
      };
    }
    case "gte":
    case "gt":
    case "lte":
    case "lt": {
      if (typeof value !== "number") return undefined;
      const read = (facts: object): number | undefined | null => {
        const actual = readFact(facts, segments, guards);
        return actual === undefined || actual === null ? null : typeof actual === "number" ? actual : undefined;
      };
      // read: null = missing, undefined = not a number (fails), else the number
      switch (op) {
        case "gte":
          return (facts, context) => {
            const n = read(facts);
            return n === null ? (missing === undefined ? UNDETERMINED : missing(context)) : n !== undefined && n >= value ? PASSED : FAILED;
          };
        case "gt":
          return (facts, context) => {
            const n = read(facts);
            return n === null ? (missing === undefined ? UNDETERMINED : missing(context)) : n !== undefined && n > value ? PASSED : FAILED;
          };
        case "lte":
          return (facts, context) => {
            const n = read(facts);
            return n === null ? (missing === undefined ? UNDETERMINED : missing(context)) : n !== undefined && n <= value ? PASSED : FAILED;
          };
        default:
          return (facts, context) => {
            const n = read(facts);
            return n === null ? (missing === undefined ? UNDETERMINED : missing(context)) : n !== undefined && n < value ? PASSED : FAILED;
          };
      }
    }
    default:
      return undefined;
  }
}

function buildTest(condition: Condition): Test {
  if (!isOperator(condition.op)) throw unknownOperator(condition.op, condition.fact);
  assertValueShape(condition);
  const { op, value } = condition;
  if (condition.semantics === "json-rules-engine" && (op === "lt" || op === "lte" || op === "gt" || op === "gte" || op === "contains")) {
    return (actual) => testLoose(op, actual, value);
  }
  switch (op) {
    case "eq":
      return (actual) => actual === value;
    case "ne":
      return (actual) => actual !== value;
    case "lt":
    case "lte":
    case "gt":
    case "gte":
      return ordered(op, value);
    case "in":
    case "notIn": {
      const set = new Set<unknown>(asArray(condition));
      // `actual === actual` keeps Set's SameValueZero from matching NaN, so `in` is strict equality like `evaluate`.
      return op === "in" ? (actual) => set.has(actual) && actual === actual : (actual) => !(set.has(actual) && actual === actual);
    }
    case "contains":
      return (actual) => {
        if (Array.isArray(actual)) {
          for (let i = 0; i < actual.length; i++) if (actual[i] === value) return true;
          return false;
        }
        return typeof actual === "string" && typeof value === "string" && actual.includes(value);
      };
    case "startsWith":
      return typeof value === "string" ? (actual) => typeof actual === "string" && actual.startsWith(value) : () => false;
    case "between": {
      const [min, max] = asArray(condition) as [Scalar, Scalar];
      const type = typeof min;
      if ((type !== "number" && type !== "string") || typeof max !== type) return () => false;
      return (actual) => typeof actual === type && (min as number) <= (actual as number) && (actual as number) <= (max as number);
    }
    case "exists":
      return () => true;
  }
}

function ordered(op: "lt" | "lte" | "gt" | "gte", value: unknown): Test {
  if (typeof value === "number") {
    switch (op) {
      case "lt":
        return (actual) => typeof actual === "number" && actual < value;
      case "lte":
        return (actual) => typeof actual === "number" && actual <= value;
      case "gt":
        return (actual) => typeof actual === "number" && actual > value;
      case "gte":
        return (actual) => typeof actual === "number" && actual >= value;
    }
  }
  if (typeof value === "string") {
    switch (op) {
      case "lt":
        return (actual) => typeof actual === "string" && actual < value;
      case "lte":
        return (actual) => typeof actual === "string" && actual <= value;
      case "gt":
        return (actual) => typeof actual === "string" && actual > value;
      case "gte":
        return (actual) => typeof actual === "string" && actual >= value;
    }
  }
  return () => false;
}

function asArray(condition: Condition): readonly Scalar[] {
  return condition.value as readonly Scalar[];
}
