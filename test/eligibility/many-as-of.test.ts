// evaluateMany and judgeMany pass asOf to every judgement (src/eligibility/many.ts), with and without traces, and
// count the explained path's outcomes like the compiled one.
import { describe, expect, it } from "vitest";
import { evaluateMany, judgeMany, type Rule } from "../../src/index.js";

const rule: Rule = { fact: "company.ageInYears", op: "lt", value: 3 };
const subjects = [{ company: { foundedOn: "2023-06-01" } }, { company: { foundedOn: "2020-06-01" } }, { company: {} }];

describe("evaluateMany and judgeMany with asOf", () => {
  it("evaluateMany judges date-dependent facts as of asOf, and leaves them undetermined without it", () => {
    expect(evaluateMany(rule, subjects, { asOf: "2026-05-31", results: true })).toEqual({
      counts: { eligible: 1, ineligible: 1, undetermined: 1 },
      total: 3,
      results: ["eligible", "ineligible", "undetermined"],
    });
    expect(evaluateMany(rule, subjects, { asOf: "2026-06-01", results: true }).results).toEqual(["ineligible", "ineligible", "undetermined"]);
    const countsOnly = evaluateMany(rule, subjects, { results: false });
    expect(countsOnly).toEqual({ counts: { eligible: 0, ineligible: 0, undetermined: 3 }, total: 3 });
    expect(countsOnly).not.toHaveProperty("results");
  });

  it("judgeMany passes asOf on both paths and counts the explained outcomes", () => {
    for (const explain of [false, true]) {
      const iterator = judgeMany(rule, subjects, { asOf: "2026-05-31", explain });
      const verdicts = [];
      let step = iterator.next();
      while (!step.done) {
        verdicts.push([step.value.index, step.value.outcome, step.value.result?.outcome]);
        step = iterator.next();
      }
      const traced = (outcome: string) => (explain ? outcome : undefined);
      expect(verdicts, `explain: ${explain}`).toEqual([
        [0, "eligible", traced("eligible")],
        [1, "ineligible", traced("ineligible")],
        [2, "undetermined", traced("undetermined")],
      ]);
      expect(step.value).toEqual({ counts: { eligible: 1, ineligible: 1, undetermined: 1 }, total: 3 });
    }
    expect([...judgeMany(rule, subjects.slice(0, 1), { explain: true })][0]!.outcome).toBe("undetermined");
  });
});
