import { describe, expect, it } from "vitest";
import { evaluate, parseRule, ruleBuilder } from "../../src/index.js";
import { type Company } from "../../src/schemas/index.js";

describe("ruleBuilder", () => {
  const r = ruleBuilder<{ company: Company }>();
  it("produces plain JSON rules that evaluate and parse", () => {
    const rule = r
      .all(
        r.fact("company.location.sigungu").eq("영천시").id("in-yeongcheon"),
        r.fact("company.ksicSection").eq("C"),
        r.any(r.fact("company.regularWorkers").gte(30), r.not(r.fact("company.smeSize").in(["small", "medium"]))),
        r.fact("company.foundedOn").between("2000-01-01", "2024-12-31").label({ ko: "설립일", en: "Founded" }),
        r.fact("company.ksic").startsWith("C"),
        r.fact("company.monthEndHeadcounts").exists(false),
        { fact: "company.tenancy.technoparkId", op: "ne", value: "x" },
      )
      .id("demo").rule;
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
    expect(parseRule(rule)).toEqual(rule);
    expect(rule).toEqual({
      id: "demo",
      all: [
        { id: "in-yeongcheon", fact: "company.location.sigungu", op: "eq", value: "영천시" },
        { fact: "company.ksicSection", op: "eq", value: "C" },
        { any: [{ fact: "company.regularWorkers", op: "gte", value: 30 }, { not: { fact: "company.smeSize", op: "in", value: ["small", "medium"] } }] },
        { label: { ko: "설립일", en: "Founded" }, fact: "company.foundedOn", op: "between", value: ["2000-01-01", "2024-12-31"] },
        { fact: "company.ksic", op: "startsWith", value: "C" },
        { fact: "company.monthEndHeadcounts", op: "exists", value: false },
        { fact: "company.tenancy.technoparkId", op: "ne", value: "x" },
      ],
    });
    const company = { id: "c", name: { ko: "가" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 31, foundedOn: "2010-01-01", tenancy: { technoparkId: "gyeongbuk" } };
    expect(evaluate(rule, { company }).outcome).toBe("eligible");
  });

  it("returns copies: id and label never change the original node", () => {
    const base = r.fact("company.regularWorkers").lt(30);
    const named = base.id("x");
    expect(base.rule).toEqual({ fact: "company.regularWorkers", op: "lt", value: 30 });
    expect(named.rule).toEqual({ id: "x", fact: "company.regularWorkers", op: "lt", value: 30 });
    expect(JSON.stringify(named)).toBe('{"fact":"company.regularWorkers","op":"lt","value":30,"id":"x"}');
    const ops = [base, r.fact("company.regularWorkers").lte(1), r.fact("company.regularWorkers").gt(1), r.fact("company.regularWorkers").ne(1), r.fact("company.ksicSection").notIn(["A"]), r.fact("company.id").contains("c")];
    expect(ops.map((node) => node.rule.op)).toEqual(["lt", "lte", "gt", "ne", "notIn", "contains"]);
  });
});
