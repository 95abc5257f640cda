import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/node";
import writeXlsxFile from "write-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ndjson, runCli } from "./run-cli.js";

const PROGRAM = "yeongcheon-innovative-technology";
const dir = mkdtempSync(join(tmpdir(), "technopark-xlsx-test-"));
const path = (name: string): string => join(dir, name);
const date = (iso: string): Date => new Date(`${iso}T00:00:00Z`);
type Row = (string | number | boolean | Date | null)[];

async function workbook(name: string, rows: Row[], sheet = "기업목록"): Promise<string> {
  await writeXlsxFile(rows as never, { sheet, dateFormat: "yyyy-mm-dd" }).toFile(path(name));
  return path(name);
}

const HEADER = ["기업명", "사업자등록번호", "시도", "시군구", "업종코드", "상시근로자 수", "매출액", "자산총액", "설립일"];
const row = (name: string, id: string, region: string | null, sigungu: string | null, workers: number | string | null, revenue: string | number | null, assets: string | number | null, founded: Date | string | null): Row => [
  name,
  id,
  region,
  sigungu,
  "C20",
  workers,
  revenue,
  assets,
  founded,
];


const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeAll(async () => {
  await workbook("people.xlsx", [
    HEADER,
    row("㈜가", "c-1", "경상북도", "영천시", 12, "45억", "30억 원", date("2016-03-02")),
    row("㈜나", "c-2", "경북", "영천시", "45", "380억", "210억", "2009.05.11"),
    row("㈜다", "c-3", null, "영천시", "18", "12억 5,000만 원", 1_800_000_000, date("2018-09-03")),
    [null, null, null, null, null, null, null, null, null],
    row("㈜라", "c-4", "경북도", "영천시", 27, "1,250,000,000", "9억", "20150401"),
  ]);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("technopark check on a spreadsheet as people keep it (issue 15)", () => {
  it("maps Korean headers, reads 억 amounts, 시·도 names, Excel dates and numbers stored as text", async () => {
    const run = await runCli(["check", "-p", PROGRAM, "--as-of", "2024-05-01", "--format", "ndjson", path("people.xlsx")]);
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout).map((r) => [r["line"], r["id"], r["outcome"]])).toEqual([
      [2, "c-1", "eligible"],
      [3, "c-2", "ineligible"],
      [4, "c-3", "eligible"],
      [6, "c-4", "eligible"],
    ]);
    const notes = run.stderr.split("\n");
    expect(notes[0]).toBe(
      `technopark: ${path("people.xlsx")} [기업목록]: columns: 기업명 → name.ko, 사업자등록번호 → id, 시도 → location.regionCode, 시군구 → location.sigungu, 업종코드 → ksic, 상시근로자 수 → regularWorkers, 매출액 → averageRevenue, 자산총액 → totalAssets, 설립일 → foundedOn`,
    );
  });

  it("reads --sheet by name and refuses a sheet that is not there (exit 2, the sheets listed)", async () => {
    await writeXlsxFile([{ sheet: "표지", data: [["목록은 다음 시트"]] }, { sheet: "기업", data: [HEADER, row("㈜가", "c-1", "47", "영천시", 3, "10억", "5억", null)] }] as never).toFile(path("two.xlsx"));
    const first = await runCli(["check", "-p", PROGRAM, path("two.xlsx")]);
    expect(first.code).toBe(0); // the first sheet has a header and no rows
    expect(first.stdout).toContain("총 0건");
    const named = await runCli(["check", "-p", PROGRAM, "--sheet", "기업", "--format", "ndjson", path("two.xlsx")]);
    expect(ndjson(named.stdout)[0]).toMatchObject({ line: 2, id: "c-1", outcome: "eligible" });
    const missing = await runCli(["check", "-p", PROGRAM, "--sheet", "없음", path("two.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(`technopark check: ${path("two.xlsx")}: no sheet named "없음"; the workbook has: 표지, 기업\n`);
  });

  it("writes results as a workbook: the input columns, then outcome, reasons and missing, with a filter on the header row", async () => {
    const before = sha(path("people.xlsx"));
    const run = await runCli(["check", "-p", PROGRAM, "--as-of", "2024-05-01", "--output", path("results.xlsx"), path("people.xlsx")]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`결과를 ${path("results.xlsx")}에 썼습니다`);
    const [sheet] = await readXlsxFile(path("results.xlsx"));
    expect(sheet!.sheet).toBe("판정 결과");
    expect(sheet!.data[0]).toEqual([...HEADER, "결과", "사유", "누락 항목"]);
    expect(sheet!.data[1]!.slice(0, 2)).toEqual(["㈜가", "c-1"]);
    expect(sheet!.data[1]![9]).toBe("적격");
    expect(sheet!.data[2]![9]).toBe("부적격");
    expect(String(sheet!.data[2]![10])).toContain("45명");
    expect(sheet!.data).toHaveLength(5);
    const xml = readFileSync(path("results.xlsx"));
    expect(xml.length).toBeGreaterThan(0);
    expect(sha(path("people.xlsx"))).toBe(before);
  });

  it("refuses --format xlsx without --output, and an --output that is the input", async () => {
    const none = await runCli(["check", "-p", PROGRAM, "--format", "xlsx", path("people.xlsx")]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/^technopark check: check: --format xlsx writes a workbook; give the file with --output results\.xlsx/);
    const before = sha(path("people.xlsx"));
    const same = await runCli(["check", "-p", PROGRAM, "-o", path("people.xlsx"), path("people.xlsx")]);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/is the input file; the input is never overwritten/);
    expect(sha(path("people.xlsx"))).toBe(before);
  });
});

describe("bad spreadsheets: one line each, exit 2 for unreadable files and 1 for invalid rows", () => {
  it("a file that is not a workbook", async () => {
    writeFileSync(path("text.xlsx"), "id,name\n1,a\n");
    const run = await runCli(["check", "-p", PROGRAM, path("text.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`technopark check: ${path("text.xlsx")}: not an .xlsx workbook (it is not a zip archive); save the sheet as .xlsx or export it as CSV\n`);
    expect(run.stdout).toBe("");
  });

  it("an encrypted workbook (or an old .xls)", async () => {
    writeFileSync(path("locked.xlsx"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const run = await runCli(["check", "-p", PROGRAM, path("locked.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^technopark check: .*locked\.xlsx: an encrypted \(password-protected\) workbook or an old \.xls file; .*\n$/);
  });

  it("a broken zip", async () => {
    writeFileSync(path("broken.xlsx"), Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]));
    const run = await runCli(["check", "-p", PROGRAM, path("broken.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^technopark check: .*broken\.xlsx: not a readable \.xlsx workbook \(.*\)\n$/);
  });

  it("an empty sheet", async () => {
    await workbook("empty.xlsx", [[null]]);
    const run = await runCli(["check", "-p", PROGRAM, path("empty.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`technopark check: ${path("empty.xlsx")} [기업목록]: the sheet is empty: expected a header row (기업명, 사업자등록번호, … or field paths) and one row per company\n`);
  });

  it("a merged header cell over a column that holds values", async () => {
    await workbook("merged.xlsx", [
      ["기업명", "매출액", null],
      ["㈜가", "10억", "9억"],
    ]);
    const run = await runCli(["check", "-p", PROGRAM, path("merged.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `technopark check: ${path("merged.xlsx")} [기업목록]: row 1, column C: no header, but row 2 has a value there (a merged header cell? give every column its own header in one row, or delete the column)\n`,
    );
  });

  it("two columns that give the same field", async () => {
    await workbook("twice.xlsx", [
      ["기업명", "사업자등록번호", "회사명"],
      ["㈜가", "c-1", "㈜가"],
    ]);
    const run = await runCli(["check", "-p", PROGRAM, path("twice.xlsx")]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `technopark check: ${path("twice.xlsx")} [기업목록]: row 1: columns A "기업명" and C "회사명" both give name.ko; keep one, or map one elsewhere with --columns\n`,
    );
  });

  it("an amount like 12억원원: that row is invalid, naming the cell, and the rest is judged (exit 1)", async () => {
    await workbook("amounts.xlsx", [HEADER, row("㈜가", "c-1", "경북", "영천시", 12, "12억원원", "3억", null), row("㈜나", "c-2", "경북", "영천시", 12, "12억", "3억", null)]);
    const ko = await runCli(["check", "-p", PROGRAM, "--format", "ndjson", path("amounts.xlsx")]);
    expect(ko.code).toBe(1);
    const rows = ndjson(ko.stdout);
    expect(rows[0]).toEqual({ line: 2, id: "c-1", outcome: "invalid", reasons: ['매출액 (G2): "12억원원"은(는) 금액으로 읽을 수 없습니다 (예: 12억 5,000만 원, 12.5억, 1,250,000,000, 6500000 USD)'] });
    expect(rows[1]).toMatchObject({ line: 3, id: "c-2", outcome: "eligible" });
    const en = await runCli(["check", "-p", PROGRAM, "--lang", "en", "--format", "ndjson", path("amounts.xlsx")]);
    expect(ndjson(en.stdout)[0]!["reasons"]).toEqual(['매출액 (G2): "12억원원" is not an amount (e.g. 12억 5,000만 원, 12.5억, 1,250,000,000 or 6500000 USD)']);
  });

  it("no stack trace for any of them", async () => {
    for (const name of ["text.xlsx", "locked.xlsx", "broken.xlsx", "empty.xlsx", "merged.xlsx", "twice.xlsx"]) {
      const run = await runCli(["validate", "Company", path(name)]);
      expect(run.code).toBe(2);
      expect(run.stderr.split("\n").filter((line) => line !== "")).toHaveLength(1);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe("regions by name and 시·군·구 in rows", () => {
  it("fills regionCode from a 시·군·구 in one 시·도, and does not guess 중구", async () => {
    const csv = "기업명,사업자등록번호,시군구,상시근로자수\n㈜가,c-1,영천시,3\n㈜나,c-2,중구,3\n";
    const run = await runCli(["validate", "Company", "--format", "ndjson", "-"], { stdin: csv });
    expect(run.code).toBe(1);
    expect(ndjson(run.stdout)).toEqual([
      { line: 3, path: "(record)", message: 'location.regionCode: missing, and the 시·군·구 "중구" lies in 6 시·도 (서울, 부산, 대구, 인천, 대전, 울산); add a 시도 column' },
    ]);
  });

  it("reads 강원도 as of the date: 42 before 2023-06-11, 51 from then (with one warning)", async () => {
    const csv = "name,id,region,sigungu\n가,c-1,강원도,춘천시\n나,c-2,강원도,원주시\n";
    const rule = path("region-rule.json");
    writeFileSync(rule, JSON.stringify({ id: "gangwon", fact: "company.location.regionCode", op: "in", value: ["42", "51"] }));
    const before = await runCli(["check", "--rule", rule, "--as-of", "2023-06-10", "--format", "ndjson", "-"], { stdin: csv });
    expect(before.code).toBe(0);
    expect(before.stderr).not.toContain("warning");
    const after = await runCli(["check", "--rule", rule, "--as-of", "2023-06-11", "--lang", "en", "--format", "ndjson", "-"], { stdin: csv });
    expect(after.code).toBe(0);
    expect(after.stderr.match(/warning/g)).toHaveLength(1);
    expect(after.stderr).toContain('"강원도" is read as 강원특별자치도 (51), its name in force on 2023-06-11 (since 2023-06-11)');
    const twice = await runCli(["validate", "Company", "--format", "ndjson", "-"], { stdin: "id,name.ko,location.regionCode\nc-1,가,경상도\n" });
    expect(ndjson(twice.stdout)[0]).toEqual({ line: 2, path: "(record)", message: 'location.regionCode (column 3): "경상도" is not the name of a 시·도 on 2024-05-01 (e.g. 경상북도, 경북 or 47)' });
  });

  it("takes the 시·도 and 시·군·구 from an address in 소재지", async () => {
    const csv = "기업명,사업자등록번호,소재지,상시근로자수\n㈜가,c-1,경상북도 영천시 금호읍 1,3\n";
    const rule = path("yeongcheon-rule.json");
    writeFileSync(rule, JSON.stringify({ all: [{ fact: "company.location.regionCode", op: "eq", value: "47" }, { fact: "company.location.sigungu", op: "eq", value: "영천시" }] }));
    const run = await runCli(["check", "--rule", rule, "--as-of", "2024-05-01", "--format", "ndjson", "-"], { stdin: csv });
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout)[0]).toMatchObject({ id: "c-1", outcome: "eligible" });
  });
});

describe("headers as people write them, --columns, and Korean messages", () => {
  it("accepts the short English headers a person writes (id,name,sigungu,ksic,regularWorkers)", async () => {
    const csv = "id,name,sigungu,ksic,regularWorkers,revenue,assets\nc-1,가나,영천시,C20,12,45억,30억\n";
    const run = await runCli(["check", "-p", PROGRAM, "--as-of", "2024-05-01", "--format", "ndjson", "-"], { stdin: csv });
    expect(run.code).toBe(0);
    expect(ndjson(run.stdout)[0]).toMatchObject({ id: "c-1", outcome: "eligible" });
    expect(run.stderr.split("\n")[0]).toBe("technopark: <stdin>: columns: id → id, name → name.ko, sigungu → location.sigungu, ksic → ksic, regularWorkers → regularWorkers, revenue → averageRevenue, assets → totalAssets");
  });

  it("maps other headers with --columns map.json (null ignores a column) and lists ignored columns once", async () => {
    const map = path("columns.json");
    writeFileSync(map, JSON.stringify({ "업체 코드": "id", "종업원(명)": "regularWorkers", 담당자: null }));
    const csv = "업체 코드,상호,종업원(명),담당자,메모\nc-1,가나,12,김,x\n";
    const run = await runCli(["validate", "Company", "--columns", map, "--format", "ndjson", "-"], { stdin: csv });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      [
        "technopark: <stdin>: columns: 업체 코드 → id, 상호 → name.ko, 종업원(명) → regularWorkers",
        'technopark: warning: <stdin>: ignoring columns "담당자", "메모": not fields of Company',
        "1 Company record: 1 valid, 0 invalid",
        "",
      ].join("\n"),
    );
    writeFileSync(map, JSON.stringify({ 메모: "nickname" }));
    const wrong = await runCli(["validate", "Company", "--columns", map, "-"], { stdin: csv });
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe('technopark validate: <stdin>: line 1: column "메모" is mapped to "nickname", which is not a field of Company\n');
    writeFileSync(map, "[1]");
    expect((await runCli(["validate", "Company", "--columns", map, "-"], { stdin: csv })).stderr).toMatch(/--columns .*: expected an object of header → field path/);
  });

  it("gives every row error in Korean with the line and the field path under --lang ko", async () => {
    const csv = "id,name.ko,location.regionCode,foundedOn,regularWorkers,ksic\nc-1,가,47,2016-02-30,많음,29A\nc-2,,47,2016-02-01,3,29\n";
    const run = await runCli(["validate", "Company", "--lang", "ko", "-"], { stdin: csv });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      [
        '<stdin>:2: ksic: 표준산업분류(KSIC) 코드여야 합니다: 숫자 2~5자리, 앞에 대분류 문자 가능 (예: 29, C29199), 입력값 "29A"',
        '<stdin>:2: foundedOn: YYYY-MM-DD 형식의 실제 날짜여야 합니다, 입력값 "2016-02-30"',
        '<stdin>:2: regularWorkers: 잘못된 입력: 예상 타입은 number, 받은 타입은 string입니다, 입력값 "많음"',
        "<stdin>:3: name: 값이 없습니다 (object 필요)",
        "",
        "Company 2건: 올바름 0, 오류 2",
        "",
      ].join("\n"),
    );
    const check = await runCli(["check", "-p", PROGRAM, "--format", "ndjson", "-"], { stdin: "id,name.ko,location.regionCode\nc-1,가,99\n" });
    expect(ndjson(check.stdout)[0]!["reasons"]).toEqual(['location.regionCode: 시·도 코드나 이름이 아닙니다 (예: 47, 경상북도, 경북), 입력값 "99"']);
  });
});

describe("technopark rollup on a spreadsheet", () => {
  it("groups by a header as written and adds up 억 amounts exactly", async () => {
    const run = await runCli(["rollup", path("people.xlsx"), "--by", "시군구", "--sum", "매출액", "--sum", "상시근로자 수", "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual([{ 시군구: "영천시", records: 4, 매출액: { amount: "45000000000", currency: "KRW" }, "상시근로자 수": 102 }]);
  });

  it("leaves out a row with 12억원원, naming it (exit 1)", async () => {
    const run = await runCli(["rollup", path("amounts.xlsx"), "--by", "", "--sum", "매출액", "--format", "ndjson"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('{"records":1,"매출액":{"amount":"1200000000","currency":"KRW"}}\n');
    expect(run.stderr.split("\n")[0]).toMatch(/amounts\.xlsx:2: 매출액: text: expected a won amount .*, received "12억원원"$/);
  });
});
