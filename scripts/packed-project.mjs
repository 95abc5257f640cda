// Packs the package (`npm pack`) and installs the tarball, with the zod the repo develops against, into a
// temporary project, the way a user's project gets it from the registry. Shared by the smoke test
// (scripts/smoke.mjs) and the notebook gate (scripts/notebooks.mjs).
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

/**
 * Packs `root` into `work` and installs the tarball there (a `package.json` of type module depending on the
 * tarball and on zod). `run(cmd, args, cwd)` runs a command and returns its stdout, throwing on failure.
 * Returns the tarball's file name.
 */
export function installPackedTarball(root, work, run) {
  const packed = run("npm", ["pack", "--silent", "--pack-destination", work], root).split("\n").pop();
  const tarball = join(work, packed);
  const zodVersion = JSON.parse(execFileSync("npm", ["pkg", "get", "devDependencies.zod"], { cwd: root, encoding: "utf8" }));
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "smoke", private: true, type: "module", dependencies: { technopark: `file:${tarball}`, zod: zodVersion } }, null, 2));
  run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"], work);
  return packed;
}
