import { describe, expect, it } from "vitest";
import { fixture, runCli } from "./run-cli.js";

const files = (name: string): string => fixture(`fixture-files/${name}`);

describe("technopark test <files…>", () => {
  it("exits 0 when every case of every shipped programme fixture passes", async () => {
    const dir = new URL("../fixtures/programs/", import.meta.url).pathname;
    const ids = ["early-startup-package", "pre-startup-package", "youth-startup-academy", "yeongcheon-high-value-conversion"];
    const run = await runCli(["test", ...ids.map((id) => `${dir}${id}.yaml`)]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/4 files, 45 cases: 45 passed, 0 failed\n$/);
  });

  it("exits 1 naming each failing case with its line, expected and actual", async () => {
    const run = await runCli(["test", files("failing.yaml"), files("rule.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${files("failing.yaml")}: 2 cases, 1 passed, 1 failed\n`);
    expect(run.stdout).toContain(`  ✗ ${files("failing.yaml")}:7: case "anniversary wrongly expected in" (judged at 2026-01-22)\n      outcome: expected eligible, actual ineligible\n`);
    expect(run.stdout).toContain("2 files, 3 cases: 2 passed, 1 failed\n");
  });

  it.each([
    ["bad-yaml.yaml", "bad-yaml.yaml:4: not valid YAML"],
    ["bad.json", "bad.json:4: not valid JSON"],
    ["bad-company.yaml", 'bad-company.yaml:11: cases[1].company.foundedOn: expected a real calendar date in YYYY-MM-DD form, received "2023-02-30" (not a valid Company)'],
    ["missing.yaml", "missing.yaml: cannot read: no such file"],
  ])("exits 2 for an unreadable file (%s) with the file, line and field path", async (name, message) => {
    const run = await runCli(["test", files(name)]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
  });

  it("prints a JSON report with --format json", async () => {
    const run = await runCli(["test", "--format", "json", files("rule.json")]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ total: 1, passed: 1, failed: 0, unreadable: 0, files: [{ report: { cases: [{ name: "ten", passed: true }] } }] });
  });
});

describe("technopark match <file> --as-of", () => {
  const csv = [
    "id,name.ko,ksic,foundedOn,averageRevenue,totalAssets,taxArrears,inDefault,representative.birthDate",
    "s-1,새싹로봇,C29,2024-03-01,300000000 KRW,500000000 KRW,false,false,1994-05-01",
    "s-2,오래된정밀,C29,2012-03-01,300000000 KRW,500000000 KRW,false,false,1970-05-01",
  ].join("\n");

  it("lists per company the programmes it qualifies for and those needing facts, judged at each round's reference date", async () => {
    const run = await runCli(["match", "-", "--as-of", "2026-02-12"], { stdin: csv });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines.find((line) => line.includes("s-1") && line.includes("early-startup-package"))).toMatch(/적격\s+early-startup-package\s+2026-01-22\s+2026-02-13$/);
    expect(lines.find((line) => line.includes("s-1") && line.includes("regional-innovation-leader"))).toContain("필요: company.headOffice.regionCode, company.inRegionalKeyIndustry");
    expect(lines.some((line) => line.includes("s-2") && line.includes("early-startup-package"))).toBe(false);
    expect(run.stdout).toContain("기준일 2026-02-12: 기업 2곳\n");
  });

  it("adds the ineligible with --all, and writes NDJSON and JSON", async () => {
    const all = await runCli(["match", "-", "--as-of", "2026-02-12", "--all", "--lang", "en"], { stdin: csv });
    expect(all.stdout.split("\n").find((line) => line.includes("s-2") && line.includes("early-startup-package"))).toContain("ineligible");
    const ndjson = await runCli(["match", "-", "--as-of", "2026-02-12", "--format", "ndjson", "--input-format", "csv"], { stdin: csv });
    const first = JSON.parse(ndjson.stdout.split("\n")[0]!) as { id: string; matches: { programId: string; outcome: string; referenceDate: string; round: string }[] };
    expect(first.id).toBe("s-1");
    expect(first.matches[0]).toMatchObject({ programId: "early-startup-package", outcome: "eligible", referenceDate: "2026-01-22", round: "2026-general" });
    const json = await runCli(["match", "-", "--as-of", "2026-02-12", "--format", "json", "--input-format", "csv"], { stdin: csv });
    expect(JSON.parse(json.stdout)).toMatchObject({ asOf: "2026-02-12", results: [{ id: "s-1" }, { id: "s-2" }] });
  });

  it("reports invalid records and exits 1; a bad --as-of is a usage error", async () => {
    const run = await runCli(["match", "-", "--as-of", "2026-02-12"], { stdin: "id,name.ko,foundedOn\nx,가,2026-13-01\n" });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("입력오류");
    const usage = await runCli(["match", "-", "--as-of", "2026-2-1"], { stdin: csv });
    expect(usage.code).toBe(2);
  });
});
