import { explain, type ExplainLocale } from "../eligibility/explain.js";
import { compileRule, type CompiledRule } from "../eligibility/compile.js";
import { evaluate, type EvaluateOptions } from "../eligibility/evaluate.js";
import type { Condition, Rule } from "../rules/rule.js";
import { canonicalJson } from "./canonical-json.js";
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
  /** The baseline condition's trace, evaluated on its own (outcome, the value seen, threshold); absent when the baseline has no such condition. */
  readonly before?: ConditionTrace;
  /** The reform condition's trace; absent when the reform has no such condition. */
  readonly after?: ConditionTrace;
  /** `true` when the condition sits under an odd number of `not` nodes (it excludes). */
  readonly negated?: true;
}

/** One condition of a rule, in rule order: how it pairs with the other rule's, where it is, whether it excludes. */
interface Slot {
  readonly key: string;
  readonly path: string;
  readonly condition: Condition;
  readonly negated: boolean;
  /** The condition alone, compiled: its own outcome ("eligible" = passed, "ineligible" = failed). */
  readonly judge: CompiledRule;
}

/** The conditions of a rule in rule order (the order of a trace's condition nodes), keyed by id, else fact (`#2`…). */
function slotsOf(rule: Rule): Slot[] {
  const slots: Slot[] = [];
  const taken = new Set<string>();
  const walk = (node: Rule, path: string, negated: boolean): void => {
    const at = (step: string): string => (path === "" ? step : `${path}.${step}`);
    if ("fact" in node) {
      const base = node.id ?? node.fact;
      let key = base;
      for (let n = 2; taken.has(key); n++) key = `${base}#${n}`;
      taken.add(key);
      slots.push({ key, path, condition: node, negated, judge: compileRule(node) });
    } else if ("not" in node) walk(node.not, at("not"), !negated);
    else {
      const kind = "all" in node ? "all" : "any";
      const children = "all" in node ? node.all : node.any;
      for (let i = 0; i < children.length; i++) walk(children[i]!, at(`${kind}[${i}]`), negated);
    }
  };
  walk(rule, "", false);
  return slots;
}

/** Whether each condition of a rule decided its outcome for these facts (from the full trace), in rule order. */
function decisiveOf(rule: Rule, facts: object, options: EvaluateOptions): boolean[] {
  const decisive: boolean[] = [];
  const stack: TraceNode[] = [evaluate(rule, facts, options).trace];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === "condition") decisive.push(node.decisive);
    else if (node.kind === "not") stack.push(node.child);
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return decisive;
}

function traceOf(slot: Slot, facts: object, options: EvaluateOptions): ConditionTrace {
  return evaluate(slot.condition, facts, options).trace as ConditionTrace;
}

function change(slot: Slot, before: ConditionTrace | undefined, after: ConditionTrace | undefined): ConditionChange {
  const out: { -readonly [K in keyof ConditionChange]: ConditionChange[K] } = { key: slot.key, path: slot.path, fact: slot.condition.fact };
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  if (slot.negated) out.negated = true;
  return out;
}

/** Finds the conditions that flipped one subject (see {@link conditionDiffer}). @internal */
export type ConditionDiffer = (facts: object, beforeOptions: EvaluateOptions, afterOptions: EvaluateOptions) => ConditionChange[];

/**
 * Prepares, once per pair of rules, the finder of the conditions whose outcome differs for a subject: in the
 * reform's rule order, then the baseline's conditions the reform does not have. Each condition is compiled on
 * its own, so a changed subject costs one compiled call per condition the reform changed (every condition when
 * the dates differ) and a traced evaluation of the flipped ones only. A condition only one rule has is listed when it decided its rule's outcome (a failed alternative
 * of a passing `any` is not): only then are the whole rules evaluated with traces.
 * @internal
 */
export function conditionDiffer(baseline: Rule, reform: Rule, sameDate: boolean): ConditionDiffer {
  const baseSlots = slotsOf(baseline);
  const reformSlots = slotsOf(reform);
  const paired = reformSlots.map((slot) => baseSlots.findIndex((other) => other.key === slot.key));
  // a condition the reform keeps unchanged, judged on the same date, cannot flip: -2 skips it
  const partner = paired.map((j, i) => (j >= 0 && sameDate && canonicalJson(baseSlots[j]!.condition) === canonicalJson(reformSlots[i]!.condition) ? -2 : j));
  const dropped = baseSlots.flatMap((slot, j) => (reformSlots.some((other) => other.key === slot.key) ? [] : [j]));
  const oneSided = dropped.length > 0 || paired.includes(-1);
  return (facts, beforeOptions, afterOptions) => {
    const changes: ConditionChange[] = [];
    const nowDecisive = oneSided ? decisiveOf(reform, facts, afterOptions) : undefined;
    for (let i = 0; i < reformSlots.length; i++) {
      const slot = reformSlots[i]!;
      const j = partner[i]!;
      if (j === -2) continue;
      if (j < 0) {
        if (nowDecisive![i] === true) changes.push(change(slot, undefined, traceOf(slot, facts, afterOptions)));
      } else {
        const other = baseSlots[j]!;
        if (other.judge(facts, beforeOptions) !== slot.judge(facts, afterOptions)) changes.push(change(slot, traceOf(other, facts, beforeOptions), traceOf(slot, facts, afterOptions)));
      }
    }
    if (dropped.length > 0) {
      const wasDecisive = decisiveOf(baseline, facts, beforeOptions);
      for (const j of dropped) if (wasDecisive[j] === true) changes.push(change(baseSlots[j]!, traceOf(baseSlots[j]!, facts, beforeOptions), undefined));
    }
    return changes;
  };
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
 * explainChange(change, "en")[0]; // "before: 27 regular workers, 3 below the threshold of 30 or more"
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
