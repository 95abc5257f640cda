import { build } from "esbuild";
import { describe, expect, it } from "vitest";

/** Every import the bundle of an entry point makes of a package, with its kind (`import-statement`, `dynamic-import`). */
async function packageImports(entry: string): Promise<{ path: string; kind: string }[]> {
  const result = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: "node", format: "esm", packages: "external", logLevel: "silent" });
  return Object.values(result.metafile.inputs).flatMap((input) => input.imports.filter((imported) => imported.external === true).map(({ path, kind }) => ({ path, kind })));
}

describe("the .xlsx libraries are loaded only when a workbook is read or written", () => {
  it.each(["src/index.ts", "src/schemas/index.ts", "src/data/index.ts"])("%s never imports them", async (entry) => {
    const imports = await packageImports(entry);
    expect(imports.filter(({ path }) => /excel-file/.test(path))).toEqual([]);
  });

  it("the CLI imports them dynamically only", async () => {
    const imports = (await packageImports("src/cli/main.ts")).filter(({ path }) => /excel-file/.test(path));
    expect(new Set(imports.map(({ path }) => path))).toEqual(new Set(["read-excel-file/node", "write-excel-file/node", "write-excel-file/utility"]));
    expect(imports.every(({ kind }) => kind === "dynamic-import")).toBe(true);
  });
});
