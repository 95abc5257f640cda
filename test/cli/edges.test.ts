import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable, Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { main } from "../../src/cli/main.js";
import { write } from "../../src/cli/output.js";
import { fieldShape, schemaAt } from "../../src/cli/schema-shape.js";
import { seoulDate } from "../../src/cli/today.js";
import { runCli } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "technopark-cli-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe("today in Asia/Seoul (the default --as-of)", () => {
  it("is already the next day in Seoul at 15:00 UTC (UTC+9)", () => {
    expect(seoulDate(new Date("2024-12-31T14:59:59Z"))).toBe("2024-12-31");
    expect(seoulDate(new Date("2024-12-31T15:00:00Z"))).toBe("2025-01-01");
  });
});

describe("writing with backpressure", () => {
  it("waits for 'drain' when the stream's buffer is full, and returns nothing to wait for otherwise", async () => {
    const received: string[] = [];
    const slow = new Writable({
      highWaterMark: 4,
      write(chunk: Buffer, _encoding, callback) {
        received.push(chunk.toString("utf8"));
        setTimeout(callback, 1);
      },
    });
    const pending = write(slow, "more than four bytes");
    expect(pending).toBeInstanceOf(Promise);
    await pending;
    expect(received).toEqual(["more than four bytes"]);
    const roomy = new PassThrough({ highWaterMark: 1024 });
    expect(write(roomy, "x")).toBeUndefined();
  });

  it("rejects when the stream fails while waiting", async () => {
    const failing = new Writable({ highWaterMark: 1, write: (_chunk, _encoding, callback) => setTimeout(() => callback(new Error("disk full")), 1) });
    failing.on("error", () => undefined);
    await expect(write(failing, "abc")).rejects.toThrow("disk full");
  });
});

describe("errors that are not the user's", () => {
  const io = () => ({
    stdout: new Writable({ write: (_c, _e, cb) => cb() }),
    stderr: new PassThrough(),
    stdin: Readable.from([]),
    today: "2024-05-01",
  });

  it("ends quietly with 0 when the reader of stdout went away (EPIPE)", async () => {
    const streams = io();
    streams.stdout.write = () => {
      throw Object.assign(new Error("write EPIPE"), { code: "EPIPE" });
    };
    expect(await main(["programs"], streams)).toBe(0);
  });

  it("reports anything else as an unexpected error in one line, exit 2", async () => {
    const streams = io();
    let err = "";
    streams.stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    streams.stdout.write = () => {
      throw new Error("boom");
    };
    expect(await main(["programs"], streams)).toBe(2);
    await new Promise((resolve) => setImmediate(resolve));
    expect(err).toBe("technopark programs: unexpected error: boom\n");
  });
});

describe("input formats and their edges", () => {
  const check = (path: string, ...more: string[]) => runCli(["check", "-p", "yeongcheon-innovative-technology", "--format", "ndjson", ...more, path]);

  it("sniffs the format of a file without a known extension, and reads .jsonl as NDJSON", async () => {
    const record = JSON.stringify({ id: "a", name: { ko: "가" }, location: { regionCode: "47", sigungu: "포항시" } });
    expect((await check(file("companies.txt", `${record}\n`))).stdout).toContain('"outcome":"ineligible"');
    expect((await check(file("companies.jsonl", `\uFEFF${record}\r\n\r\n${record}\r\n`))).stdout.trim().split("\n")).toHaveLength(2);
    expect((await check(file("array.data", ` [${record}]`))).stdout).toContain('"line":1');
    expect((await check(file("table.dat", "id,name.ko\nz,가\n"))).stdout).toContain('"id":"z"');
  });

  it("refuses empty CSV input, and JSON that is not an array, naming what it is", async () => {
    const empty = await check(file("empty.csv", ""));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty\.csv: empty input: expected a CSV header row of field paths/);
    for (const [text, what] of [["null", "null"], ["42", "number"], ['"x"', "string"]] as const) {
      const run = await check(file(`scalar-${what}.json`, text));
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`expected a JSON array of records, received ${what}`);
    }
  });

  it("reports a directory given as input, whatever the format", async () => {
    for (const name of ["folder.json", "folder.ndjson", "folder"]) {
      const path = join(dir, name);
      mkdirSync(path);
      const run = await check(path);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`technopark check: ${path}: cannot read: is a directory, not a file\n`);
    }
  });

  it("reports a misplaced quote with its line", async () => {
    const run = await check(file("quote.csv", 'id,name.ko\na,b"c\n'));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/quote\.csv: line 2: misplaced quote/);
  });

  it("counts the lines of multi-line quoted cells and skips blank lines when numbering records", async () => {
    const run = await check(file("multiline.csv", 'id,name.ko\n\na,"두\n줄"\n\nb,가\n'));
    expect(run.stdout.trim().split("\n").map((line) => JSON.parse(line).line)).toEqual([3, 6]);
  });
});

