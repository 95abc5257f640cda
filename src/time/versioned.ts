import { ValidationError, type ErrorIssue, type FieldPath } from "../errors/technopark-error.js";
import { describeValue, formatPath } from "../errors/format.js";
import { isIsoDate, toIsoDate, type DateLike } from "./iso-date.js";
import { invalidValue } from "../errors/invalid-value.js";

/**
 * One effective-dated version of a value: in force from `validFrom` (inclusive) until `validTo`
 * (exclusive). Without `validTo` a version lasts until the next version in the list starts, or for ever.
 *
 * @category Time
 * @example
 * ```ts
 * import type { Versioned } from "technopark";
 * const gangwon: Versioned<string> = { validFrom: "2023-06-11", value: "강원특별자치도" };
 * ```
 */
export type Versioned<T> = {
  /** First day the version is in force (`YYYY-MM-DD`, inclusive). */
  readonly validFrom: string;
  /** First day it is no longer in force (`YYYY-MM-DD`, exclusive); absent for an open end. */
  readonly validTo?: string | undefined;
  /** The value in force. */
  readonly value: T;
};

/**
 * The dates of a version without its value: what {@link asOfVersion} and {@link assertVersionHistory}
 * need, so they work on any record that carries `validFrom` / `validTo` (rule versions, rates, memberships).
 *
 * @category Time
 * @example
 * ```ts
 * import type { VersionSpan } from "technopark";
 * const span: VersionSpan = { validFrom: "2025-09-01" };
 * ```
 */
export interface VersionSpan {
  /** First day in force (`YYYY-MM-DD`, inclusive). */
  readonly validFrom: string;
  /** First day no longer in force (`YYYY-MM-DD`, exclusive); absent for an open end. */
  readonly validTo?: string | undefined;
}

/**
 * The ordering/overlap problems of a version list, with paths relative to the list; each message
 * leaves the path out (callers prefix it).
 * @internal
 */
export function versionIssues(versions: readonly VersionSpan[]): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  for (let i = 1; i < versions.length; i++) {
    const previous = versions[i - 1]!;
    const current = versions[i]!;
    if (current.validFrom <= previous.validFrom) {
      issues.push({
        path: [i, "validFrom"],
        expected: `a date after ${previous.validFrom}`,
        received: current.validFrom,
        message: `versions must be in ascending validFrom order: expected a date after [${i - 1}].validFrom ${previous.validFrom}, received ${current.validFrom}`,
      });
    } else if (previous.validTo !== undefined && previous.validTo > current.validFrom) {
      issues.push({
        path: [i - 1, "validTo"],
        expected: `a date on or before ${current.validFrom}`,
        received: previous.validTo,
        message: `versions overlap: expected a date on or before [${i}].validFrom ${current.validFrom}, received ${previous.validTo}`,
      });
    }
  }
  return issues;
}

/** Problems inside single versions: dates that are not `YYYY-MM-DD` and empty intervals. */
/** Throws `VALIDATION` unless `versions` is an array. */
function assertVersionList(versions: unknown, path: FieldPath): void {
  if (!Array.isArray(versions)) throw invalidValue(path, "an array of versions { validFrom, validTo?, value }", versions);
}

function itemIssues(versions: readonly VersionSpan[]): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  versions.forEach((version, i) => {
    if (typeof version !== "object" || version === null) {
      issues.push({ path: [i], expected: "a version { validFrom, validTo?, value }", received: describeValue(version), message: `expected a version { validFrom, validTo?, value }, received ${describeValue(version)}` });
    } else if (!isIsoDate(version.validFrom)) {
      issues.push({ path: [i, "validFrom"], expected: "YYYY-MM-DD date", received: describeValue(version.validFrom), message: `expected a real calendar date in YYYY-MM-DD form, received ${describeValue(version.validFrom)}` });
    } else if (version.validTo !== undefined && !isIsoDate(version.validTo)) {
      issues.push({ path: [i, "validTo"], expected: "YYYY-MM-DD date", received: describeValue(version.validTo), message: `expected a real calendar date in YYYY-MM-DD form, received ${describeValue(version.validTo)}` });
    } else if (version.validTo !== undefined && version.validTo <= version.validFrom) {
      issues.push({ path: [i, "validTo"], expected: `a date after validFrom ${version.validFrom}`, received: version.validTo, message: `validTo must be after validFrom ${version.validFrom}, received ${version.validTo}` });
    }
  });
  return issues;
}

