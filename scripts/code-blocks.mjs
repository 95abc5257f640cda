// The ```ts code blocks of the documentation, found and made checkable: used by scripts/check-guides.mjs (README and
// docs/guides, type-checked and run) and test/doc-examples.test.ts (the @example blocks of the TSDoc in src/, run).
//
// What a block claims, and how it is checked once instrumented:
// - `expression; // literal` and `const name = expression; // literal` (a string, number, boolean, null, undefined,
//   or an array/object of those) assert that the value equals the literal (compared as JSON); a parenthesised note
//   after the literal (`// "small" (120억 원 …)`) or prose after `:`/`;` (`// false: write "1.5"`) is not part of it.
// - `expression; // 8.72…`: a number shown with its leading digits; the value, rounded or cut to as many decimals,
//   must show them.
// - `statement; // throws …`, or a line `// throws …` right after the statement: the statement must throw; an error
//   class (`InvalidRuleError`), a code (`VALIDATION`, `(code "INVALID_RULE")`) and the message after `:` (its parts
//   between `…` in order) are checked when the comment gives them.
// - `console.log(expression); // literal` asserts the expression.
// - `type Name = …; // type` (a comment that parses as a type): the alias must be exactly that type, checked when the
//   block is type-checked (see instrumentTypes). Any other comment is prose and asserts nothing.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";

/** The ```ts blocks of a markdown text: their code and the line (1-based) of their first code line. */
export function markdownBlocks(text) {
  const blocks = [];
  const lines = text.split(/\r?\n/);
  let open;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = /^(\s*)(`{3,}|~{3,})\s*([^`]*)$/.exec(line);
    if (open === undefined) {
      if (fence !== null) {
        const info = fence[3].trim().split(/\s+/);
        open = { fence: fence[2], indent: fence[1].length, lang: (info[0] ?? "").toLowerCase(), flags: info.slice(1), start: i + 2, code: [] };
      }
    } else if (fence !== null && fence[2].startsWith(open.fence[0]) && fence[2].length >= open.fence.length && fence[3].trim() === "") {
      if ((open.lang === "ts" || open.lang === "typescript") && !open.flags.includes("ignore")) {
        blocks.push({ start: open.start, code: open.code.join("\n") });
      }
      open = undefined;
    } else {
      open.code.push(line.slice(Math.min(open.indent, line.length - line.trimStart().length)));
    }
  }
  if (open !== undefined) throw new Error(`unterminated code block starting on line ${open.start - 1}`);
  return blocks;
}

/** The ```ts blocks inside the `/** … *\/` comments of a source text, with the line (1-based) of their first code line. */
export function docCommentBlocks(text) {
  const blocks = [];
  for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
    const firstLine = text.slice(0, comment.index).split("\n").length;
    const body = comment[0]
      .replace(/^\/\*\*/, "")
      .replace(/\*\/$/, "")
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    for (const block of markdownBlocks(body)) blocks.push({ start: firstLine + block.start - 1, code: block.code });
  }
  return blocks;
}

/** The @example blocks of every .ts file under `dir` (e.g. "src") of `root`, by file path, with their first line. */
export function sourceExamples(root, dir) {
  const files = (folder) =>
    readdirSync(join(root, folder), { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name))
      .flatMap((entry) => (entry.isDirectory() ? files(`${folder}/${entry.name}`) : entry.name.endsWith(".ts") ? [`${folder}/${entry.name}`] : []));
  return files(dir).flatMap((file) => docCommentBlocks(readFileSync(join(root, file), "utf8")).map((block) => ({ file, ...block })));
}

