/**
 * The version of this library, as in package.json. Kept equal to it by `scripts/sync-version.mjs` (run by the
 * npm `version` script) and checked by a test, so it works unbundled too (vitest, tsx, Deno).
 * @internal
 */
export const LIBRARY_VERSION = "0.1.0";
