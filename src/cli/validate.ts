import { entitySchemas } from "../entities/index.js";
import { choiceFlag, parseCommandArgs, stringFlag } from "./args.js";
import { resolveEntityName } from "./entity-name.js";
import { recordIssues } from "./issues.js";
import type { CliIo } from "./io.js";
import { OUTPUT_FORMATS, write, type OutputFormat } from "./output.js";
import { INPUT_FORMATS, readRecords, type InputFormat } from "./read-records.js";

/** Help text of `technopark validate`. */
export const VALIDATE_HELP = `Usage: technopark validate <entity> <file|-> [options]

Checks every record of a CSV, JSON (array) or NDJSON file against an entity schema (Company, ExportDeal,
Technopark…; see technopark schema --help) and prints each problem with its line number and field path.

Options:
  --format table|json|ndjson      output format (default: table)
  --input-format csv|json|ndjson  input format (default: from the extension, else sniffed)
  -h, --help                      show this help

Exit status: 0 when every record is valid, 1 when some are not, 2 for usage errors or unreadable input.
`;

/** One problem found by `validate`. */
interface Problem {
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

/**
 * `technopark validate <entity> <file>`: per-record validation errors with line numbers and field paths.
 * @internal
 */
export async function validate(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "validate",
    argv,
    { format: { type: "string", short: "f" }, "input-format": { type: "string" } },
    { min: 2, max: 2, names: "the entity name and the input file (e.g. validate Company companies.csv)" },
  );
  if (values["help"] === true) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const name = resolveEntityName(positionals[0]!, "validate");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "validate");
  const inputFormat = stringFlag(values, "input-format") === undefined ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "validate");
  const schema = entitySchemas[name];
  const file = positionals[1]!;
  const source = file === "-" ? "<stdin>" : file;
  let records = 0;
  let invalid = 0;
  let first = true;
  const report = async (problem: Problem): Promise<void> => {
    if (format === "table") await write(io.stdout, `${source}:${problem.line}: ${problem.path}: ${problem.message}\n`);
    else if (format === "ndjson") await write(io.stdout, `${JSON.stringify(problem)}\n`);
    else await write(io.stdout, `${first ? "[\n" : ",\n"}  ${JSON.stringify(problem)}`);
    first = false;
  };
  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  for await (const item of readRecords(file, io, { format: inputFormat, schema, what: name, warn })) {
    records++;
    if (item.error !== undefined) {
      invalid++;
      await report({ line: item.line, path: "(record)", message: item.error });
      continue;
    }
    const parsed = schema.safeParse(item.value, { reportInput: true });
    if (parsed.success) continue;
    invalid++;
    for (const issue of recordIssues(parsed.error, name)) await report({ line: item.line, ...issue });
  }
  if (format === "json") await write(io.stdout, first ? "[]\n" : "\n]\n");
  const summary = `${records} ${name} record${records === 1 ? "" : "s"}: ${records - invalid} valid, ${invalid} invalid`;
  if (format === "table") await write(io.stdout, `${invalid === 0 ? "" : "\n"}${summary}\n`);
  else io.stderr.write(`${summary}\n`);
  return invalid > 0 ? 1 : 0;
}
