import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { asOfVersion, type Versioned } from "../time/versioned.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { stampOf, type RuleStamp } from "../audit/stamp.js";
import { evaluate } from "./evaluate.js";
import type { Rule } from "../rules/rule.js";
import type { EligibilityResult } from "./trace.js";

/**
 * What `evaluateProgram` needs of a programme: its id and its effective-dated eligibility rules
 * (the `Program` records of `technopark/data` fit).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { ProgramRules } from "technopark";
 * const program: ProgramRules = {
 *   id: "demo",
 *   eligibility: [{ validFrom: "2024-01-01", value: { fact: "company.ksicSection", op: "eq", value: "C" } }],
 * };
 * ```
 */
export interface ProgramRules {
  /** The programme's stable id, e.g. `"yeongcheon-high-value-conversion"`. */
  readonly id: string;
  /** The eligibility rule versions, each in force from `validFrom` (inclusive) to `validTo` (exclusive). */
  readonly eligibility: readonly Versioned<Rule>[];
}

/**
 * What a programme check may know of the company's representative, when it is not in the company record.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluateProgram, type RepresentativeFacts } from "technopark";
 * const representative: RepresentativeFacts = { birthDate: "1994-07-01" };
 * const program = { id: "youth", eligibility: [{ validFrom: "2024-01-01", value: { fact: "representative.isYouth", op: "eq", value: true } }] } as const;
 * evaluateProgram(program, {}, { asOf: "2025-01-01", representative }).outcome; // "eligible"
 * ```
 */
export interface RepresentativeFacts {
  /** Birth date, `YYYY-MM-DD` (for `representative.isYouth`). */
  readonly birthDate?: string | undefined;
  /** Whether the representative is a youth founder, when already known (wins over the birth date). */
  readonly isYouth?: boolean | undefined;
}

/**
 * The rule version of a programme in force on a date, as {@link ruleInForce} returns it.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { ruleInForce, type RuleInForce } from "technopark";
 * const inForce: RuleInForce = ruleInForce({ id: "demo", eligibility: [{ validFrom: "2024-01-01", value: { all: [] } }] }, "2024-06-01");
 * inForce.version.validFrom; // "2024-01-01"
 * ```
 */
export interface RuleInForce {
  /** The rule in force. */
  readonly rule: Rule;
  /** Which programme and version it is. */
  readonly version: RuleVersionRef;
}

/**
 * Options of {@link evaluateProgram}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { ProgramOptions } from "technopark";
 * const options: ProgramOptions = { asOf: "2022-12-08", representative: { birthDate: "1990-04-01" } };
 * ```
 */
export interface ProgramOptions {
  /** The date to judge at: picks the rule version in force and dates the derived facts. */
  readonly asOf: DateLike;
  /** The company's representative (for `representative.isYouth`), when not inside the company record. */
  readonly representative?: RepresentativeFacts | undefined;
}

/**
 * The rule version a programme result was judged with.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { RuleVersionRef } from "technopark";
 * const version: RuleVersionRef = { programId: "yeongcheon-high-value-conversion", validFrom: "2019-01-01" };
 * ```
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
 * @example
 * ```ts
 * import { evaluateProgram, type ProgramEligibilityResult } from "technopark";
 * const program = { id: "demo", eligibility: [{ validFrom: "2024-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 30 } }] } as const;
 * const result: ProgramEligibilityResult = evaluateProgram(program, { regularWorkers: 31 }, { asOf: "2024-02-01" });
 * result.ruleVersion.validFrom; // "2024-01-01"
 * ```
 */
export type ProgramEligibilityResult = EligibilityResult & {
  /** The programme and the rule version (its `validFrom`) in force on `asOf`. */
  ruleVersion: RuleVersionRef;
  /** What decided, for audits: programme, rule version, rule hash, statute tables read, library version. */
  stamp: RuleStamp;
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
export function ruleInForce(program: ProgramRules, on: DateLike): RuleInForce {
  const day = toIsoDate(on, ["options", "asOf"]);
  const version = asOfVersion(program.eligibility, day);
  if (version === undefined) {
    const known = program.eligibility.map((v) => `${v.validFrom}${v.validTo === undefined ? "" : `..${v.validTo}`}`).join(", ");
    throw new ValidationError(
      `program ${describeValue(program.id)}: no eligibility rule version in force on ${day} (versions: ${known === "" ? "none" : known})`,
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
  const result = evaluate(rule, facts, { asOf: options.asOf });
  return { ...result, ruleVersion: version, stamp: stampOf(version, rule, result.trace) };
}
