import type { z } from "zod";
import { fromZodError } from "../errors/from-zod-error.js";
import { describeValue, formatPath } from "../errors/format.js";

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

/** The library's own schema messages (English in the schemas), in Korean for `--lang ko`. */
const KO_MESSAGES: Readonly<Record<string, string>> = {
  "expected a real calendar date in YYYY-MM-DD form": "YYYY-MM-DD 형식의 실제 날짜여야 합니다",
  "expected a month in YYYY-MM form": "YYYY-MM 형식의 월이어야 합니다",
  "expected a KSIC code: 2 to 5 digits, optionally after its section letter (e.g. 29 or C29199)": "표준산업분류(KSIC) 코드여야 합니다: 숫자 2~5자리, 앞에 대분류 문자 가능 (예: 29, C29199)",
};

/**
 * The issues of a failed parse in the run's language: English as {@link recordIssues} gives them, or Korean
 * (zod's `ko` locale, applied per parse by the caller, plus the library's own messages) with the value received.
 * @internal
 */
export function recordIssuesIn(error: z.ZodError, what: string, lang: "ko" | "en"): RecordIssue[] {
  if (lang === "en") return recordIssues(error, what);
  return error.issues.map((issue) => {
    const path = formatPath(issue.path.filter((key): key is string | number => typeof key !== "symbol"));
    const input = "input" in issue ? issue.input : undefined;
    if (issue.code === "invalid_type" && input === undefined) return { path, message: `값이 없습니다 (${String(issue.expected)} 필요)` };
    if (path === "location.regionCode" && issue.code === "invalid_value") return { path, message: `시·도 코드나 이름이 아닙니다 (예: 47, 경상북도, 경북), 입력값 ${describeValue(input)}` };
    const custom = /^(expected .*), received .*$/.exec(issue.message)?.[1];
    const message = KO_MESSAGES[issue.message] ?? (custom === undefined ? undefined : KO_MESSAGES[custom]) ?? issue.message;
    return { path, message: input === undefined ? message : `${message}, 입력값 ${describeValue(input)}` };
  });
}
