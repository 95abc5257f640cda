#!/usr/bin/env node
// `npm run mutation [-- <folder>... [stryker flags]]`: runs StrykerJS on each mutation folder in turn (one folder
// per Stryker run, so a run never competes with another for the two cores). Each folder has its own incremental
// file, reports/mutation/<folder>/incremental.json, so a rerun only tests the mutants whose code or covering tests
// changed, and running one folder never drops another folder's results.
//   npm run mutation                      every folder, one after another
//   npm run mutation -- src/money         one folder (also: money, or --mutate 'src/money/**')
//   npm run mutation -- src/time --force  ignore the incremental file and test every mutant again
// Any argument starting with `--` (and the value after it, if any) goes to `stryker run` unchanged.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";

export const FOLDERS = ["money", "statutes", "time", "rules", "eligibility"];

const folders = [];
const passThrough = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === "--mutate" && i + 1 < args.length && isFolder(args[i + 1])) {
    // `--mutate 'src/money/**'` is the same as `src/money`: the folder's own tests and incremental file
    folders.push(folderOf(args[++i]));
  } else if (arg.startsWith("--")) {
    passThrough.push(arg);
    if (!arg.includes("=") && i + 1 < args.length && !args[i + 1].startsWith("--") && !isFolder(args[i + 1])) passThrough.push(args[++i]);
  } else {
    folders.push(folderOf(arg));
  }
}
function folderOf(arg) {
  return arg.replace(/^\.?\/?src\//, "").replace(/\/.*$/, "");
}
function isFolder(arg) {
  return FOLDERS.includes(folderOf(arg));
}

const unknown = folders.filter((folder) => !FOLDERS.includes(folder));
if (unknown.length > 0) {
  console.error(`mutation: unknown folder ${unknown.join(", ")}; expected one of ${FOLDERS.join(", ")}`);
  process.exit(2);
}

/** The score of a folder's last run from its JSON report: killed (and timed out) ÷ all valid mutants. */
function score(folder) {
  const file = `reports/mutation/${folder}/mutation.json`;
  if (!existsSync(file)) return undefined;
  const counts = {};
  for (const { mutants } of Object.values(JSON.parse(readFileSync(file, "utf8")).files)) {
    for (const { status } of mutants) counts[status] = (counts[status] ?? 0) + 1;
  }
  const detected = (counts.Killed ?? 0) + (counts.Timeout ?? 0);
  const undetected = (counts.Survived ?? 0) + (counts.NoCoverage ?? 0);
  return { score: (100 * detected) / (detected + undetected), counts };
}

const summary = [];
let failed = false;
for (const folder of folders.length > 0 ? folders : FOLDERS) {
  if (!existsSync(`src/${folder}`)) {
    console.log(`mutation: src/${folder} does not exist on this branch, skipped`);
    continue;
  }
  console.log(`\nmutation: src/${folder}`);
  const started = Date.now();
  const run = spawnSync("npx", ["stryker", "run", ...passThrough], { stdio: "inherit", env: { ...process.env, MUTATION_FOLDER: folder } });
  console.log(`mutation: src/${folder} took ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (run.status !== 0) failed = true;
  const result = score(folder);
  if (result !== undefined) summary.push(`src/${folder}: ${result.score.toFixed(2)} % ${JSON.stringify(result.counts)} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
if (summary.length > 0) console.log(`\nmutation scores:\n  ${summary.join("\n  ")}`);
process.exit(failed ? 1 : 0);
