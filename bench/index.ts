// `npm run bench`: runs every benchmark suite in one process and prints a table of ratios against its peers.
// Benchmarks are measurements, never tests: nothing here asserts a timing.
import { suites } from "./suites.js";

const only = process.argv.slice(2);
for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n## ${suite.name}: ${suite.description}`);
  const rows = await suite.run();
  console.table(rows);
}
