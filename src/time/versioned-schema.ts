import { z } from "zod";
import { IsoDate } from "./iso-date-schema.js";
import { versionIssues, type Versioned as VersionedValue } from "./versioned.js";

/** One effective-dated version of a value (the same type as `Versioned` in `technopark`). @category Time */
export type Versioned<T> = VersionedValue<T>;

/**
 * Builds the schema of one {@link Versioned} value.
 *
 * @param value - the schema of the versioned value
 * @category Time
 * @example
 * ```ts
 * import { z } from "zod";
 * import { Versioned } from "technopark/schemas";
 * const Name = Versioned(z.string());
 * Name.parse({ validFrom: "2023-06-11", value: "강원특별자치도" });
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function Versioned<S extends z.ZodType>(value: S) {
  return z
    .object({
      /** First day the version is in force (`YYYY-MM-DD`, inclusive). */
      validFrom: IsoDate,
      /** First day it is no longer in force (`YYYY-MM-DD`, exclusive); absent for an open end. */
      validTo: IsoDate.optional(),
      /** The value in force. */
      value,
    })
    .check((ctx) => {
      const { validFrom, validTo } = ctx.value;
      if (validTo !== undefined && validTo <= validFrom) {
        ctx.issues.push({ code: "custom", path: ["validTo"], input: validTo, message: `expected a date after validFrom ${validFrom}, received ${validTo}` });
      }
    });
}

/**
 * Builds the schema of a version history: a list of {@link Versioned} values in ascending `validFrom`
 * order that do not overlap. Parsing refuses unordered or overlapping lists with the index at fault.
 *
 * @param value - the schema of the versioned value
 * @category Time
 * @example
 * ```ts
 * import { z } from "zod";
 * import { VersionHistory } from "technopark/schemas";
 * const Names = VersionHistory(z.string());
 * Names.parse([
 *   { validFrom: "1946-01-01", validTo: "2023-06-11", value: "강원도" },
 *   { validFrom: "2023-06-11", value: "강원특별자치도" },
 * ]);
 * ```
 */
/* @__NO_SIDE_EFFECTS__ */
export function VersionHistory<S extends z.ZodType>(value: S) {
  return z.array(Versioned(value)).superRefine((versions, ctx) => {
    for (const issue of versionIssues(versions)) {
      ctx.addIssue({ code: "custom", message: issue.message, path: [...issue.path], input: issue.received });
    }
  });
}
