// The INVALID_RULE error a call throws, as { message, path }, after checking its single issue repeats both.
import { expect } from "vitest";
import { isTechnoparkError } from "../../src/index.js";

export function invalidRuleOf(run: () => unknown): { message: string; path: readonly (string | number)[] } {
  try {
    run();
  } catch (error) {
    if (!isTechnoparkError(error, "INVALID_RULE")) throw error;
    expect(error.issues).toEqual([{ path: error.path, message: error.message }]);
    return { message: error.message, path: error.path };
  }
  throw new Error("the rule was accepted");
}
