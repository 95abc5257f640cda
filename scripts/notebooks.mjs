#!/usr/bin/env node
// The notebook gate: executes every examples/*.ipynb headless with a real Jupyter client (Debian's
// python3-nbclient, driven by scripts/execute-notebooks.py; jupyter-nbconvert comes with it) on the Deno kernel (`deno jupyter`, the repo's deno devDependency),
// against the packed tarball installed in a temporary project, and fails when a cell errors or when a cell
// that calls `show` or a chart has no `text/html` output.
//
// - Tools: when `jupyter-nbconvert` or nbclient is missing, the script installs them with apt-get (update first;
//   as root, or through sudo without a password), so a fresh CI machine needs nothing beforehand.
// - Kernel: `deno jupyter --install` into a private data directory (XDG_DATA_HOME, JUPYTER_PATH), so the user's
//   own kernels are neither used nor touched.
// - Imports: the notebooks import `npm:technopark/notebook` etc.; the temporary project has a deno.json with
//   `"nodeModulesDir": "manual"`, so Deno resolves `npm:` specifiers from its node_modules, i.e. the tarball.
//
// Usage: node scripts/notebooks.mjs [--out <dir>]   (--out keeps the executed notebooks there)
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { installPackedTarball } from "./packed-project.mjs";

const root = resolve(import.meta.dirname, "..");
const examples = join(root, "examples");
const deno = join(root, "node_modules", ".bin", "deno");
const args = process.argv.slice(2);
const outFlag = args.indexOf("--out");
const out = outFlag >= 0 && args[outFlag + 1] !== undefined ? resolve(args[outFlag + 1]) : undefined;
/** Cells whose source calls one of these must display HTML. */
const DISPLAY_CALL = /\b(?:show|timeSeriesChart|funnelChart|outcomeChart)\(/;

const work = mkdtempSync(join(tmpdir(), "technopark-notebooks-"));
const project = join(work, "project");
const xdg = join(work, "xdg");
mkdirSync(project);
const env = {
  ...process.env,
  NO_COLOR: "1",
  DENO_NO_UPDATE_CHECK: "1",
  XDG_DATA_HOME: xdg,
  JUPYTER_DATA_DIR: join(xdg, "jupyter"),
  JUPYTER_PATH: join(xdg, "jupyter"),
  JUPYTER_RUNTIME_DIR: join(work, "runtime"),
  JUPYTER_CONFIG_DIR: join(work, "config"),
  JUPYTER_PLATFORM_DIRS: "1",
};
const run = (cmd, cmdArgs, cwd = project, options = {}) => {
  try {
    return execFileSync(cmd, cmdArgs, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env, maxBuffer: 64 * 1024 * 1024, ...options }).trim();
  } catch (error) {
    throw new Error(`notebooks: ${cmd} ${cmdArgs.join(" ")} failed (exit ${error.status ?? error.code}):\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
};
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;
const has = (cmd, cmdArgs) => {
  try {
    execFileSync(cmd, cmdArgs, { stdio: "ignore", env });
    return true;
  } catch {
    return false;
  }
};

/** jupyter-nbconvert and nbclient (Debian's, for /usr/bin/python3), installed with apt-get when missing. */
function ensureJupyter() {
  // one Python start-up: Debian's nbclient and nbconvert importable by /usr/bin/python3 (what execute-notebooks.py runs on)
  const ready = () => has("/usr/bin/python3", ["-c", "import nbclient, nbconvert"]);
  if (ready()) return "present";
  const start = performance.now();
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const sudo = asRoot ? [] : has("sudo", ["-n", "true"]) ? ["sudo", "-n"] : undefined;
  if (sudo === undefined || !has("apt-get", ["--version"])) {
    throw new Error("notebooks: jupyter-nbconvert and python3-nbclient are missing and cannot be installed here (needs apt-get as root or passwordless sudo): apt-get install jupyter-nbconvert python3-nbclient");
  }
  const apt = (aptArgs) => run(sudo[0] ?? "apt-get", sudo.length === 0 ? aptArgs : [...sudo.slice(1), "apt-get", ...aptArgs], root, { env: { ...env, DEBIAN_FRONTEND: "noninteractive" } });
  apt(["update", "-qq"]);
  apt(["install", "-y", "-qq", "--no-install-recommends", "jupyter-nbconvert", "python3-nbclient"]);
  if (!ready()) throw new Error("notebooks: apt-get installed jupyter-nbconvert and python3-nbclient, but they still do not run");
  return `installed with apt-get in ${seconds(start)}`;
}

/** The problems of one executed notebook, and what it displayed. */
function checkExecuted(name, notebook) {
  const problems = [];
  let html = 0;
  let charts = 0;
  let tables = 0;
  notebook.cells.forEach((cell, index) => {
    if (cell.cell_type !== "code") return;
    const source = Array.isArray(cell.source) ? cell.source.join("") : String(cell.source);
    const where = `${name} cell ${index + 1} (${source.split("\n").find((line) => line.trim() !== "")?.trim().slice(0, 60) ?? ""})`;
    if (source.trim() !== "" && cell.execution_count == null) problems.push(`${where}: not executed`);
    for (const output of cell.outputs ?? []) {
      if (output.output_type === "error") problems.push(`${where}: ${output.ename}: ${output.evalue}`);
    }
    const shown = (cell.outputs ?? []).map((output) => output.data?.["text/html"]).filter((value) => value !== undefined).map((value) => (Array.isArray(value) ? value.join("") : value));
    html += shown.length;
    charts += shown.filter((value) => value.includes("<svg")).length;
    tables += shown.filter((value) => value.includes("<table")).length;
    if (DISPLAY_CALL.test(source) && shown.length === 0) problems.push(`${where}: calls show or a chart but displayed no text/html`);
  });
  return { problems, html, charts, tables };
}

const started = performance.now();
try {
  const notebooks = readdirSync(examples).filter((file) => file.endsWith(".ipynb")).sort();
  if (notebooks.length === 0) throw new Error("notebooks: no examples/*.ipynb");
  let step = performance.now();
  const tools = ensureJupyter();
  console.log(`notebooks jupyter-nbconvert + nbclient  ${tools} (${seconds(step)})`);

  step = performance.now();
  const packed = installPackedTarball(root, project, run);
  writeFileSync(join(project, "deno.json"), JSON.stringify({ nodeModulesDir: "manual" }, null, 2));
  for (const file of notebooks) cpSync(join(examples, file), join(project, file));
  cpSync(join(examples, "data"), join(project, "data"), { recursive: true });
  console.log(`notebooks packed tarball               ${packed} installed (${seconds(step)})`);

  step = performance.now();
  run(deno, ["jupyter", "--install", "--force"]);
  if (!existsSync(join(xdg, "jupyter", "kernels", "deno", "kernel.json"))) throw new Error(`notebooks: deno jupyter --install did not write ${join(xdg, "jupyter", "kernels", "deno", "kernel.json")}`);
  console.log(`notebooks deno kernel                  installed in a private data dir (${seconds(step)})`);

  step = performance.now();
  const executed = join(work, "executed");
  // nbclient, with late IOPub output collected (scripts/execute-notebooks.py says why plain nbconvert is not enough)
  run("/usr/bin/python3", [join(root, "scripts", "execute-notebooks.py"), executed, ...notebooks]);
  console.log(`notebooks executed                     ${notebooks.join(", ")} (${seconds(step)})`);

  const problems = [];
  for (const file of notebooks) {
    const result = checkExecuted(file, JSON.parse(readFileSync(join(executed, file), "utf8")));
    problems.push(...result.problems);
    console.log(`notebooks ${file.padEnd(29)} ${result.problems.length === 0 ? "ok" : "FAILED"}: ${result.html} HTML outputs (${result.tables} with tables, ${result.charts} with SVG charts)`);
  }
  if (out !== undefined) {
    mkdirSync(out, { recursive: true });
    for (const file of notebooks) cpSync(join(executed, file), join(out, file));
    console.log(`notebooks executed copies in ${out}`);
  }
  if (problems.length > 0) throw new Error(`notebooks: ${problems.length} problem(s):\n${problems.map((problem) => `  ${problem}`).join("\n")}`);
  console.log(`notebooks: ${notebooks.length} notebooks ran on the Deno kernel against the packed tarball (${seconds(started)} in all)`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
