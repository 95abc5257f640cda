import { describe, expect, it } from "vitest";
import { evaluateProgram, explain } from "../../src/index.js";
import { Company } from "../../src/schemas/index.js";
import { programs } from "../../src/data/index.js";
import { fixture, ndjson, runCli } from "./run-cli.js";

/** The reasons the library gives for a company (the CLI must print exactly these). */
function reasons(programId: string, company: unknown, lang: "ko" | "en", asOf = "2024-05-01"): string[] {
  const program = programs.find((p) => p.id === programId)!;
  return explain(evaluateProgram(program, Company.parse(company), { asOf }), lang);
}
/** The stamp the library puts on a company's programme result (the CLI's json/ndjson rows carry it). */
function stamp(programId: string, company: unknown, asOf = "2024-05-01"): unknown {
  const program = programs.find((p) => p.id === programId)!;
  return evaluateProgram(program, Company.parse(company), { asOf }).stamp;
}
const C001 = { id: "c-001", name: { ko: "㈜무계바이오" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C20", foundedOn: "2016-03-02", regularWorkers: 12, averageRevenue: { amount: "4500000000", currency: "KRW" }, totalAssets: { amount: "3000000000", currency: "KRW" } };
const C002 = { id: "c-002", name: { ko: "영천정밀㈜" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", foundedOn: "2009-05-11", regularWorkers: 45, averageRevenue: { amount: "38000000000", currency: "KRW" }, totalAssets: { amount: "21000000000", currency: "KRW" } };
const C003 = { id: "c-003", name: { ko: "포항소재㈜" }, location: { regionCode: "47", sigungu: "포항시" }, ksic: "C24", foundedOn: "2012-01-20", regularWorkers: 8, averageRevenue: { amount: "2100000000", currency: "KRW" }, totalAssets: { amount: "1500000000", currency: "KRW" } };

const INNOVATIVE = "yeongcheon-innovative-technology";
const HIGH_VALUE = "yeongcheon-high-value-conversion";


describe("technopark check (source 002: Yeongcheon programmes split at 30 regular workers)", () => {
  it("judges a CSV against 혁신기술개발 (fewer than 30 regular workers) and explains each outcome in Korean", async () => {
    const run = await runCli(["check", "--program", INNOVATIVE, "--as-of", "2024-05-01", fixture("companies.csv")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^줄\s+ID\s+결과\s+사유$/);
    expect(lines[1]).toBe(`2       c-001             적격          ${reasons(INNOVATIVE, C001, "ko").join(" · ")}`);
    expect(lines[2]).toBe(`3       c-002             부적격        ${reasons(INNOVATIVE, C002, "ko").join(" · ")}`);
    expect(lines[3]).toBe(`4       c-003             부적격        ${reasons(INNOVATIVE, C003, "ko").join(" · ")}`);
    expect(lines[4]).toMatch(/^5\s+c-004\s+판단보류\s+\S/);
    expect(lines[2]).toContain("45");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe(
      "영천시 중소기업 혁신기술개발 지원사업 (yeongcheon-innovative-technology), 기준일 2024-05-01, 2019-01-01 시행 규칙: 총 4건 — 적격 1, 부적격 2, 판단보류 1, 입력오류 0",
    );
  });

  it("explains in English with --lang en; 고부가가치 전환육성 needs 30 or more (29.5 is not enough, 45 is)", async () => {
    const run = await runCli(["check", "-p", HIGH_VALUE, "--lang", "en", "--format", "ndjson", fixture("companies.csv")]);
    expect(run.code).toBe(0);
    const rows = ndjson(run.stdout);
    expect(rows.map((row) => [row["id"], row["outcome"]])).toEqual([
      ["c-001", "ineligible"],
      ["c-002", "eligible"],
      ["c-003", "ineligible"],
      ["c-004", "undetermined"],
    ]);
    expect(rows[0]!["reasons"]).toEqual(reasons(HIGH_VALUE, C001, "en"));
    expect(rows[1]!["reasons"]).toEqual(reasons(HIGH_VALUE, C002, "en"));
    expect(rows[3]!["missing"]).toEqual(expect.arrayContaining(["company.regularWorkers"]));
    expect(JSON.parse(run.stderr.trim())).toEqual({
      summary: { program: HIGH_VALUE, asOf: "2024-05-01", ruleVersion: "2019-01-01", total: 4, eligible: 1, ineligible: 2, undetermined: 1, invalid: 0 },
    });
  });

  it("prints one JSON document with --format json (results, summary, rule version)", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--format", "json", "--lang", "en", fixture("companies.json")]);
    expect(run.code).toBe(1); // c-002 gives regularWorkers as the string "45"
    const doc = JSON.parse(run.stdout) as { program: string; asOf: string; ruleVersion: unknown; results: Record<string, unknown>[]; summary: unknown };
    expect(doc.program).toBe(INNOVATIVE);
    expect(doc.ruleVersion).toEqual({ programId: INNOVATIVE, validFrom: "2019-01-01" });
    expect(doc.results.map((row) => [row["line"], row["id"], row["outcome"]])).toEqual([
      [2, "c-001", "undetermined"],
      [9, "c-002", "invalid"],
      [10, "c-003", "ineligible"],
    ]);
    expect(doc.results[1]!["reasons"]).toEqual(['regularWorkers: expected number, received "45"']);
    expect(doc.summary).toEqual({ total: 3, eligible: 0, ineligible: 1, undetermined: 1, invalid: 1 });
    expect(run.stderr).toBe("technopark: 1 input record was invalid and not judged (the rest were)\n");
  });

  it("an empty input gives a valid empty JSON document", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--format", "json", "-"], { stdin: "[]" });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ results: [], summary: { total: 0 } });
  });

  it("judges the rows it can and exits 1 when some rows are invalid, naming line and field", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", "--lang", "en", fixture("invalid-rows.csv")]);
    expect(run.code).toBe(1);
    const rows = ndjson(run.stdout);
    expect(rows).toEqual([
      {
        line: 2,
        id: "c-001",
        outcome: "undetermined",
        reasons: reasons(INNOVATIVE, { id: "c-001", name: { ko: "가나" }, location: { regionCode: "47", sigungu: "영천시" }, regularWorkers: 12, foundedOn: "2016-03-02" }, "en"),
        missing: ["company.smeSize"],
        stamp: stamp(INNOVATIVE, { id: "c-001", name: { ko: "가나" } }),
      },
      {
        line: 3,
        id: "c-002",
        outcome: "invalid",
        // the programme's rule never reads foundedOn: its impossible date ("2016-02-30") is not judged here
        reasons: ['regularWorkers: expected number, received "many"'],
      },
      { line: 4, outcome: "invalid", reasons: ["id: missing (expected string)"] },
    ]);
  });

  it("reads and validates only the fields the rule reads (and id); validate Company checks whole records", async () => {
    const csv = "id,location.sigungu,foundedOn,regularWorkers\nc-1,영천시,2016-02-30,12\n";
    const checked = await runCli(["check", "--rule", fixture("workers-10-rule.json"), "--as-of", "2024-05-01", "--format", "ndjson", "-"], { stdin: csv });
    expect(checked.code).toBe(0);
    expect(ndjson(checked.stdout).map((row) => [row.id, row.outcome])).toEqual([["c-1", "eligible"]]);
    const startup = await runCli(["check", "-p", "early-startup-package", "--as-of", "2024-05-01", "--format", "ndjson", "--lang", "en", "-"], { stdin: csv });
    expect(startup.code).toBe(1);
    expect(ndjson(startup.stdout)[0]).toEqual({ line: 2, id: "c-1", outcome: "invalid", reasons: ['foundedOn: expected a real calendar date in YYYY-MM-DD form, received "2016-02-30"'] });
    const validated = await runCli(["validate", "Company", "--format", "ndjson", "-"], { stdin: csv });
    expect(validated.code).toBe(1);
  });

  it("reads NDJSON, reporting a line that is not JSON as invalid and judging the others", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", fixture("companies.ndjson")]);
    expect(run.code).toBe(1);
    const rows = ndjson(run.stdout);
    expect(rows.map((row) => [row["line"], row["outcome"]])).toEqual([
      [1, "eligible"],
      [3, "ineligible"],
      [4, "invalid"],
      [5, "ineligible"],
    ]);
    expect(rows[2]!["reasons"]).toEqual([expect.stringMatching(/^not valid JSON \(/)]);
  });

  it("reads stdin with -, sniffing CSV, NDJSON and JSON", async () => {
    const csv = "id,name.ko,location.regionCode,location.sigungu,ksic,regularWorkers,averageRevenue,totalAssets\nx,가,47,영천시,C29,29.5,9000000000 KRW,8000000000 KRW\n";
    const fromCsv = await runCli(["check", "-p", HIGH_VALUE, "--format", "ndjson", "--lang", "en", "-"], { stdin: csv });
    const x = { id: "x", name: { ko: "가" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C29", regularWorkers: 29.5, averageRevenue: { amount: "9000000000", currency: "KRW" }, totalAssets: { amount: "8000000000", currency: "KRW" } };
    expect(ndjson(fromCsv.stdout)).toEqual([{ line: 2, id: "x", outcome: "ineligible", reasons: reasons(HIGH_VALUE, x, "en"), stamp: stamp(HIGH_VALUE, x) }]);
    expect(stamp(HIGH_VALUE, x)).toMatchObject({ programId: HIGH_VALUE, tables: { "sme-size": "2016-01-01" } });
    expect(reasons(HIGH_VALUE, x, "en").join(" ")).toContain("29.5");
    const record = { id: "y", name: { ko: "나" }, location: { regionCode: "47", sigungu: "영천시" }, regularWorkers: 31 };
    const fromNdjson = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", "-"], { stdin: `${JSON.stringify(record)}\n` });
    expect(ndjson(fromNdjson.stdout).map((row) => row["outcome"])).toEqual(["ineligible"]);
    const fromJson = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", "-"], { stdin: JSON.stringify([record, record]) });
    expect(ndjson(fromJson.stdout).map((row) => row["outcome"])).toEqual(["ineligible", "ineligible"]);
    const forced = await runCli(["check", "-p", INNOVATIVE, "--input-format", "ndjson", "-"], { stdin: "id\n" });
    expect(forced.code).toBe(1);
  });

  it("derives the youth founder (만 39세 이하, 중소기업창업 지원법 제2조) from a representative.birthDate column", async () => {
    const csv = "id,name.ko,location.regionCode,location.sigungu,foundedOn,representative.birthDate\ns1,가,11,관악구,2023-03-01,1985-01-02\ns2,나,11,관악구,2023-03-01,1985-01-01\n";
    const run = await runCli(["check", "-p", "seoul-southwest-youth-startup", "--as-of", "2025-01-01", "--format", "ndjson", "-"], { stdin: csv });
    // born 1985-01-02: 39 on 2025-01-01; born 1985-01-01: 40 that day
    expect(ndjson(run.stdout).map((row) => [row["id"], row["outcome"]])).toEqual([
      ["s1", "eligible"],
      ["s2", "ineligible"],
    ]);
  });

  it("judges against a rule of one's own with --rule (a JSON file checked by parseRule)", async () => {
    const run = await runCli(["check", "--rule", fixture("under-30-rule.json"), "--format", "ndjson", "--lang", "en", fixture("companies.csv")]);
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout).map((row) => [row["id"], row["outcome"]])).toEqual([
      ["c-001", "eligible"],
      ["c-002", "ineligible"],
      ["c-003", "ineligible"],
      ["c-004", "undetermined"],
    ]);
    expect(JSON.parse(run.stderr.trim())).toEqual({ summary: { rule: "under-30-in-yeongcheon", asOf: "2024-05-01", total: 4, eligible: 1, ineligible: 2, undetermined: 1, invalid: 0 } });
    const table = await runCli(["check", "--rule", fixture("under-30-rule.json"), fixture("companies.csv")]);
    expect(table.stdout.trimEnd().split("\n").pop()).toBe("영천시 소재 상시근로자 30명 미만 (under-30-in-yeongcheon), 기준일 2024-05-01: 총 4건 — 적격 1, 부적격 2, 판단보류 1, 입력오류 0");
    const json = JSON.parse((await runCli(["check", "--rule", fixture("under-30-rule.json"), "--format", "json", fixture("companies.csv")])).stdout) as Record<string, unknown>;
    expect(json["rule"]).toBe("under-30-in-yeongcheon");
  });

  it("refuses a rule file that is missing, not JSON or not a rule, and --rule with --program", async () => {
    const missing = await runCli(["check", "--rule", "nope.json", "x.csv"]);
    expect(missing.stderr).toBe("technopark check: nope.json: cannot read: no such file\n");
    const notJson = await runCli(["check", "--rule", fixture("companies.csv"), "x.csv"]);
    expect(notJson.stderr).toMatch(/companies\.csv: not valid JSON \(/);
    const notRule = await runCli(["check", "--rule", fixture("companies.json"), "x.csv"]);
    expect(notRule.code).toBe(2);
    expect(notRule.stderr).toMatch(/^technopark check: \(root\): /);
    const both = await runCli(["check", "--rule", "r.json", "-p", INNOVATIVE, "x.csv"]);
    expect(both.stderr).toBe("technopark check: check: give either --program or --rule, not both (see: technopark check --help)\n");
    for (const run of [missing, notJson, both]) expect(run.code).toBe(2);
  });

  it("takes --as-of: the default is io.today (today in Asia/Seoul)", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", fixture("companies.csv")], { today: "2023-01-02" });
    expect(JSON.parse(run.stderr.trim()).summary.asOf).toBe("2023-01-02");
  });

  describe("usage errors and unreadable input exit 2 with one line and no stack trace", () => {
    const cases: [string, string[], RegExp][] = [
      ["unterminated quote", ["check", "-p", INNOVATIVE, fixture("bad-quote.csv")], /bad-quote\.csv: line 3: unterminated quoted field \(a quote opened in the record starting on line 3 is never closed\)$/],
      ["ragged row", ["check", "-p", INNOVATIVE, fixture("ragged.csv")], /ragged\.csv: line 3: ragged row: 6 fields where the header has 5 \(quote cells that contain commas\)$/],
      ["missing file", ["check", "-p", INNOVATIVE, "no-such-file.csv"], /^technopark check: no-such-file\.csv: cannot read: no such file$/],
      ["a directory", ["check", "-p", INNOVATIVE, "--input-format", "csv", fixture("")], /cannot read: is a directory, not a file$/],
      ["unknown programme", ["check", "-p", "nope", "x.csv"], /^technopark check: --program: unknown programme "nope"; known: yeongcheon-high-value-conversion, /],
      ["missing programme", ["check", "x.csv"], /^technopark check: check: missing --program <id>/],
      ["missing file argument", ["check", "-p", INNOVATIVE], /missing the input file/],
      ["two files", ["check", "-p", INNOVATIVE, "a.csv", "b.csv"], /unexpected argument "b\.csv"/],
      ["unknown flag", ["check", "-p", INNOVATIVE, "--bogus", "x.csv"], /^technopark check: unknown option --bogus \(see: technopark check --help\)$/],
      ["bad date", ["check", "-p", INNOVATIVE, "--as-of", "2024-02-30", "x.csv"], /--as-of: expected a date YYYY-MM-DD, received "2024-02-30"/],
      ["bad lang", ["check", "-p", INNOVATIVE, "--lang", "fr", "x.csv"], /--lang: expected one of ko, en, received "fr"/],
      ["bad format", ["check", "-p", INNOVATIVE, "--format", "xml", "x.csv"], /--format: expected one of table, json, ndjson, xlsx, received "xml"/],
      ["no rule in force", ["check", "-p", "seoul-southwest-youth-startup", "--as-of", "2020-01-01", "x.csv"], /no eligibility rule version in force on 2020-01-01 \(versions: 2024-10-23\)$/],
      ["JSON that is not an array", ["check", "-p", INNOVATIVE, "--input-format", "json", "-"], /<stdin>: expected a JSON array of records, received an object/],
      ["broken JSON", ["check", "-p", INNOVATIVE, "--input-format", "json", "-"], /<stdin>: (line \d+: )?not valid JSON \(Unexpected token/],
      ["CSV header naming an object", ["check", "-p", INNOVATIVE, "-"], /<stdin>: line 1: "location" is an object in Company; give its fields as their own columns/],
    ];
    const stdins: Record<string, string> = {
      "JSON that is not an array": '{"id":"a"}',
      "broken JSON": '[\n{"id": "a"},\n{"id": }\n]',
      "CSV header naming an object": "id,location\na,b\n",
    };
    for (const [name, argv, pattern] of cases) {
      it(name, async () => {
        const run = await runCli(argv, stdins[name] === undefined ? {} : { stdin: stdins[name] });
        expect(run.code).toBe(2);
        const errorLines = run.stderr.trimEnd().split("\n");
        expect(errorLines).toHaveLength(1);
        expect(errorLines[0]).toMatch(pattern);
        expect(run.stderr).not.toMatch(/\n\s+at /);
      });
    }
  });

  it("warns once about CSV columns that are not Company fields, and ignores them", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", "-"], { stdin: "id,name.ko,regularworkers,note\na,가,5,x\n" });
    expect(run.code).toBe(0);
    expect(run.stderr.split("\n")[0]).toBe('technopark: warning: <stdin>: ignoring columns "regularworkers", "note": not fields of Company');
  });

  it("shows progress on a TTY stderr past 10,000 rows and clears it at the end", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `c${i},가,47,포항시,${i % 60}`).join("\n");
    const input = `id,name.ko,location.regionCode,location.sigungu,regularWorkers\n${rows}\n`;
    const tty = await runCli(["check", "-p", INNOVATIVE, "--format", "ndjson", "-"], { stdin: input, isTTY: true });
    expect(tty.code).toBe(0);
    expect(tty.stderr).toContain("\r20,000건 처리 중…");
    expect(tty.stderr).not.toContain("\r10,000건");
    expect(tty.stderr).toContain("\r\u001b[K");
    expect(tty.stdout.trim().split("\n")).toHaveLength(20_000);
  });
});
