import type { BilingualText } from "../entities/bilingual.js";
import type { Citation } from "../statutes/index.js";
import type { DerivedFactName } from "../rules/facts.js";
import type { FactType, Operator, RuleValue, Semantics } from "../rules/rule.js";

/**
 * The outcome of a whole rule for one subject.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { compileRule, type Outcome } from "technopark";
 * const outcome: Outcome = compileRule({ fact: "x", op: "exists" })({});
 * // "ineligible"
 * ```
 */
export type Outcome = "eligible" | "ineligible" | "undetermined";

/**
 * The outcome of one node of a rule: it `passed`, `failed`, or is `undetermined` because a fact it needs is missing.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type NodeOutcome } from "technopark";
 * const outcome: NodeOutcome = evaluate({ fact: "x", op: "eq", value: 1 }, {}).trace.outcome; // "undetermined"
 * ```
 */
export type NodeOutcome = "passed" | "failed" | "undetermined";

/**
 * How a derived fact was computed (or why it could not be), as recorded in the trace.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type ConditionTrace, type DerivationTrace } from "technopark";
 * const result = evaluate({ fact: "company.ksicSection", op: "eq", value: "C" }, { company: { ksic: "C29" } });
 * const derivation: DerivationTrace | undefined = (result.trace as ConditionTrace).derivation;
 * derivation?.value; // "C"
 * ```
 */
export interface DerivationTrace {
  /** The derived fact, e.g. `"company.regularWorkers"`. */
  readonly fact: DerivedFactName;
  /** The statute article (or classification) the computation implements. */
  readonly statute: Citation;
  /** The fact paths the computation reads. */
  readonly inputs: readonly string[];
  /** The date it was computed as of (`YYYY-MM-DD`), for date-dependent facts. */
  readonly asOf?: string;
  /** The statute tables it read, each with the `validFrom` of the version in force on `asOf` (e.g. `{ "sme-size": "2016-01-01" }`). */
  readonly tables?: Readonly<Record<string, string>>;
  /** The computed value, when it could be computed. */
  readonly value?: unknown;
  /** The inputs that were missing, when that kept the fact from being computed. */
  readonly missingInputs?: readonly string[];
  /** `true` when the fact depends on the date and no `asOf` was given (the clock is never read). */
  readonly missingAsOf?: true;
  /** The message of the error the computation threw (e.g. a KSIC code the table does not cover). */
  readonly error?: string;
  /** Derivations of the derived facts this one used (e.g. `company.regularWorkers` for `company.isMicroEnterprise`). */
  readonly dependsOn?: readonly DerivationTrace[];
}

/**
 * The trace of one condition: what it compared, what it saw and how it came out.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type ConditionTrace } from "technopark";
 * const trace = evaluate({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: { regularWorkers: 29.5 } }).trace as ConditionTrace;
 * trace.actual; // 29.5
 * trace.outcome; // "failed"
 * ```
 */
export interface ConditionTrace {
  /** Discriminator. */
  readonly kind: "condition";
  /** The node's `id`, when it has one (absent or `undefined` otherwise). */
  readonly id?: string | undefined;
  /** The node's `label`, when it has one (absent or `undefined` otherwise). */
  readonly label?: BilingualText | undefined;
  /** The fact path. */
  readonly fact: string;
  /** The operator. */
  readonly op: Operator;
  /** The threshold (or set, or range) from the rule. */
  readonly value?: RuleValue | readonly RuleValue[] | undefined;
  /** The `factType` guard, when the condition has one. */
  readonly factType?: FactType | undefined;
  /** The comparison semantics, when the condition sets it. */
  readonly semantics?: Semantics | undefined;
  /** How the condition came out. */
  readonly outcome: NodeOutcome;
  /** Whether this condition decided the overall outcome (see `explain`). */
  readonly decisive: boolean;
  /** The value the condition saw; `undefined` when the fact is missing. */
  readonly actual?: unknown;
  /** Where the value came from: `given` in the facts, `derived` by a statute, or `missing`. */
  readonly source: "given" | "derived" | "missing";
  /** For a derived fact (or one that could not be derived): how, from what, under which statute. */
  readonly derivation?: DerivationTrace | undefined;
}

/**
 * The trace of an `all` or `any` node, with its children's traces in rule order.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type GroupTrace } from "technopark";
 * const trace = evaluate({ any: [{ fact: "a", op: "exists" }] }, { a: 1 }).trace as GroupTrace;
 * trace.children.length; // 1
 * ```
 */
export interface GroupTrace {
  /** Discriminator: which group. */
  readonly kind: "all" | "any";
  /** The node's `id`, when it has one (absent or `undefined` otherwise). */
  readonly id?: string | undefined;
  /** The node's `label`, when it has one (absent or `undefined` otherwise). */
  readonly label?: BilingualText | undefined;
  /** How the node came out. */
  readonly outcome: NodeOutcome;
  /** Whether this node decided the overall outcome. */
  readonly decisive: boolean;
  /** The children's traces, in rule order (every child is evaluated, none is skipped). */
  readonly children: readonly TraceNode[];
}

/**
 * The trace of a `not` node.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type NotTrace } from "technopark";
 * const trace = evaluate({ not: { fact: "a", op: "exists" } }, {}).trace as NotTrace;
 * trace.outcome; // "passed"
 * ```
 */
export interface NotTrace {
  /** Discriminator. */
  readonly kind: "not";
  /** The node's `id`, when it has one (absent or `undefined` otherwise). */
  readonly id?: string | undefined;
  /** The node's `label`, when it has one (absent or `undefined` otherwise). */
  readonly label?: BilingualText | undefined;
  /** How the node came out (the child's outcome negated). */
  readonly outcome: NodeOutcome;
  /** Whether this node decided the overall outcome. */
  readonly decisive: boolean;
  /** The negated child's trace. */
  readonly child: TraceNode;
}

/**
 * One node of an evaluation trace, mirroring the rule's tree. Optional fields a node does not have are
 * absent or `undefined` (the trace is built with fixed shapes for speed; `JSON.stringify` drops them).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type TraceNode } from "technopark";
 * const trace: TraceNode = evaluate({ all: [] }, {}).trace;
 * trace.kind; // "all"
 * ```
 */
export type TraceNode = ConditionTrace | GroupTrace | NotTrace;

/**
 * The result of evaluating a rule: the outcome, the missing facts that would decide it, and the full trace.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, type EligibilityResult } from "technopark";
 * const result: EligibilityResult = evaluate({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: {} });
 * result.outcome; // "undetermined"
 * result.missing; // ["company.regularWorkers"]
 * ```
 */
export type EligibilityResult = {
  /** `eligible`, `ineligible`, or `undetermined` when missing facts keep the rule from being decided. */
  outcome: Outcome;
  /** The fact paths whose absence made the outcome undetermined (in rule order, without repeats); empty otherwise. */
  missing: string[];
  /** Every node's outcome, the value it saw and its threshold. */
  trace: TraceNode;
};