describe("listings in both languages", () => {
  it("lists programmes in Korean and English tables", async () => {
    const ko = await runCli(["programs", "--as-of", "2025-01-01"]);
    expect(ko.stdout.split("\n")[0]).toMatch(/^ID\s+사업명\s+지역\s+규칙 시행일\(2025-01-01 기준\)\s+지원 내용$/);
    expect(ko.stdout).toContain("2024-10-23");
    const en = await runCli(["programs", "--lang", "en", "--as-of", "2018-01-01"]);
    expect(en.stdout).toContain("(no rule in force)");
    expect(en.stdout).toContain("Yeongcheon SME high value-added conversion support");
    const ndjson = await runCli(["programs", "--format", "ndjson"]);
    expect(ndjson.stdout.trim().split("\n").map((line) => JSON.parse(line).id)).toContain("seoul-southwest-youth-startup");
  });

  it("lists technoparks with English region names", async () => {
    const run = await runCli(["technoparks", "--lang", "en", "--as-of", "2024-01-18", "--format", "json"]);
    const rows = JSON.parse(run.stdout) as { id: string; region: string; regionCode: string }[];
    expect(rows.find((row) => row.id === "jeonbuk")).toMatchObject({ regionCode: "52" });
    expect(rows.find((row) => row.id === "jeonbuk")!.region).toMatch(/Jeonbuk|Jeollabuk/);
  });
});

describe("rollup edges", () => {
  it("refuses repeated fields, the reserved 'records' column and empty path segments", async () => {
    expect((await runCli(["rollup", "x.csv", "--by", "a", "--sum", "a"])).stderr).toMatch(/field "a" is given twice/);
    expect((await runCli(["rollup", "x.csv", "--by", "records"])).stderr).toMatch(/"records" is the name of the count column/);
    expect((await runCli(["rollup", "x.csv", "--by", "a..b"])).stderr).toMatch(/"a\.\.b" is not a field path/);
  });

  it("leaves out records grouping by an object, with a plain number in a money column, or an NDJSON line that is not JSON", async () => {
    const input = ['{"k":{"x":1},"v":"1 USD"}', '{"k":"a","v":"2 USD"}', '{"k":"a","v":3}', "{oops", '{"k":"b","v":{"amount":"0.5","currency":"usd"}}', '{"k":"b"}'].join("\n");
    const run = await runCli(["rollup", "-", "--by", "k", "--sum", "v", "--currency", "usd", "--format", "json"], { stdin: input });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual([
      { k: "a", records: 1, v: { amount: "2", currency: "USD" } },
      { k: "b", records: 2, v: { amount: "0.5", currency: "USD" } },
    ]);
    expect(run.stderr).toContain("<stdin>:1: k: expected a text, number or boolean to group by, received an object");
    expect(run.stderr).toContain("<stdin>:4: not valid JSON");
    expect(run.stderr).toContain("<stdin>: v: a plain number (3) in a money column; give its currency");
    expect(run.stderr).toContain("technopark: 3 records were left out (bad values above)");
  });

  it("reports a money value the Money schema refuses (too many digits for KRW)", async () => {
    const run = await runCli(["rollup", "-", "--by", "", "--sum", "v", "--format", "ndjson"], { stdin: "v\n1.5 KRW\n2 KRW\n" });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('{"records":1,"v":{"amount":"2","currency":"KRW"}}\n');
    expect(run.stderr).toMatch(/<stdin>:2: v: amount: expected a finite plain decimal/);
  });

  it("sums plain numbers from JSON, skipping absent ones", async () => {
    const run = await runCli(["rollup", "-", "--by", "g", "--sum", "n", "--format", "ndjson"], { stdin: '[{"g":true,"n":1.5},{"g":true},{"g":false,"n":"2"}]' });
    expect(run.stdout).toBe('{"g":false,"records":1,"n":2}\n{"g":true,"records":2,"n":1.5}\n');
  });
});

