#!/usr/bin/env node
import { main } from "./main.js";
import { seoulDate } from "./today.js";

// The one clock read of the package: the CLI's default --as-of is today's date in Asia/Seoul.
const today = seoulDate(new Date());
// A closed pipe (technopark check … | head) ends the output quietly instead of with an EPIPE trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
// `check` judges a large CSV file on worker threads, whose entry is built next to this file.
const checkWorker = { url: new URL("./check-worker.js", import.meta.url) };
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, today, checkWorker });
