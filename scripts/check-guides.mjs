#!/usr/bin/env node
// Type-checks every ```ts code block of docs/guides/*.md and README.md, so the documentation never shows
// code that does not compile. Each block becomes its own module in a temporary folder inside the repo,
// checked by `tsc --noEmit` with the repo's compiler options and with `technopark` / `technopark/data` / `technopark/schemas`
// mapped to src/ (so the blocks are checked against the code as it is, before any build). A block whose
// info string is `ts ignore` (or any language other than ts/typescript) is skipped. Errors are reported
// as <markdown file>:<line>, the line inside the guide. Then every block is run (all in one tsx process, against
// src/): it must not throw, and each line `expression; // literal` or `const name = expression; // literal` whose
// comment is a plain literal (string, number, boolean, null, array or object of literals) asserts that the value
// equals it — so the values the guides show are the values the code gives. `--no-run` only type-checks.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

const root = resolve(import.meta.dirname, "..");
const guidesDir = join(root, "docs", "guides");
const files = [
  ...(existsSync(join(root, "README.md")) ? [join(root, "README.md")] : []),
  ...(existsSync(guidesDir) ? readdirSync(guidesDir).filter((name) => name.endsWith(".md")).sort().map((name) => join(guidesDir, name)) : []),
];

/** The ```ts blocks of a markdown text: their code and the line (1-based) of their first code line. */
export function extractBlocks(text) {
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


/** True when the text is a literal (string, number, boolean, null, or an array/object of literals). */
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

const ASSERT = `import { isDeepStrictEqual as __equal, inspect as __inspect } from "node:util";
const __assert = (actual: unknown, expected: unknown, where: string): void => {
  if (!__equal(JSON.parse(JSON.stringify(actual ?? null)), JSON.parse(JSON.stringify(expected ?? null)))) {
    throw new Error(\`\${where}: the guide says \${__inspect(expected, { depth: 6 })}, the code gives \${__inspect(actual, { depth: 6 })}\`);
  }
};
`;

/** The block as run: each `expression; // literal` line becomes an assertion. */
function instrument(code, file, start) {
  let asserts = 0;
  const lines = code.split("\n").map((line, i) => {
    const match = /^(\s*)(?:(?:const|let) (\w+)(?::[^=]+)? = )?(.+?);\s*\/\/\s*(.+?)\s*$/.exec(line);
    if (match === null) return line;
    const [, indent, name, expression, comment] = match;
    if (/^(?:for|if|while|return|import|export|throw|type|interface|function|class|try|catch|else|var|console)\b/.test(expression.trim()) || !isLiteral(comment)) return line;
    asserts++;
    const where = JSON.stringify(`${file}:${start + i}`);
    return name === undefined ? `${indent}__assert(${expression}, ${comment}, ${where});` : `${line}\n${indent}__assert(${name}, ${comment}, ${where});`;
  });
  return { code: `${ASSERT}${lines.join("\n")}\nexport {};\n`, asserts };
}

const work = mkdtempSync(join(root, ".check-guides-"));
let failed = false;
try {
  const origin = new Map(); // temp file name -> { file, start }
  let count = 0;
  for (const file of files) {
    let blocks;
    try {
      blocks = extractBlocks(readFileSync(file, "utf8"));
    } catch (error) {
      console.error(`${relative(root, file)}: ${error.message}`);
      failed = true;
      continue;
    }
    const stem = relative(root, file).replace(/[^A-Za-z0-9]+/g, "-").toLowerCase();
    blocks.forEach((block, index) => {
      const name = `${stem}-${String(index + 1).padStart(2, "0")}.mts`;
      // `export {}` makes every block a module of its own, so blocks may reuse names and use top-level await
      writeFileSync(join(work, name), `${block.code}\nexport {};\n`);
      origin.set(name, { file: relative(root, file), start: block.start, code: block.code });
      count++;
    });
  }
  const base = relative(work, join(root, "tsconfig.json"));
  const src = (path) => [relative(work, join(root, path))];
  writeFileSync(
    join(work, "tsconfig.json"),
    JSON.stringify(
      {
        extends: base,
        compilerOptions: {
          noEmit: true,
          allowImportingTsExtensions: true,
          noUnusedLocals: false,
          noUnusedParameters: false,
          paths: {
            technopark: src("src/index.ts"),
            "technopark/data": src("src/data/index.ts"),
            "technopark/schemas": src("src/schemas/index.ts"),
            "technopark/sql": src("src/sql/index.ts"),
            "npm:technopark": src("src/index.ts"),
            "npm:technopark/data": src("src/data/index.ts"),
            "npm:technopark/schemas": src("src/schemas/index.ts"),
          },
        },
        include: ["*.mts"],
        exclude: ["run"],
      },
      null,
      2,
    ),
  );
  if (count === 0) {
    console.log("check-guides: no ts code blocks found");
  } else {
    try {
      execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", join(work, "tsconfig.json"), "--pretty", "false"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      console.log(`check-guides: ${count} code blocks in ${files.length} files type-check`);
      if (!process.argv.includes("--no-run")) {
        // run every block in one process, in order, with its literal comments turned into assertions
        let asserts = 0;
        const runDir = join(work, "run");
        mkdirSync(runDir);
        for (const [name, where] of origin) {
          const instrumented = instrument(where.code, where.file, where.start);
          asserts += instrumented.asserts;
          writeFileSync(join(runDir, name), instrumented.code);
        }
        const runner = [...origin.keys()]
          .map((name) => `try { await import(${JSON.stringify(pathToFileURL(join(runDir, name)).href)}); } catch (error) { failures++; console.error(${JSON.stringify(`${origin.get(name).file}:${origin.get(name).start}`)} + ": " + (error instanceof Error ? error.message : String(error))); }`)
          .join("\n");
        writeFileSync(join(runDir, "run.mts"), `let failures = 0;\n${runner}\nprocess.exitCode = failures > 0 ? 1 : 0;\nexport {};\n`);
        try {
          execFileSync(join(root, "node_modules", ".bin", "tsx"), ["--tsconfig", join(work, "tsconfig.json"), join(runDir, "run.mts")], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
          console.log(`check-guides: ${count} code blocks run, ${asserts} shown values checked`);
        } catch (error) {
          failed = true;
          console.error(`${error.stderr ?? ""}`.trim());
          console.error("check-guides: code blocks in the documentation fail when run, or show values the code does not give");
        }
      }
    } catch (error) {
      failed = true;
      const output = `${error.stdout ?? ""}${error.stderr ?? ""}`;
      const reported = new Set();
      for (const line of output.split("\n")) {
        const match = /^(.*?\.mts)\((\d+),(\d+)\): (error .*)$/.exec(line);
        if (match === null) {
          // errors outside the blocks (e.g. in src/ while another module is being written) are shown as they are
          if (line.trim() !== "" && !/\.mts\(/.test(line)) console.error(line.replace(relative(root, work), "<guides>"));
          continue;
        }
        const name = match[1].split(/[\\/]/).pop();
        const where = origin.get(name);
        if (where === undefined) continue;
        const text = `${where.file}:${where.start + Number(match[2]) - 1}:${match[3]}: ${match[4]}`;
        if (!reported.has(text)) console.error(text);
        reported.add(text);
      }
      console.error(`check-guides: code blocks in the documentation do not type-check (${count} blocks checked)`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
