// runFixtureAmong (src/eligibility/fixtures.ts): every refusal of a malformed fixture with its path and message, and
// the comparison of each expectation (outcome, missing in any order, reasons in both languages) with what came out.
import { describe, expect, it } from "vitest";
import { isTechnoparkError, type ProgramRules } from "../../src/index.js";
import { runFixtureAmong } from "../../src/eligibility/fixtures.js";

const programs: ProgramRules[] = [
  { id: "thirty", eligibility: [{ validFrom: "2024-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 30 } }] },
  {
    id: "with-round",
    eligibility: [{ validFrom: "2024-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 10 } }],
    rounds: [{ id: "r1", announcedOn: "2025-02-01", applicationPeriod: { from: "2025-03-01", to: "2025-03-31" }, referenceDate: "application-deadline" }],
  },
];
const rule = { fact: "company.regularWorkers", op: "gte", value: 30 };
const okCase = { name: "thirty", asOf: "2025-01-01", company: { regularWorkers: 30 }, expect: { outcome: "eligible" } };

function refusal(fixture: unknown): { code: string; message: string; path: readonly (string | number)[] } {
  try {
    runFixtureAmong(fixture, programs);
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return { code: error.code, message: error.message, path: error.path };
  }
  throw new Error("the fixture was accepted");
}

describe("runFixtureAmong refuses malformed fixtures", () => {
  it.each([
    ["not an object", [], "(root): expected a fixture { program | rule, cases }, received an array of 0", []],
    ["an unknown top-level key", { rule, cases: [okCase], extra: 1 }, "extra: unknown field (expected one of program, rule, cases)", ["extra"]],
    ["neither program nor rule", { cases: [okCase] }, "program: expected exactly one of program (a programme id) or rule", ["program"]],
    ["both program and rule", { program: "thirty", rule, cases: [okCase] }, "program: expected exactly one of program (a programme id) or rule", ["program"]],
    ["an empty programme id", { program: "", cases: [okCase] }, 'program: expected a programme id, received ""', ["program"]],
    ["a numeric programme id", { program: 7, cases: [okCase] }, "program: expected a programme id, received 7", ["program"]],
    ["a bad rule", { rule: { all: [{ fact: "company.regularWorkers", op: "gte", value: "30" }] }, cases: [okCase] }, 'rule.all[0].value: all[0].value: "company.regularWorkers" is a number fact: expected a finite number, received "30"', ["rule", "all", 0, "value"]],
    ["no cases", { rule, cases: [] }, "cases: expected a non-empty list of cases, received an array of 0", ["cases"]],
    ["cases not a list", { rule, cases: { a: 1 } }, "cases: expected a non-empty list of cases, received an object", ["cases"]],
    ["a case that is not an object", { rule, cases: [okCase, "x"] }, 'cases[1]: expected a case { name, asOf, company?, representative?, facts?, expect }, received "x"', ["cases", 1]],
    ["an unknown case key", { rule, cases: [{ ...okCase, when: 1 }] }, "cases[0].when: unknown field (expected one of name, asOf, company, representative, facts, expect)", ["cases", 0, "when"]],
    ["an empty name", { rule, cases: [{ ...okCase, name: "" }] }, 'cases[0].name: expected a case name, received ""', ["cases", 0, "name"]],
    ["a numeric name", { rule, cases: [{ ...okCase, name: 1 }] }, "cases[0].name: expected a case name, received 1", ["cases", 0, "name"]],
    ["a bad date", { rule, cases: [{ ...okCase, asOf: "2025-02-30" }] }, 'cases[0].asOf: expected a date YYYY-MM-DD, received "2025-02-30"', ["cases", 0, "asOf"]],
    ["a numeric date", { rule, cases: [{ ...okCase, asOf: 20250101 }] }, "cases[0].asOf: expected a date YYYY-MM-DD, received 20250101", ["cases", 0, "asOf"]],
    ["a company that is a list", { rule, cases: [{ ...okCase, company: [] }] }, "cases[0].company: expected an object, received an array of 0", ["cases", 0, "company"]],
    ["a representative that is a string", { rule, cases: [{ ...okCase, representative: "x" }] }, 'cases[0].representative: expected an object, received "x"', ["cases", 0, "representative"]],
    ["facts that are null", { rule, cases: [{ ...okCase, facts: null }] }, "cases[0].facts: expected an object, received null", ["cases", 0, "facts"]],
    ["facts in a programme fixture", { program: "thirty", cases: [{ ...okCase, facts: {} }] }, "cases[0].facts: a programme fixture takes company and representative, not facts", ["cases", 0, "facts"]],
    ["no expectation", { rule, cases: [{ name: "n", asOf: "2025-01-01" }] }, "cases[0].expect: expected an expectation { outcome, missing?, reasons? }, received undefined", ["cases", 0, "expect"]],
    ["an unknown expectation key", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", why: [] } }] }, "cases[0].expect.why: unknown field (expected one of outcome, missing, reasons)", ["cases", 0, "expect", "why"]],
    ["an unknown outcome", { rule, cases: [{ ...okCase, expect: { outcome: "maybe" } }] }, 'cases[0].expect.outcome: expected eligible, ineligible, undetermined, received "maybe"', ["cases", 0, "expect", "outcome"]],
    ["missing that is not a list", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", missing: "x" } }] }, 'cases[0].expect.missing: expected a list of strings, received "x"', ["cases", 0, "expect", "missing"]],
    ["missing with a number", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", missing: ["a", 1] } }] }, "cases[0].expect.missing: expected a list of strings, received an array of 2", ["cases", 0, "expect", "missing"]],
    ["reasons that are a list", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", reasons: [] } }] }, "cases[0].expect.reasons: expected an object { ko?, en? }, received an array of 0", ["cases", 0, "expect", "reasons"]],
    ["reasons in another language", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", reasons: { ja: [] } } }] }, "cases[0].expect.reasons.ja: unknown field (expected one of ko, en)", ["cases", 0, "expect", "reasons", "ja"]],
    ["Korean reasons that are a string", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", reasons: { ko: "x" } } }] }, 'cases[0].expect.reasons.ko: expected a list of strings, received "x"', ["cases", 0, "expect", "reasons", "ko"]],
    ["English reasons with a number", { rule, cases: [{ ...okCase, expect: { outcome: "eligible", reasons: { en: [1] } } }] }, "cases[0].expect.reasons.en: expected a list of strings, received an array of 1", ["cases", 0, "expect", "reasons", "en"]],
    ["an unknown programme", { program: "nope", cases: [okCase] }, 'program: unknown programme "nope"; known: thirty, with-round', ["program"]],
    ["a case no rule version covers", { program: "thirty", cases: [okCase, { ...okCase, name: "early", asOf: "2023-12-31" }] }, 'cases[1].asOf: case "early" cannot be judged: program "thirty": no eligibility rule version in force on 2023-12-31 (versions: 2024-01-01)', ["cases", 1, "asOf"]],
  ] as const)("%s", (_, fixture, message, path) => {
    const error = refusal(fixture);
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toBe(message);
    expect(error.path).toEqual(path);
  });
});

describe("runFixtureAmong compares what came out with what the case expects", () => {
  it("passes a rule fixture whose expectations all hold, reasons and missing in any order", () => {
    const report = runFixtureAmong(
      {
        rule: { all: [rule, { fact: "company.foundedOn", op: "exists" }, { fact: "company.ksic", op: "startsWith", value: "C" }, { fact: "company.isVenture", op: "eq", value: true, factType: "boolean" }] },
        cases: [
          {
            name: "two missing",
            asOf: "2025-01-01",
            company: { regularWorkers: 30, foundedOn: "2020-01-01" },
            expect: { outcome: "undetermined", missing: ["company.ksic", "company.isVenture"], reasons: { ko: ["company.isVenture 정보가 없어 판단할 수 없습니다"], en: ["KSIC code unknown, so this cannot be decided"] } },
          },
        ],
      },
      programs,
    );
    expect(report).toEqual({ total: 1, passed: 1, failed: 0, cases: [expect.objectContaining({ name: "two missing", index: 0, passed: true, problems: [] })] });
    expect(report.cases[0]!.actual.missing).toEqual(["company.ksic", "company.isVenture"]);
    expect(report.cases[0]!.actual).not.toHaveProperty("referenceDate");
  });

  it("lists one problem per expectation that does not hold", () => {
    const report = runFixtureAmong(
      {
        rule,
        cases: [
          { name: "wrong outcome", asOf: "2025-01-01", company: { regularWorkers: 29 }, expect: { outcome: "eligible" } },
          { name: "wrong missing", asOf: "2025-01-01", company: {}, expect: { outcome: "undetermined", missing: ["company.ksic"] } },
          { name: "extra missing", asOf: "2025-01-01", company: {}, expect: { outcome: "undetermined", missing: ["company.regularWorkers", "company.ksic"] } },
          { name: "no missing", asOf: "2025-01-01", company: {}, expect: { outcome: "undetermined", missing: [] } },
          { name: "wrong reasons", asOf: "2025-01-01", company: { regularWorkers: 31 }, expect: { outcome: "eligible", reasons: { ko: ["아니요"], en: ["31 regular workers, meeting the threshold of 30 or more", "no"] } } },
          { name: "facts given whole", asOf: "2025-01-01", facts: { company: { regularWorkers: 40 } }, company: { regularWorkers: 1 }, expect: { outcome: "eligible", missing: [] } },
        ],
      },
      programs,
    );
    expect([report.total, report.passed, report.failed]).toEqual([6, 1, 5]);
    expect(report.cases.map((c) => [c.name, c.index, c.passed, c.problems])).toEqual([
      ["wrong outcome", 0, false, ["outcome: expected eligible, actual ineligible"]],
      ["wrong missing", 1, false, ["missing: expected [company.ksic], actual [company.regularWorkers]"]],
      ["extra missing", 2, false, ["missing: expected [company.regularWorkers, company.ksic], actual [company.regularWorkers]"]],
      ["no missing", 3, false, ["missing: expected [], actual [company.regularWorkers]"]],
      [
        "wrong reasons",
        4,
        false,
        ['reasons.ko: expected a line "아니요", actual ["상시근로자 수 31명으로 기준(30명 이상)을 충족합니다"]', 'reasons.en: expected a line "no", actual ["31 regular workers, meeting the threshold of 30 or more"]'],
      ],
      ["facts given whole", 5, true, []],
    ]);
    expect(report.cases[0]!.expected).toEqual({ outcome: "eligible" });
  });

  it("judges a programme fixture at the round's reference date, with the representative", () => {
    const report = runFixtureAmong(
      {
        program: "with-round",
        cases: [
          { name: "in the round", asOf: "2025-03-10", company: { regularWorkers: 10 }, representative: { birthDate: "1990-01-01" }, expect: { outcome: "eligible" } },
          { name: "no round", asOf: "2025-04-10", company: {}, expect: { outcome: "undetermined", missing: ["company.regularWorkers"] } },
        ],
      },
      programs,
    );
    expect(report.program).toBe("with-round");
    expect(report.cases.map((c) => [c.passed, c.actual.referenceDate])).toEqual([
      [true, "2025-03-31"],
      [true, "2025-04-10"],
    ]);
    const youth: ProgramRules = { id: "youth", eligibility: [{ validFrom: "2024-01-01", value: { fact: "representative.isYouth", op: "eq", value: true } }] };
    const judged = runFixtureAmong({ program: "youth", cases: [{ name: "y", asOf: "2025-01-01", representative: { birthDate: "1990-01-01" }, expect: { outcome: "eligible" } }] }, [youth]);
    expect(judged.passed).toBe(1);
    const ruleFixture = runFixtureAmong({ rule: { fact: "representative.isYouth", op: "eq", value: true }, cases: [{ name: "y", asOf: "2025-01-01", representative: { birthDate: "1990-01-01" }, expect: { outcome: "eligible" } }] }, programs);
    expect(ruleFixture.passed).toBe(1);
    expect(ruleFixture).not.toHaveProperty("program");
  });
});

describe("runFixtureAmong lets errors that are not the library's through", () => {
  const getter = () => ({
    get regularWorkers(): number {
      throw new RangeError("unreadable");
    },
  });

  it("from the rule and from a case's facts", () => {
    const rule = {
      get fact(): string {
        throw new RangeError("unreadable");
      },
      op: "exists",
    };
    expect(() => runFixtureAmong({ rule, cases: [okCase] }, programs)).toThrow(RangeError);
    expect(() => runFixtureAmong({ rule: { fact: "company.regularWorkers", op: "gte", value: 1 }, cases: [{ ...okCase, company: getter() }] }, programs)).toThrow(RangeError);
  });
});

describe("runFixtureAmong lists several missing facts in its problem", () => {
  it("joins both lists with commas", () => {
    const report = runFixtureAmong(
      { rule: { all: [{ fact: "company.ksic", op: "exists", value: true }, { fact: "company.regularWorkers", op: "gte", value: 1 }, { fact: "company.foundedOn", op: "lt", value: "2020-01-01" }] }, cases: [{ name: "two", asOf: "2025-01-01", company: { ksic: "C" }, expect: { outcome: "undetermined", missing: ["a", "b"] } }] },
      programs,
    );
    expect(report.cases[0]!.problems).toEqual(["missing: expected [a, b], actual [company.regularWorkers, company.foundedOn]"]);
  });
});
