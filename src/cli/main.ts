import packageJson from "../../package.json" with { type: "json" };
import { isTechnoparkError } from "../errors/index.js";
import { isUsageError } from "./args.js";
import { check, CHECK_HELP } from "./check.js";
import { compare, COMPARE_HELP } from "./compare.js";
import type { CliIo } from "./io.js";
import { listPrograms, listTechnoparks, PROGRAMS_HELP, TECHNOPARKS_HELP } from "./list.js";
import { match, MATCH_HELP } from "./match.js";
import { testFixtures, TEST_HELP } from "./test-fixtures.js";
import { rollup, ROLLUP_HELP } from "./rollup.js";
import { schema, SCHEMA_HELP } from "./schema.js";
import { validate, VALIDATE_HELP } from "./validate.js";

export type { CliIo } from "./io.js";

/** The version printed by `--version`, from package.json (bundled in at build time). */
const VERSION: string = packageJson.version;

const HELP = `technopark — Korea's technopark ecosystem: eligibility checks, rollups, reference data

Usage: technopark <command> [options]

Commands:
  check --program <id> <file|->   judge companies (CSV, JSON, NDJSON) against a programme's rules
  compare --baseline <a.json> --reform <b.json> <file|->
                                  what-if of a rule change: who flips, and which condition flipped them
                                  (or --program <id> --as-of <date> --vs <date>: one programme on two dates)
  match <file|-> --as-of <date>   the programmes each company can apply for on a date
  test <file…>                    run fixture files (JSON/YAML test cases for programmes and rules)
  rollup <file|-> --by <fields>   count and sum records per group (--sum <field>, exact money)
  validate <entity> <file|->      check records against an entity schema, with line numbers
  schema <entity>                 print an entity's JSON Schema
  programs                        list the support programmes and their rules in force
  technoparks                     list the technoparks and their regions as of a date

Options:
  -h, --help       show help (technopark <command> --help for a command)
  -v, --version    print the version

Dates (--as-of) default to today in Asia/Seoul. Exit status: 0 ok, 1 some input records invalid
(the rest processed), 2 usage error or unreadable input.
`;

type Command = (argv: readonly string[], io: CliIo) => Promise<number>;

const COMMANDS: Readonly<Record<string, { readonly run: Command; readonly help: string }>> = {
  check: { run: check, help: CHECK_HELP },
  compare: { run: compare, help: COMPARE_HELP },
  match: { run: match, help: MATCH_HELP },
  test: { run: testFixtures, help: TEST_HELP },
  rollup: { run: rollup, help: ROLLUP_HELP },
  validate: { run: validate, help: VALIDATE_HELP },
  schema: { run: schema, help: SCHEMA_HELP },
  programs: { run: listPrograms, help: PROGRAMS_HELP },
  technoparks: { run: listTechnoparks, help: TECHNOPARKS_HELP },
};

/**
 * Runs the `technopark` command with the given arguments and returns its exit code: 0 when it ran,
 * 1 when some input records were invalid (the rest was processed), 2 for usage errors and unreadable input.
 * Every error a user can cause is one line on stderr, without a stack trace.
 * @internal
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? rest[0] : undefined;
    if (topic !== undefined && Object.hasOwn(COMMANDS, topic)) io.stdout.write(COMMANDS[topic]!.help);
    else io.stdout.write(HELP);
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!Object.hasOwn(COMMANDS, name)) {
    io.stderr.write(`technopark: unknown command ${JSON.stringify(name)}\n\n${HELP}`);
    return 2;
  }
  try {
    return await COMMANDS[name]!.run(rest, io);
  } catch (error) {
    if (isTechnoparkError(error)) {
      const hint = isUsageError(error) ? ` (see: technopark ${name} --help)` : "";
      io.stderr.write(`technopark ${name}: ${error.message}${hint}\n`);
      return 2;
    }
    const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
    if (code === "EPIPE") return 0; // the reader went away (e.g. | head): not an error
    io.stderr.write(`technopark ${name}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (typeof process !== "undefined" && process.env["TECHNOPARK_DEBUG"] !== undefined && error instanceof Error) io.stderr.write(`${error.stack ?? ""}\n`);
    return 2;
  }
}
