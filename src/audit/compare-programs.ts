import { ruleInForce, type ProgramRules, type RuleVersionRef } from "../eligibility/program.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { comparer, type RuleComparison } from "./compare-rules.js";
import { ruleHash } from "./rule-hash.js";

/**
 * One side of a programme comparison: the rule version used, its hash and the date it judged at.
 *
 * @category Audit
 * @example
 * ```ts
 * import type { ComparedVersion } from "technopark";
 * const side: ComparedVersion = { programId: "demo", validFrom: "2024-01-01", ruleHash: "0".repeat(64), asOf: "2025-08-31" };
 * ```
 */
export interface ComparedVersion extends RuleVersionRef {
  /** {@link ruleHash} of the rule version. */
  readonly ruleHash: string;
  /** The date the companies were judged at. */
  readonly asOf: string;
}

/**
 * What the programme comparisons return: a {@link RuleComparison} plus the two rule versions compared.
 *
 * @category Audit
 * @example
 * ```ts
 * import { compareProgramDates, type ProgramComparison } from "technopark";
 * const program = { id: "demo", eligibility: [{ validFrom: "2024-01-01", value: { fact: "company.ageInYears", op: "lt", value: 3 } }] } as const;
 * const comparison: ProgramComparison = compareProgramDates(program, [{ foundedOn: "2022-03-01" }], { asOf: "2025-02-28", vs: "2025-03-01" });
 * comparison.counts.eligible.ineligible; // 1
 * ```
 */
export interface ProgramComparison extends RuleComparison {
  /** The version judged first (before). */
  readonly baseline: ComparedVersion;
  /** The version judged second (after). */
  readonly reform: ComparedVersion;
}

/**
 * Options of {@link compareProgramDates}.
 *
 * @category Audit
 * @example
 * ```ts
 * import type { CompareDatesOptions } from "technopark";
 * const options: CompareDatesOptions = { asOf: "2025-08-31", vs: "2025-09-01" };
 * ```
 */
export interface CompareDatesOptions {
  /** The first date: the rule version in force then, derived facts dated then (the "before"). */
  readonly asOf: DateLike;
  /** The second date (the "after"). */
  readonly vs: DateLike;
  /** Find the conditions that flipped each changed company (default `true`). */
  readonly conditions?: boolean | undefined;
}

/**
 * Options of {@link comparePrograms}.
 *
 * @category Audit
 * @example
 * ```ts
 * import type { CompareProgramsOptions } from "technopark";
 * const options: CompareProgramsOptions = { asOf: "2026-01-22" };
 * ```
 */
export interface CompareProgramsOptions {
  /** The date both programmes judge at (picks each one's rule version in force, dates the derived facts). */
  readonly asOf: DateLike;
  /** Find the conditions that flipped each changed company (default `true`). */
  readonly conditions?: boolean | undefined;
}

interface Side {
  readonly program: ProgramRules;
  readonly asOf: string;
}

function versionOf(side: Side): { rule: ProgramRules["eligibility"][number]["value"]; version: ComparedVersion } {
  const { rule, version } = ruleInForce(side.program, side.asOf);
  return { rule, version: { ...version, ruleHash: ruleHash(rule), asOf: side.asOf } };
}

function compareSides(before: Side, after: Side, companies: Iterable<object>, conditions: boolean | undefined): ProgramComparison {
  const baseline = versionOf(before);
  const reform = versionOf(after);
  const compare = comparer({ rule: baseline.rule, asOf: before.asOf }, { rule: reform.rule, asOf: after.asOf }, { conditions: conditions !== false, keep: true });
  for (const company of companies) compare.add({ company });
  return { ...compare.result(), baseline: baseline.version, reform: reform.version };
}

/**
 * One programme across two dates: judges each company with the rule version in force on `asOf` and derived
 * facts dated `asOf`, then with those of `vs`, and reports who flips. Answers "who changes on the day the
 * 2025-09-01 SME size table takes effect?" (`asOf: "2025-08-31", vs: "2025-09-01"`) as well as "who is in the
 * new round and not the old one?" when the versions differ.
 *
 * @param program - the programme (e.g. from `programs` in `technopark/data`)
 * @param companies - the company records (each judged as `{ company }`, as `evaluateProgram` does)
 * @param options - `asOf` (before) and `vs` (after)
 * @category Audit
 * @example
 * ```ts
 * import { compareProgramDates } from "technopark";
 * const program = { id: "sme-only", eligibility: [{ validFrom: "2020-01-01", value: { fact: "company.smeSize", op: "in", value: ["small", "medium"] } }] } as const;
 * const company = { ksic: "C10", // 1,100억 원: over the 2016 table's 1,000억 cap for C10, within the 2025 table's 1,200억
 *    averageRevenue: { amount: "110000000000", currency: "KRW" }, totalAssets: { amount: "100000000000", currency: "KRW" } };
 * const comparison = compareProgramDates(program, [company], { asOf: "2025-08-31", vs: "2025-09-01" });
 * comparison.changed.map((c) => `${c.before} → ${c.after}`); // ["ineligible → eligible"]
 * comparison.changed[0]?.conditions?.[0]?.after?.actual; // "medium"
 * ```
 */
export function compareProgramDates(program: ProgramRules, companies: Iterable<object>, options: CompareDatesOptions): ProgramComparison {
  const asOf = toIsoDate(options.asOf, ["options", "asOf"]);
  const vs = toIsoDate(options.vs, ["options", "vs"]);
  return compareSides({ program, asOf }, { program, asOf: vs }, companies, options.conditions);
}

/**
 * Two programmes (two rounds of one programme, or a programme and a draft of its next round) on one date:
 * judges each company with each one's rule version in force on `asOf` and reports who flips.
 *
 * @param baseline - the programme as it is
 * @param reform - the programme as proposed (e.g. `{ ...program, eligibility: [...] }`)
 * @param companies - the company records (each judged as `{ company }`)
 * @param options - `asOf`
 * @category Audit
 * @example
 * ```ts
 * import { comparePrograms } from "technopark";
 * const round2025 = { id: "demo", eligibility: [{ validFrom: "2025-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 30 } }] } as const;
 * const round2026 = { id: "demo", eligibility: [{ validFrom: "2026-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 25 } }] } as const;
 * const comparison = comparePrograms(round2025, round2026, [{ regularWorkers: 27 }], { asOf: "2026-01-22" });
 * comparison.counts.ineligible.eligible; // 1
 * comparison.reform.validFrom; // "2026-01-01"
 * ```
 */
export function comparePrograms(baseline: ProgramRules, reform: ProgramRules, companies: Iterable<object>, options: CompareProgramsOptions): ProgramComparison {
  const asOf = toIsoDate(options.asOf, ["options", "asOf"]);
  return compareSides({ program: baseline, asOf }, { program: reform, asOf }, companies, options.conditions);
}
