// ruleBuilder's values (src/eligibility/builder.ts): exists defaults to true, lists are copied, pairs keep their order.
import { describe, expect, it } from "vitest";
import { ruleBuilder } from "../../src/index.js";
import { type Company } from "../../src/schemas/index.js";

describe("ruleBuilder values", () => {
  const r = ruleBuilder<{ company: Company }>();

  it("exists takes true when given nothing, and keeps an explicit flag", () => {
    expect(r.fact("company.foundedOn").exists().rule).toEqual({ fact: "company.foundedOn", op: "exists", value: true });
    expect(r.fact("company.foundedOn").exists(true).rule).toEqual({ fact: "company.foundedOn", op: "exists", value: true });
    expect(r.fact("company.foundedOn").exists(false).rule).toEqual({ fact: "company.foundedOn", op: "exists", value: false });
  });

  it("copies a list value, so changing the caller's array later does not change the rule", () => {
    const sizes: ("small" | "medium" | "not-sme")[] = ["small"];
    const built = r.fact("company.smeSize").in(sizes);
    sizes.push("medium");
    expect(built.rule).toEqual({ fact: "company.smeSize", op: "in", value: ["small"] });
  });

  it("keeps a pair as [min, max] and toJSON gives the plain rule", () => {
    const between = r.fact("company.regularWorkers").between(5, 9);
    expect(between.rule.value).toEqual([5, 9]);
    expect(between.toJSON()).toBe(between.rule);
    expect(r.not(between).toJSON()).toEqual({ not: { fact: "company.regularWorkers", op: "between", value: [5, 9] } });
    expect(r.any(between.rule, r.all()).rule).toEqual({ any: [{ fact: "company.regularWorkers", op: "between", value: [5, 9] }, { all: [] }] });
  });
});
