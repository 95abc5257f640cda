import type { z } from "zod";
import { fromZodError } from "../errors/from-zod-error.js";
import { formatPath } from "../errors/format.js";

/** One problem of a record: its field path (`location.sigungu`) and what was wrong, without the path. */
export interface RecordIssue {
  /** The field path, `(root)` for the record itself. */
  readonly path: string;
  /** What was expected and what was received. */
  readonly message: string;
}

/**
 * The issues of a failed parse as path + message pairs, with the value received spelt out
 * (`expected number, received "many"` rather than zod's `received string`).
 * @internal
 */
export function recordIssues(error: z.ZodError, what: string): RecordIssue[] {
  return fromZodError(error, what).issues.map((issue) => {
    const path = formatPath(issue.path);
    let message = issue.message.startsWith(`${path}: `) ? issue.message.slice(path.length + 2) : issue.message;
    message = message.replace(/^Invalid input: /, "");
    const generic = /^(expected [^,]+), received [a-z]+$/.exec(message);
    if (generic !== null && (issue.received === undefined || issue.received === "undefined") && message.endsWith("received undefined")) message = `missing (${generic[1]})`;
    else if (generic !== null && issue.received !== undefined) message = `${generic[1]}, received ${issue.received}`;
    return { path, message };
  });
}
