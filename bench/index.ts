// `npm run bench`: runs every benchmark suite (bench/*.bench.ts) in one process and prints, for each,
// a table with the measured figures and the ratios against its peers.
// Benchmarks are measurements, never tests: nothing here asserts a timing.
// `npm run bench -- money rollup` runs only the named suites.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BenchSuite } from "./suite.js";

const only = process.argv.slice(2);
const files = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith(".bench.ts"))
  .sort();
console.log(`node ${process.version} on ${process.platform}/${process.arch}; ${files.length} suites`);
for (const file of files) {
  const { suite } = (await import(pathToFileURL(join(import.meta.dirname, file)).href)) as { suite: BenchSuite };
  if (only.length > 0 && !only.includes(suite.name)) continue;
  console.log(`\n## ${suite.name}: ${suite.description}`);
  const rows = await suite.run();
  console.table(rows);
}
