import { programs as dataPrograms } from "../data/programs.js";
import { runFixtureAmong, type FixtureReport } from "../eligibility/fixtures.js";
import type { ProgramRules } from "../eligibility/program.js";

/**
 * Options of {@link runFixture}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { RunFixtureOptions } from "technopark";
 * const options: RunFixtureOptions = { programs: [] };
 * ```
 */
export interface RunFixtureOptions {
  /** The programmes a `program` fixture may name (default: `programs` of `technopark/data`). */
  readonly programs?: readonly ProgramRules[] | undefined;
}

/**
 * Runs a fixture — OpenFisca-style test cases for a programme or a rule, parsed from JSON or YAML — and
 * reports each case: expected against actual outcome, missing facts and reasons. Use it from vitest (one
 * `it` per case) or through `technopark test <files…>`. A fixture that is not well formed (an unknown field,
 * a bad date, an unknown programme, a rule `parseRule` refuses) throws `VALIDATION` with the field path
 * (`cases[3].asOf`); a case whose expectation fails is reported, not thrown.
 *
 * @param fixture - `{ program | rule, cases: [{ name, asOf, company?, representative?, facts?, expect }] }`
 * @param options - the programmes a `program` fixture may name
 * @category Eligibility
 * @example
 * ```ts
 * import { runFixture } from "technopark";
 * const report = runFixture({
 *   program: "early-startup-package",
 *   cases: [
 *     { name: "founded the day after the anniversary", asOf: "2026-02-01", company: { foundedOn: "2023-01-23", smeSize: "small", taxArrears: false, inDefault: false }, expect: { outcome: "eligible" } },
 *     { name: "founded on the anniversary", asOf: "2026-02-01", company: { foundedOn: "2023-01-22", smeSize: "small", taxArrears: false, inDefault: false }, expect: { outcome: "ineligible" } },
 *   ],
 * });
 * report.passed; // 2
 * report.cases[0]?.actual.referenceDate; // "2026-01-22"
 * ```
 */
export function runFixture(fixture: unknown, options: RunFixtureOptions = {}): FixtureReport {
  return runFixtureAmong(fixture, options.programs ?? dataPrograms);
}
