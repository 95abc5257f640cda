#!/usr/bin/env node
// Runs every example in examples/ so none of them rots: each must exit 0 and print its key line. The .ts
// examples run with tsx (with `technopark` mapped to src/ by examples/tsconfig.json), the Deno notebook with
// the repo's Deno against the built dist/ (examples/deno.json; run `npm run build` first), the HTTP service is
// started on 127.0.0.1 with a free port and sent real requests, the chart's SVG is checked to be well-formed
// XML, and the built CLI (dist/cli/index.js) checks the sample CSV. An example file without a check here fails.
import { execFile, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { checkXml } from "./check-xml.mjs";

const root = resolve(import.meta.dirname, "..");
const examples = join(root, "examples");
const tsx = join(root, "node_modules", ".bin", "tsx");
const deno = join(root, "node_modules", ".bin", "deno");
const env = { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0", DENO_NO_UPDATE_CHECK: "1" };
const work = mkdtempSync(join(tmpdir(), "technopark-examples-"));
const run = promisify(execFile);

async function expectRun(label, cmd, args, key, options = {}) {
  let stdout;
  try {
    ({ stdout } = await run(cmd, args, { cwd: root, env, maxBuffer: 64 * 1024 * 1024, timeout: 180_000, ...options }));
  } catch (error) {
    throw new Error(`${label}: exit ${error.code}\n${error.stdout ?? ""}${error.stderr ?? ""}`);
  }
  if (!stdout.includes(key)) throw new Error(`${label}: output lacks ${JSON.stringify(key)}:\n${stdout}`);
  console.log(`examples ${label.padEnd(34)} ok`);
  return stdout;
}

function post(port, path, body) {
  return new Promise((resolvePost, reject) => {
    const data = Buffer.from(body === undefined ? "" : JSON.stringify(body));
    const req = request({ host: "127.0.0.1", port, path, method: body === undefined ? "GET" : "POST", headers: { "content-type": "application/json", "content-length": body === undefined ? 0 : data.length } }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolvePost({ status: res.statusCode, body: JSON.parse(text) }));
    });
    req.on("error", reject);
    if (body !== undefined) req.write(data);
    req.end();
  });
}

async function checkService() {
  const child = spawn(tsx, ["--tsconfig", join(examples, "tsconfig.json"), join(examples, "service.ts")], { cwd: root, env: { ...env, PORT: "0" }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr.on("data", (chunk) => (output += chunk));
  try {
    const port = await new Promise((resolvePort, reject) => {
      const timer = setTimeout(() => reject(new Error(`service: no "listening" line within 120 s:\n${output}`)), 120_000);
      child.stdout.on("data", (chunk) => {
        output += chunk;
        const match = /listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match !== null) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      });
      child.on("exit", (code) => reject(new Error(`service exited early (${code}):\n${output}`)));
    });
    const company = {
      id: "yc-001", name: { ko: "㈜무계바이오" }, location: { regionCode: "47", sigungu: "영천시" }, ksic: "C20",
      regularWorkers: 12, averageRevenue: { amount: "4500000000", currency: "KRW" }, totalAssets: { amount: "3000000000", currency: "KRW" },
    };
    const ok = await post(port, "/eligibility", { programId: "yeongcheon-innovative-technology", asOf: "2024-05-01", lang: "en", company });
    if (ok.status !== 200 || ok.body.outcome !== "eligible" || ok.body.ruleVersion?.validFrom !== "2019-01-01" || !(ok.body.reasons?.length > 0)) {
      throw new Error(`service: unexpected answer ${ok.status} ${JSON.stringify(ok.body)}`);
    }
    const bad = await post(port, "/eligibility", { programId: "yeongcheon-innovative-technology", asOf: "2024-05-01", company: { id: 1 } });
    if (bad.status !== 422 || bad.body.error?.code !== "VALIDATION") throw new Error(`service: expected 422 VALIDATION, got ${bad.status} ${JSON.stringify(bad.body)}`);
    const list = await post(port, "/programs");
    if (list.status !== 200 || !list.body.some((p) => p.id === "yeongcheon-high-value-conversion")) throw new Error(`service: GET /programs: ${JSON.stringify(list.body)}`);
    console.log(`examples ${"service.ts (POST /eligibility)".padEnd(34)} ok (port ${port}: eligible, 422, programmes)`);
  } finally {
    child.kill("SIGTERM");
  }
}

const checked = new Set();
const ts = (file) => (checked.add(file), [tsx, ["--tsconfig", join(examples, "tsconfig.json"), join(examples, file)]]);
try {
  await expectRun("quickstart.ts", ...ts("quickstart.ts"), "quickstart ok");
  await expectRun("tsx-notebook.ts", ...ts("tsx-notebook.ts"), "tsx notebook ok");
  await expectRun("json-rules-engine-migration.ts", ...ts("json-rules-engine-migration.ts"), "migration ok");
  const svgPath = join(work, "charts.svg");
  const [chartCmd, chartArgs] = ts("charts.ts");
  await expectRun("charts.ts", chartCmd, [...chartArgs, svgPath], "charts ok");
  const svg = readFileSync(svgPath, "utf8");
  checkXml(svg);
  if (!svg.includes("<svg") || !svg.includes("INNO WEEK") || !/<path d="M[\d.,\-LCZ ]+/.test(svg)) throw new Error("charts.ts: the SVG lacks its panels or paths");
  console.log(`examples ${"charts.svg well-formed".padEnd(34)} ok (${svg.length} chars)`);
  checked.add("service.ts");
  await checkService();
  checked.add("deno-notebook.ts");
  if (!existsSync(join(root, "dist", "index.js"))) throw new Error("deno-notebook.ts runs against dist/: run `npm run build` first");
  await expectRun("deno-notebook.ts (deno run)", deno, ["run", "--quiet", "--config", join(examples, "deno.json"), "--allow-read", "--allow-env", join(examples, "deno-notebook.ts")], "deno notebook ok");
  // the shell: the built bin on the sample CSV, in both languages
  const cli = join(root, "dist", "cli", "index.js");
  await expectRun("technopark check (dist, ko)", process.execPath, [cli, "check", "--program", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", join(examples, "data", "companies.csv")], "적격 2, 부적격 3, 판단보류 1, 입력오류 0");
  await expectRun("technopark check (dist, xlsx with Korean headers)", process.execPath, [cli, "check", "-p", "yeongcheon-innovative-technology", "--as-of", "2024-05-01", join(examples, "data", "companies-ko.xlsx")], "적격 4, 부적격 2, 판단보류 1, 입력오류 0");
  await expectRun("technopark check (dist, en, ndjson)", process.execPath, [cli, "check", "-p", "yeongcheon-high-value-conversion", "--as-of", "2024-05-01", "--lang", "en", "--format", "ndjson", join(examples, "data", "companies.csv")], '"id":"yc-002","outcome":"eligible"');
  const unchecked = readdirSync(examples).filter((name) => name.endsWith(".ts") && !checked.has(name));
  if (unchecked.length > 0) throw new Error(`examples without a check in scripts/run-examples.mjs: ${unchecked.join(", ")}`);
  console.log(`examples: all ${checked.size} examples ran`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
