import type { Readable, Writable } from "node:stream";

/** Streams the CLI reads and writes; injected so tests can run it in-process. */
export interface CliIo {
  readonly stdout: Writable;
  readonly stderr: Writable;
  readonly stdin: Readable;
}

const HELP = `technopark — Korea's technopark ecosystem: eligibility checks, rollups, reference data

Usage:
  technopark --help        show this help
  technopark --version     print the version
`;

/**
 * Runs the `technopark` command with the given arguments and returns its exit code.
 * @internal
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  if (argv.length === 0 || argv.includes("--help") || argv.includes("-h")) {
    io.stdout.write(HELP);
    return 0;
  }
  if (argv.includes("--version")) {
    io.stdout.write("0.1.0\n");
    return 0;
  }
  io.stderr.write(`technopark: unknown command ${JSON.stringify(argv[0])}\n\n${HELP}`);
  return 2;
}
