import { PassThrough, Readable } from "node:stream";
import { main } from "../../src/cli/main.js";

/** What one in-process run of the CLI printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `technopark <argv>` in-process with captured streams; `stdin` is fed as the input for `-`. */
export async function runCli(argv: readonly string[], options: { stdin?: string; isTTY?: boolean; today?: string } = {}): Promise<CliRun> {
  const stdout = new PassThrough();
  const stderr = Object.assign(new PassThrough(), { isTTY: options.isTTY ?? false });
  let out = "";
  let err = "";
  stdout.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
  stderr.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin, "utf8")]);
  const code = await main(argv, { stdout, stderr, stdin, today: options.today ?? "2024-05-01" });
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
