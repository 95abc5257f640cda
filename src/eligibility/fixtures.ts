import { describeValue, formatPath } from "../errors/format.js";
import { invalidValue } from "../errors/invalid-value.js";
import { ValidationError, type FieldPath } from "../errors/technopark-error.js";
import { isTechnoparkError } from "../errors/technopark-error.js";
import { parseRule } from "../rules/parse-rule.js";
import type { Rule } from "../rules/rule.js";
import { isIsoDate } from "../time/iso-date.js";
import { evaluate } from "./evaluate.js";
import { explain } from "./explain.js";
import { evaluateProgram, type ProgramRules, type RepresentativeFacts } from "./program.js";
import type { EligibilityResult, Outcome } from "./trace.js";

/**
 * What a fixture case expects: the outcome and, optionally, the missing facts (as a set) and reasons (each
 * listed line must be among `explain`'s lines in that language).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { FixtureExpectation } from "technopark";
 * const expect: FixtureExpectation = { outcome: "undetermined", missing: ["company.taxArrears"] };
 * ```
 */
export interface FixtureExpectation {
  /** The expected outcome. */
  readonly outcome: Outcome;
  /** The fact paths expected in `missing` (order does not matter). */
  readonly missing?: readonly string[];
  /** Lines expected among the explanations, by language. */
  readonly reasons?: {
    /** Lines expected among the Korean explanations. */
    readonly ko?: readonly string[];
    /** Lines expected among the English explanations. */
    readonly en?: readonly string[];
  };
}

/**
 * One case of a fixture, like an OpenFisca YAML test: a name, the date, the subject and what to expect.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { FixtureCase } from "technopark";
 * const example: FixtureCase = { name: "founded on the anniversary", asOf: "2026-02-01", company: { foundedOn: "2023-01-22" }, expect: { outcome: "ineligible" } };
 * ```
 */
export interface FixtureCase {
  /** The case's name, printed when it fails. */
  readonly name: string;
  /** The date to judge at (for a programme: the day of application; the round's reference date is applied). */
  readonly asOf: string;
  /** The company record. */
  readonly company?: object;
  /** The representative, when not in the company record. */
  readonly representative?: RepresentativeFacts;
  /** For a rule fixture: the whole facts object (instead of `{ company, representative }`). */
  readonly facts?: object;
  /** What the case expects. */
  readonly expect: FixtureExpectation;
}

/**
 * A fixture: the programme (by id) or the rule under test, and its cases. Written as JSON or YAML and run by
 * `technopark test` or {@link runFixture}.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import type { Fixture } from "technopark";
 * const fixture: Fixture = {
 *   rule: { fact: "company.regularWorkers", op: "gte", value: 10 },
 *   cases: [{ name: "ten", asOf: "2026-01-01", company: { regularWorkers: 10 }, expect: { outcome: "eligible" } }],
 * };
 * ```
 */
export interface Fixture {
  /** The id of the programme under test. */
  readonly program?: string;
  /** The rule under test (checked by `parseRule`). */
  readonly rule?: unknown;
  /** The cases. */
  readonly cases: readonly FixtureCase[];
}

/**
 * The result of one fixture case: what was expected, what came out and, when it failed, why.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { runFixture, type FixtureCaseResult } from "technopark";
 * const [result]: readonly FixtureCaseResult[] = runFixture({ rule: { fact: "company.regularWorkers", op: "gte", value: 10 }, cases: [
 *   { name: "nine", asOf: "2026-01-01", company: { regularWorkers: 9 }, expect: { outcome: "eligible" } },
 * ] }).cases;
 * result?.problems; // ["outcome: expected eligible, actual ineligible"]
 * ```
 */
export interface FixtureCaseResult {
  /** The case's name. */
  readonly name: string;
  /** Its position in `cases`. */
  readonly index: number;
  /** Whether every expectation held. */
  readonly passed: boolean;
  /** What the case expected. */
  readonly expected: FixtureExpectation;
  /** What came out: outcome, missing facts, the reasons in both languages and, for programmes, the reference date. */
  readonly actual: {
    /** The outcome. */
    readonly outcome: Outcome;
    /** The missing facts. */
    readonly missing: readonly string[];
    /** The explanations in both languages. */
    readonly reasons: {
      /** In Korean. */
      readonly ko: readonly string[];
      /** In English. */
      readonly en: readonly string[];
    };
    /** For programmes: the date judged at. */
    readonly referenceDate?: string;
  };
  /** One line per expectation that did not hold (empty when passed). */
  readonly problems: readonly string[];
}

