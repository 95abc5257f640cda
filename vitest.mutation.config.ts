// The vitest configuration StrykerJS runs (stryker.config.mjs): the main one, narrowed to the tests that belong
// to the folder under mutation, so a folder's score says what its own tests catch and a static mutant does not
// rerun the whole suite (CLI processes, data, rollups). MUTATION_FOLDER is set by scripts/mutation.mjs.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "./vitest.config.js";

/** Test files per mutated folder: the folder's own tests and the hardening properties aimed at it. */
export const MUTATION_TESTS: Readonly<Record<string, readonly string[]>> = {
  money: ["test/money/**/*.test.ts", "test/hardening/money.property.test.ts"],
  statutes: ["test/statutes/**/*.test.ts"],
  time: ["test/time/**/*.test.ts", "test/hardening/as-of.property.test.ts"],
  // the rules core's own tests only: the hardening suites' million-node rules would add seconds to every mutant
  rules: ["test/rules/**/*.test.ts", "test/eligibility/**/*.test.ts"],
  eligibility: ["test/eligibility/**/*.test.ts", "test/rules/**/*.test.ts"],
};

const folder = process.env.MUTATION_FOLDER;
const include = folder === undefined ? undefined : MUTATION_TESTS[folder];
if (folder !== undefined && include === undefined) throw new Error(`MUTATION_FOLDER: unknown folder ${folder}`);

// Spread, not mergeConfig: mergeConfig would append to the base `include` instead of replacing it.
// isolate: false keeps the module graph between test files of a run (the instrumented code reads the active
// mutant on every call, so sharing modules is safe): it halves the time of each mutant run.
// fast-check is swapped for test/mutation/fast-check.ts: at most MUTATION_NUM_RUNS (30) runs per property, fixed seed.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    isolate: false,
    alias: [{ find: /^fast-check$/, replacement: fileURLToPath(new URL("./test/mutation/fast-check.ts", import.meta.url)) }],
    ...(include === undefined ? {} : { include: [...include] }),
  },
});