/**
 * Checks a version history and throws a `VALIDATION` error if a date is not `YYYY-MM-DD`, a version ends
 * before it starts, or versions are unordered or overlap; the error's `path` points at the first offending
 * field (`path` + index + field) and its message lists every problem. Returns the same array for chaining.
 *
 * @param versions - the history to check
 * @param path - where it came from, for the error message
 * @category Time
 * @example
 * ```ts
 * import { assertVersionHistory } from "technopark";
 * assertVersionHistory([{ validFrom: "2019-01-01", value: 1 }, { validFrom: "2022-01-01", value: 2 }]);
 * assertVersionHistory([{ validFrom: "2022-01-01", value: 2 }, { validFrom: "2019-01-01", value: 1 }], ["caps"]);
 * // throws VALIDATION: caps[1].validFrom: versions must be in ascending validFrom order: …
 * ```
 */
export function assertVersionHistory<V extends VersionSpan>(
  versions: readonly V[],
  path: FieldPath = [],
): readonly V[] {
  assertVersionList(versions, path);
  const found = itemIssues(versions);
  const issues = (found.length > 0 ? found : versionIssues(versions)).map((issue) => {
    const full = [...path, ...issue.path];
    return { ...issue, path: full, message: `${formatPath(full)}: ${issue.message}` };
  });
  if (issues.length > 0) {
    throw new ValidationError(`Invalid version history: ${issues.map((issue) => issue.message).join("; ")}`, {
      path: issues[0]!.path,
      issues,
    });
  }
  return versions;
}

/**
 * The version in force on a date: the one with the latest `validFrom` on or before `on`, provided `on`
 * is before its `validTo` (exclusive). `undefined` when none is in force. The list need not be sorted.
 *
 * @param versions - effective-dated versions
 * @param on - the date to read the history at
 * @category Time
 * @example
 * ```ts
 * import { asOfVersion } from "technopark";
 * asOfVersion([{ validFrom: "2019-01-01", value: "a" }], "2020-05-01")?.validFrom; // "2019-01-01"
 * ```
 */
export function asOfVersion<V extends VersionSpan>(
  versions: readonly V[],
  on: DateLike,
): V | undefined {
  const day = toIsoDate(on, ["on"]);
  assertVersionList(versions, ["versions"]);
  let best: V | undefined;
  for (const version of versions) {
    if (typeof version !== "object" || version === null) throw invalidValue(["versions", versions.indexOf(version)], "a version { validFrom, validTo?, value }", version);
    if (version.validFrom <= day && (best === undefined || version.validFrom > best.validFrom)) best = version;
  }
  if (best === undefined) return undefined;
  if (best.validTo !== undefined && day >= best.validTo) return undefined;
  return best;
}

/**
 * The value in force on a date (contract): the version whose `[validFrom, validTo)` contains `on`.
 *
 * @param versions - effective-dated versions
 * @param on - the date to read at, a `Date` (Seoul calendar day) or `YYYY-MM-DD`
 * @category Time
 * @example
 * ```ts
 * import { asOf } from "technopark";
 * const names = [
 *   { validFrom: "1946-01-01", validTo: "2023-06-11", value: "강원도" },
 *   { validFrom: "2023-06-11", value: "강원특별자치도" },
 * ];
 * asOf(names, "2023-06-10"); // "강원도"
 * asOf(names, "2023-06-11"); // "강원특별자치도"
 * ```
 */
export function asOf<T>(
  versions: readonly Versioned<T>[],
  on: DateLike,
): T | undefined {
  return asOfVersion(versions, on)?.value;
}
