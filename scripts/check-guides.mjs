#!/usr/bin/env node
// Type-checks every ```ts code block of docs/guides/*.md and README.md, and every ```ts @example in the TSDoc of
// src/ (test/doc-examples.test.ts runs those), so the documentation never shows code that does not compile. Each
// block becomes its own module in a temporary folder inside the repo, checked by `tsc --noEmit` with the repo's
// compiler options and with `technopark` / `technopark/data` / `technopark/schemas` / `technopark/notebook` mapped to src/ (so the blocks are
// checked against the code as it is, before any build); a `type Name = …; // type` comment is checked to be exactly
// the alias's type. A block whose info string is `ts ignore` (or any language other than ts/typescript) is skipped.
// Errors are reported as <file>:<line>, the line inside the guide or source file. Then every guide block is run (all
// in one tsx process, against src/): it must not throw, and its comments' claims are checked (scripts/code-blocks.mjs:
// `expression; // literal` asserts the value, `// throws CODE` that it throws) — so the values the guides show are
// the values the code gives. `--no-run` only type-checks.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { CHECKS, instrument, instrumentTypes, markdownBlocks, sourceExamples, TYPE_CHECKS } from "./code-blocks.mjs";

const root = resolve(import.meta.dirname, "..");
const guidesDir = join(root, "docs", "guides");
const files = [
  ...(existsSync(join(root, "README.md")) ? [join(root, "README.md")] : []),
  ...(existsSync(guidesDir) ? readdirSync(guidesDir).filter((name) => name.endsWith(".md")).sort().map((name) => join(guidesDir, name)) : []),
];

const work = mkdtempSync(join(root, ".check-guides-"));
let failed = false;
try {
  const origin = new Map(); // temp file name -> { file, start, code, run }
  let count = 0;
  let examples = 0;
  let typeClaims = 0;
  const blocks = sourceExamples(root, "src").map((block) => ({ ...block, guide: false }));
  for (const file of files) {
    try {
      blocks.push(...markdownBlocks(readFileSync(file, "utf8")).map((block) => ({ file: relative(root, file), ...block, guide: true })));
    } catch (error) {
      console.error(`${relative(root, file)}: ${error.message}`);
      failed = true;
    }
  }
  for (const block of blocks) {
    const name = `${block.file.replace(/[^A-Za-z0-9]+/g, "-").toLowerCase()}-${String(block.start).padStart(4, "0")}.mts`;
    // `export {}` makes every block a module of its own, so blocks may reuse names and use top-level await;
    // `type Name = …; // type` claims are checked here (the helper goes last so lines keep their numbers)
    const typed = instrumentTypes(block.code);
    typeClaims += typed.claims;
    writeFileSync(join(work, name), `${typed.code}\n${TYPE_CHECKS}export {};\n`);
    origin.set(name, { file: block.file, start: block.start, code: block.code, run: block.guide });
    if (block.guide) count++;
    else examples++;
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
            "technopark/notebook": src("src/notebook/index.ts"),
            "technopark/sql": src("src/sql/index.ts"),
            "npm:technopark": src("src/index.ts"),
            "npm:technopark/data": src("src/data/index.ts"),
            "npm:technopark/schemas": src("src/schemas/index.ts"),
            "npm:technopark/notebook": src("src/notebook/index.ts"),
          },
        },
        include: ["*.mts"],
        exclude: ["run"],
      },
      null,
      2,
    ),
  );
  if (count + examples === 0) {
    console.log("check-guides: no ts code blocks found");
  } else {
    try {
      execFileSync(join(root, "node_modules", ".bin", "tsc"), ["-p", join(work, "tsconfig.json"), "--pretty", "false"], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
      console.log(`check-guides: ${count} code blocks in ${files.length} files and ${examples} @example blocks in src/ type-check, ${typeClaims} shown types checked`);
      if (!process.argv.includes("--no-run")) {
        // run every guide block in one process, in order, with the claims of its comments checked
        // (the @example blocks of src/ run in test/doc-examples.test.ts)
        let asserts = 0;
        const runDir = join(work, "run");
        mkdirSync(runDir);
        const guideBlocks = [...origin].filter(([, where]) => where.run);
        for (const [name, where] of guideBlocks) {
          const instrumented = instrument(where.code, where.file, where.start);
          asserts += instrumented.claims;
          writeFileSync(join(runDir, name), `${CHECKS}const __failures: string[] = [];\nconst { __check, __digits, __throws } = __checks(__failures);\n${instrumented.code}\nexport { __failures };\n`);
        }
        const runner = guideBlocks
          .map(([name, where]) => `try { for (const failure of (await import(${JSON.stringify(pathToFileURL(join(runDir, name)).href)})).__failures) { failures++; console.error(failure); } } catch (error) { failures++; console.error(${JSON.stringify(`${where.file}:${where.start}`)} + ": " + (error instanceof Error ? error.message : String(error))); }`)
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
        const claim = /__type_\d+/.test(readFileSync(join(work, name), "utf8").split("\n")[Number(match[2]) - 1] ?? "") && match[4].includes("'true' is not assignable to type 'false'");
        const text = `${where.file}:${where.start + Number(match[2]) - 1}:${match[3]}: ${claim ? "the type the comment shows is not the type the code has" : match[4]}`;
        if (!reported.has(text)) console.error(text);
        reported.add(text);
      }
      console.error(`check-guides: code blocks in the documentation do not type-check (${count} blocks and ${examples} @example blocks checked)`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
