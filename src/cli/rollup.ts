import { money, type Money } from "../money/index.js";
import { parseKrw } from "../money/parse-krw.js";
import { rollup as rollupRecords, type MeasureSpec, type NamedDimension } from "../rollups/index.js";
import { choiceFlag, parseCommandArgs, stringFlag, usageError } from "./args.js";
import type { CliIo } from "./io.js";
import { OUTPUT_FORMATS, writeRows, type OutputFormat, type TableColumn } from "./output.js";
import { INPUT_FORMATS, readRecords, type InputFormat } from "./read-records.js";
import { columnsFlag, openOutput, TABLE_FLAGS, TABLE_HELP } from "./table-input.js";

/** Help text of `technopark rollup`. */
export const ROLLUP_HELP = `Usage: technopark rollup <file|-> --by <field[,field…]> [--sum <field>]… [options]

Groups the records of an .xlsx workbook (first sheet), a CSV, JSON (array) or NDJSON file by one or more
fields (the headers as written, or field paths) and counts them, adding up numbers or money per group
(money exactly, one currency per column).

Options:
  --by <fields>           comma-separated field paths to group by (e.g. stage or location.regionCode,stage);
                          --by "" gives one grand-total row
  --sum <field>           a field to add up, repeatable: numbers (regularWorkers), or money given as
                          "6500000 USD" cells, won as people write them (80억, 12억 5,000만 원),
                          as <field>.amount + <field>.currency columns, or as
                          { "amount": "6500000", "currency": "USD" } in JSON
  --currency <code>       the money columns' currency (default: the first amount's; others are an error)
  --format table|json|ndjson       output format (default: table)
  --input-format csv|json|ndjson|xlsx
                          input format (default: from the extension, else sniffed)
${TABLE_HELP}  -h, --help              show this help

Exit status: 0 when every record was counted, 1 when some records had a bad value (they are left out and
listed on stderr), 2 for usage errors or unreadable input.
`;

