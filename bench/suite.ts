/**
 * One benchmark suite (a `bench/<name>.bench.ts` file exporting `suite`): it measures its subject and
 * its peers in the same run and returns the rows of a table (figures and ratios).
 */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(): Promise<readonly Record<string, string | number>[]>;
}
