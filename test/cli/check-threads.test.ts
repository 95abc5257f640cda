import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { batchJudge, type BatchJob } from "../../src/cli/check-batch.js";
import type { CheckSpec } from "../../src/cli/check-rows.js";
import { judgeInThreads } from "../../src/cli/check-threads.js";
import { countNewlines, csvChunks, lastRecordEnd, parseCsvChunk, readCsvHead } from "../../src/cli/csv-chunks.js";
import { planCsvHeader, readRecords, recordOfRow, type InputItem } from "../../src/cli/read-records.js";
import { Progress } from "../../src/cli/progress.js";
import { Company } from "../../src/schemas/index.js";
import { runCli, SOURCE_CHECK_WORKER } from "./run-cli.js";

const INNOVATIVE = "yeongcheon-innovative-technology";
const dir = mkdtempSync(join(tmpdir(), "technopark-threads-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const io = { stdout: new PassThrough(), stderr: new PassThrough(), stdin: new PassThrough(), today: "2024-05-01" };

/** A cell as a CSV writer writes it: quoted (quotes doubled) when it holds a comma, a quote or a line break. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Cells that reach what a chunk cut must respect: quotes, commas, line breaks of both kinds, empty cells. */
const cellText = fc.oneof(
  fc.constantFrom("", "a", "영천시", '"', '""', ",", "\n", "\r\n", "\r", 'x,"y"\r\nz', " "),
  fc.string({ unit: fc.constantFrom("a", "가", ",", '"', "\n", "\r", " "), maxLength: 6 }),
);

/** A chunk parsed, its records and their lines gathered. */
function parseAll(bytes: Uint8Array, options: Parameters<typeof parseCsvChunk>[1]): ReturnType<typeof parseCsvChunk> & { rows: string[][]; starts: number[] } {
  const rows: string[][] = [];
  const starts: number[] = [];
  const read = parseCsvChunk(bytes, options, (record, line) => {
    rows.push(record);
    starts.push(line);
  });
  expect(read.records).toBe(rows.length);
  return { ...read, rows, starts };
}

/** The records and lines the one-thread reader reads from a CSV text (no schema: every column as text). */
async function readInOneThread(text: string): Promise<readonly InputItem[]> {
  const file = join(dir, "one.csv");
  writeFileSync(file, text);
  const items: InputItem[] = [];
  for await (const item of readRecords(file, io, { format: "csv", what: "row", warn: () => undefined })) items.push(item);
  return items;
}

/** Reads a file to its end with the one-thread reader, as `check` reads companies. */
async function readInOneThreadFile(file: string): Promise<void> {
  for await (const item of readRecords(file, io, { format: "csv", what: "Company", schema: Company, warn: () => undefined })) void item;
}

/** The same text cut into chunks at record ends after each of `cuts`, each parsed alone, lines counted on as the threads count them. */
function readInChunks(text: string, cuts: readonly number[]): { items: InputItem[]; resent: number } {
  const bytes = Buffer.from(text);
  const header = ["id", "name"];
  const headerEnd = "id,name\n".length;
  const plan = planCsvHeader(header, { what: "row" });
  const items: InputItem[] = [];
  let at = headerEnd;
  let known = 1;
  let guess = 1;
  let resent = 0;
  for (const cut of [...cuts.filter((c) => c > at).sort((a, b) => a - b), bytes.length]) {
    if (cut <= at) continue;
    const end = cut === bytes.length ? cut : lastRecordEnd(bytes.subarray(at, cut));
    if (end === -1 || end === 0) continue;
    const chunk = bytes.subarray(at, cut === bytes.length ? cut : at + end);
    let parsed = parseAll(chunk, { source: "t.csv", linesBefore: guess, fields: header.length, recordDelimiter: "\n" });
    if (guess !== known) {
      resent++;
      parsed = parseAll(chunk, { source: "t.csv", linesBefore: known, fields: header.length, recordDelimiter: "\n" });
    }
    guess = known + countNewlines(chunk);
    known += parsed.lines;
    if (parsed.error !== undefined) throw parsed.error;
    parsed.rows.forEach((record, i) => items.push(recordOfRow(parsed.starts[i]!, plan, record, {})));
    at += chunk.length;
  }
  return { items, resent };
}

describe("cutting a CSV file into chunks (csv-chunks)", () => {
  it("finds the last newline outside quotes", () => {
    expect(lastRecordEnd(Buffer.from("a,b\n1,2\n3"))).toBe(8);
    expect(lastRecordEnd(Buffer.from('a,"b\n1",2\n"3\n'))).toBe(10);
    expect(lastRecordEnd(Buffer.from('"a\nb""\n"'))).toBe(-1);
    expect(lastRecordEnd(Buffer.from('x\n"a""b"'))).toBe(2);
    expect(lastRecordEnd(Buffer.from("abc"))).toBe(-1);
    expect(countNewlines(Buffer.from("a\nb\r\n\n"))).toBe(3);
  });

  it("reads the same records on the same lines as the one-thread reader, wherever the file is cut", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(cellText, cellText, fc.constantFrom(0, 0, 0, 1, 2)), { minLength: 1, maxLength: 12 }),
        fc.array(fc.nat(400), { maxLength: 6 }),
        async (rows, cuts) => {
          const text = `id,name\n${rows.map(([id, name, blank]) => `${csvCell(`r${id}`)},${csvCell(name)}\n${"\n".repeat(blank)}`).join("")}`;
          const expected = await readInOneThread(text);
          const { items } = readInChunks(text, cuts);
          expect(items).toEqual(expected);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("a quoted \\r\\n, which csv-parse counts as two lines, makes the guessed lines of the next chunk wrong: it is read again", async () => {
    const text = 'id,name\nc1,"a\r\nb"\nc2,x\nc3,y\n';
    const cut = text.indexOf("c2");
    const { items, resent } = readInChunks(text, [cut]);
    expect(resent).toBe(1);
    expect(items).toEqual(await readInOneThread(text));
    expect(items.map((item) => item.line)).toEqual([2, 5, 6]);
  });

  it("a ragged row at the start of a chunk is an error as in one thread (the header sets the number of fields)", () => {
    const parsed = parseAll(Buffer.from("c9,가,47\nc10,나\n"), { source: "f.csv", linesBefore: 41, fields: 2, recordDelimiter: "\n" });
    expect(parsed.rows).toEqual([]);
    expect(parsed.error?.message).toBe("f.csv: line 42: ragged row: 3 fields where the header has 2 (quote cells that contain commas)");
  });

  it("an unclosed quote names the line its record starts on, counted on from the lines before the chunk", () => {
    const parsed = parseAll(Buffer.from('c1,a\nc2,"b\nc3,c\n'), { source: "f.csv", linesBefore: 100, fields: 2, recordDelimiter: "\n" });
    expect(parsed.rows).toEqual([["c1", "a"]]);
    expect(parsed.starts).toEqual([101]);
    expect(parsed.error?.message).toBe("f.csv: line 102: unterminated quoted field (a quote opened in the record starting on line 102 is never closed)");
  });

  it("reads a header as the one-thread reader does, and leaves files ended by a lone \\r to it", async () => {
    const file = join(dir, "head.csv");
    writeFileSync(file, '\uFEFF"id","name.ko",비고\r\nc1,가,\r\n');
    const warnings: string[] = [];
    const head = await readCsvHead(file, { what: "Company", schema: Company, warn: (message) => warnings.push(message) });
    expect(head).toMatchObject({ headers: ["id", "name.ko", "비고"], bytes: 26, lines: 1, recordDelimiter: "\r\n" });
    expect(warnings).toEqual([`${file}: ignoring column "비고": not a field of Company`]);
    writeFileSync(file, "id,name.ko\rc1,가\r");
    expect(await readCsvHead(file, { what: "Company", schema: Company, warn: () => undefined })).toBeUndefined();
    writeFileSync(file, "id,,regularWorkers\nc1,,3\n");
    await expect(readCsvHead(file, { what: "Company", schema: Company, warn: () => undefined })).rejects.toThrow(`${file}: line 1: column 2 has no name (every column needs a field path such as regularWorkers)`);
    // a header that spans two lines is named by the line it starts on, in both readers
    writeFileSync(file, '\nid,"a\nb",id\nc1,x,c2\n');
    await expect(readCsvHead(file, { what: "Company", schema: Company, warn: () => undefined })).rejects.toThrow(`${file}: line 2: column "id" appears twice`);
    await expect(readInOneThreadFile(file)).rejects.toThrow(`${file}: line 2: column "id" appears twice`);
    writeFileSync(file, "id,id\nc1,c2\n");
    await expect(readCsvHead(file, { what: "Company", schema: Company, warn: () => undefined })).rejects.toThrow(`${file}: line 1: column "id" appears twice`);
  });

  it("cuts a file into chunks that end where records end, and hands on the rest", async () => {
    const file = join(dir, "chunks.csv");
    const row = 'c,"a\nb",0123456789\n';
    writeFileSync(file, `id,name,x\n${row.repeat(200_000)}tail,"open`);
    const texts: string[] = [];
    for await (const chunk of csvChunks(file, 10)) texts.push(Buffer.from(chunk).toString("utf8"));
    expect(texts.join("")).toBe(`${row.repeat(200_000)}tail,"open`);
    expect(texts.length).toBe(5);
    for (const text of texts.slice(0, 4)) {
      expect(text.startsWith("c,")).toBe(true);
      expect(text.endsWith(row)).toBe(true);
    }
    expect(texts[4]).toBe('tail,"open');
  });
});

describe("judging a CSV file on worker threads (check --jobs)", () => {
  /** A file of a few megabytes (several chunks) with what the cut must get right. */
  function bigFile(name: string, lineEnd: "\n" | "\r\n", extra = ""): string {
    const file = join(dir, name);
    const lines = [`\uFEFFid,기업명,시도,시군구,업종코드,설립일,상시근로자수,매출액,자산총액,비고`];
    for (let i = 0; i < 30_000; i++) {
      const note = i % 997 === 0 ? `"주소\r\n2층, ""본관"""` : i % 13 === 0 ? `"a,b"` : "";
      const region = i % 5000 === 7 ? "강원도" : i % 3 === 0 ? "경상북도" : "47";
      const workers = i % 4001 === 5 ? "열둘" : String((i * 7) % 60);
      const revenue = i % 17 === 0 ? "" : `${(i % 90) + 1}억`;
      lines.push(`c${i},기업${i},${region},${i % 2 === 0 ? "영천시" : "포항시"},C${20 + (i % 10)},20${String(10 + (i % 14))}-0${1 + (i % 9)}-1${i % 10},${workers},${revenue},${revenue === "" ? "" : "30억"},${note}`);
      if (i % 7919 === 0) lines.push("");
    }
    writeFileSync(file, lines.join(lineEnd) + lineEnd + extra);
    return file;
  }

  const crlf = bigFile("crlf.csv", "\r\n");
  const lf = bigFile("lf.csv", "\n");

  for (const [name, file] of [["CRLF", crlf], ["LF", lf]] as const) {
    for (const format of ["ndjson", "json", "table"] as const) {
      it(`prints the same ${format} as one thread, byte for byte (${name} lines, quoted line breaks, empty lines, invalid rows, warnings)`, async () => {
        const argv = ["check", "-p", INNOVATIVE, "--as-of", "2024-05-01", "--format", format, file];
        const one = await runCli([...argv, "--jobs", "1"], { threads: true });
        const two = await runCli([...argv, "--jobs", "2"], { threads: true });
        expect(one.code).toBe(1);
        expect(two).toEqual(one);
        expect(one.stderr.match(/강원도/g)?.length).toBe(1);
      });
    }
  }

  it("writes the same results to --output as to stdout", async () => {
    const out = join(dir, "results.ndjson");
    const argv = ["check", "-p", INNOVATIVE, "--as-of", "2024-05-01", "--format", "ndjson", "--jobs", "2", lf];
    const printed = await runCli(argv, { threads: true });
    const written = await runCli([...argv, "--output", out], { threads: true });
    expect(written.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
  });

  it("stops at a row that cannot be read as one thread does (exit 2, the same message)", async () => {
    const file = bigFile("ragged.csv", "\n", "c-last,가,47,영천시,C20,2020-01-01,3,1억,1억,x,extra\n");
    const argv = ["check", "-p", INNOVATIVE, "--format", "ndjson", file];
    const one = await runCli([...argv, "--jobs", "1"], { threads: true });
    const two = await runCli([...argv, "--jobs", "3"], { threads: true });
    expect(one.code).toBe(2);
    expect(two.code).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    expect(two.stderr).toMatch(new RegExp(`technopark check: ${file}: line \\d+: ragged row: 11 fields where the header has 10 \\(quote cells that contain commas\\)\\n$`));
  });

  it("refuses a --jobs that is not a count of threads", async () => {
    const run = await runCli(["check", "-p", INNOVATIVE, "--jobs", "0", lf]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--jobs: expected a number of worker threads from 1 to 999, received "0"');
  });

  it("a worker that fails stops the run with its error", async () => {
    const job: BatchJob = { spec: { program: INNOVATIVE, asOf: "2024-05-01", lang: "en" }, format: "ndjson", source: "x.csv", header: ["id"], recordDelimiter: "\n" };
    async function* chunks(): AsyncGenerator<Uint8Array> {
      yield Buffer.from("c1\n");
    }
    const broken = { url: new URL(`data:text/javascript,${encodeURIComponent('import { parentPort } from "node:worker_threads"; parentPort.on("message", ({ seq }) => parentPort.postMessage({ seq, failure: "Error: boom" }));')}`) };
    await expect(judgeInThreads(() => job, chunks(), 1, broken, 2, () => undefined)).rejects.toThrow("check: a worker thread failed: Error: boom");
    const crashing = { url: new URL(`data:text/javascript,${encodeURIComponent("throw new Error('cannot start');")}`) };
    await expect(judgeInThreads(() => job, chunks(), 1, crashing, 1, () => undefined)).rejects.toThrow("cannot start");
    const fine: string[] = [];
    await judgeInThreads(() => job, chunks(), 1, SOURCE_CHECK_WORKER, 1, (batch) => void fine.push(Buffer.from(batch.output).toString("utf8")));
    expect(fine).toEqual([Buffer.from(batchJudge(job)({ bytes: Buffer.from("c1\n"), linesBefore: 1 }).output).toString("utf8")]);
    expect(fine[0]).toMatch(/^\{"line":2,"id":"c1","outcome":"undetermined",/);
  });
});

describe("the judge of a batch (the code a worker runs)", () => {
  it("judges a chunk as the row judge of one thread does, and says each warning once per batch", () => {
    const spec: CheckSpec = { program: INNOVATIVE, asOf: "2024-05-01", lang: "ko" };
    const judgeBatch = batchJudge({ spec, format: "ndjson", source: "f.csv", header: ["id", "시도", "시군구", "상시근로자수"], recordDelimiter: "\n" });
    const batch = judgeBatch({ bytes: Buffer.from("c1,강원도,춘천시,3\nc2,강원도,원주시,4\nc3,경북,영천시,열둘\n"), linesBefore: 1 });
    expect(batch.counts).toEqual({ eligible: 0, ineligible: 2, undetermined: 0, invalid: 1 });
    expect(batch.rows).toBe(3);
    expect(batch.lines).toBe(3);
    expect(batch.warnings).toEqual(['"강원도"은(는) 2024-05-01 기준 강원특별자치도(51)로 읽습니다 (2023-06-11부터의 이름)']);
    const lines = Buffer.from(batch.output).toString("utf8").split("\n");
    expect(lines.map((line) => (line === "" ? undefined : (JSON.parse(line) as { line: number; outcome: string }).line))).toEqual([2, 3, 4, undefined]);
    expect((JSON.parse(lines[2]!) as { reasons: string[] }).reasons).toEqual([expect.stringMatching(/^regularWorkers: .*"열둘"$/)]);
    expect(judgeBatch({ bytes: Buffer.from("c4,강원도,강릉시,5\n"), linesBefore: 4 }).warnings).toEqual([]);
  });
});

describe("progress counted a batch at a time", () => {
  it("is shown each time a multiple of 10,000 is passed", () => {
    const stream = Object.assign(new PassThrough(), { isTTY: true });
    let text = "";
    stream.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
    const progress = new Progress(stream, "en");
    for (const total of [4096, 8192, 12_288, 16_384, 20_480, 45_000, 45_001]) progress.reached(total);
    expect(text).toBe("\r20,000 records…\r40,000 records…");
  });
});
