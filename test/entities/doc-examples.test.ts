import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

/**
 * Runs every ```ts example in the TSDoc of src/entities, src/data and src/schemas: imports of "technopark",
 * "technopark/data" and "technopark/schemas" point at the sources, and each line `expression; // value` (or
 * `const name = expression; // value`) whose comment is a literal asserts that the expression equals it.
 */
const root = resolve(import.meta.dirname, "../..");
const folders = ["src/entities", "src/data", "src/schemas", "src/sql"];
const work = mkdtempSync(join(tmpdir(), "technopark-doc-examples-"));
mkdirSync(work, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Example {
  readonly file: string;
  readonly index: number;
  readonly code: string;
}

function examplesOf(file: string): Example[] {
  const text = readFileSync(join(root, file), "utf8");
  const examples: Example[] = [];
  let index = 0;
  for (const match of text.matchAll(/```ts\n([\s\S]*?)```/g)) {
    const code = match[1]!
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    examples.push({ file, index: index++, code });
  }
  return examples;
}

const LITERAL_KINDS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.ArrayLiteralExpression,
  ts.SyntaxKind.ObjectLiteralExpression,
  ts.SyntaxKind.PrefixUnaryExpression,
]);

/** The comment as a literal expression, or undefined when it is prose. */
function literalOf(comment: string): string | undefined {
  for (const candidate of [comment.trim(), comment.trim().replace(/\s*\([^()]*\)\s*$/, "")]) {
    if (candidate === "undefined") return candidate;
    const source = ts.createSourceFile("x.ts", `(${candidate});`, ts.ScriptTarget.ES2022, true);
    const statement = source.statements[0];
    if (source.statements.length !== 1 || statement === undefined || !ts.isExpressionStatement(statement)) continue;
    if ((source as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length > 0) continue;
    const inner = ts.isParenthesizedExpression(statement.expression) ? statement.expression.expression : statement.expression;
    if (LITERAL_KINDS.has(inner.kind)) return candidate;
  }
  return undefined;
}

function instrument(code: string): { source: string; checks: number } {
  let checks = 0;
  const lines = code.split("\n").map((line) => {
    const rewritten = line
      .replace(/from "technopark\/data"/, `from ${JSON.stringify(join(root, "src/data/index.ts"))}`)
      .replace(/from "technopark\/schemas"/, `from ${JSON.stringify(join(root, "src/schemas/index.ts"))}`)
      .replace(/from "technopark\/sql"/, `from ${JSON.stringify(join(root, "src/sql/index.ts"))}`)
      .replace(/from "technopark"/, `from ${JSON.stringify(join(root, "src/index.ts"))}`);
    const match = /^(\s*)(.*?);\s*\/\/\s*(.+)$/.exec(rewritten);
    if (match === null) return rewritten;
    const [, indent, statement, comment] = match as unknown as [string, string, string, string];
    const literal = literalOf(comment);
    if (literal === undefined || /^(?:if|for|while|return)\b/.test(statement)) return rewritten;
    const declaration = /^(?:const|let)\s+([A-Za-z_$][\w$]*)(?:\s*:[^=]+)?\s*=/.exec(statement);
    checks++;
    if (declaration !== null) return `${indent}${statement}; __check(${declaration[1]}, ${literal}, ${JSON.stringify(line.trim())});`;
    return `${indent}__check((${statement}), ${literal}, ${JSON.stringify(line.trim())});`;
  });
  const header = `const __failures: string[] = [];
function __check(actual: unknown, expected: unknown, line: string): void {
  const a = JSON.stringify(actual), e = JSON.stringify(expected);
  if (a !== e) __failures.push(line + " → " + a);
}
`;
  return { source: `${header}${lines.join("\n")}\nexport const failures = __failures;\n`, checks };
}

const examples = folders.flatMap((folder) =>
  readdirSync(join(root, folder))
    .filter((name) => name.endsWith(".ts"))
    .flatMap((name) => examplesOf(`${folder}/${name}`)),
);

describe("TSDoc examples of src/entities and src/data run and say true things", () => {
  it("there are examples to run, and many of them assert values", () => {
    expect(examples.length).toBeGreaterThan(60);
    expect(examples.reduce((n, example) => n + instrument(example.code).checks, 0)).toBeGreaterThan(60);
  });

  it("the harness reports a false claim and ignores prose comments", async () => {
    const { source, checks } = instrument('const x: number = 1 + 1; // 3\n[1, 2].length; // 2\n"a".length; // the length (prose)');
    expect(checks).toBe(2);
    const path = join(work, "self-check.ts");
    writeFileSync(path, source);
    const module = (await import(path)) as { failures: string[] };
    expect(module.failures).toEqual(["const x: number = 1 + 1; // 3 → 2"]);
  });

  it.each(examples.map((example) => [`${example.file} #${example.index}`, example] as const))("%s", async (_name, example) => {
    const { source } = instrument(example.code);
    const path = join(work, `${example.file.replaceAll("/", "_")}_${example.index}.ts`);
    writeFileSync(path, source);
    const module = (await import(path)) as { failures: string[] };
    expect(module.failures).toEqual([]);
  });
});
