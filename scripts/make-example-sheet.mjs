#!/usr/bin/env node
// Writes examples/data/companies-ko.xlsx: a company list as technopark staff keep it — Korean headers, amounts in
// 억/만 as typed, 시·도 by name (경상북도, 경북, 경북도, or missing with only the 시·군·구), Excel dates, numbers
// stored as text, a note column the CLI ignores — with write-excel-file, the library the CLI writes .xlsx with.
// Run `node scripts/make-example-sheet.mjs` after changing the rows; the .xlsx is committed.
import { resolve } from "node:path";
import writeXlsxFile from "write-excel-file/node";

const date = (iso) => new Date(`${iso}T00:00:00Z`);
const header = ["번호", "기업명", "사업자등록번호", "소재지", "시군구", "업종코드", "상시근로자 수", "매출액", "자산총액", "설립일", "대표자 생년월일", "비고"];
const rows = [
  [1, "㈜무계바이오", "123-81-00001", "경상북도", "영천시", "C20", 12, "45억", "30억 원", date("2016-03-02"), date("1979-04-11"), "2023 선정"],
  [2, "영천정밀㈜", "123-81-00002", "경북", "영천시", "C29", 45, "380억", "210억", date("2009-05-11"), date("1968-10-02"), null],
  [3, "㈜별빛소재", "123-81-00003", "경북도", "영천시", "C24", "29.5", "90억", "60억", "2020.08.17", "1990-01-30", "근로자 수는 텍스트로 저장됨"],
  [4, "청통식품㈜", "123-81-00004", "경상북도", "영천시", "C10", null, null, null, date("2021-07-01"), null, "재무자료 미제출"],
  [5, "포항소재㈜", "123-81-00005", "경상북도", "포항시", "C24", 8, "21억", "15억", date("2012-01-20"), null, null],
  [6, "금호이노텍㈜", "123-81-00006", null, "영천시", "C26", 18, "12억 5,000만 원", 1_800_000_000, date("2018-09-03"), date("1986-02-14"), "시도 미기재"],
  [7, "신녕푸드㈜", "123-81-00007", "경상북도", "영천시", "C10", 27, "1,250,000,000", "9억", "2015-04-01", null, null],
];
const file = resolve(import.meta.dirname, "..", "examples", "data", "companies-ko.xlsx");
await writeXlsxFile([header.map((value) => ({ value, fontWeight: "bold" })), ...rows], {
  sheet: "기업목록",
  dateFormat: "yyyy-mm-dd",
  stickyRowsCount: 1,
  columns: header.map((title) => ({ width: Math.max(10, title.length * 2 + 2) })),
}).toFile(file);
console.log(`wrote ${file} (${rows.length} companies)`);
