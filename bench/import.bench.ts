// Cold start-up cost of the package: how long `import("technopark")`, `import("technopark/data")` and their
// `require` twins take in a fresh Node process, next to the same for the dependencies alone, so the table
// shows which part of the cost is ours. Each sample is a new `node` child process that reads
// `performance.now()` around one dynamic import (or require) of the BUILT package, resolved by its own name
// through the `exports` map (package self-reference), exactly as an application would load it.
// Needs `npm run build` first. A measurement, never a test: nothing here asserts a timing.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { BenchSuite } from "./suite.js";

/** The package directory whose built `dist/` is measured (its package.json names it `technopark`); override with IMPORT_BENCH_ROOT to measure a build elsewhere. */
const root = resolve(process.env["IMPORT_BENCH_ROOT"] ?? resolve(import.meta.dirname, ".."));
const SAMPLES = 15;

/**
 * The bare specifiers (dependencies) a built entry loads, following its relative imports (shared chunks):
 * the peer row "dependencies as technopark loads them" imports exactly these, so its difference from the
 * technopark row is the cost of our own code.
 */
function dependenciesOf(entry: string): string[] {
  const seen = new Set<string>();
  const bare = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, "utf8");
    // static import/export statements start a line in the built files; strings in the data never do
    for (const match of text.matchAll(/^(?:import|export)\b[^;"']*?(?:\bfrom\s*)?["']([^"']+)["']/gm)) {
      const specifier = match[1]!;
      if (specifier.startsWith(".")) visit(resolve(dirname(file), specifier));
      else bare.add(specifier);
    }
  };
  visit(join(root, entry));
  return [...bare].sort();
}

interface Subject {
  readonly name: string;
  readonly kind: "import" | "require";
  readonly specifiers: readonly string[];
}

const subjects = (): readonly Subject[] => [
  { name: 'import("technopark")', kind: "import", specifiers: ["technopark"] },
  { name: 'import("technopark/schemas")', kind: "import", specifiers: ["technopark/schemas"] },
  { name: 'import("technopark/data")', kind: "import", specifiers: ["technopark/data"] },
  { name: 'require("technopark")', kind: "require", specifiers: ["technopark"] },
  { name: 'require("technopark/schemas")', kind: "require", specifiers: ["technopark/schemas"] },
  { name: 'require("technopark/data")', kind: "require", specifiers: ["technopark/data"] },
  { name: "peer: dependencies as technopark loads them", kind: "import", specifiers: dependenciesOf("dist/index.js") },
  { name: "peer: dependencies as technopark/schemas loads them", kind: "import", specifiers: dependenciesOf("dist/schemas/index.js") },
  { name: "peer: dependencies as technopark/data loads them", kind: "import", specifiers: dependenciesOf("dist/data/index.js") },
  { name: 'peer: import("zod")', kind: "import", specifiers: ["zod"] },
  { name: 'peer: import("decimal.js")', kind: "import", specifiers: ["decimal.js"] },
  { name: 'peer: require("zod")', kind: "require", specifiers: ["zod"] },
];

/** The script a child process runs: time one cold load of the specifiers, print milliseconds. */
function childScript(subject: Subject): string {
  const load =
    subject.kind === "import"
      ? `await Promise.all(${JSON.stringify(subject.specifiers)}.map((s) => import(s)));`
      : `for (const s of ${JSON.stringify(subject.specifiers)}) require(s);`;
  const body = `const t0 = performance.now(); ${load} process.stdout.write(String(performance.now() - t0));`;
  return subject.kind === "import" ? body : `(async () => { ${body} })();`;
}

function sample(subject: Subject): number {
  const args = subject.kind === "import" ? ["--input-type=module", "-e", childScript(subject)] : ["-e", childScript(subject)];
  const out = execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "" } });
  const ms = Number(out.trim());
  if (!Number.isFinite(ms)) throw new Error(`import bench: ${subject.name} printed ${JSON.stringify(out)}`);
  return ms;
}

function quantile(sorted: readonly number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (at - low);
}

export const suite: BenchSuite = {
  name: "import",
  description: `cold import/require time of the built package in fresh node processes (${SAMPLES} samples each, median and p90), with its dependencies alone as peers`,
  async run() {
    for (const file of ["dist/index.js", "dist/index.cjs", "dist/schemas/index.js", "dist/schemas/index.cjs", "dist/data/index.js", "dist/data/index.cjs"]) {
      if (!existsSync(join(root, file))) {
        console.log(`import bench: ${file} is missing; run \`npm run build\` first (skipping this suite)`);
        return [];
      }
    }
    const SUBJECTS = subjects();
    const times = new Map<string, number[]>(SUBJECTS.map((subject) => [subject.name, []]));
    // one discarded warm-up each (file-system cache), then round-robin so drift hits every subject alike
    for (const subject of SUBJECTS) sample(subject);
    for (let i = 0; i < SAMPLES; i++) for (const subject of SUBJECTS) times.get(subject.name)!.push(sample(subject));
    const median = (name: string) => quantile([...times.get(name)!].sort((a, b) => a - b), 0.5);
    const zod = median('peer: import("zod")');
    const ours = (subject: Subject) =>
      subject.kind !== "import" || !(subject.specifiers[0] ?? "").startsWith("technopark")
        ? ""
        : Number((median(subject.name) - median(`peer: dependencies as ${subject.specifiers[0]!} loads them`)).toFixed(1));
    for (const subject of SUBJECTS.filter((s) => s.name.startsWith("peer: dependencies"))) {
      console.log(`${subject.name}: ${subject.specifiers.join(", ") || "(none)"}`);
    }
    return SUBJECTS.map((subject) => {
      const sorted = [...times.get(subject.name)!].sort((a, b) => a - b);
      const med = quantile(sorted, 0.5);
      return {
        subject: subject.name,
        "median ms": Number(med.toFixed(1)),
        "p90 ms": Number(quantile(sorted, 0.9).toFixed(1)),
        "min ms": Number(sorted[0]!.toFixed(1)),
        "× zod": Number((med / zod).toFixed(2)),
        "ours ms (minus deps)": ours(subject),
      };
    });
  },
};
