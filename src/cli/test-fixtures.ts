import { readFile } from "node:fs/promises";
import type { Document, LineCounter } from "yaml";
import { runFixture } from "../catalogue/index.js";
import { Company } from "../entities/index.js";
import { formatPath } from "../errors/format.js";
import { isTechnoparkError, type FieldPath } from "../errors/technopark-error.js";
import type { FixtureReport } from "../eligibility/index.js";
import { choiceFlag, parseCommandArgs } from "./args.js";
import type { CliIo } from "./io.js";
import { recordIssues } from "./issues.js";
import { lineOfJsonError } from "./json-lines.js";
import { write } from "./output.js";
import { describeSystemError } from "./read-records.js";

/** Help text of `technopark test`. */
export const TEST_HELP = `Usage: technopark test <file…> [options]

Runs fixture files — test cases for a programme or a rule, like OpenFisca's YAML tests — and prints every
failing case by name with what it expected and what came out.

A fixture is JSON or YAML (.yaml, .yml; anything else is read as JSON):

  program: early-startup-package        # or  rule: { all: [ { fact, op, value }, … ] }
  cases:
    - name: founded the day after the anniversary
      asOf: 2026-02-01                  # the day of application; rounds judge at their reference date
      company: { foundedOn: 2023-01-23, ksic: C29, … }
      representative: { birthDate: 1990-05-01 }
      expect:
        outcome: eligible               # eligible | ineligible | undetermined
        missing: [company.taxArrears]   # optional, as a set
        reasons: { ko: ["…"] }          # optional, each line must be among the explanations

A case's company is checked against the Company schema (id and name default to the case's name).

Options:
  --format table|json   output format (default: table)
  -h, --help            show this help

Exit status: 0 when every case passes, 1 when any fails, 2 when a file cannot be read (not JSON/YAML, a
malformed fixture or an invalid company: the file, line and field path are printed).
`;

/** Why a fixture file cannot be run: `<file>:<line>: <what is wrong>`. */
type Unreadable = { readonly unreadable: string };

function lineOf(doc: Document.Parsed | undefined, counter: LineCounter, path: FieldPath): number | undefined {
  if (doc === undefined) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range !== undefined) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

/** The `yaml` package, loaded by `technopark test` only (its modules take a good part of every command's start). */
type Yaml = typeof import("yaml");

/** Parses a fixture file: YAML by extension, otherwise JSON; both keep a YAML document for line numbers. */
function parseFixtureText(yaml: Yaml, file: string, text: string): { value: unknown; doc: Document.Parsed | undefined; counter: LineCounter } | Unreadable {
  const { LineCounter, parseDocument } = yaml;
  const counter = new LineCounter();
  const source = text.replace(/^\uFEFF/, "");
  const isYaml = /\.ya?ml$/i.test(file);
  if (!isYaml) {
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " ");
      const line = lineOfJsonError(source, message);
      return { unreadable: `${file}:${line ?? 1}: not valid JSON (${message.replace(/\s*\(line \d+ column \d+\)$/, "")})` };
    }
    const doc = parseDocument(source, { lineCounter: counter });
    return { value, doc: doc.errors.length === 0 ? doc : undefined, counter };
  }
  const doc = parseDocument(source, { lineCounter: counter, merge: true, prettyErrors: false, uniqueKeys: true });
  const problem = doc.errors[0];
  if (problem !== undefined) {
    const line = problem.linePos?.[0].line ?? counter.linePos(problem.pos[0]).line;
    return { unreadable: `${file}:${line}: not valid YAML (${problem.message.split("\n")[0]})` };
  }
  return { value: doc.toJS({ maxAliasCount: 1000 }), doc, counter };
}

