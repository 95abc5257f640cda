// compileRule against an independent Kleene truth table (src/eligibility/compile.ts): every all / any group of 0 to 4
// children, each child passed, failed or undetermined, with and without a shared path prefix (the compiled rule reads
// a shared object once), under not; and shared prefixes Object.prototype has, or that are not objects.
import { describe, expect, it } from "vitest";
import { compileRule, evaluate, type Condition, type Rule } from "../../src/index.js";

type Code = "P" | "F" | "U";
const OUTCOME: Record<Code, string> = { P: "eligible", F: "ineligible", U: "undetermined" };

/** Kleene's all and any, written out. */
function kleene(kind: "all" | "any", codes: readonly Code[]): Code {
  if (kind === "all") return codes.includes("F") ? "F" : codes.includes("U") ? "U" : "P";
  return codes.includes("P") ? "P" : codes.includes("U") ? "U" : "F";
}
function* assignments(n: number): Generator<Code[]> {
  if (n === 0) {
    yield [];
    return;
  }
  for (const rest of assignments(n - 1)) for (const code of ["P", "F", "U"] as const) yield [...rest, code];
}

/** Child i reads `<root>.c<i>` (true passes, false fails, absent is undetermined); with a shared root or one root per child. */
function case_(kind: "all" | "any", codes: readonly Code[], shared: boolean): { rule: Rule; facts: Record<string, Record<string, boolean>> } {
  const children: Condition[] = codes.map((_, i) => ({ fact: `${shared ? "s" : `r${i}`}.c${i}`, op: "eq", value: true }));
  const facts: Record<string, Record<string, boolean>> = {};
  codes.forEach((code, i) => {
    const root = shared ? "s" : `r${i}`;
    facts[root] ??= {};
    if (code !== "U") facts[root]![`c${i}`] = code === "P";
  });
  return { rule: kind === "all" ? { all: children } : { any: children }, facts };
}

describe("compileRule decides every small group like Kleene logic, as evaluate does", () => {
  for (const kind of ["all", "any"] as const) {
    for (const shared of [true, false]) {
      it(`${kind}, ${shared ? "shared prefix" : "separate roots"}, 0 to 4 children`, () => {
        for (let n = 0; n <= 4; n++) {
          for (const codes of assignments(n)) {
            const { rule, facts } = case_(kind, codes, shared);
            const expected = OUTCOME[kleene(kind, codes)];
            const label = `${kind}(${codes.join(",")})`;
            expect(compileRule(rule)(facts), label).toBe(expected);
            expect(evaluate(rule, facts).outcome, label).toBe(expected);
            const negated = OUTCOME[({ P: "F", F: "P", U: "U" } as const)[kleene(kind, codes)]];
            expect(compileRule({ not: rule })(facts), `not ${label}`).toBe(negated);
          }
        }
      });
    }
  }

  it("reads a nested shared prefix once per group and still decides each child", () => {
    const rule: Rule = {
      all: [
        { fact: "company.location.sigungu", op: "eq", value: "영천시" },
        { any: [{ fact: "company.location.regionCode", op: "eq", value: "47" }, { not: { fact: "company.location.x", op: "exists" } }] },
      ],
    };
    const judge = compileRule(rule);
    expect(judge({ company: { location: { sigungu: "영천시", regionCode: "47" } } })).toBe("eligible");
    expect(judge({ company: { location: { sigungu: "영천시", regionCode: "11", x: 1 } } })).toBe("ineligible");
    expect(judge({ company: { location: { sigungu: "영천시", regionCode: "11" } } })).toBe("eligible");
    expect(judge({ company: { location: { regionCode: "47" } } })).toBe("undetermined");
    expect(judge({ company: { location: 5 } })).toBe("undetermined");
    expect(judge({ company: "text" })).toBe("undetermined");
    expect(judge({ company: null })).toBe("undetermined");
  });

  it("does not read a shared prefix Object.prototype has from the prototype", () => {
    const rule: Rule = { all: [{ fact: "toString.a", op: "exists" }, { fact: "toString.b", op: "exists" }] };
    const judge = compileRule(rule);
    expect(judge({})).toBe("ineligible");
    expect(evaluate(rule, {}).outcome).toBe("ineligible");
    expect(judge({ toString: { a: 1, b: 2 } })).toBe("eligible");
    const inherited = Object.create({ company: { a: 1, b: 2 } }) as object;
    const own: Rule = { all: [{ fact: "company.a", op: "exists" }, { fact: "company.b", op: "exists" }] };
    // a prefix Object.prototype does not have may come from the subject's own prototype chain, as evaluate reads it
    expect(compileRule(own)(inherited)).toBe(evaluate(own, inherited).outcome);
  });
});
