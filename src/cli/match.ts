import { matchPrograms } from "../catalogue/index.js";
import { programs } from "../data/index.js";
import { Company } from "../entities/index.js";
import { explain, type ExplainLocale, type ProgramMatch } from "../eligibility/index.js";
import { asOfFlag, choiceFlag, parseCommandArgs, stringFlag } from "./args.js";
import type { CliIo } from "./io.js";
import { recordIssues } from "./issues.js";
import { OUTPUT_FORMATS, padEnd, write, type OutputFormat } from "./output.js";
import { INPUT_FORMATS, readRecords, type InputFormat } from "./read-records.js";

/** Help text of `technopark match`. */
export const MATCH_HELP = `Usage: technopark match <file|-> [options]

For every company in a CSV, JSON (array) or NDJSON file, lists the programmes it can apply for on a date:
every programme with a round (공고) open on --as-of, judged at the round's reference date (공고일 or 접수
마감일). Prints the programmes it qualifies for and those that need more facts (with the facts that would
decide them); --all adds the ineligible ones with their reasons.

Options:
  --as-of <YYYY-MM-DD>    the day of application (default: today in Asia/Seoul)
  --all                   also list the programmes the company does not qualify for
  --lang ko|en            language of the reasons (default: ko)
  --format table|json|ndjson
                          output format (default: table); ndjson prints one object per company
  --input-format csv|json|ndjson
                          input format (default: from the file extension, else sniffed)
  -h, --help              show this help

CSV headers are Company field paths (see technopark check --help), plus the facts the national programmes
ask: previousYearRevenue, headOffice.regionCode, inRegionalKeyIndustry, newIndustryField, deepTechField,
rndSpendingShare, taxArrears, inDefault, barredFromNationalRnd, largeCompanyAffiliate, suspendedOrClosed,
innovationVoucherUses, representative.birthDate, representative.hasBusinessRegistration…

Exit status: 0 when every record was matched, 1 when some records were invalid (the rest was matched),
2 for usage errors or unreadable input.
`;

const OUTCOME_LABELS: Readonly<Record<ExplainLocale, Readonly<Record<ProgramMatch["outcome"] | "invalid", string>>>> = {
  ko: { eligible: "적격", ineligible: "부적격", undetermined: "판단보류", invalid: "입력오류" },
  en: { eligible: "eligible", ineligible: "ineligible", undetermined: "undetermined", invalid: "invalid" },
};

/** One programme of one company, as printed. */
interface MatchRow {
  readonly programId: string;
  readonly outcome: ProgramMatch["outcome"];
  readonly referenceDate: string;
  readonly round?: string;
  readonly deadline?: string;
  readonly missing?: readonly string[];
  readonly reasons: readonly string[];
}

function toRow(match: ProgramMatch, lang: ExplainLocale): MatchRow {
  return {
    programId: match.programId,
    outcome: match.outcome,
    referenceDate: match.referenceDate,
    ...(match.round === undefined ? {} : { round: match.round.id, deadline: match.round.applicationPeriod.to }),
    ...(match.missing.length > 0 ? { missing: match.missing } : {}),
    reasons: explain(match, lang),
  };
}

/**
 * `technopark match <file>`: the programmes each company can apply for on a date.
 * @internal
 */
