// Dual-package safety (issue 7). An application can hold two copies of technopark at once (the ESM build
// imported by its own code, the CJS build required by a dependency). Two module instances of the source stand in
// for them here (vi.resetModules gives a fresh copy of every module of src/), so the test runs in the gate before
// the build; scripts/dual-package.mjs does the same with the real dist/index.js and dist/index.cjs after it, and
// the last test below runs that script whenever dist/ is newer than src/.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";

type Api = typeof import("../../src/index.js") & typeof import("../../src/schemas/index.js");

/** One instance of the library: the core and the schemas entry, loaded together as one copy shares its modules. */
async function oneCopy(): Promise<Api> {
  vi.resetModules();
  return { ...(await import("../../src/index.js")), ...(await import("../../src/schemas/index.js")) };
}

let pair: Promise<{ a: Api; b: Api }> | undefined;
/** Two fresh module instances of src/ (loaded once for the whole file). */
function twoCopies(): Promise<{ a: Api; b: Api }> {
  pair ??= (async () => {
    const a = await oneCopy();
    const b = await oneCopy();
    return { a, b };
  })();
  return pair;
}

function thrown(body: () => unknown): unknown {
  try {
    body();
  } catch (error) {
    return error;
  }
  throw new Error("expected a throw");
}

describe("two copies of the library in one process understand each other (dual-package hazard)", () => {
  it("the two copies are distinct module instances (otherwise nothing below is proved)", async () => {
    const { a, b } = await twoCopies();
    expect(a.money).not.toBe(b.money);
    expect(a.TechnoparkError).not.toBe(b.TechnoparkError);
  });

  it("errors are recognised across copies by code and the Symbol.for brand, while instanceof fails (why src/ never uses it)", async () => {
    const { a, b } = await twoCopies();
    for (const [from, to] of [[a, b], [b, a]] as const) {
      const error = thrown(() => from.money("abc", "KRW"));
      expect(to.isTechnoparkError(error)).toBe(true);
      expect(to.isTechnoparkError(error, "VALIDATION")).toBe(true);
      expect(to.isTechnoparkError(error, "INVALID_RULE")).toBe(false);
      expect((error as Record<symbol, unknown>)[Symbol.for("technopark.error")]).toBe(true);
      expect(error instanceof from.TechnoparkError).toBe(true);
      expect(error instanceof to.TechnoparkError).toBe(false);
      expect(error instanceof Error).toBe(true);
    }
  });

  it("every error code crosses: CURRENCY_MISMATCH, MISSING_RATE, INVALID_RULE, VALIDATION", async () => {
    const { a, b } = await twoCopies();
    const cases: [unknown, string][] = [
      [thrown(() => b.sumMoney([a.money("1", "USD"), a.money("1", "KRW")])), "CURRENCY_MISMATCH"],
      [thrown(() => b.convertMoney(a.money("1", "USD"), "KRW", [], "2024-01-01")), "MISSING_RATE"],
      [thrown(() => a.parseRule({ fact: "company.regularWorkers", op: "like", value: 1 })), "INVALID_RULE"],
      [thrown(() => b.parseWith(a.Company, { id: 1 }, "Company")), "VALIDATION"],
    ];
    for (const [error, code] of cases) {
      expect(a.isTechnoparkError(error, code as never)).toBe(true);
      expect(b.isTechnoparkError(error, code as never)).toBe(true);
      expect((error as { code: string }).code).toBe(code);
    }
  });

  it("Money, rules and results made by one copy are used by the other with the same answers", async () => {
    const { a, b } = await twoCopies();
    expect(b.sumMoney([a.money("0.1", "USD"), b.money("0.2", "USD")])).toEqual({ amount: "0.3", currency: "USD" });
    expect(b.formatKrw(a.money("17603100000000", "KRW"))).toBe("17조 6,031억 원");
    expect(b.parseWith(b.Money, a.money("6500000", "USD"), "Money")).toEqual({ amount: "6500000", currency: "USD" });
    const rule = a.parseRule({ all: [{ id: "workers", fact: "company.regularWorkers", op: "lt", value: 30 }, { fact: "company.location.sigungu", op: "eq", value: "영천시" }] });
    for (const facts of [{ company: { regularWorkers: 29.5, location: { sigungu: "영천시" } } }, { company: { regularWorkers: 30 } }, { company: {} }]) {
      const here = a.evaluate(rule, facts, { asOf: "2024-01-01" });
      const there = b.evaluate(rule, facts, { asOf: "2024-01-01" });
      expect(there).toEqual(here);
      expect(b.compileRule(rule)(facts, { asOf: "2024-01-01" })).toBe(here.outcome);
      expect(b.explain(here, "ko")).toEqual(a.explain(here, "ko"));
    }
  });
});

const root = resolve(import.meta.dirname, "../..");
function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    return Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }, 0);
}
const built = ["dist/index.js", "dist/index.cjs", "dist/data/index.js", "dist/data/index.cjs"].every((file) => existsSync(join(root, file)));
const fresh = built && statSync(join(root, "dist/index.js")).mtimeMs >= newestMtime(join(root, "src"));

describe("the built package (dist/) loaded with require and import in one process", () => {
  it.skipIf(!fresh)("scripts/dual-package.mjs passes (runs only when dist/ is newer than src/; the gate runs the script after the build)", () => {
    const output = execFileSync(process.execPath, [join(root, "scripts/dual-package.mjs")], { cwd: root, encoding: "utf8" });
    expect(output).toContain("dual-package: the ESM and CJS copies understand each other's values and errors");
    expect(output).not.toContain("FAIL");
  }, 30_000);
});
