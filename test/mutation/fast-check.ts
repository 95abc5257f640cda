// fast-check as the mutation runs see it (vitest.mutation.config.ts aliases "fast-check" here): the same library,
// with every fc.assert capped at MUTATION_NUM_RUNS runs (default 30) and a fixed seed. A mutant is run against
// each covering test, so 300-run properties would make a folder's run take hours on two cores; a fixed seed
// makes a rerun (and the incremental mode) see the same inputs. The normal test run never loads this file.
import * as real from "../../node_modules/fast-check/lib/fast-check.js";

const cap = Number(process.env.MUTATION_NUM_RUNS ?? "30");
const seed = Number(process.env.MUTATION_SEED ?? "20261202");

type Parameters<Ts> = real.Parameters<Ts>;

/** fc.assert with at most `cap` runs and a fixed seed (unless the test fixes its own). */
export function assert<Ts>(property: real.IRawProperty<Ts>, params?: Parameters<Ts>): ReturnType<typeof real.assert> {
  return real.assert(property as real.IProperty<Ts>, { seed, ...params, numRuns: Math.min(params?.numRuns ?? 100, cap) });
}

/** fc.sample with at most 10 × `cap` values (a differential test's thousands of cases are a property's runs too). */
export function sample<Ts>(generator: real.IRawProperty<Ts> | real.Arbitrary<Ts>, params?: Parameters<Ts> | number): Ts[] {
  const requested = typeof params === "number" ? params : (params?.numRuns ?? 100);
  const numRuns = Math.min(requested, 10 * cap);
  return real.sample(generator as real.Arbitrary<Ts>, typeof params === "number" ? numRuns : { ...params, numRuns });
}

export * from "../../node_modules/fast-check/lib/fast-check.js";
export default { ...real.default, assert, sample };
