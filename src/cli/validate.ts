import { entitySchemas } from "../entities/index.js";
import { asOfFlag, choiceFlag, parseCommandArgs, stringFlag } from "./args.js";
import { companyCells } from "./company-cells.js";
import { resolveEntityName } from "./entity-name.js";
import { recordIssuesIn } from "./issues.js";
import type { CliIo } from "./io.js";
import { OUTPUT_FORMATS, write, type OutputFormat } from "./output.js";
import { INPUT_FORMATS, readRecords, type InputFormat } from "./read-records.js";
import { columnsFlag, openOutput, TABLE_FLAGS, TABLE_HELP } from "./table-input.js";
import { parseOptionsFor } from "./zod-locale.js";

/** Help text of `technopark validate`. */
export const VALIDATE_HELP = `Usage: technopark validate <entity> <file|-> [options]

Checks every record of an .xlsx workbook (first sheet), a CSV, JSON (array) or NDJSON file against an
entity schema (Company, ExportDeal, Technopark…; see technopark schema --help) and prints each problem
with its line (spreadsheet row) number and field path. For Company, headers may be written as people
write them (기업명, 사업자등록번호, 시도, 매출액…; see technopark check --help).

Options:
  --format table|json|ndjson      output format (default: table)
  --input-format csv|json|ndjson|xlsx
                                  input format (default: from the extension, else sniffed)
  --lang en|ko                    language of the problems (default: en)
  --as-of <YYYY-MM-DD>            date a 시·도 or 시·군·구 name is read at (default: today in Asia/Seoul)
${TABLE_HELP}  -h, --help                      show this help

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
    { format: { type: "string", short: "f" }, "input-format": { type: "string" }, lang: { type: "string" }, "as-of": { type: "string" }, ...TABLE_FLAGS },
    { min: 2, max: 2, names: "the entity name and the input file (e.g. validate Company companies.csv)" },
  );
  if (values["help"] === true) {
    io.stdout.write(VALIDATE_HELP);
    return 0;
  }
  const name = resolveEntityName(positionals[0]!, "validate");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "validate");
  const inputFormat = stringFlag(values, "input-format") === undefined ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "validate");
  const lang = choiceFlag<"en" | "ko">(values, "lang", ["en", "ko"], "en", "validate");
  const asOf = asOfFlag(values, io.today, "validate");
  const schema = entitySchemas[name];
  const file = positionals[1]!;
  const source = file === "-" ? "<stdin>" : file;
  const columns = await columnsFlag(values, "validate");
  const output = stringFlag(values, "output");
  const opened = output === undefined ? undefined : await openOutput(output, file, "validate");
  const out = opened?.stream ?? io.stdout;
  const parseOptions = parseOptionsFor(lang);
  let records = 0;
  let invalid = 0;
  let first = true;
  const report = async (problem: Problem): Promise<void> => {
    if (format === "table") await write(out, `${source}:${problem.line}: ${problem.path}: ${problem.message}\n`);
    else if (format === "ndjson") await write(out, `${JSON.stringify(problem)}\n`);
    else await write(out, `${first ? "[\n" : ",\n"}  ${JSON.stringify(problem)}`);
    first = false;
  };
  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  const note = (message: string): void => void io.stderr.write(`technopark: ${message}\n`);
  const company = name === "Company" ? companyCells(asOf, lang, warn) : undefined;
  const records$ = readRecords(file, io, {
    format: inputFormat,
    schema,
    what: name,
    warn,
    note,
    sheet: stringFlag(values, "sheet"),
    context: { ...company?.context, columns },
    finish: company?.finish,
    lang,
  });
  for await (const item of records$) {
    records++;
    if (item.error !== undefined) {
      invalid++;
      for (const message of item.errors ?? [item.error]) await report({ line: item.line, path: "(record)", message });
      continue;
    }
    const parsed = schema.safeParse(item.value, parseOptions);
    if (parsed.success) continue;
    invalid++;
    for (const issue of recordIssuesIn(parsed.error, name, lang)) await report({ line: item.line, ...issue });
  }
  if (format === "json") await write(out, first ? "[]\n" : "\n]\n");
  const summary =
    lang === "ko"
      ? `${name} ${records}건: 올바름 ${records - invalid}, 오류 ${invalid}`
      : `${records} ${name} record${records === 1 ? "" : "s"}: ${records - invalid} valid, ${invalid} invalid`;
  if (format === "table") await write(out, `${invalid === 0 ? "" : "\n"}${summary}\n`);
  else io.stderr.write(`${summary}\n`);
  await opened?.close();
  return invalid > 0 ? 1 : 0;
}
