import { defineConfig } from "tsup";

const shared = {
  dts: true,
  sourcemap: true,
  splitting: true,
  treeshake: true,
  target: "node20",
  platform: "node",
  outDir: "dist",
} as const;

export default defineConfig([
  // the library: ESM + CJS, each format sharing one copy of internal modules between its entry points
  { ...shared, entry: { index: "src/index.ts", "schemas/index": "src/schemas/index.ts", "data/index": "src/data/index.ts", "notebook/index": "src/notebook/index.ts", "sql/index": "src/sql/index.ts" }, format: ["esm", "cjs"], clean: true },
  // the command line: ESM only (it is run, never imported), and the worker threads of `check`
  { ...shared, entry: { "cli/index": "src/cli/index.ts", "cli/check-worker": "src/cli/check-worker.ts" }, format: ["esm"], dts: false, clean: false },
]);
