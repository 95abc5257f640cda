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
  /** The calls for applications (공고), each judging facts at its own reference date (see {@link ProgramRound}). */
  readonly rounds?: readonly ProgramRound[] | undefined;
}

/**
 * One call for applications (공고) of a programme: when it was announced, when applications are taken, the
 * date its announcement judges facts at (the 공고일, or the 접수 마감일 where the announcement says so) and,
 * for a track with its own conditions, the rule. Without `eligibility` the round applies the programme's rule
 * version in force on `announcedOn`.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { ProgramRound } from "technopark";
 * const round: ProgramRound = {
 *   id: "2026-general", track: "general", announcedOn: "2026-01-22",
 *   applicationPeriod: { from: "2026-01-23", to: "2026-02-13" }, referenceDate: "announcement",
 * };
 * ```
 */
export interface ProgramRound {
  /** Stable id within the programme, e.g. `"2026-general"`. */
  readonly id: string;
  /** The track (유형) the round recruits for, e.g. `"deep-tech"`. */
  readonly track?: string | undefined;
  /** The announcement date (모집공고일), `YYYY-MM-DD`. */
  readonly announcedOn: string;
  /** The application period (접수 기간), both days inclusive. */
  readonly applicationPeriod: {
    /** First day applications are taken. */
    readonly from: string;
    /** Last day applications are taken (접수 마감일). */
    readonly to: string;
  };
  /** The date facts are judged at: the announcement date or the application deadline. */
  readonly referenceDate: "announcement" | "application-deadline";
  /** The round's own rule (a track's conditions), when it is not the programme's rule in force on `announcedOn`. */
  readonly eligibility?: Rule | undefined;
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
  /** Holds a business registration or is the representative of a registered corporation (사업자등록·법인설립등기). */
  readonly hasBusinessRegistration?: boolean | undefined;
  /** Largest or oligopolistic shareholder of a firm (최대주주·과점주주). */
  readonly isMajorShareholder?: boolean | undefined;
  /** Has closed a business before (폐업 이력). */
  readonly hasClosedBusiness?: boolean | undefined;
  /** The earlier, closed business: closure date and KSIC code. */
  readonly previousBusiness?: {
    /** Closure date (폐업일), `YYYY-MM-DD`. */
    readonly closedOn?: string | undefined;
    /** Its KSIC code (5 digits to compare industries by 세세분류). */
    readonly ksic?: string | undefined;
  } | undefined;
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
  /** Judge this round (by id) instead of the rounds open on `asOf`. */
  readonly round?: string | undefined;
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
  /** The round (공고) judged, when the programme records rounds. */
  readonly round?: string;
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
  /** The date the facts were judged at: the round's reference date, or `asOf` when no round is open. */
  referenceDate: string;
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
 * The rounds of a programme taking applications on a date (its `applicationPeriod` contains the date), in
 * the order recorded.
 *
 * @param program - a programme with rounds
 * @param on - the date
 * @category Eligibility
 * @example
 * ```ts
 * import { openRounds } from "technopark";
 * const program = { id: "demo", eligibility: [], rounds: [
 *   { id: "2026", announcedOn: "2026-01-22", applicationPeriod: { from: "2026-01-23", to: "2026-02-13" }, referenceDate: "announcement" },
 * ] } as const;
 * openRounds(program, "2026-02-13").length; // 1
 * openRounds(program, "2026-02-14").length; // 0
 * ```
 */
export function openRounds(program: ProgramRules, on: DateLike): readonly ProgramRound[] {
  const day = toIsoDate(on, ["on"]);
  return (program.rounds ?? []).filter((round) => round.applicationPeriod.from <= day && day <= round.applicationPeriod.to);
}

/** A rule to judge with, its version and the date to judge the facts at. @internal */
export interface Judgeable extends RuleInForce {
  readonly referenceDate: string;
}

function roundJudgeable(program: ProgramRules, round: ProgramRound): Judgeable {
  const referenceDate = round.referenceDate === "application-deadline" ? round.applicationPeriod.to : round.announcedOn;
  const inForce: RuleInForce =
    round.eligibility === undefined
      ? ruleInForce(program, round.announcedOn)
      : { rule: round.eligibility, version: { programId: program.id, validFrom: round.announcedOn } };
  return { rule: inForce.rule, version: { ...inForce.version, round: round.id }, referenceDate };
}

/** The named round, else the rounds open on `asOf`, else the rule in force on `asOf` itself. @internal */
export function judgeables(program: ProgramRules, options: ProgramOptions): readonly Judgeable[] {
  const asOf = toIsoDate(options.asOf, ["options", "asOf"]);
  if (options.round !== undefined) {
    const round = (program.rounds ?? []).find((candidate) => candidate.id === options.round);
    if (round === undefined) {
      const known = (program.rounds ?? []).map((candidate) => candidate.id).join(", ");
      throw new ValidationError(`program ${describeValue(program.id)}: no round ${describeValue(options.round)} (rounds: ${known === "" ? "none" : known})`, { path: ["options", "round"] });
    }
    return [roundJudgeable(program, round)];
  }
  const open = openRounds(program, asOf);
  if (open.length === 0) return [{ ...ruleInForce(program, asOf), referenceDate: asOf }];
  return open.map((round) => roundJudgeable(program, round));
}

const RANK: Readonly<Record<"eligible" | "undetermined" | "ineligible", number>> = /* @__PURE__ */ Object.freeze({ eligible: 0, undetermined: 1, ineligible: 2 });

/**
 * Judges a company for a programme as of a date. When a round (공고) of the programme takes applications on
 * `asOf`, the facts are judged at that round's reference date (the 공고일, or the 접수 마감일 where the
 * announcement says so) with the round's rule — an applicant on 2026-02-01 to the 2026 초기창업패키지 is judged
 * as of 2026-01-22 — and where several rounds are open (tracks), the most favourable result is returned.
 * Otherwise it picks the rule version in force on `asOf` (see {@link ruleInForce}) and judges at `asOf`.
 * Facts are `{ company, representative }`; `referenceDate` says which date was judged at.
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
 * // a round judges at its reference date: applying on 2026-02-01 to the 2026 초기창업패키지 (공고일 2026-01-22)
 * const early = programs.find((p) => p.id === "early-startup-package")!;
 * const startup = { ksic: "C29", smeSize: "small", taxArrears: false, inDefault: false };
 * evaluateProgram(early, { ...startup, foundedOn: "2023-01-23" }, { asOf: "2026-02-01" }).referenceDate; // "2026-01-22"
 * evaluateProgram(early, { ...startup, foundedOn: "2023-01-22" }, { asOf: "2026-02-01" }).outcome; // "ineligible"
 * ```
 */
export function evaluateProgram(program: ProgramRules, company: object, options: ProgramOptions): ProgramEligibilityResult {
  return programJudge(program, options)(company);
}

/**
 * `evaluateProgram` for many companies judged with the same options: the rule versions, rounds and reference
 * dates are settled once, each call only judges (the `check` command judges a million rows this way).
 * @internal
 */
export function programJudge(program: ProgramRules, options: ProgramOptions): (company: object) => ProgramEligibilityResult {
  const representative = options.representative;
  const each = judgeables(program, options).map(({ rule, version, referenceDate }) => ({ rule, version, referenceDate, evaluateOptions: { asOf: referenceDate } }));
  return (company) => {
    const facts = representative === undefined ? { company } : { company, representative };
    let best: ProgramEligibilityResult | undefined;
    for (const { rule, version, referenceDate, evaluateOptions } of each) {
      const evaluated = evaluate(rule, facts, evaluateOptions);
      const result: ProgramEligibilityResult = { outcome: evaluated.outcome, missing: evaluated.missing, trace: evaluated.trace, ruleVersion: version, referenceDate, stamp: stampOf(version, rule, evaluated.trace) };
      if (best === undefined || RANK[result.outcome] < RANK[best.outcome]) best = result;
    }
    return best!;
  };
}