/** Checks every case's company against the Company schema (id and name defaulting to the case name). */
function checkCompanies(file: string, value: unknown, doc: Document.Parsed | undefined, counter: LineCounter): Unreadable | undefined {
  const cases = typeof value === "object" && value !== null ? (value as { cases?: unknown }).cases : undefined;
  if (!Array.isArray(cases)) return undefined; // runFixture names the problem
  for (const [i, item] of (cases as unknown[]).entries()) {
    if (typeof item !== "object" || item === null) continue;
    const { company, name } = item as { company?: unknown; name?: unknown };
    if (typeof company !== "object" || company === null || Array.isArray(company)) continue;
    const label = typeof name === "string" && name !== "" ? name : `case ${i}`;
    const parsed = Company.safeParse({ id: label, name: { ko: label }, ...company }, { reportInput: true });
    if (parsed.success) continue;
    const issue = recordIssues(parsed.error, "Company")[0]!;
    const path: FieldPath = ["cases", i, "company", ...(issue.path === "(root)" ? [] : issue.path.split(/\.|\[(\d+)\]/).filter((s) => s !== undefined && s !== "").map((s) => (/^\d+$/.test(s) ? Number(s) : s)))];
    return { unreadable: `${file}:${lineOf(doc, counter, path) ?? 1}: ${formatPath(path)}: ${issue.message} (not a valid Company)` };
  }
  return undefined;
}

async function runFile(yaml: Yaml, file: string): Promise<{ report: FixtureReport; lineOfCase: (index: number) => number | undefined } | Unreadable> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return { unreadable: `${file}: ${describeSystemError(error)}` };
  }
  const parsed = parseFixtureText(yaml, file, text);
  if ("unreadable" in parsed) return parsed;
  const { value, doc, counter } = parsed;
  const badCompany = checkCompanies(file, value, doc, counter);
  if (badCompany !== undefined) return badCompany;
  try {
    return { report: runFixture(value), lineOfCase: (index) => lineOf(doc, counter, ["cases", index]) };
  } catch (error) {
    if (!isTechnoparkError(error)) throw error;
    return { unreadable: `${file}:${lineOf(doc, counter, error.path) ?? 1}: ${error.message}` };
  }
}

/**
 * `technopark test <files…>`: runs fixture files; exit 0 all pass, 1 any fails, 2 any unreadable.
 * @internal
 */
export async function testFixtures(argv: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs("test", argv, { format: { type: "string", short: "f" } }, { min: 1, max: Number.POSITIVE_INFINITY, names: "fixture files" });
  if (values["help"] === true) {
    io.stdout.write(TEST_HELP);
    return 0;
  }
  const format = choiceFlag<"table" | "json">(values, "format", ["table", "json"], "table", "test");
  let unreadable = 0;
  let failed = 0;
  let total = 0;
  const reports: { file: string; report?: FixtureReport; error?: string }[] = [];
  const yaml = await import("yaml");
  for (const file of positionals) {
    const outcome = await runFile(yaml, file);
    if ("unreadable" in outcome) {
      unreadable++;
      io.stderr.write(`technopark test: ${outcome.unreadable}\n`);
      reports.push({ file, error: outcome.unreadable });
      continue;
    }
    const { report, lineOfCase } = outcome;
    total += report.total;
    failed += report.failed;
    reports.push({ file, report });
    if (format === "table") {
      const lines = [`${file}: ${report.total} case${report.total === 1 ? "" : "s"}, ${report.passed} passed, ${report.failed} failed`];
      for (const result of report.cases) {
        if (result.passed) continue;
        const line = lineOfCase(result.index);
        const judged = result.actual.referenceDate === undefined ? "" : ` (judged at ${result.actual.referenceDate})`;
        lines.push(`  ✗ ${file}${line === undefined ? "" : `:${line}`}: case ${JSON.stringify(result.name)}${judged}`);
        for (const problem of result.problems) lines.push(`      ${problem}`);
        if (result.actual.reasons.ko.length > 0) lines.push(`      actual reasons: ${result.actual.reasons.ko.join(" · ")}`);
      }
      await write(io.stdout, `${lines.join("\n")}\n`);
    }
  }
  if (format === "json") {
    await write(io.stdout, `${JSON.stringify({ files: reports, total, passed: total - failed, failed, unreadable }, null, 2)}\n`);
  } else {
    await write(io.stdout, `\n${positionals.length} file${positionals.length === 1 ? "" : "s"}, ${total} case${total === 1 ? "" : "s"}: ${total - failed} passed, ${failed} failed${unreadable > 0 ? `, ${unreadable} file${unreadable === 1 ? "" : "s"} unreadable` : ""}\n`);
  }
  return unreadable > 0 ? 2 : failed > 0 ? 1 : 0;
}
