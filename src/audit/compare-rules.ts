import { compileRule } from "../eligibility/compile.js";
import type { OutcomeCounts } from "../eligibility/many.js";
import type { Rule } from "../rules/rule.js";
import type { Outcome } from "../eligibility/trace.js";
import type { DateLike } from "../time/iso-date.js";
import { conditionDiffer, type ConditionChange } from "./condition-changes.js";

/**
 * Options of {@link compareRules}.
 *
 * @category Audit
 * @example
 * ```ts
 * import type { CompareOptions } from "technopark";
 * const options: CompareOptions = { asOf: "2025-09-01", conditions: false };
 * ```
 */
export interface CompareOptions {
  /** The date both rules judge at (dates the derived facts). */
  readonly asOf?: DateLike | undefined;
  /** Find, for each changed subject, the conditions that flipped it (default `true`; `false` gives outcomes only). */
  readonly conditions?: boolean | undefined;
}

/**
 * One subject whose outcome differs between the baseline and the reform.
 *
 * @category Audit
 * @example
 * ```ts
 * import { compareRules, type ChangedSubject } from "technopark";
 * const [changed]: ChangedSubject[] = compareRules({ fact: "x", op: "gte", value: 3 }, { fact: "x", op: "gte", value: 2 }, [{ x: 1 }, { x: 2 }]).changed;
 * changed?.index; // 1
 * changed?.before; // "ineligible"
 * changed?.after; // "eligible"
 * ```
 */
export interface ChangedSubject {
  /** Position of the subject in the input, from 0. */
  readonly index: number;
  /** Its outcome under the baseline. */
  readonly before: Outcome;
  /** Its outcome under the reform. */
  readonly after: Outcome;
  /** The conditions whose outcome differs (see {@link explainChange}); absent with `conditions: false`. Empty when only the rule's structure changed. */
  readonly conditions?: readonly ConditionChange[];
}

/**
 * What {@link compareRules} returns: how many subjects went from each outcome to each outcome, and every
 * subject that changed.
 *
 * @category Audit
 * @example
 * ```ts
 * import { compareRules, type RuleComparison } from "technopark";
 * const comparison: RuleComparison = compareRules({ fact: "x", op: "gte", value: 3 }, { fact: "x", op: "gte", value: 2 }, [{ x: 1 }, { x: 2 }, {}]);
 * comparison.counts.ineligible; // { eligible: 1, ineligible: 1, undetermined: 0 }
 * comparison.counts.undetermined.undetermined; // 1
 * ```
 */
export interface RuleComparison {
  /** Subjects judged. */
  total: number;
  /** `counts[before][after]`: subjects with that outcome under the baseline and that one under the reform. */
  counts: Record<Outcome, OutcomeCounts>;
  /** Every subject whose outcome differs, in input order. */
  changed: ChangedSubject[];
}

/** One side of a comparison: a rule and the date it judges at. @internal */
export interface ComparedSide {
  readonly rule: Rule;
  readonly asOf: DateLike | undefined;
}

/** Judges subjects one at a time under two rules, counting and keeping the changes. @internal */
export interface Comparer {
  /** Judges one subject; returns its change, if it changed. */
  add(facts: object): ChangedSubject | undefined;
  /** The comparison so far (`changed` left empty when the caller keeps the changes itself). */
  result(): RuleComparison;
}

function emptyCounts(): Record<Outcome, OutcomeCounts> {
  return {
    eligible: { eligible: 0, ineligible: 0, undetermined: 0 },
    ineligible: { eligible: 0, ineligible: 0, undetermined: 0 },
    undetermined: { eligible: 0, ineligible: 0, undetermined: 0 },
  };
}

/**
 * The comparison loop shared by `compareRules`, the programme comparisons and the CLI (which streams): both
 * rules compiled, each subject judged once by each; only for a changed subject are the conditions judged one by
 * one to find those that flipped it (and only those are evaluated with a trace).
 * @internal
 */
export function comparer(baseline: ComparedSide, reform: ComparedSide, options: { conditions: boolean; keep: boolean }): Comparer {
  const before = compileRule(baseline.rule);
  const after = compileRule(reform.rule);
  const beforeOptions = { asOf: baseline.asOf };
  const afterOptions = { asOf: reform.asOf };
  const differ = options.conditions ? conditionDiffer(baseline.rule, reform.rule, baseline.asOf === reform.asOf) : undefined;
  const counts = emptyCounts();
  const changed: ChangedSubject[] = [];
  let total = 0;
  return {
    add(facts) {
      const was = before(facts, beforeOptions);
      const now = after(facts, afterOptions);
      counts[was][now]++;
      const index = total++;
      if (was === now) return undefined;
      const change: ChangedSubject =
        differ === undefined
          ? { index, before: was, after: now }
          : { index, before: was, after: now, conditions: differ(facts, beforeOptions, afterOptions) };
      if (options.keep) changed.push(change);
      return change;
    },
    result: () => ({ total, counts, changed }),
  };
}

/**
 * What-if of a rule change (a "reform"): judges every subject under the baseline rule and under the reform and
 * counts who goes from each outcome to each outcome, listing every subject that changed, in input order, with
 * the conditions that flipped it (explain them with {@link explainChange}). Runs at the speed of two compiled
 * rules: only the changed subjects are looked at again, condition by condition. Items are read once, lazily.
 *
 * @param baseline - the rule in force
 * @param reform - the rule proposed
 * @param facts - the facts of each subject, e.g. `{ company }`
 * @param options - `asOf` for derived facts; `conditions: false` to skip finding the flipped conditions
 * @category Audit
 * @example
 * ```ts
 * import { compareRules } from "technopark";
 * const baseline = { fact: "company.regularWorkers", op: "gte", value: 30 } as const;
 * const reform = { fact: "company.regularWorkers", op: "gte", value: 25 } as const;
 * const facts = [{ company: { regularWorkers: 27 } }, { company: { regularWorkers: 40 } }, { company: { regularWorkers: 10 } }];
 * const comparison = compareRules(baseline, reform, facts, { asOf: "2025-01-01" });
 * comparison.counts.ineligible.eligible; // 1
 * comparison.changed.map((c) => [c.index, c.before, c.after]); // [[0, "ineligible", "eligible"]]
 * ```
 */
export function compareRules(baseline: Rule, reform: Rule, facts: Iterable<object>, options?: CompareOptions): RuleComparison {
  const asOf = options?.asOf;
  const compare = comparer({ rule: baseline, asOf }, { rule: reform, asOf }, { conditions: options?.conditions !== false, keep: true });
  for (const item of facts) compare.add(item);
  return compare.result();
}
