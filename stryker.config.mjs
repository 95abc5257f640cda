// StrykerJS mutation testing (issue 17). Not part of `npm test` (too slow for the gate): run `npm run mutation`
// (every folder, one after another) or `npm run mutation -- src/money` (one folder). See docs/mutation.md.
// scripts/mutation.mjs sets MUTATION_FOLDER; `npx stryker run` without it mutates all the folders at once and
// keeps its own incremental file.
const folder = process.env.MUTATION_FOLDER;
const folders = folder === undefined ? ["money", "statutes", "time", "rules", "eligibility"] : [folder];
const out = `reports/mutation/${folder ?? "all"}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts", related: false },
  plugins: ["@stryker-mutator/vitest-runner"],
  mutate: [...folders.map((name) => `src/${name}/**/*.ts`), "!src/**/index.ts"],
  coverageAnalysis: "perTest",
  // Static mutants (module-level tables and constants) need every test of the folder rerun for each mutant,
  // 70-90 % of the run time; they are reported as ignored. `npm run mutation -- src/x --ignoreStatic false`
  // tests them too.
  ignoreStatic: true,
  // A rerun reuses the results of mutants whose code and covering tests did not change.
  incremental: true,
  incrementalFile: `${out}/incremental.json`,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: `${out}/index.html` },
  jsonReporter: { fileName: `${out}/mutation.json` },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  // The machine has two cores shared by everything on it: at most two test processes at a time.
  concurrency: 2,
  tempDirName: ".stryker-tmp",
  cleanTempDir: "always",
  thresholds: { high: 95, low: 90, break: null },
};
