import { explain, type EligibilityResult, type ExplainLocale, type ProgramEligibilityResult } from "../eligibility/index.js";
import type { DerivationTrace, TraceNode } from "../eligibility/trace.js";

/** What `check` prints of one judged company: its reasons and missing facts, and those already as JSON text. */
export interface RenderedResult {
  /** The sentences of `explain`. */
  readonly reasons: readonly string[];
  /** `JSON.stringify(reasons)`. */
  readonly reasonsJson: string;
  /** `JSON.stringify(missing)`, or `undefined` when no fact is missing. */
  readonly missingJson: string | undefined;
  /** `JSON.stringify(stamp)`, for programme results. */
  readonly stampJson: string | undefined;
}

/** Distinct signatures remembered per run: enough for the handful of reasons a programme gives, bounded for hostile input. */
const MAX_REMEMBERED = 50_000;
/** Rule versions remembered per run (`check` judges with one, or one per open round). */
const MAX_VERSIONS = 100;

/**
 * Renders results for `check`, explaining each distinct *signature* once: the conditions that decided and the
 * values they saw (and, for derived facts, the statute cited or why they could not be computed). Two companies
 * with the same signature get the same sentences — `explain` reads nothing else of the trace — so a million
 * rows of a three-condition programme are explained a few hundred times. Results whose decisive values are
 * lists or other objects are explained every time. The memo lives in the returned function (one per run).
 * @internal
 */
export function resultRenderer(locale: ExplainLocale): (result: EligibilityResult | ProgramEligibilityResult) => RenderedResult {
  // per rule version (a programme's results share their version object; plain rules share one entry), the
  // rendered results by signature and the stamps' JSON by the tables they list
  const byVersion = new Map<object | undefined, { rendered: Map<string, Omit<RenderedResult, "stampJson">>; stamps: Map<string, string> }>();
  let remembered = 0;
  const statuteKeys = new WeakMap<object, string>();
  const statuteKey = (derivation: DerivationTrace): string => {
    const statute = derivation.statute as unknown;
    if (typeof statute !== "object" || statute === null) return String(statute);
    let key = statuteKeys.get(statute);
    if (key === undefined) statuteKeys.set(statute, (key = JSON.stringify(statute)));
    return key;
  };
  return (result) => {
    const version = "ruleVersion" in result ? result.ruleVersion : undefined;
    let memo = byVersion.get(version);
    if (memo === undefined) {
      memo = { rendered: new Map(), stamps: new Map() };
      if (byVersion.size < MAX_VERSIONS) byVersion.set(version, memo);
    }
    const stamp = "stamp" in result ? result.stamp : undefined;
    let stampJson: string | undefined;
    if (stamp !== undefined) {
      const tables = stamp.tables;
      let key = "";
      for (const id in tables) key += `${id}=${tables[id]}\u0000`;
      stampJson = memo.stamps.get(key);
      // the rest of the stamp (programme, version, the rule's hash) is the same for every result of the version
      if (stampJson === undefined) {
        stampJson = JSON.stringify(stamp);
        if (remembered++ < MAX_REMEMBERED) memo.stamps.set(key, stampJson);
      }
    }
    const key = signature(result.trace, statuteKey);
    let rendered = key === undefined ? undefined : memo.rendered.get(key);
    if (rendered === undefined) {
      const reasons = explain(result, locale);
      rendered = { reasons, reasonsJson: JSON.stringify(reasons), missingJson: result.missing.length > 0 ? JSON.stringify(result.missing) : undefined };
      if (key !== undefined && remembered++ < MAX_REMEMBERED) memo.rendered.set(key, rendered);
    }
    return { reasons: rendered.reasons, reasonsJson: rendered.reasonsJson, missingJson: rendered.missingJson, stampJson };
  };
}

/**
 * The signature of a trace: for every decisive condition (by its position in the rule, which also fixes any
 * `not` above it) its outcome, source and the value seen; for decisive empty groups their position. `undefined`
 * when a decisive value is not a number, string, boolean or money (then it is not worth remembering).
 */
function signature(trace: TraceNode, statuteKey: (derivation: DerivationTrace) => string): string | undefined {
  let key = "";
  let position = 0;
  const stack: TraceNode[] = [trace];
  while (stack.length > 0) {
    const node = stack.pop()!;
    position++;
    if (node.kind === "condition") {
      if (!node.decisive) continue;
      const value = valueKey(node.actual);
      if (value === undefined) return undefined;
      key += `\u0001${position}${OUTCOME_CODE[node.outcome]}${SOURCE_CODE[node.source]}${value}`;
      const derivation = node.derivation;
      if (derivation !== undefined) {
        key += `\u0002${statuteKey(derivation)}`;
        if (derivation.error !== undefined) key += `\u0003${derivation.error}`;
        if (derivation.missingAsOf === true) key += "\u0004";
        if (derivation.missingInputs !== undefined) key += `\u0005${derivation.missingInputs.join("\u0000")}`;
      }
    } else if (node.kind === "not") stack.push(node.child);
    else {
      if (node.decisive && node.children.length === 0) key += `\u0001${position}e`;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  return key;
}

const OUTCOME_CODE = { passed: "p", failed: "f", undetermined: "u" } as const;
const SOURCE_CODE = { given: "g", derived: "d", missing: "m" } as const;

function valueKey(value: unknown): string | undefined {
  switch (typeof value) {
    case "undefined":
      return "u";
    case "number":
      return Object.is(value, -0) ? "n-0" : `n${value}`;
    case "string":
      return `s${value.length}:${value}`;
    case "boolean":
      return value ? "T" : "F";
    case "object": {
      if (value === null || Array.isArray(value)) return undefined;
      const money = value as { amount?: unknown; currency?: unknown };
      if (typeof money.amount !== "string" || typeof money.currency !== "string" || Object.keys(value).length !== 2) return undefined;
      return `m${money.amount}:${money.currency}`;
    }
    default:
      return undefined;
  }
}
