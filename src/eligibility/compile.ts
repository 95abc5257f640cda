import { assertRuleShape, notARule } from "../rules/rule-shape.js";
import { resolveDerived, type DerivationContext } from "./derived-facts.js";
import { normaliseAsOf, type EvaluateOptions } from "./evaluate.js";
import { isDerivedFactName } from "../rules/facts.js";
import { prototypeIsPolluted, splitFactPath } from "../rules/fact-path.js";
import { prepareCondition } from "../rules/prepare-condition.js";
import type { Condition, Rule } from "../rules/rule.js";
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

const CODES: Readonly<Record<"undetermined" | "passed" | "failed", Code>> = { undetermined: UNDETERMINED, passed: PASSED, failed: FAILED };

/**
 * A condition's closure: read the fact (below the scope a shared prefix already read), then the prepared test
 * of the operator table, or the derivation when a derived fact is not given.
 */
function buildCondition(condition: Condition, onDerived: () => void, safe: boolean, skip: number): Node {
  const prepared = prepareCondition(condition, []);
  const segments = prepared.segments.slice(skip);
  const guards = safe ? undefined : prepared.guards.slice(skip);
  const test = prepared.test;
  const whenMissing = CODES[prepared.whenMissing];
  const fact = condition.fact;
  if (isDerivedFactName(fact)) {
    onDerived();
    return (facts, context) => {
      const actual = readFact(facts, segments, guards);
      if (actual !== undefined && actual !== null) return test(actual) ? PASSED : FAILED;
      const resolution = resolveDerived(context!, fact);
      return !resolution.present ? whenMissing : test(resolution.value) ? PASSED : FAILED;
    };
  }
  return (facts) => {
    const actual = readFact(facts, segments, guards);
    return actual === undefined || actual === null ? whenMissing : test(actual) ? PASSED : FAILED;
  };
}

/**
 * Reads a fact at pre-split segments (the same rules as `readPath`); small and monomorphic, so V8 inlines it
 * into the condition closures.
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
