import type { BilingualText } from "../entities/bilingual.js";
import {
  CLASSIFY_SME_CITATION,
  IS_MICRO_ENTERPRISE_CITATION,
  IS_YOUTH_FOUNDER_CITATION,
  KSIC_SECTION_CITATION,
  REGULAR_WORKER_COUNT_CITATION,
  STARTUP_STAGE_CITATION,
} from "../statutes/citation.js";
import {
  classifySme,
  isMicroEnterprise,
  isYouthFounder,
  ksicSection,
  regularWorkerCount,
  startupStage,
  type Citation,
} from "../statutes/index.js";
import { fullYearsBetween } from "../time/full-years.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { isPresent, readPath, splitFactPath } from "./fact-path.js";
import type { DerivationTrace, DerivedFactName } from "./trace.js";

/**
 * What the library knows about one derived fact: the statute it implements, the facts it reads and
 * whether it depends on the evaluation date.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { derivedFacts, type DerivedFactInfo } from "technopark";
 * const info: DerivedFactInfo = derivedFacts["representative.isYouth"];
 * info.inputs; // ["representative.birthDate", "company.representative.birthDate"]
 * ```
 */
export interface DerivedFactInfo {
  /** The fact path rules use, e.g. `"company.smeSize"`. */
  readonly fact: DerivedFactName;
  /** The statute article (or classification) the computation implements. */
  readonly statute: Citation;
  /** The fact paths it reads. */
  readonly inputs: readonly string[];
  /** Whether it needs `options.asOf` (without one it is missing: the clock is never read). */
  readonly needsAsOf: boolean;
  /** What it is, in Korean and English. */
  readonly description: BilingualText;
}

const CIVIL_ACT_AGE: Citation = {
  law: { ko: "민법", en: "Civil Act" },
  article: "제158조·제160조",
  url: "https://www.law.go.kr/법령/민법",
};

/**
 * The derived facts, as data: name, statute, inputs and date dependence. A path given explicitly in the
 * facts always wins over its derivation (e.g. `company.regularWorkers` given directly).
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { derivedFacts } from "technopark";
 * derivedFacts["company.regularWorkers"].statute.article; // "제3조"
 * derivedFacts["company.startupStage"].needsAsOf; // true
 * ```
 */
export const derivedFacts: Readonly<Record<DerivedFactName, DerivedFactInfo>> = /* @__PURE__ */ Object.freeze({
  "company.regularWorkers": {
    fact: "company.regularWorkers",
    statute: REGULAR_WORKER_COUNT_CITATION,
    inputs: ["company.monthEndHeadcounts"],
    needsAsOf: false,
    description: { ko: "월말 상시근로자 수의 평균", en: "average of month-end regular-worker headcounts" },
  },
  "company.smeSize": {
    fact: "company.smeSize",
    statute: CLASSIFY_SME_CITATION,
    inputs: ["company.inListedGroup", "company.ksic", "company.averageRevenue", "company.totalAssets"],
    needsAsOf: true,
    description: { ko: "중소기업 규모(소기업·중기업·중소기업 아님)", en: "SME size (small, medium or not an SME)" },
  },
  "company.isMicroEnterprise": {
    fact: "company.isMicroEnterprise",
    statute: IS_MICRO_ENTERPRISE_CITATION,
    inputs: ["company.ksic", "company.regularWorkers", "company.smeSize"],
    needsAsOf: true,
    description: { ko: "소상공인 여부", en: "whether the company is a microenterprise" },
  },
  "company.startupStage": {
    fact: "company.startupStage",
    statute: STARTUP_STAGE_CITATION,
    inputs: ["company.foundedOn"],
    needsAsOf: true,
    description: { ko: "창업 단계(업력 기준)", en: "start-up stage by years since founding" },
  },
  "company.ksicSection": {
    fact: "company.ksicSection",
    statute: KSIC_SECTION_CITATION,
    inputs: ["company.ksic"],
    needsAsOf: false,
    description: { ko: "한국표준산업분류 대분류", en: "KSIC section" },
  },
  "company.ageInYears": {
    fact: "company.ageInYears",
    statute: CIVIL_ACT_AGE,
    inputs: ["company.foundedOn"],
    needsAsOf: true,
    description: { ko: "설립 후 만 연수(업력)", en: "full years since founding" },
  },
  "representative.isYouth": {
    fact: "representative.isYouth",
    statute: IS_YOUTH_FOUNDER_CITATION,
    inputs: ["representative.birthDate", "company.representative.birthDate"],
    needsAsOf: true,
    description: { ko: "대표자가 만 39세 이하인 청년인지 여부", en: "whether the representative is 39 or younger" },
  },
});

/**
 * Whether a fact path names a derived fact.
 * @internal
 */
export function isDerivedFactName(path: string): path is DerivedFactName {
  return Object.hasOwn(derivedFacts, path);
}

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

const SEGMENTS: Readonly<Record<string, readonly string[]>> = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.fromEntries(
    /* @__PURE__ */ [
      "company.monthEndHeadcounts",
      "company.inListedGroup",
      "company.ksic",
      "company.seatManufacturing",
      "company.averageRevenue",
      "company.totalAssets",
      "company.foundedOn",
      "representative.birthDate",
      "company.representative.birthDate",
      .../* @__PURE__ */ Object.keys(derivedFacts),
    ].map((path) => [path, splitFactPath(path)]),
  ),
);

