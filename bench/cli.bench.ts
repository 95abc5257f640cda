// Benchmark of the command line on a large CSV: `technopark check --format ndjson` over 1,000,000 generated
// companies (set BENCH_CLI_ROWS for a smaller run), on worker threads (the default for a file this large) and
// with --jobs 1 (one thread), with peers that show where the time goes — csv-parse alone
// reading the same file, and `technopark validate Company` (read + convert + validate, no judging). Each runs in
// a fresh node process against the built CLI (dist/cli/index.js); rows/s is rows ÷ wall time, peak RSS is the
// child's process.resourceUsage().maxRSS at exit, so "bounded memory" is visible: it must not grow with rows.
// CPU seconds (the child's user + system time) are printed too, with the ratio to csv-parse's: on a shared,
// loaded machine wall time says more about the neighbours than about the code.
// Not a test: no timing is asserted.
import { spawn } from "node:child_process";
import { closeSync, createReadStream, createWriteStream, existsSync, mkdtempSync, openSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { once } from "node:events";
import { seeded } from "./seeded.js";
import type { BenchSuite } from "./suite.js";

const root = resolve(import.meta.dirname, "..");
const ROWS = Number(process.env["BENCH_CLI_ROWS"] ?? 1_000_000);
const PROGRAM = "yeongcheon-innovative-technology";
const SIGUNGU = ["영천시", "영천시", "영천시", "포항시", "경주시"];
const KSIC = ["C20", "C29", "C24", "C10", "G46", "J62"];

/** Writes the CSV in chunks (bounded memory here too): 6% of rows lack revenue, so some are undetermined. */
export async function writeCsv(file: string, rows: number): Promise<void> {
  const random = seeded(20221207);
  const out = createWriteStream(file);
  out.write("id,name.ko,location.regionCode,location.sigungu,ksic,foundedOn,regularWorkers,averageRevenue,totalAssets\n");
  let chunk = "";
  for (let i = 0; i < rows; i++) {
    const workers = Math.floor(random() * 120) / 2;
    const revenue = random() < 0.06 ? "" : `${Math.floor(1 + random() * 900) * 100_000_000} KRW`;
    const assets = revenue === "" ? "" : `${Math.floor(1 + random() * 600) * 100_000_000} KRW`;
    const year = 1990 + Math.floor(random() * 34);
    chunk += `c${i},기업${i},47,${SIGUNGU[i % SIGUNGU.length]},${KSIC[i % KSIC.length]},${year}-0${1 + (i % 9)}-1${i % 10},${workers},${revenue},${assets}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await once(out, "drain");
      chunk = "";
    }
  }
  out.end(chunk);
  await once(out, "finish");
}

/** Code run in the child before the measured program: report peak RSS (bytes) on fd 3 when it exits. */
const RSS_HOOK = `data:text/javascript,${encodeURIComponent('import { writeSync } from "node:fs"; process.on("exit", () => { try { const u = process.resourceUsage(); writeSync(3, `${u.maxRSS * 1024} ${(u.userCPUTime + u.systemCPUTime) / 1e6}`); } catch {} });')}`;

export interface Measured {
  readonly seconds: number;
  readonly cpu: number;
  readonly rss: number;
  readonly lines: number;
  readonly code: number | null;
}

/**
 * Runs node with the arguments, its stdout written to a scratch file (as `> results.ndjson` would: a reader on a
 * pipe would take CPU from the measured process on a two-core machine), and reads the child's peak RSS and CPU
 * time; the output's lines are counted after the run, outside the timing.
 */
export async function measure(args: readonly string[]): Promise<Measured> {
  const scratch = mkdtempSync(join(tmpdir(), "technopark-bench-out-"));
  const outFile = join(scratch, "stdout");
  const out = openSync(outFile, "w");
  try {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, ["--import", RSS_HOOK, ...args], { cwd: root, stdio: ["ignore", out, "pipe", "pipe"], env: { ...process.env, NODE_OPTIONS: "" } });
    let rss = "";
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    (child.stdio[3] as NodeJS.ReadableStream).on("data", (chunk: Buffer) => (rss += chunk.toString("utf8")));
    const [code] = (await once(child, "close")) as [number | null];
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (code !== 0 && code !== 1) throw new Error(`cli bench: node ${args.join(" ")} exited ${code}:\n${stderr.slice(0, 2000)}`);
    let lines = 0;
    for await (const chunk of createReadStream(outFile) as AsyncIterable<Buffer>) {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
    }
    const [bytes, cpu] = rss.split(" ");
    return { seconds, cpu: Number(cpu), rss: Number(bytes), lines, code };
  } finally {
    closeSync(out);
    rmSync(scratch, { recursive: true, force: true });
  }
}

const CSV_ONLY = `
import { createReadStream } from "node:fs";
import { parse } from "csv-parse";
let rows = 0;
for await (const record of createReadStream(process.argv[1]).pipe(parse({ bom: true, skip_empty_lines: true }))) rows++;
process.stdout.write(rows + "\\n");
`;

export const suite: BenchSuite = {
  name: "cli",
  description: `technopark check --format ndjson over a ${ROWS.toLocaleString("en-US")}-row CSV (built CLI, fresh process), against csv-parse alone and technopark validate; rows/s and peak RSS`,
  async run() {
    const cli = join(root, "dist", "cli", "index.js");
    if (!existsSync(cli)) {
      console.log("cli bench: dist/cli/index.js is missing; run `npm run build` first (skipping this suite)");
      return [];
    }
    const dir = mkdtempSync(join(tmpdir(), "technopark-cli-bench-"));
    try {
      const file = join(dir, "companies.csv");
      await writeCsv(file, ROWS);
      const megabytes = statSync(file).size / 1e6;
      console.log(`cli bench: ${ROWS.toLocaleString("en-US")} rows, ${megabytes.toFixed(1)} MB of CSV`);
      const subjects: [string, string[]][] = [
        ["peer: csv-parse alone (stream, count rows)", ["--input-type=module", "-e", CSV_ONLY, file]],
        ["technopark validate Company (read + convert + validate)", [cli, "validate", "Company", "--format", "ndjson", file]],
        [`technopark check -p ${PROGRAM} --format ndjson --jobs 1 (one thread)`, [cli, "check", "--program", PROGRAM, "--as-of", "2024-05-01", "--format", "ndjson", "--jobs", "1", file]],
        [`technopark check -p ${PROGRAM} --format ndjson (worker threads, the default)`, [cli, "check", "--program", PROGRAM, "--as-of", "2024-05-01", "--format", "ndjson", file]],
        [`technopark check … --lang en --format table`, [cli, "check", "--program", PROGRAM, "--as-of", "2024-05-01", "--lang", "en", file]],
      ];
      const results: { name: string; m: Measured }[] = [];
      for (const [name, args] of subjects) results.push({ name, m: await measure(args) });
      const peerRate = ROWS / results[0]!.m.seconds;
      const peerCpu = results[0]!.m.cpu;
      return results.map(({ name, m }) => ({
        subject: name,
        "seconds": Number(m.seconds.toFixed(2)),
        "CPU s": Number(m.cpu.toFixed(2)),
        "× csv-parse CPU": Number((m.cpu / peerCpu).toFixed(1)),
        "rows/s": Math.round(ROWS / m.seconds),
        "MB/s": Number((megabytes / m.seconds).toFixed(1)),
        "peak RSS MB": Number((m.rss / 1e6).toFixed(0)),
        "output lines": m.lines,
        "× csv-parse time": Number((peerRate / (ROWS / m.seconds)).toFixed(1)),
      }));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
