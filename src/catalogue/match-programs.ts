import { programs as dataPrograms } from "../data/programs.js";
import { matchProgramsAmong, type MatchProgramsOptions, type ProgramMatch } from "../eligibility/match-programs.js";

/**
 * Which programmes can this company apply for on a date? Every programme with a round (공고) open for
 * applications on `asOf` — or, for a programme without recorded rounds, with a rule in force — is judged at its
 * own reference date (the 공고일, or the 접수 마감일 where the announcement says so), and the results come back
 * eligible first, then undetermined (their `missing` lists the facts that would decide: the caseworker's to-do
 * list), then ineligible (`explain` gives the reasons). The default list is every programme in
 * `technopark/data`; pass `programs` to match against your own.
 *
 * This function sits above `technopark/data` in the layers (it defaults to its records), so importing it pulls
 * the programme records into a bundle; `evaluateProgram` over a list you load yourself does not.
 *
 * @param company - the company record (facts under `company.*`)
 * @param options - `asOf` (required), the representative, the programmes
 * @category Eligibility
 * @example
 * ```ts
 * import { explain, matchPrograms } from "technopark";
 * const company = {
 *   foundedOn: "2024-03-01", ksic: "C29", averageRevenue: { amount: "300000000", currency: "KRW" },
 *   totalAssets: { amount: "500000000", currency: "KRW" }, taxArrears: false, inDefault: false,
 * };
 * const matches = matchPrograms(company, { asOf: "2026-02-12", representative: { birthDate: "1994-05-01" } });
 * matches.map((m) => `${m.programId} ${m.outcome}`)[0]; // "early-startup-package eligible"
 * matches[0]?.referenceDate; // "2026-01-22"
 * explain(matches.at(-1)!, "ko");
 * ```
 */
export function matchPrograms(company: object, options: MatchProgramsOptions): ProgramMatch[] {
  return matchProgramsAmong(company, options.programs ?? dataPrograms, options);
}
