// Hostile files through the command line (issue 7): CSV headers and JSON records aimed at prototypes or at
// memory, fed to `technopark rollup`, `validate` and `check` in-process. Each run ends with an exit code
// (0, 1 or 2), never an uncaught exception, never a polluted Object.prototype, never a hang (the timeout).
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";

async function run(argv: readonly string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: false });
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const code = await main(argv, { stdout, stderr, stdin: Readable.from([Buffer.from(stdin, "utf8")]), today: "2024-05-01" } as never);
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out, stderr: err };
}

const root = resolve(import.meta.dirname, "../..");
const proto = Object.prototype as unknown as Record<string, unknown>;
afterEach(() => {
  delete proto["polluted"];
  delete proto["isVenture"];
});

describe("hostile CSV and JSON through the CLI (hardening, issue 7)", () => {
  it("rollup (which reads CSV without a schema): a __proto__.polluted header does not write into Object.prototype", async () => {
    const result = await run(["rollup", "-", "--by", "stage", "--input-format", "csv"], "id,stage,__proto__.polluted\nc-1,contract,yes\n");
    expect([0, 1, 2]).toContain(result.code);
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it.each([
    ["validate", ["validate", "Company", "-", "--input-format", "csv"]],
    ["check", ["check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "-", "--input-format", "csv"]],
  ] as const)("%s: a __proto__.polluted header does not write into Object.prototype", async (_name, argv) => {
    const result = await run(argv, "id,name.ko,stage,__proto__.polluted,constructor.prototype.isVenture\nc-1,회사,contract,yes,true\n");
    expect([0, 1, 2]).toContain(result.code);
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
    expect(Object.hasOwn(Object.prototype, "isVenture")).toBe(false);
  });

  it.each([
    ["rollup", ["rollup", "-", "--by", "stage", "--input-format", "ndjson"]],
    ["validate", ["validate", "Company", "-", "--input-format", "ndjson"]],
    ["check", ["check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "-", "--input-format", "ndjson"]],
  ] as const)("%s: NDJSON records with __proto__ keys are data, not prototypes", async (_name, argv) => {
    const result = await run(argv, '{"id":"c-1","name":{"ko":"회사"},"stage":"contract","__proto__":{"polluted":true,"regularWorkers":5}}\n');
    expect([0, 1, 2]).toContain(result.code);
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("check: a header with a huge array index is refused or handled within 128 MB (run in a child process: the failure mode is an out-of-memory crash)", () => {
    const script = `
      import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pathToFileURL } from "node:url";
      const { main } = await import(${JSON.stringify(pathToFileURL(join(root, "src/cli/main.ts")).href)});
      const out = new PassThrough(); out.resume();
      const err = Object.assign(new PassThrough(), { isTTY: false }); err.resume();
      const csv = "id,name.ko,monthEndHeadcounts.99999999.month,monthEndHeadcounts.99999999.fullTime\\nc-1,회사,2024-01,3\\n";
      const code = await main(["check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", "-", "--input-format", "csv"],
        { stdout: out, stderr: err, stdin: Readable.from([Buffer.from(csv)]), today: "2024-05-01" });
      process.stdout.write("exit " + code);`;
    const child = spawnSync(process.execPath, ["--max-old-space-size=128", "--import", "tsx", "--input-type=module", "-e", script], { cwd: root, encoding: "utf8", timeout: 20_000 });
    expect(child.signal, `killed: ${child.stderr.slice(-300)}`).toBeNull();
    expect(child.status, child.stderr.slice(-300)).toBe(0);
    expect(child.stdout).toMatch(/^exit [012]$/);
  }, 30_000);

  it("validate: a 100,000-deep JSON record is reported, not a stack overflow", async () => {
    const deep = `${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}`;
    const result = await run(["validate", "Company", "-", "--input-format", "ndjson"], `${deep}\n`);
    expect([1, 2]).toContain(result.code);
    expect(result.stderr).not.toMatch(/Maximum call stack|RangeError|TypeError/);
  }, 10_000);
});
