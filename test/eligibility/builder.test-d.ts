import { describe, expectTypeOf, it } from "vitest";
import { ruleBuilder, type FactPath, type FactValue, type NodeBuilder, type Condition, type Rule, type AllNode } from "../../src/index.js";
import { type Company } from "../../src/schemas/index.js";

type Subject = { company: Company; representative?: { birthDate?: string } };
const r = ruleBuilder<Subject>();

describe("ruleBuilder types", () => {
  it("offers the subject's dotted paths and the derived facts", () => {
    expectTypeOf<"company.location.sigungu">().toExtend<FactPath<Subject>>();
    expectTypeOf<"company.monthEndHeadcounts">().toExtend<FactPath<Subject>>();
    expectTypeOf<"representative.birthDate">().toExtend<FactPath<Subject>>();
    expectTypeOf<"company.smeSize">().toExtend<FactPath<Subject>>();
    expectTypeOf<"representative.isYouth">().toExtend<FactPath<Subject>>();
    expectTypeOf<"company.nope">().not.toExtend<FactPath<Subject>>();
  });

  it("types values by path", () => {
    expectTypeOf<FactValue<Subject, "company.regularWorkers">>().toEqualTypeOf<number>();
    expectTypeOf<FactValue<Subject, "company.location.sigungu">>().toEqualTypeOf<string>();
    expectTypeOf<FactValue<Subject, "company.smeSize">>().toEqualTypeOf<"small" | "medium" | "not-sme">();
    expectTypeOf<FactValue<Subject, "company.startupStage">>().toEqualTypeOf<"pre-startup" | "early" | "leap" | "established">();
    expectTypeOf<FactValue<Subject, "representative.isYouth">>().toEqualTypeOf<boolean>();
  });

  it("builds plain rules, with id and label", () => {
    const node = r.fact("company.regularWorkers").gte(30).id("w").label({ ko: "가", en: "a" });
    expectTypeOf(node).toEqualTypeOf<NodeBuilder<Condition>>();
    expectTypeOf(node.rule).toEqualTypeOf<Condition>();
    expectTypeOf(r.all(node, { fact: "x", op: "exists" }).rule).toEqualTypeOf<AllNode>();
    expectTypeOf(r.not(node).rule).toExtend<Rule>();
    r.fact("company.smeSize").in(["small", "medium"]);
    r.fact("company.ksicSection").eq("C");
    r.fact("company.foundedOn").gte("2020-01-01");
    r.fact("company.regularWorkers").between(10, 30);
    r.fact("company.location.sigungu").startsWith("영");
    r.fact("company.averageRevenue").exists();
  });

  it("rejects a wrong path and wrong value types", () => {
    // @ts-expect-error: not a path of the subject
    r.fact("company.regularWorker");
    // @ts-expect-error: regularWorkers is a number
    r.fact("company.regularWorkers").gte("30");
    // @ts-expect-error: not an SME size
    r.fact("company.smeSize").eq("large");
    // @ts-expect-error: startsWith needs a string fact
    r.fact("company.regularWorkers").startsWith("3");
    // @ts-expect-error: Money is an object: no eq on it
    r.fact("company.averageRevenue").eq("100");
    // @ts-expect-error: in takes an array of the fact's values
    r.fact("company.ksicSection").in(["C", "Z"]);
  });
});
