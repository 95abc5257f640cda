import type { z } from "zod";
import { describeValue, formatPath } from "./format.js";
import { ValidationError, type ErrorIssue } from "./technopark-error.js";

/**
 * Turns a `ZodError` into a `ValidationError` of `technopark` whose message lists every issue with its
 * field path, what was expected and what was received. The zod issues stay available as `cause`.
 *
 * @param error - the error zod threw or returned from `safeParse`
 * @param what - what was being parsed, for the first line of the message (e.g. `"Company"`)
 * @category Errors
 * @example
 * ```ts
 * import { z } from "zod";
 * import { fromZodError } from "technopark/schemas";
 * const result = z.object({ age: z.number() }).safeParse({ age: "x" });
 * if (!result.success) throw fromZodError(result.error, "Person");
 * // throws ValidationError (code "VALIDATION"): Invalid Person: age: Invalid input: expected number, received string
 * ```
 */
export function fromZodError(error: z.ZodError, what = "input"): ValidationError {
  const issues: ErrorIssue[] = error.issues.map((issue) => {
    const path = issue.path.filter((key): key is string | number => typeof key !== "symbol");
    const expected = expectedOf(issue);
    const received = "input" in issue && issue.input !== undefined ? describeValue(issue.input) : receivedOf(issue);
    const message = `${formatPath(path)}: ${issue.message}${received !== undefined && !issue.message.includes("received") ? `, received ${received}` : ""}`;
    return {
      path,
      message,
      ...(expected === undefined ? {} : { expected }),
      ...(received === undefined ? {} : { received }),
    };
  });
  const shown = issues.slice(0, 20).map((issue) => issue.message);
  if (issues.length > 20) shown.push(`… and ${issues.length - 20} more issues`);
  return new ValidationError(`Invalid ${what}: ${shown.join("; ")}`, {
    path: issues[0]?.path ?? [],
    issues,
    cause: error,
  });
}

function expectedOf(issue: z.core.$ZodIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      return String(issue.expected);
    case "invalid_value":
      return `one of ${issue.values.map((v) => describeValue(v)).join(", ")}`;
    case "too_small":
      return `${issue.origin} ${issue.inclusive === false ? ">" : ">="} ${String(issue.minimum)}`;
    case "too_big":
      return `${issue.origin} ${issue.inclusive === false ? "<" : "<="} ${String(issue.maximum)}`;
    case "invalid_format":
      return issue.format;
    default:
      return undefined;
  }
}

function receivedOf(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === "invalid_type" && "received" in issue) return String((issue as { received?: unknown }).received);
  return undefined;
}
