import { assertRecord, invalidValue } from "../errors/invalid-value.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { asOfVersion } from "../time/versioned.js";
import { evaluateProgram, openRounds, type ProgramEligibilityResult, type ProgramRound, type ProgramRules, type RepresentativeFacts } from "./program.js";

/**
 * Options of `matchPrograms`: the date applications are made on, the representative when not in the company
 * record, and the programmes to consider (default: every programme in `technopark/data`).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { MatchProgramsOptions } from "technopark";
 * const options: MatchProgramsOptions = { asOf: "2026-02-12", representative: { birthDate: "1990-05-01" } };
 * ```
 */
export interface MatchProgramsOptions {
  /** The day the company would apply: programmes with a round open on it are judged, each at its own reference date. */
  readonly asOf: DateLike;
  /** The company's representative, when not inside the company record. */
  readonly representative?: RepresentativeFacts | undefined;
  /** The programmes to consider (default: `programs` of `technopark/data`). */
  readonly programs?: readonly ProgramRules[] | undefined;
}

/**
 * The round a match was judged in: its id, its track and when applications close.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { MatchedRound } from "technopark";
 * const round: MatchedRound = { id: "2026-general", track: "general", applicationPeriod: { from: "2026-01-23", to: "2026-02-13" } };
 * ```
 */
export interface MatchedRound {
  /** The round's id. */
  readonly id: string;
  /** Its track (유형), where it has one. */
  readonly track?: string;
  /** Its application period, both days inclusive. */
  readonly applicationPeriod: {
    /** First day applications are taken. */
    readonly from: string;
    /** Last day applications are taken (접수 마감일). */
    readonly to: string;
  };
}

/**
 * One programme a company was matched against: the programme result (outcome, missing facts, trace, rule
 * version, `referenceDate`) plus the programme's id and the round judged.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { matchPrograms, type ProgramMatch } from "technopark";
 * const [first]: ProgramMatch[] = matchPrograms({ foundedOn: "2024-03-01" }, { asOf: "2026-02-12" });
 * first?.programId;
 * ```
 */
export type ProgramMatch = ProgramEligibilityResult & {
  /** The programme's id. */
  programId: string;
  /** The date the facts were judged at (the round's reference date). */
  referenceDate: string;
  /** The round judged, for programmes that record rounds. */
  round?: MatchedRound;
};

const RANK: Readonly<Record<"eligible" | "undetermined" | "ineligible", number>> = /* @__PURE__ */ Object.freeze({ eligible: 0, undetermined: 1, ineligible: 2 });

/**
 * Matches a company against a list of programmes (the engine of `matchPrograms`, which defaults the list).
 * A programme that records rounds is judged when one is open on `asOf`; one without rounds (continuous
 * intake) when a rule version is in force on `asOf`.
 * @internal
 */
export function matchProgramsAmong(company: object, programs: readonly ProgramRules[], options: MatchProgramsOptions): ProgramMatch[] {
  assertRecord(company, ["company"], "a company record");
  const asOf = toIsoDate(options.asOf, ["options", "asOf"]);
  if (!Array.isArray(programs)) throw invalidValue(["options", "programs"], "an array of programmes", programs);
  const matches: ProgramMatch[] = [];
  for (const program of programs) {
    const rounds: readonly ProgramRound[] = program.rounds ?? [];
    const open = rounds.length > 0 ? openRounds(program, asOf).length > 0 : asOfVersion(program.eligibility, asOf) !== undefined;
    if (!open) continue;
    const result = evaluateProgram(program, company, { asOf, representative: options.representative });
    const round = rounds.find((candidate) => candidate.id === result.ruleVersion.round);
    matches.push({
      ...result,
      programId: program.id,
      ...(round === undefined
        ? {}
        : { round: { id: round.id, ...(round.track === undefined ? {} : { track: round.track }), applicationPeriod: round.applicationPeriod } }),
    });
  }
  // Array.prototype.sort is stable: programmes keep their order within an outcome
  return matches.sort((a, b) => RANK[a.outcome] - RANK[b.outcome]);
}
