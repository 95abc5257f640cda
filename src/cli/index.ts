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
process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, today });
