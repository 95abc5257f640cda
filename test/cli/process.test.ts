// One real child process per exit status: the bin entry (src/cli/index.ts run by tsx) sets process.exitCode
// from main, reads the clock once for the default --as-of, and prints errors as one line without a stack.
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { fixture } from "./run-cli.js";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules", ".bin", "tsx");
const cli = join(root, "src", "cli", "index.ts");

function run(args: string[], input?: string) {
  const result = spawnSync(tsx, [cli, ...args], { cwd: root, encoding: "utf8", input, env: { ...process.env, NO_COLOR: "1" }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("technopark as a process", () => {
  it("exits 0 when every company was judged, defaulting --as-of to today in Asia/Seoul", () => {
    // today in Seoul read independently (Intl, not the CLI's own helper), before and after the run: the process
    // may straddle midnight, so either day is right, and nothing else is
    const seoulToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Seoul", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
    const before = seoulToday();
    const result = run(["check", "--program", "yeongcheon-innovative-technology", "--format", "ndjson", fixture("companies.csv")]);
    const after = seoulToday();
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split("\n")).toHaveLength(4);
    const summary = JSON.parse(result.stderr.trim()) as { summary: { asOf: string } };
    expect(before).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([before, after]).toContain(summary.summary.asOf);
  });

  it("exits 1 when some rows were invalid and the rest judged", () => {
    const result = run(["check", "-p", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "--lang", "en", fixture("invalid-rows.csv")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("technopark: 2 input records were invalid and not judged (the rest were)\n");
  });

  it("exits 2 on malformed CSV read from stdin, with one line and no stack trace", () => {
    const result = run(["check", "-p", "yeongcheon-innovative-technology", "-"], 'id,name.ko\n"a,b\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("technopark check: <stdin>: line 2: unterminated quoted field (a quote opened in the record starting on line 2 is never closed)\n");
    expect(result.stdout).toBe("");
  });
});
