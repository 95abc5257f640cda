import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { programs } from "../../src/data/index.js";
import { evaluateProgram, parseRule, ruleHash } from "../../src/index.js";
import { Company } from "../../src/schemas/index.js";
import { fixture, runCli } from "./run-cli.js";

const rule = (name: string) => parseRule(JSON.parse(readFileSync(fixture(name), "utf8")));
const BASELINE = fixture("workers-30-rule.json");
const REFORM = fixture("workers-10-rule.json");
const HIGH_VALUE = "yeongcheon-high-value-conversion";
const zeroRow = { eligible: 0, ineligible: 0, undetermined: 0 };

describe("technopark compare --baseline --reform", () => {
  it("prints the companies that flip with the condition that flipped them, then the before × after table (ko)", async () => {
    const run = await runCli(["compare", "--baseline", BASELINE, "--reform", REFORM, "--as-of", "2024-05-01", fixture("companies.csv")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^줄\s+ID\s+변경\s+바뀐 조건과 사유$/);
    expect(lines[1]).toBe(
      "2       c-001             부적격 → 적격           workers: 변경 전: 상시근로자 수 12명으로 기준(30명 이상)에 18명 미달합니다 → 변경 후: 상시근로자 수 12명으로 기준(10명 이상)을 충족합니다",
    );
    expect(lines.slice(3, 6)).toEqual([
      `변경 전: rule workers-30-in-yeongcheon, ruleHash ${ruleHash(rule("workers-30-rule.json")).slice(0, 12)}, asOf 2024-05-01`,
      `변경 후: rule workers-10-in-yeongcheon, ruleHash ${ruleHash(rule("workers-10-rule.json")).slice(0, 12)}, asOf 2024-05-01`,
      "총 4건 중 1건의 결과가 바뀜",
    ]);
    expect(lines.slice(7, 13).map((line) => line.split(/\s{2,}/))).toEqual([
      ["변경 전 \\ 변경 후", "적격", "부적격", "판단보류", "합계"],
      ["-----------------", "----", "------", "--------", "----"],
      ["적격", "1", "0", "0", "1"],
      ["부적격", "1", "1", "0", "2"],
      ["판단보류", "0", "0", "1", "1"],
      ["합계", "2", "1", "1", "4"],
    ]);
  });

  it("--format ndjson from stdin: one object per changed company, the summary on stderr (en)", async () => {
    const run = await runCli(["compare", "--baseline", BASELINE, "--reform", REFORM, "--as-of", "2024-05-01", "--lang", "en", "--format", "ndjson", "-"], { stdin: readFileSync(fixture("companies.csv"), "utf8") });
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toEqual([
      {
        line: 2,
        id: "c-001",
        index: 0,
        before: "ineligible",
        after: "eligible",
        conditions: [
          {
            key: "workers",
            path: "all[1]",
            fact: "company.regularWorkers",
            before: { outcome: "failed", op: "gte", value: 30, actual: 12 },
            after: { outcome: "passed", op: "gte", value: 10, actual: 12 },
            reasons: ["before: 12 regular workers, 18 below the threshold of 30 or more", "after: 12 regular workers, meeting the threshold of 10 or more"],
          },
        ],
      },
    ]);
    const summary = JSON.parse(run.stderr) as Record<string, unknown>;
    expect(summary).toEqual({
      baseline: { rule: "workers-30-in-yeongcheon", ruleHash: ruleHash(rule("workers-30-rule.json")), asOf: "2024-05-01" },
      reform: { rule: "workers-10-in-yeongcheon", ruleHash: ruleHash(rule("workers-10-rule.json")), asOf: "2024-05-01" },
      summary: {
        total: 4,
        changed: 1,
        invalid: 0,
        counts: { eligible: { ...zeroRow, eligible: 1 }, ineligible: { ...zeroRow, eligible: 1, ineligible: 1 }, undetermined: { ...zeroRow, undetermined: 1 } },
      },
    });
  });

  it("reports invalid records on stderr and exits 1, comparing the rest", async () => {
    const run = await runCli(["compare", "--baseline", BASELINE, "--reform", REFORM, "--format", "json", "--lang", "en", fixture("invalid-rows.csv")]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as { summary: { invalid: number; total: number } };
    expect(doc.summary.invalid).toBeGreaterThan(0);
    expect(run.stderr).toMatch(/^technopark: line \d+: /m);
    expect(run.stderr.trimEnd().split("\n").pop()).toMatch(/^technopark: \d+ input records? (was|were) invalid and not compared \(the rest were\)$/);
  });
});

describe("technopark compare: English table, NDJSON input with a bad line", () => {
  it("compares the readable lines, names the bad one on stderr and exits 1", async () => {
    const run = await runCli(["compare", "--baseline", BASELINE, "--reform", REFORM, "--as-of", "2024-05-01", "--lang", "en", "--input-format", "ndjson", fixture("companies.ndjson")]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^line\s+id\s+change\s+conditions that flipped$/);
    expect(lines[1]).toMatch(/^1\s+c-001\s+ineligible → eligible\s+workers: before: 12 regular workers, 18 below the threshold of 30 or more → after: 12 regular workers, meeting the threshold of 10 or more$/);
    expect(run.stdout).toContain("1 of 3 companies change outcome, 1 invalid");
    expect(run.stdout).toMatch(/before \\ after\s+eligible\s+ineligible\s+undetermined\s+total/);
    expect(run.stderr).toMatch(/^technopark: line 4: not valid JSON/m);
    expect(run.stderr.trimEnd().split("\n").pop()).toBe("technopark: 1 input record was invalid and not compared (the rest were)");
    const ko = await runCli(["compare", "--baseline", BASELINE, "--reform", REFORM, fixture("companies.ndjson")]);
    expect(ko.stdout).toContain("총 3건 중 1건의 결과가 바뀜, 입력오류 1건");
    expect(ko.stderr.trimEnd().split("\n").pop()).toBe("technopark: 입력 1건이 올바르지 않아 비교하지 못했습니다 (나머지는 비교함)");
  });
});

describe("technopark compare --program --as-of --vs", () => {
  it("finds who flips the day the 2025-09-01 SME size table takes effect (json)", async () => {
    const run = await runCli(["compare", "--program", HIGH_VALUE, "--as-of", "2025-08-31", "--vs", "2025-09-01", "--format", "json", "--lang", "en", fixture("sme-table-2025.csv")]);
    expect(run.code).toBe(0);
    const program = programs.find((p) => p.id === HIGH_VALUE)!;
    const hash = ruleHash(program.eligibility[0]!.value);
    const doc = JSON.parse(run.stdout) as Record<string, unknown> & { changed: Record<string, unknown>[] };
    expect(doc["baseline"]).toEqual({ program: HIGH_VALUE, validFrom: "2019-01-01", ruleHash: hash, asOf: "2025-08-31" });
    expect(doc["reform"]).toEqual({ program: HIGH_VALUE, validFrom: "2019-01-01", ruleHash: hash, asOf: "2025-09-01" });
    expect(doc.changed.map((c) => [c["id"], c["before"], c["after"]])).toEqual([["f-001", "ineligible", "eligible"]]);
    expect(doc.changed[0]!["conditions"]).toMatchObject([{ key: "sme", fact: "company.smeSize", before: { outcome: "failed", actual: "not-sme" }, after: { outcome: "passed", actual: "medium" } }]);
    expect(doc["summary"]).toEqual({ total: 3, changed: 1, invalid: 0, counts: { eligible: { ...zeroRow, eligible: 1 }, ineligible: { ...zeroRow, eligible: 1, ineligible: 1 }, undetermined: zeroRow } });
  });

  it("refuses unclear arguments with a usage error (exit 2)", async () => {
    const cases: [string[], string][] = [
      [["compare", "--program", HIGH_VALUE, "--as-of", "2025-08-31", "x.csv"], "technopark compare: compare: --program needs --vs <YYYY-MM-DD>, the second date (see: technopark compare --help)\n"],
      [["compare", "--program", HIGH_VALUE, "--vs", "2025-9-1", "x.csv"], 'technopark compare: --vs: expected a date YYYY-MM-DD, received "2025-9-1" (see: technopark compare --help)\n'],
      [["compare", "--program", "nope", "--vs", "2025-09-01", "x.csv"], `technopark compare: --program: unknown programme "nope"; known: ${programs.map((p) => p.id).join(", ")} (see: technopark compare --help)\n`],
      [["compare", "--program", HIGH_VALUE, "--baseline", BASELINE, "--vs", "2025-09-01", "x.csv"], "technopark compare: compare: give either --program or --baseline and --reform, not both (see: technopark compare --help)\n"],
      [["compare", "--baseline", BASELINE, "x.csv"], "technopark compare: compare: give --baseline <rule.json> and --reform <rule.json>, or --program <id> --as-of <date> --vs <date> (see: technopark compare --help)\n"],
      [["compare", "--baseline", BASELINE, "--reform", REFORM, "--vs", "2025-09-01", "x.csv"], "technopark compare: compare: --vs goes with --program (see: technopark compare --help)\n"],
    ];
    for (const [argv, stderr] of cases) {
      const run = await runCli(argv);
      expect([run.code, run.stdout, run.stderr]).toEqual([2, "", stderr]);
    }
    const missing = await runCli(["compare", "--baseline", fixture("no-such.json"), "--reform", REFORM, fixture("companies.csv")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no-such\.json: cannot read: no such file/);
    const help = await runCli(["compare", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: technopark compare --baseline/);
    expect((await runCli(["--help"])).stdout).toContain("compare --baseline <a.json> --reform <b.json> <file|->");
  });
});

describe("technopark check --program: stamps in json/ndjson", () => {
  it("puts each result's stamp on its row, equal to evaluateProgram's", async () => {
    const run = await runCli(["check", "--program", HIGH_VALUE, "--as-of", "2025-09-01", "--format", "ndjson", fixture("sme-table-2025.csv")]);
    expect(run.code).toBe(0);
    const rows = run.stdout.trim().split("\n").map((line) => JSON.parse(line) as { id: string; stamp: unknown });
    const program = programs.find((p) => p.id === HIGH_VALUE)!;
    const company = Company.parse({ id: "f-001", name: { ko: "영천식품㈜" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C10", regularWorkers: 50, averageRevenue: { amount: "110000000000", currency: "KRW" }, totalAssets: { amount: "90000000000", currency: "KRW" } });
    expect(rows[0]!.stamp).toEqual(evaluateProgram(program, company, { asOf: "2025-09-01" }).stamp);
    expect(rows[0]!.stamp).toMatchObject({ programId: HIGH_VALUE, validFrom: "2019-01-01", tables: { "sme-size": "2025-09-01" } });
    const byRule = await runCli(["check", "--rule", BASELINE, "--format", "ndjson", fixture("companies.csv")]);
    expect(byRule.stdout).not.toContain('"stamp"');
  });
});

describe("columns that are not fields of a Company", () => {
  it("compare and match read the rest and warn once about each", async () => {
    const csv = "id,name.ko,regularWorkers,비고\nc-1,가,12,본사\n";
    const warning = 'technopark: warning: <stdin>: ignoring column "비고": not a field of Company\n';
    const compared = await runCli(["compare", "--baseline", BASELINE, "--reform", REFORM, "--as-of", "2024-05-01", "--format", "ndjson", "-"], { stdin: csv });
    expect(compared.code).toBe(0);
    expect(compared.stderr.split(warning).length).toBe(2);
    const matched = await runCli(["match", "-", "--as-of", "2026-02-12"], { stdin: csv });
    expect(matched.code).toBe(0);
    expect(matched.stderr.split(warning).length).toBe(2);
  });
});
