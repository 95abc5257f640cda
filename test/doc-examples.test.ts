import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { asFunction, CHECKS, claimOf, instrument, instrumentTypes, sourceExamples } from "../scripts/code-blocks.mjs";

/**
 * Runs every ```ts @example in the TSDoc of src/ (scripts/code-blocks.mjs says which comments are claims and how they
 * are checked: `expression; // literal`, `// 8.72…`, `// throws CODE: message`). All the examples run from one
 * generated module (one import of src/ for all of them), each as an async function; imports of `technopark`,
 * `technopark/data` and `technopark/schemas` point at src/. scripts/check-guides.mjs type-checks the same blocks.
 */
const root = resolve(import.meta.dirname, "..");
const entryPoints: Record<string, string> = {
  technopark: "src/index.ts",
  "technopark/data": "src/data/index.ts",
  "technopark/schemas": "src/schemas/index.ts",
  "technopark/notebook": "src/notebook/index.ts",
  "technopark/sql": "src/sql/index.ts",
};

interface Example {
  readonly folder: string;
  readonly file: string;
  readonly start: number;
  readonly code: string;
}

const examples: Example[] = sourceExamples(root, "src").map((block) => ({ folder: block.file.split("/").slice(0, -1).join("/"), ...block }));

interface ExampleModule {
  readonly __checks: (failures: string[]) => unknown;
  readonly examples: readonly ((checks: unknown, console: Console) => Promise<void>)[];
}

const work = mkdtempSync(join(root, ".doc-examples-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** One module running the blocks: each block an async function taking the checks, its imports hoisted. */
async function load(blocks: readonly Pick<Example, "file" | "start" | "code">[], name: string): Promise<{ module: ExampleModule; claims: number }> {
  const namespaces = new Map<string, string>();
  const namespaceOf = (specifier: string): string => {
    if (!namespaces.has(specifier)) namespaces.set(specifier, `__m${namespaces.size}`);
    return namespaces.get(specifier)!;
  };
  let claims = 0;
  const functions = blocks.map((block) => {
    const instrumented = instrument(block.code, block.file, block.start);
    claims += instrumented.claims;
    return asFunction(instrumented.code, namespaceOf).fn;
  });
  const imports = [...namespaces].map(([specifier, ns]) => {
    const target = entryPoints[specifier];
    return `import * as ${ns} from ${JSON.stringify(target === undefined ? specifier : pathToFileURL(join(root, target)).href)};`;
  });
  const path = join(work, `${name}.ts`);
  writeFileSync(path, `${CHECKS}${imports.join("\n")}\nexport { __checks };\nexport const examples = [\n${functions.join(",\n")},\n];\n`);
  return { module: (await import(pathToFileURL(path).href)) as ExampleModule, claims };
}

/** Runs one block of a loaded module; returns its false claims. Whatever it prints is swallowed. */
async function run(module: ExampleModule, index: number): Promise<string[]> {
  const failures: string[] = [];
  const quiet = new Proxy(console, { get: (target, key) => (typeof target[key as keyof Console] === "function" ? () => undefined : target[key as keyof Console]) });
  await module.examples[index]!(module.__checks(failures), quiet);
  return failures;
}

const loaded = await load(examples, "src-examples");

describe("the harness", () => {
  it("reads literals, digits, throws and prose from comments", () => {
    expect(claimOf(' { amount: "2", currency: "KRW" } (2.5 → 2, half-even)')).toEqual({ literal: '{ amount: "2", currency: "KRW" }' });
    expect(claimOf(' false: write "1.5"')).toEqual({ literal: "false" });
    expect(claimOf(" 8.72…")).toEqual({ digits: "8.72" });
    expect(claimOf(' throws InvalidRuleError (code "INVALID_RULE"): all[0].fact: unknown fact; …')).toEqual({
      throws: { name: "InvalidRuleError", code: "INVALID_RULE", message: ["all[0].fact: unknown fact;"] },
    });
    expect(claimOf(" throws VALIDATION: caps[1]: … order")).toEqual({ throws: { code: "VALIDATION", message: ["caps[1]:", "order"] } });
    expect(claimOf(" throws")).toEqual({ throws: {} });
    expect(claimOf(" the version in force on 2022-12-08")).toBeUndefined();
    expect(claimOf(" 1 then 3")).toBeUndefined();
  });

  it("reports every false claim, with its line, and ignores prose", async () => {
    const code = [
      'import { money } from "technopark";',
      "const x: number = 1 + 1; // 3",
      "[1, 2].length; // 2",
      '"a".length; // the length (prose)',
      "Math.PI; // 3.14…",
      "Math.E; // 2.71…",
      "Math.E; // 2.7183…",
      "Math.E; // 2.73…",
      'money("1.5", "KRW"); // throws VALIDATION: amount',
      'money("1.5", "KRW"); // throws CURRENCY_MISMATCH',
      'money("1", "KRW");',
      "// throws",
      "console.log([1].length); // 2",
    ].join("\n");
    const { module, claims } = await load([{ file: "x.ts", start: 10, code }], "self-check");
    expect(claims).toBe(10);
    expect(await run(module, 0)).toEqual([
      "x.ts:11: the comment says 3, the code gives 2",
      "x.ts:17: the comment says 2.73…, the code gives 2.718281828459045",
      "x.ts:19: the comment says it throws code CURRENCY_MISMATCH, not VALIDATION",
      "x.ts:20: the comment says it throws, it does not",
      "x.ts:22: the comment says 2, the code gives 1",
    ]);
  });

  it("turns a type comment into a declaration that compiles only when the type is exactly that", () => {
    const { code, claims } = instrumentTypes('type A = Pick<{ a: 1 }, "a">; // { a: 1 }\ntype B = string; // prose, not a type\ntype C<T> = T; // T');
    expect(claims).toBe(1);
    expect(code.split("\n")[0]).toBe('type A = Pick<{ a: 1 }, "a">; const __type_0: __Exactly<A, { a: 1 }> = true; // { a: 1 }');
  });
});

const folders = [...new Set(examples.map((example) => example.folder))];

describe.each(folders)("the TSDoc examples of %s run and say true things", (folder) => {
  it.each(examples.flatMap((example, index) => (example.folder === folder ? [[`${example.file}:${example.start}`, index] as const] : [])))("%s", async (_where, index) => {
    expect(await run(loaded.module, index)).toEqual([]);
  });
});

it("every folder of src/ with code has examples, and most examples make claims", () => {
  expect(folders).toEqual(expect.arrayContaining(["src/data", "src/eligibility", "src/entities", "src/errors", "src/money", "src/rollups", "src/rules", "src/statutes", "src/time"]));
  expect(examples.length).toBeGreaterThan(250);
  expect(loaded.claims).toBeGreaterThan(240);
});
