import { explain, type ExplainLocale } from "../eligibility/explain.js";
import type { ConditionTrace, TraceNode } from "../eligibility/trace.js";

/**
 * One condition whose outcome differs between the baseline and the reform for one subject: the reason a subject
 * flipped, as {@link compareRules} reports it. Conditions of the two rules are paired by `id`, else by the fact
 * they read (the second condition on one fact as `fact#2`…), so a changed threshold or a regrouped condition
 * still pairs; a side is absent when its rule has no such condition (such a condition is listed when it decided
 * its rule's outcome).
 *
 * @category Audit
 * @example
 * ```ts
 * import { compareRules, type ConditionChange } from "technopark";
 * const baseline = { all: [{ id: "workers", fact: "company.regularWorkers", op: "gte", value: 30 }] } as const;
 * const reform = { all: [{ id: "workers", fact: "company.regularWorkers", op: "gte", value: 25 }] } as const;
 * const [change]: readonly ConditionChange[] = compareRules(baseline, reform, [{ company: { regularWorkers: 27 } }]).changed[0]!.conditions!;
 * change?.key; // "workers"
 * change?.before?.outcome; // "failed"
 * change?.after?.outcome; // "passed"
 * ```
 */
export interface ConditionChange {
  /** How the two conditions were paired: the condition's `id`, else its fact (`"company.regularWorkers"`, `"company.regularWorkers#2"`). */
  readonly key: string;
  /** Where the condition is in the reform (in the baseline, when the reform has none): `"all[1]"`, `"all[0].not"`, `""` for a rule that is one condition. */
  readonly path: string;
  /** The fact the condition reads (the reform's, when both have the condition). */
  readonly fact: string;
  /** The baseline condition's trace (outcome, the value seen, threshold); absent when the baseline has no such condition. */
  readonly before?: ConditionTrace;
  /** The reform condition's trace; absent when the reform has no such condition. */
  readonly after?: ConditionTrace;
  /** `true` when the condition sits under an odd number of `not` nodes (it excludes). */
  readonly negated?: true;
}

interface Found {
  readonly trace: ConditionTrace;
  readonly path: string;
  readonly negated: boolean;
}

function childPath(path: string, step: string): string {
  return path === "" ? step : `${path}.${step}`;
}

/** The conditions of a trace, by key: the id, else the fact; a key seen before gets `#2`, `#3`… */
function conditionsOf(trace: TraceNode): Map<string, Found> {
  const found = new Map<string, Found>();
  const walk = (node: TraceNode, path: string, negated: boolean): void => {
    if (node.kind === "condition") {
      const base = node.id ?? node.fact;
      let key = base;
      for (let n = 2; found.has(key); n++) key = `${base}#${n}`;
      found.set(key, { trace: node, path, negated });
    } else if (node.kind === "not") walk(node.child, childPath(path, "not"), !negated);
    else node.children.forEach((child, i) => walk(child, childPath(path, `${node.kind}[${i}]`), negated));
  };
  walk(trace, "", false);
  return found;
}

/**
 * The conditions whose outcome differs between two traces of one subject, in the reform's rule order, then
 * the baseline's conditions the reform no longer has (those only one rule has when they decided its outcome).
 * @internal
 */
export function conditionChanges(before: TraceNode, after: TraceNode): ConditionChange[] {
  const baseline = conditionsOf(before);
  const reform = conditionsOf(after);
  const changes: ConditionChange[] = [];
  const add = (key: string, was: Found | undefined, now: Found | undefined): void => {
    if (was !== undefined && now !== undefined && was.trace.outcome === now.trace.outcome) return;
    // a condition only one rule has is a reason when it decided its rule's outcome (a failed alternative of a
    // passing `any` is not)
    if ((was === undefined || now === undefined) && !(now ?? was)!.trace.decisive) return;
    const { trace, path, negated } = (now ?? was)!;
    changes.push({
      key,
      path,
      fact: trace.fact,
      ...(was === undefined ? {} : { before: was.trace }),
      ...(now === undefined ? {} : { after: now.trace }),
      ...(negated ? { negated: true as const } : {}),
    });
  };
  for (const [key, now] of reform) add(key, baseline.get(key), now);
  for (const [key, was] of baseline) if (!reform.has(key)) add(key, was, undefined);
  return changes;
}

const SIDES = {
  ko: { before: "변경 전", after: "변경 후", none: "해당 조건 없음" },
  en: { before: "before", after: "after", none: "no such condition" },
} as const;

function sentence(trace: ConditionTrace, negated: boolean, locale: ExplainLocale): string {
  const condition: TraceNode = { ...trace, decisive: true };
  const node: TraceNode = negated ? { kind: "not", outcome: trace.outcome, decisive: true, child: condition } : condition;
  return explain({ outcome: "undetermined", missing: [], trace: node }, locale).join(" ");
}

/**
 * Explains why a condition flipped, in Korean or English: one line for the baseline and one for the reform,
 * each the sentence `explain` writes for that condition (the value seen and the threshold).
 *
 * @param change - a condition change from {@link compareRules}
 * @param locale - `"ko"` (default) or `"en"`
 * @category Audit
 * @example
 * ```ts
 * import { compareRules, explainChange } from "technopark";
 * const baseline = { fact: "company.regularWorkers", op: "gte", value: 30 } as const;
 * const reform = { fact: "company.regularWorkers", op: "gte", value: 25 } as const;
 * const change = compareRules(baseline, reform, [{ company: { regularWorkers: 27 } }]).changed[0]!.conditions![0]!;
 * explainChange(change, "en")[0]; // "before: 27 regular workers, below the threshold of 30 or more"
 * explainChange(change, "en")[1]; // "after: 27 regular workers, meeting the threshold of 25 or more"
 * explainChange(change)[1]; // "변경 후: 상시근로자 수 27명으로 기준(25명 이상)을 충족합니다"
 * ```
 */
export function explainChange(change: ConditionChange, locale: ExplainLocale = "ko"): string[] {
  const words = SIDES[locale];
  const negated = change.negated === true;
  const line = (label: string, trace: ConditionTrace | undefined): string => `${label}: ${trace === undefined ? words.none : sentence(trace, negated, locale)}`;
  return [line(words.before, change.before), line(words.after, change.after)];
}
