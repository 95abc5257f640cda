import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import type { CheckWorkerEntry } from "../../src/cli/check-threads.js";
import { main } from "../../src/cli/main.js";

/**
 * `check`'s worker thread entry run from the TypeScript source: a worker that registers tsx's loader, then
 * imports src/cli/check-worker.ts (a worker started on a .ts file directly does not see loaders given by --import).
 */
export const SOURCE_CHECK_WORKER: CheckWorkerEntry = (() => {
  // tsx's ESM API (require.resolve would give its CommonJS build)
  const tsx = pathToFileURL(join(dirname(createRequire(import.meta.url).resolve("tsx/package.json")), "dist/esm/api/index.mjs")).href;
  const entry = new URL("../../src/cli/check-worker.ts", import.meta.url).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return { url: new URL(`data:text/javascript,${encodeURIComponent(code)}`) };
})();

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `technopark <argv>` in-process with captured streams; `stdin` is fed as the input for `-`. */
export async function runCli(argv: readonly string[], options: { stdin?: string; isTTY?: boolean; today?: string; threads?: boolean } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.isTTY ?? false });
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin, "utf8")]);
  const checkWorker = options.threads === true ? SOURCE_CHECK_WORKER : undefined;
  const code = await main(argv, { stdout, stderr, stdin, today: options.today ?? "2024-05-01", checkWorker });
  await new Promise((resolve) => setImmediate(resolve));
  return { code, stdout: out, stderr: err };
}

/** The fixture path of a file in test/cli/fixtures. */
export const fixture = (name: string): string => new URL(`./fixtures/${name}`, import.meta.url).pathname;

/** The objects of NDJSON output, one per non-empty line. */
export function ndjson(text: string): Record<string, unknown>[] {
  return text
    .trim()
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