/**
 * The result of running a fixture.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { runFixture, type FixtureReport } from "technopark";
 * const report: FixtureReport = runFixture({ rule: { fact: "company.ksicSection", op: "eq", value: "C" }, cases: [
 *   { name: "manufacturer", asOf: "2026-01-01", company: { ksic: "C29" }, expect: { outcome: "eligible" } },
 * ] });
 * report.failed; // 0
 * ```
 */
export interface FixtureReport {
  /** The programme under test, for programme fixtures. */
  readonly program?: string;
  /** Number of cases. */
  readonly total: number;
  /** Cases that passed. */
  readonly passed: number;
  /** Cases that failed. */
  readonly failed: number;
  /** Every case's result, in order. */
  readonly cases: readonly FixtureCaseResult[];
}

const OUTCOMES: readonly Outcome[] = ["eligible", "ineligible", "undetermined"];
const CASE_KEYS: ReadonlySet<string> = new Set(["name", "asOf", "company", "representative", "facts", "expect"]);
const EXPECT_KEYS: ReadonlySet<string> = new Set(["outcome", "missing", "reasons"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown, path: FieldPath): void {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string")) throw invalidValue(path, "a list of strings", value);
}

function unknownKey(record: Record<string, unknown>, allowed: ReadonlySet<string>, path: FieldPath): void {
  for (const key of Object.keys(record)) {
    if (!allowed.has(key)) {
      const full = [...path, key];
      throw new ValidationError(`${formatPath(full)}: unknown field (expected one of ${[...allowed].join(", ")})`, { path: full });
    }
  }
}

/** Checks a fixture's shape and returns its rule (parsed) and cases; throws `VALIDATION`/`INVALID_RULE` with the field path. */
function checkFixture(fixture: unknown): { program?: string; rule?: Rule; cases: readonly FixtureCase[] } {
  if (!isRecord(fixture)) throw invalidValue([], "a fixture { program | rule, cases }", fixture);
  unknownKey(fixture, new Set(["program", "rule", "cases"]), []);
  const { program, rule, cases } = fixture;
  if ((program === undefined) === (rule === undefined)) {
    throw new ValidationError("program: expected exactly one of program (a programme id) or rule", { path: ["program"] });
  }
  if (program !== undefined && (typeof program !== "string" || program === "")) throw invalidValue(["program"], "a programme id", program);
  let parsed: Rule | undefined;
  if (rule !== undefined) {
    try {
      parsed = parseRule(rule);
    } catch (error) {
      if (isTechnoparkError(error)) {
        const path = ["rule", ...error.path];
        throw new ValidationError(`${formatPath(path)}: ${error.message}`, { path });
      }
      throw error;
    }
  }
  if (!Array.isArray(cases) || cases.length === 0) throw invalidValue(["cases"], "a non-empty list of cases", cases);
  cases.forEach((item: unknown, i) => {
    const at: FieldPath = ["cases", i];
    if (!isRecord(item)) throw invalidValue(at, "a case { name, asOf, company?, representative?, facts?, expect }", item);
    unknownKey(item, CASE_KEYS, at);
    if (typeof item["name"] !== "string" || item["name"] === "") throw invalidValue([...at, "name"], "a case name", item["name"]);
    if (typeof item["asOf"] !== "string" || !isIsoDate(item["asOf"])) throw invalidValue([...at, "asOf"], "a date YYYY-MM-DD", item["asOf"]);
    for (const key of ["company", "representative", "facts"] as const) {
      if (item[key] !== undefined && !isRecord(item[key])) throw invalidValue([...at, key], "an object", item[key]);
    }
    if (item["facts"] !== undefined && program !== undefined) {
      throw new ValidationError(`${formatPath([...at, "facts"])}: a programme fixture takes company and representative, not facts`, { path: [...at, "facts"] });
    }
    const expected = item["expect"];
    if (!isRecord(expected)) throw invalidValue([...at, "expect"], "an expectation { outcome, missing?, reasons? }", expected);
    unknownKey(expected, EXPECT_KEYS, [...at, "expect"]);
    if (!OUTCOMES.includes(expected["outcome"] as Outcome)) throw invalidValue([...at, "expect", "outcome"], OUTCOMES.join(", "), expected["outcome"]);
    if (expected["missing"] !== undefined) stringList(expected["missing"], [...at, "expect", "missing"]);
    const reasons = expected["reasons"];
    if (reasons !== undefined) {
      if (!isRecord(reasons)) throw invalidValue([...at, "expect", "reasons"], "an object { ko?, en? }", reasons);
      unknownKey(reasons, new Set(["ko", "en"]), [...at, "expect", "reasons"]);
      for (const locale of ["ko", "en"] as const) if (reasons[locale] !== undefined) stringList(reasons[locale], [...at, "expect", "reasons", locale]);
    }
  });
  return {
    ...(program === undefined ? {} : { program: program as string }),
    ...(parsed === undefined ? {} : { rule: parsed }),
    cases: cases as FixtureCase[],
  };
}

function compare(expected: FixtureExpectation, actual: FixtureCaseResult["actual"]): string[] {
  const problems: string[] = [];
  if (expected.outcome !== actual.outcome) problems.push(`outcome: expected ${expected.outcome}, actual ${actual.outcome}`);
  if (expected.missing !== undefined) {
    const want = [...expected.missing].sort();
    const got = [...actual.missing].sort();
    if (want.length !== got.length || want.some((path, i) => path !== got[i])) {
      problems.push(`missing: expected [${expected.missing.join(", ")}], actual [${actual.missing.join(", ")}]`);
    }
  }
  for (const locale of ["ko", "en"] as const) {
    for (const line of expected.reasons?.[locale] ?? []) {
      if (!actual.reasons[locale].includes(line)) problems.push(`reasons.${locale}: expected a line ${JSON.stringify(line)}, actual ${JSON.stringify(actual.reasons[locale])}`);
    }
  }
  return problems;
}

/**
 * Runs a fixture against a list of programmes (the engine of `runFixture`, which defaults the list).
 * @internal
 */
export function runFixtureAmong(fixture: unknown, programs: readonly ProgramRules[]): FixtureReport {
  const checked = checkFixture(fixture);
  let program: ProgramRules | undefined;
  if (checked.program !== undefined) {
    program = programs.find((candidate) => candidate.id === checked.program);
    if (program === undefined) {
      throw new ValidationError(`program: unknown programme ${describeValue(checked.program)}; known: ${programs.map((p) => p.id).join(", ")}`, { path: ["program"] });
    }
  }
  const results = checked.cases.map((item, index): FixtureCaseResult => {
    const company = item.company ?? {};
    let result: EligibilityResult & { referenceDate?: string };
    try {
      if (program !== undefined) {
        result = evaluateProgram(program, company, { asOf: item.asOf, representative: item.representative });
      } else {
        const facts = item.facts ?? (item.representative === undefined ? { company } : { company, representative: item.representative });
        result = evaluate(checked.rule!, facts, { asOf: item.asOf });
      }
    } catch (error) {
      // e.g. no rule version in force on asOf: the case cannot be judged at all
      if (!isTechnoparkError(error)) throw error;
      const path: FieldPath = ["cases", index, "asOf"];
      throw new ValidationError(`${formatPath(path)}: case ${describeValue(item.name)} cannot be judged: ${error.message}`, { path });
    }
    const actual = {
      outcome: result.outcome,
      missing: result.missing,
      reasons: { ko: explain(result, "ko"), en: explain(result, "en") },
      ...(result.referenceDate === undefined ? {} : { referenceDate: result.referenceDate }),
    };
    const problems = compare(item.expect, actual);
    return { name: item.name, index, passed: problems.length === 0, expected: item.expect, actual, problems };
  });
  const passed = results.filter((r) => r.passed).length;
  return { ...(checked.program === undefined ? {} : { program: checked.program }), total: results.length, passed, failed: results.length - passed, cases: results };
}
