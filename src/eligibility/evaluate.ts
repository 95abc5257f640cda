import { isTechnoparkError } from "../errors/technopark-error.js";
import { notARule, ruleShapeError, tooDeep, tooManyNodes } from "../rules/rule-shape.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { resolveDerived, type DerivationContext } from "./derived-facts.js";
import { isDerivedFactName } from "../rules/facts.js";
import { prototypeIsPolluted, readPath } from "../rules/fact-path.js";
import { RULE_LIMITS } from "../rules/limits.js";
import { prepareCondition, type PreparedCondition } from "../rules/prepare-condition.js";
import type { Condition, Rule } from "../rules/rule.js";
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
 * (`company.regularWorkers`, `company.smeSize`, `company.startupStage`…, see `factCatalogue`) are computed
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
    if (isTechnoparkError(error, "INVALID_RULE")) throw ruleShapeError(rule) ?? error;
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

/** @internal Decides a prepared condition from its resolved fact. */
export function decide(prepared: PreparedCondition, present: boolean, actual: unknown): NodeOutcome {
  if (!present) return prepared.whenMissing;
  return prepared.test(actual) ? "passed" : "failed";
}

function evaluateCondition(condition: Condition, context: DerivationContext): ConditionTrace {
  const prepared = prepareCondition(condition, []);
  const fact = condition.fact;
  let actual = readPath(context.facts, prepared.segments, context.polluted ? undefined : prepared.guards);
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
    outcome: decide(prepared, source !== "missing", actual),
    decisive: false,
    actual,
    source,
    derivation,
  };
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
