import { compileRule } from "./compile.js";
import { evaluate, type EvaluateOptions } from "./evaluate.js";
import type { Rule } from "../rules/rule.js";
import type { EligibilityResult, Outcome } from "./trace.js";

/**
 * How many subjects came out each way.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluateMany, type OutcomeCounts } from "technopark";
 * const counts: OutcomeCounts = evaluateMany({ fact: "x", op: "exists" }, [{ x: 1 }, {}]).counts;
 * // { eligible: 1, ineligible: 1, undetermined: 0 }
 * ```
 */
export interface OutcomeCounts {
  /** Subjects judged eligible. */
  eligible: number;
  /** Subjects judged ineligible. */
  ineligible: number;
  /** Subjects that could not be judged for missing facts. */
  undetermined: number;
}

/**
 * Options of {@link evaluateMany}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluateMany, type EvaluateManyOptions } from "technopark";
 * const options: EvaluateManyOptions = { asOf: "2025-01-01", results: true };
 * evaluateMany({ fact: "company.ageInYears", op: "gte", value: 3 }, [{ company: { foundedOn: "2020-01-01" } }], options).results; // ["eligible"]
 * ```
 */
export interface EvaluateManyOptions extends EvaluateOptions {
  /** Also return every subject's outcome, in input order (default `false`: counts only). */
  readonly results?: boolean;
}

/**
 * The summary {@link evaluateMany} returns.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluateMany, type ManySummary } from "technopark";
 * const summary: ManySummary = evaluateMany({ fact: "x", op: "eq", value: 1 }, [{ x: 1 }, { x: 2 }]);
 * summary.total; // 2
 * ```
 */
export interface ManySummary {
  /** Outcome counts. */
  counts: OutcomeCounts;
  /** Subjects judged. */
  total: number;
  /** Every subject's outcome in input order, when `options.results` is `true`. */
  results?: Outcome[];
}

/**
 * Judges a whole registry with one compiled rule and counts the outcomes (for analysts: 200k companies
 * take a few milliseconds). Items are read once, lazily, so any iterable (an array, a generator over an
 * NDJSON stream) works.
 *
 * @param rule - the rule
 * @param items - the facts of each subject, e.g. `{ company }`
 * @param options - `asOf`, and `results: true` to keep each outcome
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluateMany } from "technopark";
 * const rule = { fact: "company.regularWorkers", op: "gte", value: 30 } as const;
 * evaluateMany(rule, [{ company: { regularWorkers: 31 } }, { company: {} }]).counts;
 * // { eligible: 1, ineligible: 0, undetermined: 1 }
 * ```
 */
export function evaluateMany(rule: Rule, items: Iterable<object>, options?: EvaluateManyOptions): ManySummary {
  const judge = compileRule(rule);
  const counts: OutcomeCounts = { eligible: 0, ineligible: 0, undetermined: 0 };
  const results: Outcome[] | undefined = options?.results === true ? [] : undefined;
  const judgeOptions = { asOf: options?.asOf };
  let total = 0;
  for (const item of items) {
    const outcome = judge(item, judgeOptions);
    counts[outcome]++;
    total++;
    results?.push(outcome);
  }
  return results === undefined ? { counts, total } : { counts, total, results };
}

/**
 * One subject's verdict, as streamed by {@link judgeMany}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { judgeMany, type Judgement } from "technopark";
 * const [first]: Judgement<{ x: number }>[] = [...judgeMany({ fact: "x", op: "gt", value: 0 }, [{ x: 1 }])];
 * first?.outcome; // "eligible"
 * ```
 */
export interface Judgement<T> {
  /** Position of the subject in the input, from 0. */
  readonly index: number;
  /** The subject's facts, as given. */
  readonly subject: T;
  /** The outcome. */
  readonly outcome: Outcome;
  /** The full result with trace (for `explain`), when `options.explain` is `true`. */
  readonly result?: EligibilityResult;
}

/**
 * Options of {@link judgeMany}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { judgeMany, type JudgeManyOptions } from "technopark";
 * const options: JudgeManyOptions = { asOf: "2025-01-01", explain: true };
 * [...judgeMany({ fact: "x", op: "exists" }, [{}], options)][0]?.result?.outcome; // "ineligible"
 * ```
 */
export interface JudgeManyOptions extends EvaluateOptions {
  /** Evaluate with a full trace (slower) so each verdict carries `result` for `explain` (default `false`). */
  readonly explain?: boolean;
}

/**
 * Streams verdicts, one per subject, as the input is read: for CLIs and pipelines that write a line per
 * company without holding the registry in memory. The generator's return value is the {@link ManySummary}
 * (outcome counts). With `explain: true` each verdict carries the full `evaluate` result.
 *
 * @param rule - the rule
 * @param items - the facts of each subject
 * @param options - `asOf`; `explain: true` for traces
 * @category Eligibility
 * @example
 * ```ts
 * import { judgeMany, explain } from "technopark";
 * const rule = { fact: "company.regularWorkers", op: "gte", value: 30 } as const;
 * for (const verdict of judgeMany(rule, [{ company: { regularWorkers: 29.5 } }], { explain: true })) {
 *   console.log(verdict.index, verdict.outcome, explain(verdict.result!, "en"));
 * }
 * ```
 */
export function* judgeMany<T extends object>(rule: Rule, items: Iterable<T>, options?: JudgeManyOptions): Generator<Judgement<T>, ManySummary, undefined> {
  const counts: OutcomeCounts = { eligible: 0, ineligible: 0, undetermined: 0 };
  const judgeOptions = { asOf: options?.asOf };
  const judge = options?.explain === true ? undefined : compileRule(rule);
  let index = 0;
  for (const subject of items) {
    if (judge === undefined) {
      const result = evaluate(rule, subject, judgeOptions);
      counts[result.outcome]++;
      yield { index: index++, subject, outcome: result.outcome, result };
    } else {
      const outcome = judge(subject, judgeOptions);
      counts[outcome]++;
      yield { index: index++, subject, outcome };
    }
  }
  return { counts, total: index };
}
