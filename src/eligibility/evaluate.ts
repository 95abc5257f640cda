import { InvalidRuleError, isTechnoparkError } from "../errors/technopark-error.js";
import { ruleShapeError } from "./rule-shape.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { isDerivedFactName, resolveDerived, type DerivationContext } from "./derived-facts.js";
import { prototypeGuards, prototypeIsPolluted, readPath, splitFactPath } from "./fact-path.js";
import { RULE_LIMITS } from "./limits.js";
import { assertValueShape, hasFactType, testLoose, testStrict, unknownOperator } from "./operators.js";

const KNOWN_OPS: Readonly<Record<string, true | undefined>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.assign(/* @__PURE__ */ Object.create(null) as Record<string, true>, {
    eq: true, ne: true, lt: true, lte: true, gt: true, gte: true, in: true, notIn: true, contains: true, startsWith: true, between: true, exists: true,
  }),
);
import type { Condition, Rule } from "./rule.js";
import type { ConditionTrace, DerivationTrace, EligibilityResult, NodeOutcome, Outcome, TraceNode } from "./trace.js";

/**
 * Options of {@link evaluate} and of compiled rules.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type EvaluateOptions } from "technopark";
 * const options: EvaluateOptions = { asOf: "2024-10-23" };
 * evaluate({ fact: "company.ageInYears", op: "lt", value: 7 }, { company: { foundedOn: "2020-01-01" } }, options).outcome; // "eligible"
 * ```
 */
export interface EvaluateOptions {
  /** The date to judge at: date-dependent derived facts (SME size, start-up stage, youth…) are computed as of it. Without it they are missing. */
  readonly asOf?: DateLike | undefined;
}

/**
 * Evaluates a rule against facts, three-valued, with a full trace. `all` with a failed child is
 * ineligible even when other children are undetermined; `any` with a passing child is eligible; `not`
 * negates and keeps undetermined. A missing fact (`undefined`/`null`) leaves its condition undetermined
 * (except `exists`), and `missing` lists the fact paths that would decide the outcome. Derived facts
 * (`company.regularWorkers`, `company.smeSize`, `company.startupStage`…, see `derivedFacts`) are computed
 * lazily as of `options.asOf` when the facts do not give them; the trace records the value and the statute.
 * Pure and synchronous; the facts and the rule are never mutated.
 *
 * @param rule - the rule (validate untrusted JSON with `parseRule` first)
 * @param facts - the subject, e.g. `{ company, representative }`
 * @param options - `asOf`: the date to judge at
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate } from "technopark";
 * const rule = { all: [
 *   { fact: "company.location.sigungu", op: "eq", value: "영천시" },
 *   { fact: "company.regularWorkers", op: "gte", value: 30 },
 * ] } as const;
 * evaluate(rule, { company: { location: { sigungu: "영천시" }, regularWorkers: 29.5 } }).outcome; // "ineligible"
 * evaluate(rule, { company: { location: { sigungu: "영천시" } } }).missing; // ["company.regularWorkers"]
 * ```
 */
export function evaluate(rule: Rule, facts: object, options?: EvaluateOptions): EligibilityResult {
  const context: DerivationContext = { facts, asOf: normaliseAsOf(options), memo: undefined, traced: true, nodes: 0, polluted: prototypeIsPolluted() };
  let trace: TraceNode;
  try {
    trace = evaluateNode(rule, context, 1);
  } catch (error) {
    // the walk stops at the first defect without tracking paths (well-formed rules pay nothing for them);
    // only then is the rule walked again to name the offending node
    if (isTechnoparkError(error, "INVALID_RULE") && error.path.length === 0) throw ruleShapeError(rule) ?? error;
    throw error;
  }
  const missing: string[] = [];
  markDecisive(trace, missing);
  return { outcome: toOutcome(trace.outcome), missing, trace };
}

/** @internal The `asOf` option as `YYYY-MM-DD`, or `undefined`; a bad date throws `VALIDATION`. */
export function normaliseAsOf(options: EvaluateOptions | undefined): string | undefined {
  const asOf = options?.asOf;
  return asOf === undefined ? undefined : toIsoDate(asOf, ["options", "asOf"]);
}

/** @internal */
export function toOutcome(outcome: NodeOutcome): Outcome {
  return outcome === "passed" ? "eligible" : outcome === "failed" ? "ineligible" : "undetermined";
}

/** @internal The error for a rule nested deeper than the limit (evaluation never recurses further). */
export function tooDeep(): InvalidRuleError {
  return new InvalidRuleError(
    `(root): rule nesting exceeds RULE_LIMITS.maxDepth (${RULE_LIMITS.maxDepth} levels); validate untrusted rules with parseRule`,
    { path: [] },
  );
}

/** @internal The error for a rule with more nodes than the limit. */
export function tooManyNodes(): InvalidRuleError {
  return new InvalidRuleError(`(root): rule has more than RULE_LIMITS.maxNodes (${RULE_LIMITS.maxNodes}) nodes`, { path: [] });
}

/** @internal The error for something that is not a rule node. */
export function notARule(node: unknown): InvalidRuleError {
  return new InvalidRuleError(
    `(root): expected a rule node ({ fact, op, value } or { all } / { any } / { not }) somewhere in the rule, received ${typeof node === "object" ? "an object without fact/all/any/not" : typeof node}; validate untrusted rules with parseRule`,
    { path: [] },
  );
}


