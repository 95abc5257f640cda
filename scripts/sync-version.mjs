#!/usr/bin/env node
// Writes package.json's version into src/version.ts (the `library` field of every programme result's stamp).
// Run by `npm version` through the "version" script; test/audit/version.test.ts fails when they differ.
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
const file = join(root, "src", "version.ts");
const text = readFileSync(file, "utf8");
const next = text.replace(/LIBRARY_VERSION = "[^"]*"/, `LIBRARY_VERSION = ${JSON.stringify(version)}`);
if (next !== text) writeFileSync(file, next);
console.log(`src/version.ts: LIBRARY_VERSION = ${JSON.stringify(version)}`);
