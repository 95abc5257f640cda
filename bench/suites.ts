/** One benchmark suite: it measures its subject and its peers in the same run and returns table rows. */
export interface BenchSuite {
  readonly name: string;
  readonly description: string;
  run(): Promise<readonly Record<string, string | number>[]>;
}

/** Every suite `npm run bench` runs, in order. Suites register here. */
export const suites: readonly BenchSuite[] = [];
