// Programme rounds (공고): which rounds are open on a day, which rule and reference date each judges with, the best
// outcome over the open rounds, a named round, and matchProgramsAmong's filtering and ranking (src/eligibility/program.ts,
// src/eligibility/match-programs.ts).
import { describe, expect, it } from "vitest";
import { evaluateProgram, isTechnoparkError, openRounds, ruleInForce, type ProgramRules } from "../../src/index.js";
import { matchProgramsAmong } from "../../src/eligibility/match-programs.js";

const program: ProgramRules = {
  id: "rounds-demo",
  eligibility: [
    { validFrom: "2025-01-01", validTo: "2026-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 10 } },
    { validFrom: "2026-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 20 } },
  ],
  rounds: [
    // judged with the rule in force on its announcement (the 2025 version: 10 or more), at the announcement
    { id: "2025-first", announcedOn: "2025-12-20", applicationPeriod: { from: "2026-01-05", to: "2026-01-20" }, referenceDate: "announcement" },
    // its own rule, judged at the application deadline
    {
      id: "2026-deep",
      track: "deep-tech",
      announcedOn: "2026-01-10",
      applicationPeriod: { from: "2026-01-15", to: "2026-02-15" },
      referenceDate: "application-deadline",
      eligibility: { fact: "company.ageInYears", op: "lt", value: 3 },
    },
  ],
};
const ids = (day: string) => openRounds(program, day).map((round) => round.id);
function thrown(run: () => unknown): { code: string; message: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return { code: error.code, message: error.message, path: error.path };
  }
  throw new Error("no error");
}

describe("openRounds", () => {
  it("takes both ends of the application period", () => {
    expect(ids("2026-01-04")).toEqual([]);
    expect(ids("2026-01-05")).toEqual(["2025-first"]);
    expect(ids("2026-01-15")).toEqual(["2025-first", "2026-deep"]);
    expect(ids("2026-01-20")).toEqual(["2025-first", "2026-deep"]);
    expect(ids("2026-01-21")).toEqual(["2026-deep"]);
    expect(ids("2026-02-15")).toEqual(["2026-deep"]);
    expect(ids("2026-02-16")).toEqual([]);
    expect(openRounds({ id: "none", eligibility: [] }, "2026-01-10")).toEqual([]);
  });
});

describe("evaluateProgram with rounds", () => {
  it("judges an open round with the rule in force on its announcement, at the announcement", () => {
    const result = evaluateProgram(program, { regularWorkers: 15 }, { asOf: "2026-01-10" });
    expect(result.outcome).toBe("eligible");
    expect(result.referenceDate).toBe("2025-12-20");
    expect(result.ruleVersion).toEqual({ programId: "rounds-demo", validFrom: "2025-01-01", validTo: "2026-01-01", round: "2025-first" });
  });

  it("judges a round with its own rule at the application deadline", () => {
    const young = evaluateProgram(program, { foundedOn: "2023-02-16" }, { asOf: "2026-01-25" });
    expect(young.outcome).toBe("eligible");
    expect(young.referenceDate).toBe("2026-02-15");
    expect(young.ruleVersion).toEqual({ programId: "rounds-demo", validFrom: "2026-01-10", round: "2026-deep" });
    // three full years on the deadline, though not yet on asOf
    expect(evaluateProgram(program, { foundedOn: "2023-02-15" }, { asOf: "2026-01-25" }).outcome).toBe("ineligible");
  });

  it("keeps the best outcome over the open rounds, the first round on a tie", () => {
    const asOf = "2026-01-18";
    expect(evaluateProgram(program, { regularWorkers: 15, foundedOn: "2010-01-01" }, { asOf }).ruleVersion.round).toBe("2025-first");
    expect(evaluateProgram(program, { regularWorkers: 5, foundedOn: "2025-01-01" }, { asOf }).ruleVersion.round).toBe("2026-deep");
    expect(evaluateProgram(program, { regularWorkers: 15, foundedOn: "2025-01-01" }, { asOf }).ruleVersion.round).toBe("2025-first");
    // ineligible in the first round, undetermined (no founding date) in the second: undetermined is better
    const undetermined = evaluateProgram(program, { regularWorkers: 5 }, { asOf });
    expect([undetermined.outcome, undetermined.ruleVersion.round]).toEqual(["undetermined", "2026-deep"]);
    expect(evaluateProgram(program, { regularWorkers: 5, foundedOn: "2010-01-01" }, { asOf }).ruleVersion.round).toBe("2025-first");
  });

  it("judges the rule in force on asOf when no round is open", () => {
    const result = evaluateProgram(program, { regularWorkers: 15 }, { asOf: "2026-03-01" });
    expect(result.outcome).toBe("ineligible");
    expect(result.referenceDate).toBe("2026-03-01");
    expect(result.ruleVersion).toEqual({ programId: "rounds-demo", validFrom: "2026-01-01" });
  });

  it("judges a named round whatever asOf, and refuses an unknown one naming the rounds", () => {
    const named = evaluateProgram(program, { foundedOn: "2025-01-01" }, { asOf: "2030-01-01", round: "2026-deep" });
    expect([named.outcome, named.referenceDate, named.ruleVersion.round]).toEqual(["eligible", "2026-02-15", "2026-deep"]);
    expect(thrown(() => evaluateProgram(program, {}, { asOf: "2026-01-10", round: "2027" }))).toEqual({
      code: "VALIDATION",
      message: 'program "rounds-demo": no round "2027" (rounds: 2025-first, 2026-deep)',
      path: ["options", "round"],
    });
    expect(thrown(() => evaluateProgram({ id: "plain", eligibility: [] }, {}, { asOf: "2026-01-10", round: "x" })).message).toBe('program "plain": no round "x" (rounds: none)');
  });
});

describe("matchProgramsAmong", () => {
  const plain = (id: string, validFrom: string, workers: number): ProgramRules => ({ id, eligibility: [{ validFrom, value: { fact: "company.regularWorkers", op: "gte", value: workers } }] });
  const youth: ProgramRules = { id: "youth", eligibility: [{ validFrom: "2020-01-01", value: { fact: "representative.isYouth", op: "eq", value: true } }] };

  it("judges the programmes open on asOf, ranked eligible, undetermined, ineligible, in input order within a rank", () => {
    const programs = [plain("strict", "2020-01-01", 100), youth, program, plain("later", "2027-01-01", 1), plain("easy", "2020-01-01", 1), plain("easy-too", "2020-01-01", 2)];
    const matches = matchProgramsAmong({ regularWorkers: 15 }, programs, { asOf: "2026-01-10" });
    expect(matches.map((match) => [match.programId, match.outcome])).toEqual([
      ["rounds-demo", "eligible"],
      ["easy", "eligible"],
      ["easy-too", "eligible"],
      ["youth", "undetermined"],
      ["strict", "ineligible"],
    ]);
    expect(matches[0]).toMatchObject({ referenceDate: "2025-12-20", round: { id: "2025-first", applicationPeriod: { from: "2026-01-05", to: "2026-01-20" } } });
    expect(matches[0]!.round).not.toHaveProperty("track");
    expect(matches[1]).not.toHaveProperty("round");
    expect(matches[1]!.referenceDate).toBe("2026-01-10");
  });

  it("skips a programme with rounds when none is open, and names the track of the round judged", () => {
    expect(matchProgramsAmong({ regularWorkers: 15 }, [program], { asOf: "2026-03-01" })).toEqual([]);
    const [deep] = matchProgramsAmong({ foundedOn: "2025-01-01" }, [program], { asOf: "2026-01-25" });
    expect(deep!.round).toEqual({ id: "2026-deep", track: "deep-tech", applicationPeriod: { from: "2026-01-15", to: "2026-02-15" } });
  });

  it("passes the representative", () => {
    const [match] = matchProgramsAmong({}, [youth], { asOf: "2026-01-10", representative: { birthDate: "2000-01-01" } });
    expect(match!.outcome).toBe("eligible");
  });

  it("refuses a company that is not a record and programmes that are not an array", () => {
    const company = thrown(() => matchProgramsAmong(null as unknown as object, [], { asOf: "2026-01-10" }));
    expect([company.code, company.path, company.message]).toEqual(["VALIDATION", ["company"], "company: expected a company record, received null"]);
    const programs = thrown(() => matchProgramsAmong({}, "all" as unknown as ProgramRules[], { asOf: "2026-01-10" }));
    expect([programs.code, programs.path, programs.message]).toEqual(["VALIDATION", ["options", "programs"], 'options.programs: expected an array of programmes, received "all"']);
    expect(thrown(() => matchProgramsAmong({}, [], { asOf: "2026-13-01" })).path).toEqual(["options", "asOf"]);
  });
});

describe("date and version errors name their paths", () => {
  it("ruleInForce, openRounds and evaluateProgram refuse a malformed date at their own path", () => {
    expect(thrown(() => ruleInForce(program, "2026-13-01")).path).toEqual(["options", "asOf"]);
    expect(thrown(() => openRounds(program, "2026-13-01")).path).toEqual(["on"]);
    expect(thrown(() => evaluateProgram(program, {}, { asOf: "2026-13-01" })).path).toEqual(["options", "asOf"]);
  });

  it("ruleInForce names the eligibility versions when none is in force", () => {
    expect(thrown(() => ruleInForce(program, "2024-12-31"))).toEqual({
      code: "VALIDATION",
      message: 'program "rounds-demo": no eligibility rule version in force on 2024-12-31 (versions: 2025-01-01..2026-01-01, 2026-01-01)',
      path: ["eligibility"],
    });
  });
});