export async function match(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(
    "match",
    argv,
    {
      "as-of": { type: "string" },
      all: { type: "boolean" },
      lang: { type: "string" },
      format: { type: "string", short: "f" },
      "input-format": { type: "string" },
    },
    { min: 1, max: 1, names: "the input file (a path, or - for stdin)" },
  );
  if (values["help"] === true) {
    io.stdout.write(MATCH_HELP);
    return 0;
  }
  const asOf = asOfFlag(values, io.today, "match");
  const lang = choiceFlag<ExplainLocale>(values, "lang", ["ko", "en"], "ko", "match");
  const format = choiceFlag<OutputFormat>(values, "format", OUTPUT_FORMATS, "table", "match");
  const inputFormat = stringFlag(values, "input-format") === undefined ? undefined : choiceFlag<InputFormat>(values, "input-format", INPUT_FORMATS, "csv", "match");
  const showAll = values["all"] === true;
  const labels = OUTCOME_LABELS[lang];
  let started = false;
  let first = true;
  let companies = 0;
  let invalid = 0;
  const start = async (): Promise<void> => {
    if (started) return;
    started = true;
    if (format === "json") await write(io.stdout, `{\n  "asOf": ${JSON.stringify(asOf)},\n  "results": [\n`);
    else if (format === "table") {
      const titles = lang === "ko" ? ["줄", "ID", "결과", "프로그램", "기준일", "마감일", "사유 / 필요한 사실"] : ["line", "id", "outcome", "programme", "judged at", "deadline", "reason / facts needed"];
      await write(io.stdout, `${padEnd(titles[0]!, 6)}  ${padEnd(titles[1]!, 14)}  ${padEnd(titles[2]!, 10)}  ${padEnd(titles[3]!, 34)}  ${padEnd(titles[4]!, 10)}  ${padEnd(titles[5]!, 10)}  ${titles[6]!}\n`);
    }
  };
  const emit = async (line: number, id: string | undefined, rows: readonly MatchRow[], error?: readonly string[]): Promise<void> => {
    await start();
    companies++;
    const record = { line, id, ...(error === undefined ? { matches: rows } : { outcome: "invalid", reasons: error }) };
    if (format === "ndjson") await write(io.stdout, `${JSON.stringify(record)}\n`);
    else if (format === "json") await write(io.stdout, `${first ? "" : ",\n"}    ${JSON.stringify(record)}`);
    else if (error !== undefined) await write(io.stdout, `${padEnd(String(line), 6)}  ${padEnd(id ?? "-", 14)}  ${padEnd(labels.invalid, 10)}  ${error.join(" · ")}\n`);
    else {
      const shown = rows.length === 0 ? [undefined] : rows;
      for (const row of shown) {
        if (row === undefined) {
          await write(io.stdout, `${padEnd(String(line), 6)}  ${padEnd(id ?? "-", 14)}  ${lang === "ko" ? "신청 가능한 프로그램 없음" : "no programme to apply for"}\n`);
          continue;
        }
        const detail =
          row.outcome === "undetermined"
            ? `${lang === "ko" ? "필요" : "needs"}: ${row.missing?.join(", ") ?? ""}`
            : row.outcome === "ineligible" ? row.reasons.join(lang === "ko" ? " · " : "; ") : "";
        await write(
          io.stdout,
          `${padEnd(String(line), 6)}  ${padEnd(id ?? "-", 14)}  ${padEnd(labels[row.outcome], 10)}  ${padEnd(row.programId, 34)}  ${padEnd(row.referenceDate, 10)}  ${padEnd(row.deadline ?? "-", 10)}  ${detail}`.trimEnd() + "\n",
        );
      }
    }
    first = false;
  };

  const warn = (message: string): void => void io.stderr.write(`technopark: warning: ${message}\n`);
  for await (const item of readRecords(positionals[0]!, io, { format: inputFormat, schema: Company, what: "Company", warn })) {
    if (item.error !== undefined) {
      invalid++;
      await emit(item.line, undefined, [], [item.error]);
      continue;
    }
    const parsed = Company.safeParse(item.value, { reportInput: true });
    if (!parsed.success) {
      invalid++;
      const id = typeof (item.value as { id?: unknown } | null)?.id === "string" ? (item.value as { id: string }).id : undefined;
      await emit(item.line, id, [], recordIssues(parsed.error, "Company").map((issue) => `${issue.path}: ${issue.message}`));
      continue;
    }
    const company = parsed.data;
    const matches = matchPrograms(company, { asOf, representative: company.representative, programs });
    await emit(item.line, company.id, matches.filter((m) => showAll || m.outcome !== "ineligible").map((m) => toRow(m, lang)));
  }
  await start();
  if (format === "json") await write(io.stdout, `${first ? "" : "\n"}  ]\n}\n`);
  const summary =
    lang === "ko"
      ? `기준일 ${asOf}: 기업 ${companies}곳${invalid > 0 ? `, 입력오류 ${invalid}건` : ""}`
      : `as of ${asOf}: ${companies} compan${companies === 1 ? "y" : "ies"}${invalid > 0 ? `, ${invalid} invalid` : ""}`;
  if (format === "table") await write(io.stdout, `\n${summary}\n`);
  else io.stderr.write(`${summary}\n`);
  return invalid > 0 ? 1 : 0;
}
