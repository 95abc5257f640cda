import type { RuleVersionRef } from "../eligibility/program.js";
import type { Rule } from "../rules/rule.js";
import type { DerivationTrace, TraceNode } from "../eligibility/trace.js";
import { LIBRARY_VERSION } from "../version.js";
import { ruleHash } from "./rule-hash.js";
import { factsReadBy } from "../rules/facts-read.js";
import { factDefinition } from "../rules/facts.js";
import { statuteTableVersion } from "../statutes/tables-in-force.js";

/**
 * What a programme result was decided with, for audits: the programme, the rule version, the rule's hash,
 * the statute table versions its derived facts read and the library version. Store it with the decision;
 * recompute `ruleHash` from the rule (in any language) to prove which rule decided.
 *
 * @category Audit
 * @example
 * ```ts
 * import { evaluateProgram, type RuleStamp } from "technopark";
 * const program = { id: "demo", eligibility: [{ validFrom: "2024-01-01", value: { fact: "company.smeSize", op: "in", value: ["small", "medium"] } }] } as const;
 * const company = { ksic: "C29", averageRevenue: { amount: "12000000000", currency: "KRW" }, totalAssets: { amount: "30000000000", currency: "KRW" } };
 * const stamp: RuleStamp = evaluateProgram(program, company, { asOf: "2025-09-01" }).stamp;
 * stamp.validFrom; // "2024-01-01"
 * stamp.tables; // { "sme-size": "2025-09-01" }
 * stamp.ruleHash.length; // 64
 * ```
 */
export interface RuleStamp {
  /** The programme's id. */
  readonly programId: string;
  /** The first day of the rule version used. */
  readonly validFrom: string;
  /** {@link ruleHash} of the rule version used. */
  readonly ruleHash: string;
  /** Each statute table a derived fact read (`"sme-size"`, …) → the `validFrom` of the version read; `{}` when none. */
  readonly tables: Readonly<Record<string, string>>;
  /** The version of `technopark` that decided (as in its package.json). */
  readonly library: string;
}

function collectDerivation(derivation: DerivationTrace, tables: Record<string, string>): void {
  const read = derivation.tables;
  if (read !== undefined) for (const id of Object.keys(read)) tables[id] = read[id]!;
  if (derivation.dependsOn !== undefined) for (const dependency of derivation.dependsOn) collectDerivation(dependency, tables);
}

/**
 * The statute tables the derived facts of an evaluation read, as their derivations record them
 * (`DerivationTrace.tables`, also in the derivations they depend on), keys sorted.
 * @internal
 */
export function tablesRead(trace: TraceNode): Readonly<Record<string, string>> {
  const tables: Record<string, string> = {};
  const stack: TraceNode[] = [trace];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === "condition") {
      if (node.derivation !== undefined) collectDerivation(node.derivation, tables);
    } else if (node.kind === "not") stack.push(node.child);
    else stack.push(...node.children);
  }
  const sorted: Record<string, string> = {};
  for (const id of Object.keys(tables).sort()) sorted[id] = tables[id]!;
  return sorted;
}

/**
 * The stamp of a programme result: the version judged with, the hash of its rule, the tables the trace read.
 * @internal
 */
export function stampOf(version: RuleVersionRef, rule: Rule, trace: TraceNode): RuleStamp {
  return { programId: version.programId, validFrom: version.validFrom, ruleHash: ruleHash(rule), tables: tablesRead(trace), library: LIBRARY_VERSION };
}

/**
 * The stamp of a rule version judged where the data lives (the SQL engine), where no per-row trace exists: the
 * tables are those every derived fact the rule reads (and the derived facts those read) takes from its statute
 * tables as of `asOf`, from the fact catalogue. A per-row `stampOf` lists only the tables a row's derivations
 * actually reached; this one lists every table the rule can reach.
 * @internal
 */
export function ruleStampAsOf(version: RuleVersionRef, rule: Rule, asOf: string): RuleStamp {
  const tables: Record<string, string> = {};
  for (const fact of factsReadBy(rule)) {
    for (const table of factDefinition(fact)?.derived?.tables ?? []) {
      const validFrom = statuteTableVersion(table, asOf);
      if (validFrom !== undefined) tables[table] = validFrom;
    }
  }
  const sorted: Record<string, string> = {};
  for (const id of Object.keys(tables).sort()) sorted[id] = tables[id]!;
  return { programId: version.programId, validFrom: version.validFrom, ruleHash: ruleHash(rule), tables: sorted, library: LIBRARY_VERSION };
}