/** True when the text is a literal: string, number, boolean, null, undefined, or an array/object of literals. */
function isLiteral(text) {
  const source = ts.createSourceFile("c.ts", `(${text});`, ts.ScriptTarget.ES2022, true);
  if (source.statements.length !== 1 || !ts.isExpressionStatement(source.statements[0])) return false;
  if (source.parseDiagnostics?.length > 0) return false;
  const ok = (node) => {
    if (ts.isParenthesizedExpression(node)) return ok(node.expression);
    if (ts.isStringLiteral(node) || ts.isNumericLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return true;
    if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(node.kind)) return true;
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken) return ts.isNumericLiteral(node.operand);
    if (ts.isArrayLiteralExpression(node)) return node.elements.every(ok);
    if (ts.isObjectLiteralExpression(node)) return node.properties.every((p) => ts.isPropertyAssignment(p) && ok(p.initializer));
    if (ts.isIdentifier(node) && node.text === "undefined") return true;
    return false;
  };
  return ok(source.statements[0].expression);
}

/**
 * What a `//` comment after a statement claims: `{ literal }` (the value equals it), `{ digits }` (a number shown with
 * its leading digits, `8.72…`), `{ throws: { name?, code?, message? } }`, or undefined for prose.
 */
export function claimOf(comment) {
  const text = comment.trim();
  const thrown = /^throws\b(.*)$/.exec(text);
  if (thrown !== null) {
    const head = /^(?:\s+([A-Z]\w*Error))?(?:\s*\(code\s+"([A-Z][A-Z0-9_]*)"\)|\s+([A-Z][A-Z0-9_]+)(?![\w(]))?\s*(?::\s*(.*))?$/.exec(thrown[1]);
    if (head === null) return { throws: {} };
    const message = head[4]?.split("…").map((part) => part.trim()).filter((part) => part !== "");
    return { throws: { name: head[1], code: head[2] ?? head[3], message: message?.length ? message : undefined } };
  }
  const digits = /^(-?\d+\.\d+)…(?:\s*\([^()]*\))?$/.exec(text);
  if (digits !== null) return { digits: digits[1] };
  const candidates = [text, text.replace(/\s*\([^()]*\)$/, ""), /^(.*?)[:;]\s/.exec(text)?.[1]];
  const literal = candidates.find((candidate) => candidate !== undefined && candidate !== "" && isLiteral(candidate));
  return literal === undefined ? undefined : { literal };
}

/**
 * The helpers an instrumented block calls, as source (plain JavaScript, valid TypeScript too): `__check`, `__digits`
 * and `__throws` push a line to `__failures` for every false claim, naming where the claim is.
 */
export const CHECKS = `import { isDeepStrictEqual as __equal, inspect as __inspect } from "node:util";
const __json = (value: unknown): unknown => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
const __show = (value: unknown): string => __inspect(value, { depth: 6, breakLength: Infinity });
function __checks(__failures: string[]) {
  const __check = (actual: unknown, expected: unknown, where: string): void => {
    const same = typeof actual === "number" && !Number.isFinite(actual) ? Object.is(actual, expected) : __equal(__json(actual), __json(expected));
    if (!same) __failures.push(\`\${where}: the comment says \${__show(expected)}, the code gives \${__show(actual)}\`);
  };
  const __digits = (actual: unknown, shown: string, where: string): void => {
    const decimals = shown.length - shown.indexOf(".") - 1;
    const truncated = typeof actual === "number" ? (Math.trunc(actual * 10 ** decimals) / 10 ** decimals).toFixed(decimals) : undefined;
    if (typeof actual !== "number" || (actual.toFixed(decimals) !== shown && truncated !== shown)) __failures.push(\`\${where}: the comment says \${shown}…, the code gives \${__show(actual)}\`);
  };
  const __thrown = (error: any, expected: { name?: string; code?: string; message?: string[] }, where: string): void => {
    const problems: string[] = [];
    if (expected.name !== undefined && error?.name !== expected.name) problems.push(\`a \${expected.name}, not a \${error?.name}\`);
    if (expected.code !== undefined && error?.code !== expected.code) problems.push(\`code \${expected.code}, not \${error?.code}\`);
    const message = String(error?.message ?? error);
    let from = 0;
    for (const part of expected.message ?? []) {
      const at = message.indexOf(part, from);
      if (at < 0) { problems.push(\`a message with \${JSON.stringify(part)}: \${JSON.stringify(message)}\`); break; }
      from = at + part.length;
    }
    if (problems.length > 0) __failures.push(\`\${where}: the comment says it throws \${problems.join(" and ")}\`);
  };
  const __throws = (run: () => unknown, expected: { name?: string; code?: string; message?: string[] }, where: string): unknown => {
    let result: unknown;
    try {
      result = run();
    } catch (error) {
      __thrown(error, expected, where);
      return undefined;
    }
    if (result instanceof Promise) return result.then(() => void __failures.push(\`\${where}: the comment says it throws, it does not\`), (error) => __thrown(error, expected, where));
    __failures.push(\`\${where}: the comment says it throws, it does not\`);
    return undefined;
  };
  return { __check, __digits, __throws };
}
`;

/** The comment after the last character of a node on its line (`// …`), or the `// throws …` line below it. */
function commentAfter(code, end) {
  const lineEnd = code.indexOf("\n", end);
  const rest = code.slice(end, lineEnd < 0 ? code.length : lineEnd);
  const same = /^\s*\/\/(.*)$/.exec(rest);
  if (same !== null) return same[1];
  if (rest.trim() !== "" || lineEnd < 0) return undefined;
  const nextEnd = code.indexOf("\n", lineEnd + 1);
  const below = /^\s*\/\/\s*(throws\b.*)$/.exec(code.slice(lineEnd + 1, nextEnd < 0 ? code.length : nextEnd));
  return below === null ? undefined : below[1];
}

function containsAwait(node) {
  if (ts.isAwaitExpression(node) || (ts.isForOfStatement(node) && node.awaitModifier !== undefined)) return true;
  if (ts.isFunctionLike(node)) return false;
  return ts.forEachChild(node, containsAwait) ?? false;
}

/**
 * The block with each claim of its comments turned into a call of the {@link CHECKS} helpers, each naming
 * `${file}:${line}` (the line in the file the block is in, `start` being the line of its first code line).
 * Returns the code and how many claims it checks.
 */
export function instrument(code, file, start) {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  let claims = 0;
  const visit = (node) => {
    const inList = ts.isSourceFile(node.parent) || ts.isBlock(node.parent) || ts.isModuleBlock(node.parent) || ts.isCaseOrDefaultClause(node.parent);
    if (inList && ts.isStatement(node) && !ts.isDeclarationStatement(node) && !ts.isImportDeclaration(node)) {
      const comment = commentAfter(code, node.end);
      const claim = comment === undefined ? undefined : claimOf(comment);
      if (claim !== undefined && (claim.throws !== undefined || ts.isExpressionStatement(node) || ts.isVariableStatement(node))) {
        const where = JSON.stringify(`${file}:${start + source.getLineAndCharacterOfPosition(node.end).line}`);
        const text = code.slice(node.getStart(source), node.end);
        if (claim.throws !== undefined) {
          const awaits = containsAwait(node);
          const run = `${awaits ? "async " : ""}() => { ${text} }`;
          edits.push([node.getStart(source), node.end, `${ts.isSourceFile(node.parent) ? "await " : ""}__throws(${run}, ${JSON.stringify(claim.throws)}, ${where});`]);
          claims++;
        } else {
          let value;
          if (ts.isExpressionStatement(node)) {
            const expression = node.expression;
            const logged = ts.isCallExpression(expression) && expression.getText(source).startsWith("console.log(") && expression.arguments.length === 1;
            value = (logged ? expression.arguments[0] : expression).getText(source);
          } else {
            const declarations = node.declarationList.declarations;
            if (declarations.length === 1 && ts.isIdentifier(declarations[0].name) && declarations[0].initializer !== undefined) value = declarations[0].name.text;
          }
          if (value !== undefined) {
            const call = claim.digits !== undefined ? `__digits(${value}, ${JSON.stringify(claim.digits)}, ${where})` : `__check(${value}, ${claim.literal}, ${where})`;
            if (ts.isExpressionStatement(node)) edits.push([node.getStart(source), node.end, `${call};`]);
            else edits.push([node.end, node.end, ` ${call};`]);
            claims++;
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  ts.forEachChild(source, visit);
  let result = code;
  for (const [from, to, text] of edits.sort((a, b) => b[0] - a[0])) result = result.slice(0, from) + text + result.slice(to);
  return { code: result, claims };
}

/** True when the text parses as a type (`number`, `"a" | "b"`, `{ deals: number; value: Money }`). */
function isType(text) {
  const source = ts.createSourceFile("t.ts", `type __T = ${text};`, ts.ScriptTarget.ES2022, true);
  return source.parseDiagnostics?.length === 0 && source.statements.length === 1 && ts.isTypeAliasDeclaration(source.statements[0]);
}

/** The type helpers instrumentTypes uses: `__Exactly<A, B>` is `true` only when A and B are the same type. */
export const TYPE_CHECKS = `type __Exactly<A, B> = (<T>() => T extends A ? 1 : 2) extends (<T>() => T extends B ? 1 : 2) ? true : false;
`;

/**
 * The block with each `type Name = …; // type` claim followed (on the same line, so lines keep their numbers) by a
 * declaration that does not compile unless the alias is exactly that type. Needs {@link TYPE_CHECKS} in scope.
 */
export function instrumentTypes(code) {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const edits = [];
  for (const node of source.statements) {
    if (!ts.isTypeAliasDeclaration(node) || node.typeParameters !== undefined) continue;
    const comment = commentAfter(code, node.end)?.trim();
    if (comment === undefined || comment.startsWith("throws") || !isType(comment)) continue;
    edits.push([node.end, ` const __type_${edits.length}: __Exactly<${node.name.text}, ${comment}> = true;`]);
  }
  let result = code;
  for (const [at, text] of edits.reverse()) result = result.slice(0, at) + text + result.slice(at);
  return { code: result, claims: edits.length };
}

/**
 * An instrumented block as the body of an async function, its imports hoisted: returns the module specifiers it
 * imports (each to be bound to a namespace import named by `namespaceOf(specifier)`) and the function's source,
 * which takes `(__checks, console)`. Type-only imports are dropped, so many blocks can share one module.
 */
export function asFunction(code, namespaceOf) {
  const source = ts.createSourceFile("block.ts", code, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const specifiers = [];
  const bindings = [];
  let body = code;
  for (const statement of [...source.statements].reverse()) {
    if (!ts.isImportDeclaration(statement)) continue;
    body = body.slice(0, statement.getStart(source)) + body.slice(statement.end);
    const clause = statement.importClause;
    const specifier = statement.moduleSpecifier.text;
    if (clause?.isTypeOnly) continue;
    specifiers.push(specifier);
    const ns = namespaceOf(specifier);
    if (clause?.name !== undefined) bindings.push(`const ${clause.name.text} = ${ns}.default;`);
    const named = clause?.namedBindings;
    if (named !== undefined && ts.isNamespaceImport(named)) bindings.push(`const ${named.name.text} = ${ns};`);
    if (named !== undefined && ts.isNamedImports(named)) {
      const values = named.elements.filter((element) => !element.isTypeOnly);
      if (values.length > 0) bindings.push(`const { ${values.map((e) => (e.propertyName === undefined ? e.name.text : `${e.propertyName.text}: ${e.name.text}`)).join(", ")} } = ${ns};`);
    }
  }
  const fn = `async ({ __check, __digits, __throws }: ReturnType<typeof __checks>, console: Console): Promise<void> => {\n${bindings.reverse().join(" ")}\n${body}\n}`;
  return { specifiers: [...new Set(specifiers)], fn };
}
