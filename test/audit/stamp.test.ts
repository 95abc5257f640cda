import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { programs } from "../../src/data/index.js";
import { evaluateProgram, ruleHash, type DerivationTrace, type ProgramRules, type TraceNode } from "../../src/index.js";
import { tablesRead } from "../../src/audit/stamp.js";
import { LIBRARY_VERSION } from "../../src/version.js";

const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../package.json"), "utf8")) as { version: string };
const krw = (amount: string) => ({ amount, currency: "KRW" });
const foodMaker = { id: "f", name: { ko: "가" }, ksic: "C10", averageRevenue: krw("110000000000"), totalAssets: krw("100000000000"), regularWorkers: 12, location: { regionCode: "47", sigungu: "영천시" } };

describe("src/version.ts", () => {
  it("LIBRARY_VERSION is package.json's version (run `npm version`, or node scripts/sync-version.mjs)", () => {
    expect(LIBRARY_VERSION).toBe(pkg.version);
  });
});

describe("stamp on evaluateProgram results", () => {
  const sme: ProgramRules = { id: "sme-only", eligibility: [{ validFrom: "2020-01-01", value: { fact: "company.smeSize", op: "in", value: ["small", "medium"] } }] };

  it("names the programme, the rule version, its hash, the SME size table read and the library version", () => {
    const before = evaluateProgram(sme, foodMaker, { asOf: "2025-08-31" });
    const after = evaluateProgram(sme, foodMaker, { asOf: "2025-09-01" });
    expect([before.outcome, after.outcome]).toEqual(["ineligible", "eligible"]);
    expect(before.stamp).toEqual({ programId: "sme-only", validFrom: "2020-01-01", ruleHash: ruleHash(sme.eligibility[0]!.value), tables: { "sme-size": "2016-01-01" }, library: pkg.version });
    expect(after.stamp).toEqual({ ...before.stamp, tables: { "sme-size": "2025-09-01" } });
  });

  it("finds the table through a derived fact that depends on company.smeSize (company.isMicroEnterprise)", () => {
    const micro: ProgramRules = { id: "micro", eligibility: [{ validFrom: "2022-01-01", value: { fact: "company.isMicroEnterprise", op: "eq", value: true } }] };
    const result = evaluateProgram(micro, { ...foodMaker, averageRevenue: krw("1000000000"), totalAssets: krw("1000000000"), regularWorkers: 4 }, { asOf: "2025-09-01" });
    expect(result.outcome).toBe("eligible");
    expect(result.stamp.tables).toEqual({ "micro-enterprise": "2021-02-05", "sme-size": "2025-09-01" });
  });

  it("records no table when none was read: smeSize given, missing inputs, or a fact without a table", () => {
    expect(evaluateProgram(sme, { smeSize: "small" }, { asOf: "2025-09-01" }).stamp.tables).toEqual({});
    expect(evaluateProgram(sme, { ksic: "C10" }, { asOf: "2025-09-01" }).stamp.tables).toEqual({});
    // inListedGroup decides "not-sme" before the table is consulted; the derivation still records the version in force
    expect(evaluateProgram(sme, { ...foodMaker, inListedGroup: true }, { asOf: "2025-09-01" }).stamp.tables).toEqual({ "sme-size": "2025-09-01" });
    const workers: ProgramRules = { id: "w", eligibility: [{ validFrom: "2020-01-01", value: { fact: "company.regularWorkers", op: "gte", value: 10 } }] };
    expect(evaluateProgram(workers, foodMaker, { asOf: "2025-09-01" }).stamp.tables).toEqual({});
  });

  it("stamps the data programmes with their frozen rule's hash", () => {
    const program = programs.find((p) => p.id === "yeongcheon-innovative-technology")!;
    const result = evaluateProgram(program, foodMaker, { asOf: "2025-09-01" });
    expect(result.stamp).toEqual({ programId: program.id, validFrom: "2019-01-01", ruleHash: ruleHash(program.eligibility[0]!.value), tables: { "sme-size": "2025-09-01" }, library: pkg.version });
    expect(result.stamp.validFrom).toBe(result.ruleVersion.validFrom);
  });
});

describe("tablesRead: the derivations' table records (DerivationTrace.tables), nested in dependsOn", () => {
  it("takes the tables a derivation records, with those of the derivations it depends on, keys sorted", () => {
    const statute = { law: { ko: "법", en: "Act" }, article: "제1조" };
    const inner: DerivationTrace = { fact: "company.startupStage", statute, inputs: [], value: "early", tables: { "startup-stage": "2016-05-29" } };
    const outer: DerivationTrace = { fact: "company.regularWorkers", statute, inputs: [], value: 3, tables: { "z-table": "2020-01-01" }, dependsOn: [inner] };
    const condition = (derivation: DerivationTrace): TraceNode => ({ kind: "condition", fact: derivation.fact, op: "exists", outcome: "passed", decisive: true, source: "derived", derivation });
    const trace: TraceNode = { kind: "all", outcome: "passed", decisive: true, children: [{ kind: "not", outcome: "passed", decisive: true, child: condition(outer) }] };
    const tables = tablesRead(trace);
    expect(tables).toEqual({ "startup-stage": "2016-05-29", "z-table": "2020-01-01" });
    expect(Object.keys(tables)).toEqual(["startup-stage", "z-table"]);
  });

});
