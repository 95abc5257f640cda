import { main } from "./src/cli/main.js";
const code = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, today: "2026-02-12" });
process.exitCode = code;
