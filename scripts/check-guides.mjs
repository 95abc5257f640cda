#!/usr/bin/env node
// Type-checks every ```ts code block of docs/guides/*.md and README.md, so the documentation never shows
// code that does not compile. Each block becomes its own module in a temporary folder inside the repo,
// checked by `tsc --noEmit` with the repo's compiler options and with `technopark` / `technopark/data`
// mapped to src/ (so the blocks are checked against the code as it is, before any build). A block whose
// info string is `ts ignore` (or any language other than ts/typescript) is skipped. Errors are reported
// as <markdown file>:<line>, the line inside the guide. With `--run`, every block is also run with tsx (against
// src/) and must not throw.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";

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
      origin.set(name, { file: relative(root, file), start: block.start });
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
            "npm:technopark": src("src/index.ts"),
            "npm:technopark/data": src("src/data/index.ts"),
          },
        },
        include: ["*.mts"],
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
      if (process.argv.includes("--run")) {
        const tsx = join(root, "node_modules", ".bin", "tsx");
        for (const [name, where] of origin) {
          try {
            execFileSync(tsx, ["--tsconfig", join(work, "tsconfig.json"), join(work, name)], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
          } catch (error) {
            failed = true;
            console.error(`${where.file}:${where.start}: the block throws when run:\n${(error.stderr ?? "").split("\n").slice(0, 12).join("\n")}`);
          }
        }
        if (!failed) console.log(`check-guides: ${count} code blocks run without throwing`);
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
