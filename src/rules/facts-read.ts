import { factDefinition } from "./facts.js";
import type { Rule } from "./rule.js";

/**
 * Every fact path a rule can read: the facts its conditions name and, for derived facts (see `factCatalogue`),
 * the inputs, fallback paths and preempting facts their computation reads, transitively, in first-seen order.
 * The `check` command validates only the fields these name; the SQL stamp lists the statute tables they reach.
 * @internal
 */
export function factsReadBy(rule: Rule): string[] {
  const named: string[] = [];
  const stack: Rule[] = [rule];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ("fact" in node) named.push(node.fact);
    else if ("all" in node) for (let i = node.all.length - 1; i >= 0; i--) stack.push(node.all[i]!);
    else if ("any" in node) for (let i = node.any.length - 1; i >= 0; i--) stack.push(node.any[i]!);
    else stack.push(node.not);
  }
  const seen = new Set<string>();
  const read: string[] = [];
  const visit = (fact: string): void => {
    if (seen.has(fact)) return;
    seen.add(fact);
    read.push(fact);
    const derived = factDefinition(fact)?.derived;
    if (derived === undefined) return;
    if (derived.preempt !== undefined) visit(derived.preempt.fact);
    for (const input of derived.inputs) {
      visit(input.fact);
      if (input.or !== undefined) visit(input.or);
    }
  };
  for (const fact of named) visit(fact);
  return read;
}
