// Static audits of src/: the house rules that keep the package safe as a dual ESM/CJS package and keep its
// errors typed. They read the source text (and, for `throw`, the TypeScript types), so they fail the moment
// someone adds an `instanceof` on one of our classes or a bare `throw new Error(...)`.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const srcDir = join(root, "src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : []))
    .sort();
}

const files = sourceFiles(srcDir);
const parsed = files.map((file) => ({
  file: relative(root, file),
  source: ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS),
}));

/** Every node of a source file, depth first. */
function* nodes(node: ts.Node): Generator<ts.Node> {
  yield node;
  for (const child of node.getChildren()) yield* nodes(child);
}

function where(source: ts.SourceFile, node: ts.Node): string {
  const { line } = source.getLineAndCharacterOfPosition(node.getStart());
  return `${relative(root, source.fileName)}:${line + 1}`;
}

/**
 * Built-in constructors whose `instanceof` is safe in a dual package: they are the same object for the ESM and
 * the CJS copy of this library (one realm). Our own classes (TechnoparkError and subclasses) and dependency
 * classes (ZodError, Decimal) exist once per copy, so `instanceof` on them is refused.
 */
const BUILT_INS = new Set(["Date", "Map", "Set", "WeakMap", "WeakSet", "Array", "ArrayBuffer", "Uint8Array", "RegExp", "Promise", "Error"]);

describe("source scan of src/ (dual-package safety and typed errors)", () => {
  it("finds the source files (a scan of nothing proves nothing)", () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.map((file) => relative(root, file))).toContain(join("src", "errors", "technopark-error.ts"));
  });

  it("uses instanceof only on built-in constructors, never on our own or dependency classes", () => {
    const offenders: string[] = [];
    for (const { source } of parsed) {
      for (const node of nodes(source)) {
        if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword) {
          const right = node.right.getText(source);
          if (!BUILT_INS.has(right)) offenders.push(`${where(source, node)}: ${node.getText(source)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("never throws a bare built-in error (Error, TypeError, RangeError, …)", () => {
    const offenders: string[] = [];
    const bare = /^(?:new\s+)?(?:Error|TypeError|RangeError|SyntaxError|ReferenceError|EvalError|URIError|AggregateError)\s*\(/;
    for (const { source } of parsed) {
      for (const node of nodes(source)) {
        if (ts.isThrowStatement(node) && node.expression !== undefined && bare.test(node.expression.getText(source))) {
          offenders.push(`${where(source, node)}: ${node.getText(source).slice(0, 120)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("throws only TechnoparkError subclasses (checked with the TypeScript type of every thrown expression)", () => {
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    });
    const checker = program.getTypeChecker();
    const errorFile = program.getSourceFile(join(srcDir, "errors", "technopark-error.ts"));
    expect(errorFile).toBeDefined();
    let base: ts.Type | undefined;
    for (const statement of errorFile!.statements) {
      if (ts.isClassDeclaration(statement) && statement.name?.text === "TechnoparkError") {
        base = checker.getTypeAtLocation(statement);
      }
    }
    expect(base).toBeDefined();
    const offenders: string[] = [];
    let throws = 0;
    for (const file of files) {
      const source = program.getSourceFile(file)!;
      for (const node of nodes(source)) {
        if (!ts.isThrowStatement(node) || node.expression === undefined) continue;
        throws++;
        const type = checker.getTypeAtLocation(node.expression);
        if (type.flags & ts.TypeFlags.Never) continue; // a call that never returns throws by itself
        if (!checker.isTypeAssignableTo(type, base!) || type.flags & ts.TypeFlags.Any) {
          offenders.push(`${where(source, node)}: throw of ${checker.typeToString(type)}: ${node.getText(source).slice(0, 120)}`);
        }
      }
    }
    expect(throws).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });

  it("never evaluates code from strings (no eval, no new Function)", () => {
    const offenders: string[] = [];
    for (const { source } of parsed) {
      for (const node of nodes(source)) {
        if ((ts.isCallExpression(node) || ts.isNewExpression(node)) && ["eval", "Function"].includes(node.expression.getText(source))) {
          offenders.push(`${where(source, node)}: ${node.getText(source).slice(0, 80)}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("never reads the clock (dates are always arguments): no Date.now(), no argument-less new Date()", () => {
    const offenders: string[] = [];
    for (const { source } of parsed) {
      for (const node of nodes(source)) {
        const text = ts.isCallExpression(node) || ts.isNewExpression(node) ? node.getText(source) : "";
        if (/^Date\.now\s*\(/.test(text) || /^performance\.now\s*\(/.test(text)) offenders.push(`${where(source, node)}: ${text}`);
        if (ts.isNewExpression(node) && node.expression.getText(source) === "Date" && (node.arguments?.length ?? 0) === 0) {
          offenders.push(`${where(source, node)}: ${text}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it("uses decimal.js only through a private Decimal.clone(), never the shared global constructor", () => {
    const offenders: string[] = [];
    let users = 0;
    for (const { source } of parsed) {
      let local: string | undefined;
      for (const statement of source.statements) {
        if (ts.isImportDeclaration(statement) && (statement.moduleSpecifier as ts.StringLiteral).text === "decimal.js") {
          const bindings = statement.importClause?.namedBindings;
          if (bindings !== undefined && ts.isNamedImports(bindings)) {
            for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === "Decimal") local = element.name.text;
          }
          if (statement.importClause?.name !== undefined) local = statement.importClause.name.text;
        }
      }
      if (local === undefined) continue;
      users++;
      for (const node of nodes(source)) {
        if (ts.isNewExpression(node) && node.expression.getText(source) === local) offenders.push(`${where(source, node)}: new ${local}(...) uses the global constructor; use a Decimal.clone()`);
        if (ts.isCallExpression(node)) {
          const callee = node.expression.getText(source);
          if (callee === local) offenders.push(`${where(source, node)}: ${local}(...) uses the global constructor`);
          if (callee === `${local}.set` || callee === `${local}.config`) offenders.push(`${where(source, node)}: ${callee}(...) changes the global constructor shared with the application`);
        }
      }
    }
    expect(users).toBeGreaterThan(0);
    expect(offenders).toEqual([]);
  });
});
