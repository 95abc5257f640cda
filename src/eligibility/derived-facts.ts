import { statuteTableVersion, type StatuteTableId } from "../statutes/tables-in-force.js";
import { isPresent, readPath, splitFactPath } from "../rules/fact-path.js";
import { factCatalogue, isDerivedFactName, type Derivation, type DerivedFactName } from "../rules/facts.js";
import type { DerivationTrace } from "./trace.js";

/**
 * A resolved fact: its value (or its absence), where it came from and, for derived facts, how.
 * @internal
 */
export interface Resolution {
  readonly value: unknown;
  readonly present: boolean;
  readonly source: "given" | "derived" | "missing";
  readonly derivation?: DerivationTrace;
}

/**
 * Per-evaluation state for derived facts: the facts, the date and a memo so each derived fact is
 * computed at most once per evaluation (lazily, only when a condition asks for it).
 * @internal
 */
export interface DerivationContext {
  readonly facts: object;
  readonly asOf: string | undefined;
  memo: Map<DerivedFactName, Resolution> | undefined;
  /** `false` for compiled rules: no derivation traces are built. */
  readonly traced: boolean;
  /** Whether `Object.prototype` was polluted when the evaluation started (then every fact read checks own properties). */
  readonly polluted: boolean;
  /** Rule nodes evaluated so far (evaluate refuses rules over `RULE_LIMITS.maxNodes`, as compileRule does). */
  nodes: number;
}

const MISSING: Resolution = /* @__PURE__ */ Object.freeze({ value: undefined, present: false, source: "missing" });

/** The split paths of every fact a derivation reads, once. */
const SEGMENTS: ReadonlyMap<string, readonly string[]> = /* @__PURE__ */ (() => {
  const paths = new Map<string, readonly string[]>();
  for (const [name, definition] of Object.entries(factCatalogue)) {
    paths.set(name, splitFactPath(name));
    const derived = (definition as { derived?: Derivation }).derived;
    if (derived === undefined) continue;
    for (const input of derived.inputs) {
      paths.set(input.fact, splitFactPath(input.fact));
      if (input.or !== undefined) paths.set(input.or, splitFactPath(input.or));
    }
    if (derived.preempt !== undefined) paths.set(derived.preempt.fact, splitFactPath(derived.preempt.fact));
  }
  return paths;
})();

function given(context: DerivationContext, path: string): unknown {
  return readPath(context.facts, SEGMENTS.get(path)!);
}

function derivationOf(name: DerivedFactName): Derivation {
  return (factCatalogue[name] as { derived: Derivation }).derived;
}

/** Every path a derivation reads, for its trace: the inputs, their fallbacks and the preempting fact. */
const INPUT_PATHS: ReadonlyMap<DerivedFactName, readonly string[]> = /* @__PURE__ */ (() => {
  const paths = new Map<DerivedFactName, readonly string[]>();
  for (const name of Object.keys(factCatalogue)) {
    if (!isDerivedFactName(name)) continue;
    const derived = derivationOf(name);
    paths.set(name, [
      ...(derived.preempt === undefined ? [] : [derived.preempt.fact]),
      ...derived.inputs.flatMap((input) => (input.or === undefined ? [input.fact] : [input.fact, input.or])),
    ]);
  }
  return paths;
})();

/**
 * Resolves a fact that is given or derivable: the given value wins, otherwise the derivation (memoised).
 * @internal
 */
export function resolveDerived(context: DerivationContext, name: DerivedFactName): Resolution {
  const explicit = given(context, name);
  if (isPresent(explicit)) return { value: explicit, present: true, source: "given" };
  const memo = (context.memo ??= new Map());
  const known = memo.get(name);
  if (known !== undefined) return known;
  const resolution = derive(context, name);
  memo.set(name, resolution);
  return resolution;
}

type Attempt = { value: unknown } | { missingInputs: string[] } | { missingAsOf: true } | { error: string };

function derive(context: DerivationContext, name: DerivedFactName): Resolution {
  const dependsOn: DerivationTrace[] | undefined = context.traced ? [] : undefined;
  const derivation = derivationOf(name);
  const attempt = attemptDerivation(context, derivation, dependsOn);
  if (!context.traced) return "value" in attempt ? { value: attempt.value, present: true, source: "derived" } : MISSING;
  const asOf = context.asOf;
  // Built field by field (no spreads): this runs for every subject whose fact must be derived.
  const trace: { -readonly [K in keyof DerivationTrace]: DerivationTrace[K] } = {
    fact: name,
    statute: derivation.citationOn === undefined ? derivation.statute : derivation.citationOn(asOf),
    inputs: INPUT_PATHS.get(name)!,
  };
  if (derivation.needsAsOf && asOf !== undefined) {
    trace.asOf = asOf;
    if (derivation.tables !== undefined && "value" in attempt) trace.tables = tablesOn(derivation.tables, asOf);
  }
  if (dependsOn!.length > 0) trace.dependsOn = dependsOn!;
  if ("value" in attempt) {
    trace.value = attempt.value;
    return { value: attempt.value, present: true, source: "derived", derivation: trace };
  }
  if ("missingInputs" in attempt) trace.missingInputs = attempt.missingInputs;
  else if ("missingAsOf" in attempt) trace.missingAsOf = true;
  else trace.error = attempt.error;
  return { value: undefined, present: false, source: "missing", derivation: trace };
}

function tablesOn(tables: readonly StatuteTableId[], asOf: string): Readonly<Record<string, string>> {
  const versions: Record<string, string> = {};
  for (const table of tables) {
    const version = statuteTableVersion(table, asOf);
    if (version !== undefined) versions[table] = version;
  }
  return versions;
}

/** Reads one input: given, or (for a derived input) derived, or its fallback path. */
function readInput(context: DerivationContext, path: string, dependsOn: DerivationTrace[] | undefined): unknown {
  if (isDerivedFactName(path)) {
    const resolution = resolveDerived(context, path);
    if (dependsOn !== undefined && resolution.derivation !== undefined) dependsOn.push(resolution.derivation);
    return resolution.present ? resolution.value : undefined;
  }
  return given(context, path);
}

function attemptDerivation(context: DerivationContext, derivation: Derivation, dependsOn: DerivationTrace[] | undefined): Attempt {
  const preempt = derivation.preempt;
  if (preempt !== undefined && given(context, preempt.fact) === preempt.equals) return { value: preempt.value };
  const inputs: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const input of derivation.inputs) {
    let value = readInput(context, input.fact, dependsOn);
    if (!isPresent(value) && input.or !== undefined) value = readInput(context, input.or, dependsOn);
    if (isPresent(value)) inputs[input.fact] = value;
    else if (input.optional !== true) missing.push(input.fact);
  }
  if (missing.length > 0) return { missingInputs: missing };
  if (derivation.needsAsOf && context.asOf === undefined) return { missingAsOf: true };
  try {
    return { value: derivation.formula(inputs, context.asOf) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