describe("schema shapes read from zod (what a CSV cell may become)", () => {
  it("follows unions, literals, records, lazy schemas, pipes and arrays", () => {
    const Node: z.ZodType = z.lazy(() => z.object({ name: z.string(), size: z.number() }));
    const schema = z.object({
      either: z.union([z.number(), z.boolean()]),
      level: z.literal([1, 2, 3]),
      flag: z.literal(true),
      mixed: z.union([z.literal("a"), z.number()]),
      map: z.record(z.string(), z.number()),
      node: Node,
      piped: z.string().transform((s) => s.length),
      nested: z.array(z.object({ n: z.number() })),
      any: z.unknown(),
      date: z.date(),
    });
    const kinds = (path: string) => [...(fieldShape(schema, path.split("."))?.kinds ?? [])].sort();
    expect(kinds("either")).toEqual(["boolean", "number"]);
    expect(kinds("level")).toEqual(["number"]);
    expect(kinds("flag")).toEqual(["boolean"]);
    expect(kinds("mixed")).toEqual(["number", "string"]);
    expect(kinds("map.anything")).toEqual(["number"]);
    expect(kinds("node.size")).toEqual(["number"]);
    expect(kinds("piped")).toEqual(["string"]);
    expect(kinds("nested.0.n")).toEqual(["number"]);
    expect(kinds("any")).toEqual(["string"]);
    expect(fieldShape(schema, ["nested"])?.composite).toBe(true);
    expect(fieldShape(schema, ["date"])?.composite).toBe(true);
    expect(fieldShape(schema, ["nope"])).toBeUndefined();
    expect(schemaAt(schema, ["nested", "x"])).toBeUndefined();
  });
});

describe("more edges", () => {
  it("sniffs stdin that arrives in many chunks", async () => {
    const record = JSON.stringify({ id: "a", name: { ko: "가" }, location: { regionCode: "47", sigungu: "포항시" } });
    const chunks = [`${record}\n`, `${record}\n`, `${record}\n`].map((text) => Buffer.from(text));
    const stdout = new PassThrough();
    let out = "";
    stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    const code = await main(["check", "-p", "yeongcheon-innovative-technology", "--format", "ndjson", "-"], {
      stdout,
      stderr: new PassThrough(),
      stdin: Readable.from(chunks),
      today: "2024-05-01",
    });
    expect(code).toBe(0);
    expect(out.trim().split("\n")).toHaveLength(3);
  });

  it("describes file-system errors it has no words for by their message", async () => {
    const { describeSystemError } = await import("../../src/cli/read-records.js");
    expect(describeSystemError(Object.assign(new Error("weird"), { code: "EWEIRD" }))).toBe("cannot read: weird");
    expect(describeSystemError("plain")).toBe("cannot read: plain");
    expect(describeSystemError({ code: "EACCES" })).toBe("cannot read: permission denied");
  });

  it("warns in validate about columns that are not fields of the entity", async () => {
    const run = await runCli(["validate", "company", "-"], { stdin: "id,name.ko,colour\na,가,red\n" });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('technopark: warning: <stdin>: ignoring column "colour": not a field of Company\n');
  });
});
