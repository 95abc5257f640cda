// Structural detection of the library's results: by their fields, never by `instanceof` (results are plain
// data, and may come from the other module copy of a dual package, from JSON, or from a newer version).
import type { EligibilityResult, Money, Outcome } from "../index.js";
import { OUTCOMES } from "./labels.js";

/** A non-null, non-array object. */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === "string" && (OUTCOMES as readonly string[]).includes(value);
}

/** `{ amount, currency }` and nothing else, with a decimal amount and a three-letter code. */
export function isMoneyLike(value: unknown): value is Money {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length === 2 &&
    typeof value["amount"] === "string" &&
    typeof value["currency"] === "string" &&
    /^-?\d+(?:\.\d+)?$/.test(value["amount"]) &&
    /^[A-Z]{3}$/.test(value["currency"])
  );
}

/** An EligibilityResult (and so a ProgramEligibilityResult or a programme match): outcome, missing and trace. */
export function isResultLike(value: unknown): value is EligibilityResult & Readonly<Record<string, unknown>> {
  return isRecord(value) && isOutcome(value["outcome"]) && Array.isArray(value["missing"]) && isRecord(value["trace"]);
}

/** A `matchPrograms` entry: a programme result plus `programId` and `referenceDate`. */
export function isMatchLike(value: unknown): value is EligibilityResult & { readonly programId: string; readonly referenceDate: string } {
  return isResultLike(value) && typeof value["programId"] === "string" && typeof value["referenceDate"] === "string";
}

/**
 * An item of a list of verdicts: an outcome with something to show beside it (a trace, a nested `result`
 * as `judgeMany` gives, the `subject`, or ready `reasons`). A rollup row with an `outcome` column has none.
 */
export function isVerdictLike(value: unknown): value is Readonly<Record<string, unknown>> & { readonly outcome: Outcome } {
  if (!isRecord(value) || !isOutcome(value["outcome"])) return false;
  const reasons = value["reasons"];
  return isRecord(value["trace"]) || isResultLike(value["result"]) || isRecord(value["subject"]) || (Array.isArray(reasons) && reasons.every((line) => typeof line === "string"));
}

/** The shape `compareRules` returns. */
export interface ComparisonLike {
  readonly total: number;
  readonly counts: Readonly<Record<Outcome, Readonly<Record<Outcome, number>>>>;
  readonly changed: readonly { readonly index: number; readonly before: Outcome; readonly after: Outcome }[];
}

export function isComparisonLike(value: unknown): value is ComparisonLike {
  if (!isRecord(value) || typeof value["total"] !== "number" || !Array.isArray(value["changed"])) return false;
  const counts = value["counts"];
  if (!isRecord(counts)) return false;
  const table = OUTCOMES.every((before) => {
    const row = counts[before];
    return isRecord(row) && OUTCOMES.every((after) => typeof row[after] === "number");
  });
  return table && value["changed"].every((item: unknown) => isRecord(item) && typeof item["index"] === "number" && isOutcome(item["before"]) && isOutcome(item["after"]));
}

/** The stages of an export funnel (`exportFunnel` output, or the reported totals of an event). */
export const FUNNEL_STAGES = ["consultations", "contracts", "jointAgreements"] as const;

/**
 * One stage of an export funnel as the notebook reads it: a Money value and, when known, a count (`FunnelStage`
 * fits, and so do the reported totals of an event, which may give a value alone).
 *
 * @category Notebook
 * @example
 * ```ts
 * import { money } from "technopark";
 * import type { FunnelStageLike } from "technopark/notebook";
 * const contracts: FunnelStageLike = { count: 2, value: money("6500000", "USD") };
 * ```
 */
export interface FunnelStageLike {
  /** Number of deals at this stage, when known. */
  readonly count?: number | undefined;
  /** Their total value. */
  readonly value: Money;
}

/**
 * An export funnel as `funnelChart` and `show` read it: the three stages, each a value and, when known, a count.
 * `exportFunnel` output fits, and so do an event's reported totals.
 *
 * @category Notebook
 * @example
 * ```ts
 * import { exportFunnel } from "technopark";
 * import { exportDeals } from "technopark/data";
 * import type { FunnelLike } from "technopark/notebook";
 * const funnel: FunnelLike = exportFunnel(exportDeals, "USD");
 * ```
 */
export interface FunnelLike {
  /** Consultations (상담). */
  readonly consultations: FunnelStageLike;
  /** Contracts (계약). */
  readonly contracts: FunnelStageLike;
  /** Joint R&D / production agreements (공동연구·생산 협약). */
  readonly jointAgreements: FunnelStageLike;
}

export function isFunnelLike(value: unknown): value is FunnelLike {
  return (
    isRecord(value) &&
    FUNNEL_STAGES.every((stage) => {
      const entry = value[stage];
      return isRecord(entry) && (entry["count"] === undefined || typeof entry["count"] === "number") && isMoneyLike(entry["value"]);
    })
  );
}

/** An object literal (or a null-prototype object), not a Date, Map, Error or class instance. */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  if (!isRecord(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === null || prototype === Object.prototype;
}

/** A non-empty list of plain records (rollup rows, reference records): rendered as one table. */
export function isRowsLike(value: unknown): value is readonly Readonly<Record<string, unknown>>[] {
  return Array.isArray(value) && value.length > 0 && value.every((row) => isPlainRecord(row) && !isMoneyLike(row));
}

/** Bilingual text as the entities hold it: `{ ko, en? }`. */
export function isBilingualLike(value: unknown): value is { readonly ko: string; readonly en?: string } {
  return isRecord(value) && typeof value["ko"] === "string" && (value["en"] === undefined || typeof value["en"] === "string") && Object.keys(value).every((key) => key === "ko" || key === "en");
}
