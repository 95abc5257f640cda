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

const walked = new Map<ts.Node, ts.Node[]>();
/** Every node of a source file, depth first (computed once per file and cached). */
function nodes(root: ts.Node): readonly ts.Node[] {
  const cached = walked.get(root);
  if (cached !== undefined) return cached;
  const out: ts.Node[] = [];
  const stack: ts.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    const children: ts.Node[] = [];
    ts.forEachChild(node, (child) => {
      children.push(child);
    });
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  walked.set(root, out);
  return out;
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

  it("throws only TechnoparkError subclasses: new <ErrorClass>(…), a factory declared to return one, or a rethrow", () => {
    // the error classes: the five in src/errors plus any class in src/ that extends one of them
    const errorTypes = new Set(["TechnoparkError", "ValidationError", "CurrencyMismatchError", "MissingRateError", "InvalidRuleError"]);
    const classes: { name: string; base: string }[] = [];
    for (const { source } of parsed) {
      for (const node of nodes(source)) {
        if (ts.isClassDeclaration(node) && node.name !== undefined) {
          const base = node.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression.getText(source);
          if (base !== undefined) classes.push({ name: node.name.text, base });
        }
      }
    }
    for (let grown = true; grown; ) {
      grown = false;
      for (const { name, base } of classes) if (errorTypes.has(base) && !errorTypes.has(name)) grown = errorTypes.add(name) !== undefined;
    }
    // factories: functions (declarations or arrow/function constants) whose declared return type is an error class,
    // looked up in the calling file first, then among every other file's declarations of that name
    // (a factory declared `ErrorClass | undefined` is accepted on the left of `??` only)
    const factories = new Map<string, Map<string, boolean>>();
    const maybeFactories = new Map<string, Map<string, boolean>>();
    const declare = (file: string, name: string, type: ts.TypeNode | undefined, source: ts.SourceFile) => {
      const parts = type === undefined ? [] : type.getText(source).split("|").map((part) => part.trim());
      const ok = parts.length > 0 && parts.every((part) => errorTypes.has(part));
      const maybe = parts.some((part) => errorTypes.has(part)) && parts.every((part) => errorTypes.has(part) || part === "undefined");
      for (const [map, value] of [[factories, ok], [maybeFactories, maybe]] as const) {
        const inFile = map.get(file) ?? new Map<string, boolean>();
        map.set(file, inFile);
        inFile.set(name, (inFile.get(name) ?? true) && value);
      }
    };
    for (const { file, source } of parsed) {
      for (const node of nodes(source)) {
        if (ts.isFunctionDeclaration(node) && node.name !== undefined) declare(file, node.name.text, node.type, source);
        if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer))) {
          declare(file, node.name.text, node.initializer.type, source);
        }
      }
    }
    const isFactory = (file: string, name: string, map = factories): boolean => {
      const local = map.get(file)?.get(name);
      if (local !== undefined) return local;
      const elsewhere = [...map.values()].map((inFile) => inFile.get(name)).filter((ok) => ok !== undefined);
      return elsewhere.length > 0 && elsewhere.every((ok) => ok);
    };
    /**
     * Helpers that return an error to rethrow and may pass a caller's own error through unchanged (an error thrown by
     * a user-supplied callback must reach the user as it was): `atRecord` (src/rollups/errors.ts) re-locates library
     * errors at the record index and returns any other error untouched.
     */
    const rethrowHelpers = new Set(["atRecord"]);
    /** The process entry of the CLI may rethrow a stream error to end the process; it is not library code. */
    const exempt = new Set([join("src", "cli", "index.ts")]);
    const offenders: string[] = [];
    let throws = 0;
    for (const { file, source } of parsed) {
      if (exempt.has(file)) continue;
      for (const node of nodes(source)) {
        if (!ts.isThrowStatement(node) || node.expression === undefined) continue;
        throws++;
        // a thrown expression is fine when every value it can evaluate to is: `a ?? b`, `a || b` and `c ? a : b` are
        // checked on both sides
        const acceptable = (expression: ts.Expression): boolean => {
          if (ts.isParenthesizedExpression(expression)) return acceptable(expression.expression);
          if (ts.isBinaryExpression(expression) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken].includes(expression.operatorToken.kind)) {
            const left = expression.left;
            const leftMaybe = ts.isCallExpression(left) && isFactory(file, left.expression.getText(source).split(".").pop()!, maybeFactories);
            return (leftMaybe || acceptable(left)) && acceptable(expression.right);
          }
          if (ts.isConditionalExpression(expression)) return acceptable(expression.whenTrue) && acceptable(expression.whenFalse);
          if (ts.isNewExpression(expression)) return errorTypes.has(expression.expression.getText(source));
          if (ts.isCallExpression(expression)) {
            const callee = expression.expression.getText(source).split(".").pop()!;
            return isFactory(file, callee) || rethrowHelpers.has(callee);
          }
          if (ts.isIdentifier(expression)) {
            // a rethrow of the variable of an enclosing catch clause
            for (let up: ts.Node | undefined = node.parent; up !== undefined; up = up.parent) {
              if (ts.isCatchClause(up) && up.variableDeclaration?.name.getText(source) === expression.text) return true;
            }
          }
          return false;
        };
        const ok = acceptable(node.expression);
        if (!ok) offenders.push(`${where(source, node)}: ${node.getText(source).slice(0, 120)}`);
      }
    }
    expect(throws).toBeGreaterThan(50);
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
    // the CLI's process entry reads today's date once, as the default of --as-of; the library never does
    const exempt = new Set([join("src", "cli", "index.ts")]);
    const offenders: string[] = [];
    for (const { file, source } of parsed) {
      if (exempt.has(file)) continue;
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

  it("keeps no module state but two write-once caches (no top-level let/var, no top-level mutable collection)", () => {
    // Allowed, and documented where they are declared: the split fact paths of a rule (a WeakMap keyed by the
    // rule object) and explain's two Intl.NumberFormat objects (built on first use so that import does not load
    // ICU data). Neither can change a result. Everything else at module level is a const of frozen or
    // never-mutated data; the CLI (a process, not a library) is not scanned.
    const allowed = new Set(["src/rules/prepare-condition.ts: PREPARED", "src/eligibility/explain.ts: numberFormats"]);
    const found: string[] = [];
    // and the hashes of deeply frozen rules (a WeakMap keyed by the rule; freezing cannot be undone, so none goes stale)
    allowed.add("src/audit/rule-hash.ts: frozenHashes");
    for (const { file, source } of parsed) {
      if (file.startsWith(join("src", "cli"))) continue;
      for (const statement of source.statements) {
        if (!ts.isVariableStatement(statement)) continue;
        const mutable = (statement.declarationList.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== ts.NodeFlags.Const;
        for (const declaration of statement.declarationList.declarations) {
          const init = declaration.initializer?.getText(source).replace(/^\/\* @__PURE__ \*\/ /, "") ?? "";
          const collection = /^new (?:Map|Set|WeakMap|WeakSet)\b/.test(init) && !/^(?:ReadonlyMap|ReadonlySet)</.test(declaration.type?.getText(source) ?? "");
          if (mutable || collection) found.push(`${file.split("\\").join("/")}: ${declaration.name.getText(source)}`);
        }
      }
    }
    expect(found.filter((entry) => !allowed.has(entry))).toEqual([]);
    expect(found.sort()).toEqual([...allowed].sort());
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
