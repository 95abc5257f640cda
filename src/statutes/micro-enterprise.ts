import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { asOfVersion, type Versioned } from "../time/versioned.js";
import { parseKsic, type KsicSection } from "./ksic.js";
import type { SmeSize } from "./sme.js";
import { assertRecord } from "../errors/invalid-value.js";

/** The 소상공인 headcount thresholds of one version of the law. */
type MicroThresholds = {
  /** Fewer regular workers than this in the listed sections (mining, manufacturing, construction, transport). */
  readonly industrialBelow: number;
  /** The sections the higher threshold applies to. */
  readonly industrialSections: readonly KsicSection[];
  /** Fewer regular workers than this in every other industry. */
  readonly otherBelow: number;
};

/**
 * 소상공인기본법 제2조 and 시행령 제3조 (the Act in force from 2021-02-05): a 소기업 with fewer than 10 regular
 * workers in mining (B), manufacturing (C), construction (F) and transport (H, divisions 49–52), fewer than 5
 * otherwise. The predecessor act (소상공인 보호 및 지원에 관한 법률) is not encoded.
 */
/** @internal */
export const microThresholds: readonly Versioned<MicroThresholds>[] = /* @__PURE__ */ Object.freeze([
  { validFrom: "2021-02-05", value: { industrialBelow: 10, industrialSections: ["B", "C", "F", "H"], otherBelow: 5 } },
]);

/**
 * Input of {@link isMicroEnterprise}: main industry, regular workers and, when known, the SME size.
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { MicroEnterpriseInput } from "technopark";
 * const firm: MicroEnterpriseInput = { ksic: "C29199", regularWorkers: 9.5, smeSize: "small" };
 * ```
 */
export type MicroEnterpriseInput = {
  /** KSIC code of the main industry. */
  readonly ksic: string;
  /** Regular workers (상시근로자 수), e.g. from `regularWorkerCount`; fractions allowed. */
  readonly regularWorkers: number;
  /** The firm's SME size, when known; a 소상공인 must be a 소기업 ("small"). */
  readonly smeSize?: SmeSize | undefined;
};

/**
 * Whether a firm is a 소상공인 (microenterprise) under 소상공인기본법 제2조 and 시행령 제3조: fewer than 10 regular
 * workers in mining, manufacturing, construction or transport (KSIC sections B, C, F, H), fewer than 5 in any
 * other industry. A 소상공인 must also be a 소기업, so a given `smeSize` other than `"small"` makes it `false`;
 * without `smeSize` only the headcount is judged.
 *
 * Not computed: the 3-year grace by which a firm that outgrows the headcount keeps its status (unless it reaches
 * 20 regular workers or more) needs the firm's history: apply it outside this function. Dates before 2021-02-05
 * (the Act's entry into force) throw `VALIDATION`, as do invalid KSIC codes and a negative or non-finite headcount.
 *
 * @param input - main industry, regular workers and (optionally) SME size
 * @param options - `asOf`: the date whose thresholds apply
 * @category Statutes
 * @example
 * ```ts
 * import { isMicroEnterprise } from "technopark";
 * isMicroEnterprise({ ksic: "C29199", regularWorkers: 9.5 }, { asOf: "2025-01-01" }); // true (manufacturing: < 10)
 * isMicroEnterprise({ ksic: "J62", regularWorkers: 5 }, { asOf: "2025-01-01" }); // false (other industries: < 5)
 * isMicroEnterprise({ ksic: "C29", regularWorkers: 3, smeSize: "medium" }, { asOf: "2025-01-01" }); // false
 * ```
 */
export function isMicroEnterprise(input: MicroEnterpriseInput, options: { readonly asOf: DateLike }): boolean {
  assertRecord(input, ["input"], "an object { ksic, regularWorkers, smeSize? }");
  const { section } = parseKsic(input.ksic, ["ksic"]);
  const workers = input.regularWorkers;
  if (typeof workers !== "number" || !Number.isFinite(workers) || workers < 0) {
    throw new ValidationError(`regularWorkers: expected a finite non-negative number, received ${describeValue(workers)}`, {
      path: ["regularWorkers"],
      issues: [{ path: ["regularWorkers"], expected: "finite non-negative number", received: describeValue(workers), message: "invalid headcount" }],
    });
  }
  const smeSize = input.smeSize;
  if (smeSize !== undefined && smeSize !== "small" && smeSize !== "medium" && smeSize !== "not-sme") {
    throw new ValidationError(`smeSize: expected "small", "medium" or "not-sme", received ${describeValue(smeSize)}`, {
      path: ["smeSize"],
      issues: [{ path: ["smeSize"], expected: "small | medium | not-sme", received: describeValue(smeSize), message: "invalid SME size" }],
    });
  }
  const day = toIsoDate((options as Partial<typeof options> | undefined)?.asOf as DateLike, ["asOf"]);
  const version = asOfVersion(microThresholds, day);
  if (version === undefined) {
    const expected = `a date on or after ${microThresholds[0]!.validFrom} (소상공인기본법 in force): no 소상공인 thresholds are encoded for ${day}`;
    throw new ValidationError(`asOf: expected ${expected}, received ${describeValue(day)}`, {
      path: ["asOf"],
      issues: [{ path: ["asOf"], expected, received: describeValue(day), message: "no thresholds in force" }],
    });
  }
  if (smeSize !== undefined && smeSize !== "small") return false;
  const { industrialBelow, industrialSections, otherBelow } = version.value;
  return workers < (industrialSections.includes(section) ? industrialBelow : otherBelow);
}
