#!/usr/bin/env node
// `npm run mutation [-- <folder>... [stryker flags]]`: runs StrykerJS on each mutation folder in turn (one folder
// per Stryker run, so a run never competes with another for the two cores). Each folder has its own incremental
// file, reports/mutation/<folder>/incremental.json, so a rerun only tests the mutants whose code or covering tests
// changed, and running one folder never drops another folder's results.
//   npm run mutation                      every folder, one after another
//   npm run mutation -- src/money         one folder (also: money)
//   npm run mutation -- src/time --force  ignore the incremental file and test every mutant again
// Any argument starting with `--` (and the value after it, if any) goes to `stryker run` unchanged.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

export const FOLDERS = ["money", "statutes", "time", "rules", "eligibility"];

const folders = [];
const passThrough = [];
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg.startsWith("--")) {
    passThrough.push(arg);
    if (!arg.includes("=") && i + 1 < args.length && !args[i + 1].startsWith("--") && !isFolder(args[i + 1])) passThrough.push(args[++i]);
  } else {
    folders.push(arg.replace(/^src\//, "").replace(/\/.*$/, ""));
  }
}
function isFolder(arg) {
  return FOLDERS.includes(arg.replace(/^src\//, "").replace(/\/.*$/, ""));
}

const unknown = folders.filter((folder) => !FOLDERS.includes(folder));
if (unknown.length > 0) {
  console.error(`mutation: unknown folder ${unknown.join(", ")}; expected one of ${FOLDERS.join(", ")}`);
  process.exit(2);
}

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
}
process.exit(failed ? 1 : 0);
