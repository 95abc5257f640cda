import { describe, expect, it } from "vitest";
import { fixture, runCli } from "./run-cli.js";

describe("technopark (dispatch, help, version)", () => {
  it("prints the overview with --help, -h, help and no arguments", async () => {
    for (const argv of [[], ["--help"], ["-h"], ["help"]]) {
      const run = await runCli(argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain("Usage: technopark <command> [options]");
      expect(run.stdout).toContain("check --program <id> <file|->");
    }
  });

  it("prints a command's help with <command> --help and help <command>", async () => {
    for (const name of ["check", "rollup", "validate", "schema", "programs", "technoparks"]) {
      const a = await runCli([name, "--help"]);
      const b = await runCli(["help", name]);
      expect(a.code).toBe(0);
      expect(a.stdout).toMatch(new RegExp(`^Usage: technopark ${name}`));
      expect(b.stdout).toBe(a.stdout);
    }
  });

  it("prints the package version", async () => {
    const { default: pkg } = await import("../../package.json", { with: { type: "json" } });
    expect((await runCli(["--version"])).stdout).toBe(`${pkg.version}\n`);
    expect((await runCli(["-v"])).stdout).toBe(`${pkg.version}\n`);
  });

  it("refuses an unknown command with exit 2 and the usage", async () => {
    const run = await runCli(["chekc"]);
    expect(run.code).toBe(2);
    expect(run.stderr.split("\n")[0]).toBe('technopark: unknown command "chekc"');
    expect(run.stdout).toBe("");
  });
});

describe("technopark validate", () => {
  it("lists each problem with its line number and field path (CSV)", async () => {
    const run = await runCli(["validate", "company", fixture("invalid-rows.csv")]);
    expect(run.code).toBe(1);
    const file = fixture("invalid-rows.csv");
    expect(run.stdout).toBe(
      [
        `${file}:3: foundedOn: expected a real calendar date in YYYY-MM-DD form, received "2016-02-30"`,
        `${file}:3: regularWorkers: expected number, received "many"`,
        `${file}:4: id: missing (expected string)`,
        "",
        "3 Company records: 1 valid, 2 invalid",
        "",
      ].join("\n"),
    );
  });

  it("gives the line where each element of a JSON array starts", async () => {
    const run = await runCli(["validate", "Company", "--format", "ndjson", fixture("companies.json")]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('{"line":9,"path":"regularWorkers","message":"expected number, received \\"45\\""}\n');
    expect(run.stderr).toBe("3 Company records: 2 valid, 1 invalid\n");
  });

  it("reports NDJSON lines that are not JSON, and exits 0 when everything is valid", async () => {
    const bad = await runCli(["validate", "company", "--format", "json", fixture("companies.ndjson")]);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.stdout)).toEqual([{ line: 4, path: "(record)", message: expect.stringMatching(/^not valid JSON/) }]);
    const good = await runCli(["validate", "company", fixture("companies.csv")]);
    expect(good.code).toBe(0);
    expect(good.stdout).toBe("4 Company records: 4 valid, 0 invalid\n");
  });

  it("validates other entities, with kebab-case names (export-deal = ExportDeal)", async () => {
    const deal = { id: "d", eventId: "e", stage: "contract" };
    const run = await runCli(["validate", "export-deal", "--format", "ndjson", "-"], { stdin: JSON.stringify(deal) });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("1 ExportDeal record: 0 valid, 1 invalid\n");
    const unknown = await runCli(["validate", "widget", "x.csv"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^technopark validate: validate: unknown entity "widget"; known: Agreement, /);
  });

  it("stops with exit 2 on malformed CSV, naming the line", async () => {
    const run = await runCli(["validate", "company", fixture("bad-quote.csv")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`technopark validate: ${fixture("bad-quote.csv")}: line 3: unterminated quoted field (a quote opened in the record starting on line 3 is never closed)\n`);
  });
});

describe("technopark schema", () => {
  it("prints the JSON Schema generated from the Company schema", async () => {
    const run = await runCli(["schema", "company"]);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(schema["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(JSON.stringify(schema)).toContain('"regularWorkers"');
  });

  it("refuses an unknown entity and a bad --io with exit 2", async () => {
    expect((await runCli(["schema", "nope"])).code).toBe(2);
    const io = await runCli(["schema", "money", "--io", "both"]);
    expect(io.code).toBe(2);
    expect(io.stderr).toBe('technopark schema: --io: expected one of input, output, received "both" (see: technopark schema --help)\n');
  });
});

describe("technopark programs / technoparks", () => {
  it("lists the programmes with the rule version in force", async () => {
    const run = await runCli(["programs", "--format", "json", "--as-of", "2024-05-01", "--lang", "en"]);
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { id: string; rulesSince: string }[];
    expect(rows.map((row) => [row.id, row.rulesSince])).toEqual([
      ["yeongcheon-high-value-conversion", "2019-01-01"],
      ["yeongcheon-innovative-technology", "2019-01-01"],
      ["seoul-southwest-youth-startup", "(no rule in force)"],
      ["pre-startup-package", "2024-01-29"],
      ["early-startup-package", "2024-01-29"],
      ["startup-leap-package", "2023-02-23"],
      ["startup-growth-rnd", "2019-03-05"],
      ["innovation-voucher", "(no rule in force)"],
      ["regional-innovation-leader", "2021-11-15"],
      ["youth-startup-academy", "(no rule in force)"],
    ]);
  });

  it("gives Gangwon's code as it stood on the date: 42 before 2023-06-11, 51 from that day (domain facts §3)", async () => {
    const before = JSON.parse((await runCli(["technoparks", "--as-of", "2023-06-10", "--format", "json"])).stdout) as { id: string; regionCode: string; region: string }[];
    const after = JSON.parse((await runCli(["technoparks", "--as-of", "2023-06-11", "--format", "json"])).stdout) as { id: string; regionCode: string; region: string }[];
    expect(before.find((tp) => tp.id === "gangwon")).toMatchObject({ regionCode: "42", region: "강원도" });
    expect(after.find((tp) => tp.id === "gangwon")).toMatchObject({ regionCode: "51", region: "강원특별자치도" });
    expect(after).toHaveLength(19);
  });

  it("lists only the technoparks founded by the date", async () => {
    const rows = JSON.parse((await runCli(["technoparks", "--as-of", "2000-06-01", "--format", "json"])).stdout) as { id: string }[];
    expect(rows.map((row) => row.id).sort()).toEqual(["busan", "chungnam", "daegu", "gwangju", "gyeongbuk", "gyeonggi", "incheon", "pohang"]);
  });

  it("prints an aligned table where Korean takes two columns per character", async () => {
    const run = await runCli(["technoparks", "--as-of", "2024-01-01"]);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^ID\s+이름\s+시·도\(2024-01-01\)\s+코드\s+설립\s+웹$/);
    const seoul = lines.find((line) => line.startsWith("seoul "))!;
    const gyeonggi = lines.find((line) => line.startsWith("gyeonggi "))!;
    expect(seoul.indexOf("seoultp")).toBeGreaterThan(0);
    expect(lines.slice(2, -1).every((line) => line.length > 0)).toBe(true);
    expect(gyeonggi).toMatch(/^gyeonggi\s+경기테크노파크\s+경기도\s+41\s+1997\s+gtp\.or\.kr$/);
  });

  it("refuses arguments the listings do not take", async () => {
    const run = await runCli(["programs", "extra"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('technopark programs: programs: unexpected argument "extra" (see: technopark programs --help)\n');
  });
});

describe("technopark rollup", () => {
  it("counts and sums per group, money exactly", async () => {
    const run = await runCli(["rollup", fixture("companies.csv"), "--by", "location.sigungu", "--sum", "regularWorkers", "--sum", "averageRevenue", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([
      { "location.sigungu": "영천시", records: 3, regularWorkers: 57, averageRevenue: { amount: "42500000000", currency: "KRW" } },
      { "location.sigungu": "포항시", records: 1, regularWorkers: 8, averageRevenue: { amount: "2100000000", currency: "KRW" } },
    ]);
  });

  it("reproduces the INNO WEEK 2023 contract total from the named deals (source 004: USD 6.5M)", async () => {
    const { exportDeals } = await import("../../src/data/index.js");
    const run = await runCli(["rollup", "-", "--by", "stage", "--sum", "value", "--format", "json"], { stdin: JSON.stringify(exportDeals) });
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.stdout) as { stage: string; value: { amount: string; currency: string } }[];
    expect(rows.find((row) => row.stage === "contract")?.value).toEqual({ amount: "6500000", currency: "USD" });
  });

  it("gives one total row with --by \"\", and reads money as <field>.amount + <field>.currency columns", async () => {
    const csv = "deal,value.amount,value.currency\na,0.1,USD\nb,0.2,USD\n";
    const run = await runCli(["rollup", "-", "--by", "", "--sum", "value", "--format", "ndjson"], { stdin: csv });
    expect(run.stdout).toBe('{"records":2,"value":{"amount":"0.3","currency":"USD"}}\n');
  });

  it("leaves out records with bad values (exit 1) and refuses mixed currencies (exit 2)", async () => {
    const bad = await runCli(["rollup", "-", "--by", "k", "--sum", "n", "--format", "ndjson"], { stdin: "k,n\na,1\na,x\nb,2.5\n" });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('{"k":"a","records":1,"n":1}\n{"k":"b","records":1,"n":2.5}\n');
    expect(bad.stderr).toBe('<stdin>:3: n: expected a number or an amount with its currency ("6500000 USD"), received "x"\ntechnopark: 1 record was left out (bad values above)\n');
    const mixed = await runCli(["rollup", "-", "--by", "", "--sum", "v"], { stdin: "v\n1 USD\n1000 KRW\n" });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/^technopark rollup: .*(USD|KRW).*(KRW|USD)/);
  });

  it("requires --by", async () => {
    const run = await runCli(["rollup", "x.csv"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/missing --by/);
  });
});
