// Shared helpers of the hardening suite: the "either a value or a typed error" oracle, deep freezing,
// and the fast-check settings that keep every property bounded so the suite stays well under a minute.
import { expect } from "vitest";
import { isTechnoparkError } from "../../src/index.js";

/**
 * fast-check parameters for every property in this folder: a fixed number of runs, no endless shrinking.
 * No time limit: a property must pass all its runs, so a slow machine cannot pass it after a handful
 * (`interruptAfterTimeLimit` would end it early and report success). The run counts are sized so the whole
 * vitest run stays near a minute on two cores.
 */
export const FUZZ = { numRuns: 300, endOnFailure: true } as const;
/** The same for properties whose single run is expensive (deep structures, big rules). */
export const FUZZ_HEAVY = { numRuns: 60, endOnFailure: true } as const;

/** What one call of a public function did with a hostile input. */
export type Attempt<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Runs `body` and requires that it either returns or throws a `TechnoparkError` with a stable `code` and a
 * non-empty message — never a `TypeError`, a `RangeError` (stack overflow) or anything untyped.
 * Returns what happened so a property can go on checking the value.
 */
export function valueOrTypedError<T>(body: () => T, context: () => string = () => ""): Attempt<T> {
  try {
    return { ok: true, value: body() };
  } catch (error) {
    if (!isTechnoparkError(error)) {
      const name = typeof error === "object" && error !== null ? (error as Error).name : typeof error;
      const message = typeof error === "object" && error !== null ? (error as Error).message : String(error);
      expect.fail(`expected a value or a TechnoparkError, received ${name}: ${message}${context() === "" ? "" : `\n  input: ${context()}`}`);
    }
    expect(typeof error.code).toBe("string");
    expect(error.message.length).toBeGreaterThan(0);
    expect(Array.isArray(error.path)).toBe(true);
    return { ok: false, error };
  }
}

/** Runs `body`, requires a TechnoparkError with `code`, and returns it. */
export function typedError(body: () => unknown, code: string): { code: string; message: string; path: readonly (string | number)[] } {
  let result: unknown;
  try {
    result = body();
  } catch (error) {
    if (!isTechnoparkError(error)) {
      const name = typeof error === "object" && error !== null ? (error as Error).name : typeof error;
      expect.fail(`expected a TechnoparkError ${code}, received ${name}: ${(error as Error)?.message ?? String(error)}`);
    }
    expect(error.code).toBe(code);
    return error;
  }
  return expect.fail(`expected a TechnoparkError ${code}, but the call returned ${short(result)}`);
}

/** A short rendering of any value for failure messages (never the whole 10 MB string). */
export function short(value: unknown): string {
  try {
    const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v));
    return text === undefined ? String(value) : text.length > 300 ? `${text.slice(0, 300)}…` : text;
  } catch {
    return String(value);
  }
}

/** Freezes a value and everything reachable from it, so that any attempted mutation throws in strict mode. Iterative. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const current = stack.pop();
    if (typeof current !== "object" || current === null || seen.has(current)) continue;
    seen.add(current);
    Object.freeze(current);
    for (const key of Reflect.ownKeys(current)) stack.push((current as Record<PropertyKey, unknown>)[key]);
  }
  return value;
}

