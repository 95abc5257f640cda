import { ValidationError } from "../errors/technopark-error.js";
import { asOfVersion, type Versioned } from "../time/versioned.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { evaluate } from "./evaluate.js";
import type { Rule } from "./rule.js";
import type { EligibilityResult } from "./trace.js";

/**
 * What `evaluateProgram` needs of a programme: its id and its effective-dated eligibility rules
 * (the `Program` records of `technopark/data` fit).
 *
 * @category Eligibility
 */
export interface ProgramRules {
  /** The programme's stable id, e.g. `"yeongcheon-high-value-conversion"`. */
  readonly id: string;
  /** The eligibility rule versions, each in force from `validFrom` (inclusive) to `validTo` (exclusive). */
  readonly eligibility: readonly Versioned<Rule>[];
}

/**
 * Options of {@link evaluateProgram}.
 *
 * @category Eligibility
 */
export interface ProgramOptions {
  /** The date to judge at: picks the rule version in force and dates the derived facts. */
  readonly asOf: DateLike;
  /** The company's representative (for `representative.isYouth`), when not inside the company record. */
  readonly representative?: { readonly birthDate?: string | undefined; readonly isYouth?: boolean | undefined } | undefined;
}

/**
 * The rule version a programme result was judged with.
 *
 * @category Eligibility
 */
export interface RuleVersionRef {
  /** The programme's id. */
  readonly programId: string;
  /** The version's first day in force. */
  readonly validFrom: string;
  /** The version's first day no longer in force, when it has one. */
  readonly validTo?: string;
}

/**
 * The result of judging a company for a programme: an {@link EligibilityResult} plus the rule version used.
 *
 * @category Eligibility
 */
export type ProgramEligibilityResult = EligibilityResult & {
  /** The programme and the rule version (its `validFrom`) in force on `asOf`. */
  ruleVersion: RuleVersionRef;
};

/**
 * The eligibility rule of a programme in force on a date, with its version. Throws `VALIDATION` naming the
 * programme and the date when no version is in force (before the first, or after a `validTo`).
 *
 * @param program - a programme with effective-dated eligibility rules
 * @param on - the date
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleInForce } from "technopark";
 * const program = { id: "demo", eligibility: [{ validFrom: "2022-01-01", value: { fact: "company.ksicSection", op: "eq", value: "C" } }] } as const;
 * ruleInForce(program, "2023-05-01").version.validFrom; // "2022-01-01"
 * ```
 */
export function ruleInForce(program: ProgramRules, on: DateLike): { rule: Rule; version: RuleVersionRef } {
  const day = toIsoDate(on, ["options", "asOf"]);
  const version = asOfVersion(program.eligibility, day);
  if (version === undefined) {
    const known = program.eligibility.map((v) => `${v.validFrom}${v.validTo === undefined ? "" : `..${v.validTo}`}`).join(", ");
    throw new ValidationError(
      `program ${JSON.stringify(program.id)}: no eligibility rule version in force on ${day} (versions: ${known === "" ? "none" : known})`,
      { path: ["eligibility"] },
    );
  }
  return {
    rule: version.value,
    version: { programId: program.id, validFrom: version.validFrom, ...(version.validTo === undefined ? {} : { validTo: version.validTo }) },
  };
}

/**
 * Judges a company for a programme as of a date: picks the rule version in force (see {@link ruleInForce})
 * and evaluates it with facts `{ company, representative }`, derived facts dated `asOf`.
 *
 * @param program - the programme (e.g. from `programs` in `technopark/data`)
 * @param company - the company record
 * @param options - `asOf` (required) and the representative, if separate from the company
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluateProgram, explain } from "technopark";
 * import { programs } from "technopark/data";
 * const program = programs.find((p) => p.id === "yeongcheon-high-value-conversion")!;
 * const result = evaluateProgram(program, { id: "c1", name: { ko: "가" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 30 }, { asOf: "2022-12-08" });
 * result.ruleVersion.validFrom; // the version in force on 2022-12-08
 * explain(result, "en");
 * ```
 */
export function evaluateProgram(program: ProgramRules, company: object, options: ProgramOptions): ProgramEligibilityResult {
  const { rule, version } = ruleInForce(program, options.asOf);
  const facts = options.representative === undefined ? { company } : { company, representative: options.representative };
  return { ...evaluate(rule, facts, { asOf: options.asOf }), ruleVersion: version };
}