type AnyNode = { fact?: unknown; all?: unknown; any?: unknown; not?: unknown; id?: string; label?: Rule["label"] };

function evaluateNode(node: Rule, context: DerivationContext, depth: number): TraceNode {
  if (depth > RULE_LIMITS.maxDepth) throw tooDeep();
  if (++context.nodes > RULE_LIMITS.maxNodes) throw tooManyNodes();
  if (typeof node !== "object" || node === null) throw notARule(node);
  // Property reads rather than `in`: the same decision, but fast on the many object shapes rules have.
  const record = node as AnyNode;
  if (record.fact !== undefined) return evaluateCondition(node as Condition, context);
  const list = (record.all ?? record.any) as readonly Rule[] | undefined;
  if (list !== undefined) {
    const isAll = record.all !== undefined;
    if (!Array.isArray(list)) throw notARule(node);
    const children: TraceNode[] = [];
    let passed = 0;
    let failed = 0;
    for (let i = 0; i < list.length; i++) {
      const child = evaluateNode(list[i]!, context, depth + 1);
      children.push(child);
      if (child.outcome === "passed") passed++;
      else if (child.outcome === "failed") failed++;
    }
    const undetermined = list.length - passed - failed;
    const outcome: NodeOutcome = isAll
      ? failed > 0 ? "failed" : undetermined > 0 ? "undetermined" : "passed"
      : passed > 0 ? "passed" : undetermined > 0 ? "undetermined" : "failed";
    return { kind: isAll ? "all" : "any", id: record.id, label: record.label, outcome, decisive: false, children };
  }
  if (record.not !== undefined) {
    const child = evaluateNode(record.not as Rule, context, depth + 1);
    const outcome: NodeOutcome = child.outcome === "passed" ? "failed" : child.outcome === "failed" ? "passed" : "undetermined";
    return { kind: "not", id: record.id, label: record.label, outcome, decisive: false, child };
  }
  throw notARule(node);
}

/** @internal Decides a condition from its resolved fact. */
export function decide(condition: Condition, present: boolean, actual: unknown): NodeOutcome {
  if (!present) {
    if (condition.op === "exists") return condition.value === false ? "passed" : "failed";
    return "undetermined";
  }
  if (condition.op === "exists" && condition.value === false) return "failed";
  if (condition.factType !== undefined && !hasFactType(actual, condition.factType)) return "failed";
  const ok =
    condition.semantics === "json-rules-engine"
      ? testLoose(condition.op, actual, condition.value)
      : testStrict(condition.op, actual, condition.value);
  return ok ? "passed" : "failed";
}

function evaluateCondition(condition: Condition, context: DerivationContext): ConditionTrace {
  assertValueShape(condition);
  if (!KNOWN_OPS[condition.op]) throw unknownOperator(condition.op, condition.fact);
  const fact = condition.fact;
  const path = pathOf(condition);
  let actual = readPath(context.facts, path.segments, context.polluted ? undefined : path.guards);
  let source: ConditionTrace["source"] = "given";
  let derivation: DerivationTrace | undefined;
  if (actual === undefined || actual === null) {
    actual = undefined;
    source = "missing";
    if (isDerivedFactName(fact)) {
      const resolution = resolveDerived(context, fact);
      derivation = resolution.derivation;
      if (resolution.present) {
        actual = resolution.value;
        source = "derived";
      }
    }
  }
  return {
    kind: "condition",
    id: condition.id,
    label: condition.label,
    fact,
    op: condition.op,
    value: condition.value,
    factType: condition.factType,
    semantics: condition.semantics,
    outcome: decide(condition, source !== "missing", actual),
    decisive: false,
    actual,
    source,
    derivation,
  };
}

/**
 * Split fact paths, memoised per condition object. This WeakMap is the library's one module-level
 * structure: a cache of a pure function of the caller's (immutable) rule nodes, so results never depend on
 * it, and entries go with the rule when it is garbage-collected. Splitting a path on every evaluation costs
 * about 170 ns per condition (string slices and re-hashed keys), more than the rest of an evaluation.
 */
const SPLIT_PATHS = /* @__PURE__ */ new WeakMap<Condition, SplitPath>();

interface SplitPath {
  readonly segments: readonly string[];
  readonly guards: readonly boolean[];
}

function pathOf(condition: Condition): SplitPath {
  let path = SPLIT_PATHS.get(condition);
  if (path === undefined) {
    const segments = splitFactPath(condition.fact);
    path = { segments, guards: prototypeGuards(segments) };
    SPLIT_PATHS.set(condition, path);
  }
  return path;
}

/**
 * Marks the nodes that decided the outcome: the root; under a decisive `all`/`any`, the children whose
 * outcome equals the node's (the failed children of a failed `all`, the passing ones of a passed `any`,
 * the undetermined ones of an undetermined node…); the child of a decisive `not`. Collects the fact
 * paths of decisive undetermined conditions into `missing`, in rule order. Recursion is bounded by
 * `RULE_LIMITS.maxDepth`, which the evaluation already enforced.
 */
function markDecisive(node: TraceNode, missing: string[]): void {
  (node as { decisive: boolean }).decisive = true;
  if (node.kind === "condition") {
    if (node.outcome === "undetermined" && !missing.includes(node.fact)) missing.push(node.fact);
  } else if (node.kind === "not") {
    markDecisive(node.child, missing);
  } else {
    const children = node.children;
    for (let i = 0; i < children.length; i++) if (children[i]!.outcome === node.outcome) markDecisive(children[i]!, missing);
  }
}
