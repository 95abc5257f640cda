import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { runFixture } from "../../src/index.js";
import { programs } from "../../src/data/index.js";
import { Company } from "../../src/entities/index.js";

const dir = join(import.meta.dirname, "../fixtures/programs");
const files = readdirSync(dir).filter((file) => /\.(ya?ml|json)$/.test(file)).sort();

describe("every shipped programme has a fixture file with at least 10 cases", () => {
  it.each(programs.map((p) => p.id))("%s", (id) => {
    expect(files).toContain(`${id}.yaml`);
    const fixture = parse(readFileSync(join(dir, `${id}.yaml`), "utf8"), { merge: true }) as { program: string; cases: unknown[] };
    expect(fixture.program).toBe(id);
    expect(fixture.cases.length).toBeGreaterThanOrEqual(10);
  });
});

describe.each(files)("fixture %s", (file) => {
  const fixture = parse(readFileSync(join(dir, file), "utf8"), { merge: true }) as { cases: { name: string; company?: object }[] };
  const report = runFixture(fixture);
  it.each(report.cases.map((result) => [result.name, result] as const))("%s", (_name, result) => {
    const company = fixture.cases[result.index]!.company;
    if (company !== undefined) expect(Company.safeParse({ id: "c", name: { ko: "가" }, ...company }).success).toBe(true);
    expect(result.problems).toEqual([]);
    expect(result.actual.outcome).toBe(result.expected.outcome);
  });
});