const NUMBER = /^\s*[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;
const MONEY_CELL = /^\s*([+-]?\d+(?:\.\d+)?)\s*([A-Za-z]{3})\s*$/;
/** A won amount as people write it (a unit of 조/억/만/천, a 원 or ₩): read by parseKrw. */
const KRW_LIKE = /[조억만천원₩]/;
const GROUPED_NUMBER = /^\s*[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?\s*$/;

type Slim = { readonly dims: readonly (string | number | boolean | undefined)[]; readonly sums: readonly (number | Money | undefined)[] };

function readPath(record: unknown, path: readonly string[]): unknown {
  let node = record;
  for (const key of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function isMoneyLike(value: unknown): value is { amount: unknown; currency: unknown } {
  return typeof value === "object" && value !== null && "amount" in value && "currency" in value;
}

/**
 * `technopark rollup <file> --by <dims> --sum <field>`: counts and sums per group.
 * @internal
 */
export async function rollup(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "rollup",
    argv,
    {
      by: { type: "string" },
      sum: { type: "string", multiple: true },
      currency: { type: "string" },
      format: { type: "string", short: "f" },
      "input-format": { type: "string" },
      ...TABLE_FLAGS,
    },
    { min: 1, max: 1, names: "the input file (a path, or - for stdin)" },
  );
  if (values["help"] === true) {
    io.stdout.write(ROLLUP_HELP);
    return 0;
  }
  const by = stringFlag(values, "by");
  if (by === undefined) throw usageError("rollup: missing --by <field[,field…]> (use --by \"\" for one total row)", "rollup");
  const dims = by.split(",").map((field) => field.trim()).filter((field) => field !== "");
  const sums = ((values["sum"] as readonly string[] | undefined) ?? []).map((field) => field.trim());
  const names = [...dims, ...sums];
  const duplicate = names.find((name, i) => names.indexOf(name) !== i);
  if (duplicate !== undefined) throw usageError(`rollup: field ${JSON.stringify(duplicate)} is given twice`, "rollup");
  if (names.includes("records")) throw usageError('rollup: "records" is the name of the count column; it cannot be a field here', "rollup");
  for (const name of names) if (name === "" || name.split(".").some((s) => s === "")) throw usageError(`rollup: ${JSON.stringify(name)} is not a field path`, "rollup");
  const currency = stringFlag(values, "currency")?.toUpperCase();
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "rollup");
  const inputFormat = stringFlag(values, "input-format") === undefined ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "rollup");
  const file = positionals[0]!;
  const source = file === "-" ? "<stdin>" : file;
  const dimPaths = dims.map((dim) => dim.split("."));
  const sumPaths = sums.map((field) => field.split("."));

  const records: Slim[] = [];
  const moneyColumns = sums.map(() => false);
  let bad = 0;
  const reject = (line: number, message: string): void => {
    bad++;
    io.stderr.write(`${source}:${line}: ${message}\n`);
  };
  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  const columns = await columnsFlag(values, "rollup");
  const output = stringFlag(values, "output");
  const opened = output === undefined ? undefined : await openOutput(output, file, "rollup");
  const inputs = readRecords(file, io, { format: inputFormat, what: "record", warn, sheet: stringFlag(values, "sheet"), context: { columns } });
  records: for await (const item of inputs) {
    if (item.error !== undefined) {
      reject(item.line, item.error);
      continue;
    }
    const dimValues: (string | number | boolean | undefined)[] = [];
    for (let i = 0; i < dims.length; i++) {
      const value = readPath(item.value, dimPaths[i]!);
      if (value === null || value === undefined || value === "") dimValues.push(undefined);
      else if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") dimValues.push(value);
      else {
        reject(item.line, `${dims[i]}: expected a text, number or boolean to group by, received ${Array.isArray(value) ? "an array" : "an object"}`);
        continue records;
      }
    }
    const sumValues: (number | Money | undefined)[] = [];
    for (let i = 0; i < sums.length; i++) {
      const value = readPath(item.value, sumPaths[i]!);
      if (value === null || value === undefined || value === "") {
        sumValues.push(undefined);
        continue;
      }
      const cell = typeof value === "string" ? MONEY_CELL.exec(value) : null;
      try {
        if (isMoneyLike(value)) {
          sumValues.push(money(value.amount as string, String(value.currency).toUpperCase()));
          moneyColumns[i] = true;
        } else if (cell !== null) {
          sumValues.push(money(cell[1]!, cell[2]!.toUpperCase()));
          moneyColumns[i] = true;
        } else if (typeof value === "number" && Number.isFinite(value)) {
          sumValues.push(value);
        } else if (typeof value === "string" && NUMBER.test(value)) {
          sumValues.push(Number(value));
        } else if (typeof value === "string" && GROUPED_NUMBER.test(value)) {
          sumValues.push(Number(value.replaceAll(",", "")));
        } else if (typeof value === "string" && KRW_LIKE.test(value)) {
          sumValues.push(parseKrw(value));
          moneyColumns[i] = true;
        } else {
          reject(item.line, `${sums[i]}: expected a number or an amount with its currency ("6500000 USD"), received ${JSON.stringify(value)}`);
          continue records;
        }
      } catch (error) {
        reject(item.line, `${sums[i]}: ${error instanceof Error ? error.message : String(error)}`);
        continue records;
      }
    }
    records.push({ dims: dimValues, sums: sumValues });
  }
  // a column is money as soon as one record gives money; a plain number in it is then a bad record, except that
  // whole numbers in a column of won only are won (a 매출액 column mixing 80억 and 1,250,000,000)
  const wonOnly = sums.map((_, i) => moneyColumns[i] === true && records.every((record) => { const value = record.sums[i]; return typeof value !== "object" || value.currency === "KRW"; }));
  const kept: Slim[] = [];
  for (const record of records) {
    const sumValues = record.sums as (number | Money | undefined)[];
    sumValues.forEach((value, i) => {
      if (wonOnly[i] === true && typeof value === "number" && Number.isSafeInteger(value)) sumValues[i] = money(value, "KRW");
    });
    const wrong = record.sums.findIndex((value, i) => moneyColumns[i] === true && typeof value === "number");
    if (wrong >= 0) {
      bad++;
      io.stderr.write(`${source}: ${sums[wrong]}: a plain number (${String(record.sums[wrong])}) in a money column; give its currency\n`);
    } else kept.push(record);
  }

  const dimensions: NamedDimension<Slim>[] = dims.map((name, i) => ({ name, key: (record: Slim) => record.dims[i] }));
  const measures: Record<string, MeasureSpec<Slim>> = { records: { count: true } };
  sums.forEach((name, i) => {
    measures[name] =
      moneyColumns[i] === true
        ? { sumMoney: (record: Slim) => record.sums[i] as Money | undefined, ...(currency === undefined ? {} : { currency }) }
        : { sum: (record: Slim) => record.sums[i] as number | undefined };
  });
  const rows = rollupRecords(kept, { by: dimensions, measures }) as Record<string, unknown>[];
  const tableColumns: TableColumn[] = [
    ...dims.map((key) => ({ key, title: key })),
    { key: "records", title: "records", right: true },
    ...sums.map((key) => ({ key, title: key, right: true })),
  ];
  await writeRows(opened?.stream ?? io.stdout, format, tableColumns, rows);
  await opened?.close();
  if (bad > 0) {
    io.stderr.write(`technopark: ${bad} record${bad === 1 ? " was" : "s were"} left out (bad values above)\n`);
    return 1;
  }
  return 0;
}