function given(context: DerivationContext, path: string): unknown {
  return readPath(context.facts, SEGMENTS[path]!);
}

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

function absent(context: DerivationContext, paths: readonly string[]): string[] {
  return paths.filter((path) => !isPresent(given(context, path)));
}

function resolveDependency(context: DerivationContext, dependency: DerivedFactName, dependsOn: DerivationTrace[] | undefined): Resolution {
  const resolution = resolveDerived(context, dependency);
  if (dependsOn !== undefined && resolution.derivation !== undefined) dependsOn.push(resolution.derivation);
  return resolution;
}

type Attempt = { value: unknown } | { missingInputs: string[] } | { missingAsOf: true } | { error: string };

function derive(context: DerivationContext, name: DerivedFactName): Resolution {
  if (!context.traced) {
    const attempt = attemptDerivation(context, name, undefined);
    return "value" in attempt ? { value: attempt.value, present: true, source: "derived" } : MISSING;
  }
  const info = derivedFacts[name];
  const dependsOn: DerivationTrace[] = [];
  const attempt = attemptDerivation(context, name, dependsOn);
  // Built field by field (no spreads): this runs for every subject whose fact must be derived.
  const trace: { -readonly [K in keyof DerivationTrace]: DerivationTrace[K] } = { fact: name, statute: info.statute, inputs: info.inputs };
  if (info.needsAsOf && context.asOf !== undefined) trace.asOf = context.asOf;
  if (dependsOn.length > 0) trace.dependsOn = dependsOn;
  if ("value" in attempt) {
    trace.value = attempt.value;
    return { value: attempt.value, present: true, source: "derived", derivation: trace };
  }
  if ("missingInputs" in attempt) trace.missingInputs = attempt.missingInputs;
  else if ("missingAsOf" in attempt) trace.missingAsOf = true;
  else trace.error = attempt.error;
  return { value: undefined, present: false, source: "missing", derivation: trace };
}

function attemptDerivation(context: DerivationContext, name: DerivedFactName, dependsOn: DerivationTrace[] | undefined): Attempt {
  const { asOf } = context;
  try {
    switch (name) {
      case "company.regularWorkers": {
        const missing = absent(context, ["company.monthEndHeadcounts"]);
        if (missing.length > 0) return { missingInputs: missing };
        return { value: regularWorkerCount(given(context, "company.monthEndHeadcounts") as Parameters<typeof regularWorkerCount>[0]) };
      }
      case "company.smeSize": {
        if (given(context, "company.inListedGroup") === true) return { value: "not-sme" };
        const missing = absent(context, ["company.ksic", "company.averageRevenue", "company.totalAssets"]);
        if (missing.length > 0) return { missingInputs: missing };
        if (asOf === undefined) return { missingAsOf: true };
        const input = {
          ksic: given(context, "company.ksic"),
          averageRevenue: given(context, "company.averageRevenue"),
          totalAssets: given(context, "company.totalAssets"),
          seatManufacturing: given(context, "company.seatManufacturing") === true,
        } as Parameters<typeof classifySme>[0];
        return { value: classifySme(input, { asOf }) };
      }
      case "company.isMicroEnterprise": {
        const missing = absent(context, ["company.ksic"]);
        const regularWorkers = resolveDependency(context, "company.regularWorkers", dependsOn);
        const smeSize = resolveDependency(context, "company.smeSize", dependsOn);
        if (!regularWorkers.present) missing.push("company.regularWorkers");
        if (!smeSize.present) missing.push("company.smeSize");
        if (missing.length > 0) return { missingInputs: missing };
        if (asOf === undefined) return { missingAsOf: true };
        const input = {
          ksic: given(context, "company.ksic"),
          regularWorkers: regularWorkers.value,
          smeSize: smeSize.value,
        } as Parameters<typeof isMicroEnterprise>[0];
        return { value: isMicroEnterprise(input, { asOf }) };
      }
      case "company.startupStage": {
        const missing = absent(context, ["company.foundedOn"]);
        if (missing.length > 0) return { missingInputs: missing };
        if (asOf === undefined) return { missingAsOf: true };
        return { value: startupStage(given(context, "company.foundedOn") as string, asOf) };
      }
      case "company.ksicSection": {
        const missing = absent(context, ["company.ksic"]);
        if (missing.length > 0) return { missingInputs: missing };
        return { value: ksicSection(given(context, "company.ksic") as string) };
      }
      case "company.ageInYears": {
        const missing = absent(context, ["company.foundedOn"]);
        if (missing.length > 0) return { missingInputs: missing };
        if (asOf === undefined) return { missingAsOf: true };
        const foundedOn = toIsoDate(given(context, "company.foundedOn") as DateLike, ["company", "foundedOn"]);
        if (foundedOn > asOf) return { error: `company.foundedOn ${foundedOn} is after asOf ${asOf}` };
        return { value: fullYearsBetween(foundedOn, asOf) };
      }
      case "representative.isYouth": {
        const own = given(context, "representative.birthDate");
        const birthDate = isPresent(own) ? own : given(context, "company.representative.birthDate");
        if (!isPresent(birthDate)) return { missingInputs: ["representative.birthDate"] };
        if (asOf === undefined) return { missingAsOf: true };
        return { value: isYouthFounder(birthDate as string, asOf) };
      }
    }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}
