import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");

describe("technopark/data stays cheap to import", () => {
  it("does not pull in the entity schema modules (records are validated by tests, not at import)", async () => {
    const result = await build({
      entryPoints: [resolve(root, "src/data/index.ts")],
      bundle: true,
      write: false,
      metafile: true,
      format: "esm",
      platform: "node",
      external: ["zod", "decimal.js", "date-fns", "@date-fns/tz"],
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs).map((path) => path.replace(/^.*?src\//, "src/"));
    const entities = inputs.filter((path) => path.startsWith("src/entities/")).sort();
    expect(entities).toEqual(["src/entities/membership.ts", "src/entities/partial-date-bounds.ts", "src/entities/region-codes.ts", "src/entities/region-lookup.ts"]);
    expect(inputs.some((path) => path.startsWith("src/money/"))).toBe(false);
  });
});
