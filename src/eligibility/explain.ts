import { MoneyDecimal } from "../money/decimal.js";
import { formatKrw } from "../money/format-krw.js";
import { formatMoney } from "../money/format-money.js";
import type { Money } from "../money/money.js";
import type { Citation } from "../statutes/index.js";
import { factDefinition, type FactDefinition } from "../rules/facts.js";
import { withParticle } from "../rules/josa.js";
import { operatorTable, type OperatorDefinition } from "../rules/operators.js";
import type { ConditionTrace, EligibilityResult, GroupTrace, TraceNode } from "./trace.js";
import { assertRecord } from "../errors/invalid-value.js";

/**
 * The number formats of the two locales, built on first use and then reused (an `Intl.NumberFormat` costs ~50 µs
 * to build and ~1 µs to use; the first one a process builds also loads ICU data, ~25 ms, which `import` should not
 * pay). Write-once: the formats are immutable and results never depend on whether they were built before.
 */
let numberFormats: Readonly<Record<ExplainLocale, Intl.NumberFormat>> | undefined;
function numberFormat(locale: ExplainLocale): Intl.NumberFormat {
  numberFormats ??= {
    ko: new Intl.NumberFormat("ko-KR", { maximumFractionDigits: 20 }),
    en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 20 }),
  };
  return numberFormats[locale];
}

/**
 * The languages `explain` writes in.
 *
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, explain, type ExplainLocale } from "technopark";
 * const locale: ExplainLocale = "en";
 * explain(evaluate({ fact: "company.regularWorkers", op: "lt", value: 30 }, { company: {} }), locale);
 * // ["Regular workers unknown, so this cannot be decided (needs company.monthEndHeadcounts)"]
 * ```
 */
export type ExplainLocale = "ko" | "en";

/**
 * Explains a result in sentences a caseworker reads: one line per decisive condition (the failed
 * conditions of an ineligible `all`, the missing facts of an undetermined result, every condition of an
 * eligible `all`…), with the value seen, the threshold, for a failed threshold on a number or money fact the
 * margin to it in the fact's unit ("3명 미달", "5억 원 초과"), and for derived facts the statute they come from.
 * Known facts (see `factCatalogue`) are named with their units; other facts by the node `label`, else their path.
 * A condition under an odd number of `not` nodes is marked as an exclusion.
 *
 * @param result - what `evaluate` returned
 * @param locale - `"ko"` (default) or `"en"`
 * @category Eligibility
 * @example
 * ```ts
 * import { evaluate, explain } from "technopark";
 * const result = evaluate({ fact: "company.regularWorkers", op: "gte", value: 30 }, { company: { regularWorkers: 29.5 } });
 * explain(result); // ["상시근로자 수 29.5명으로 기준(30명 이상)에 0.5명 미달합니다"]
 * explain(result, "en"); // ["29.5 regular workers, 0.5 below the threshold of 30 or more"]
 * const revenue = { amount: "2500000000", currency: "KRW" };
 * const ceiling = { fact: "company.previousYearRevenue", op: "lt", value: { amount: "2000000000", currency: "KRW" } } as const;
 * explain(evaluate(ceiling, { company: { previousYearRevenue: revenue } }));
 * // ["직전 사업연도 매출액 25억 원으로 기준(20억 원 미만)을 5억 원 초과합니다"]
 * ```
 */
export function explain(result: EligibilityResult, locale: ExplainLocale = "ko"): string[] {
  assertRecord(result, ["result"], "an EligibilityResult from evaluate");
  assertRecord(result.trace, ["result", "trace"], "the trace of an EligibilityResult");
  const lines: string[] = [];
  const stack: [TraceNode, boolean][] = [[result.trace, false]];
  while (stack.length > 0) {
    const [node, negated] = stack.pop()!;
    if (!node.decisive) continue;
    if (node.kind === "condition") lines.push(sentence(node, negated, locale));
    else if (node.kind === "not") stack.push([node.child, !negated]);
    else if (node.children.length === 0) lines.push(emptyGroup(node, locale));
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push([node.children[i]!, negated]);
  }
  return lines;
}

function emptyGroup(node: GroupTrace, locale: ExplainLocale): string {
  const name = node.label?.[locale];
  if (locale === "ko") {
    const subject = name === undefined ? "" : `${name}: `;
    return node.kind === "all" ? `${subject}요구하는 조건이 없어 충족합니다` : `${subject}선택할 수 있는 조건이 없어 충족하지 못합니다`;
  }
  const subject = name === undefined ? "" : `${name}: `;
  return node.kind === "all" ? `${subject}no conditions required, so it is met` : `${subject}no alternatives to meet, so it is not met`;
}

function sentence(node: ConditionTrace, negated: boolean, locale: ExplainLocale): string {
  const known = factDefinition(node.fact);
  const named = known?.label[locale] ?? node.label?.[locale];
  const subject = named ?? node.fact;
  const prefix = negated ? exclusionPrefix(node, locale) : "";
  if (node.outcome === "undetermined") return prefix + undetermined(node, subject, named !== undefined, locale);
  const statute = node.source === "derived" && node.derivation !== undefined ? cite(node.derivation.statute, locale) : "";
  const operator: OperatorDefinition | undefined = Object.hasOwn(operatorTable, node.op) ? operatorTable[node.op] : undefined;
  const threshold = thresholdText(node, operator, known, locale);
  const gap = node.outcome === "failed" && operator?.bound !== undefined ? margin(node, operator, known, locale) : undefined;
  const direction = gap?.direction ?? failedDirection(node, operator);
  const amount = gap === undefined || gap.text === "" ? "" : `${gap.text} `;
  if (locale === "ko") {
    const actual = `${formatValue(node.actual, known, "ko", true)}${statute}`;
    // a value equal to a strict bound (30 against "30명 미만") neither exceeds nor falls short of it
    const verdict =
      node.outcome === "passed"
        ? "을 충족합니다"
        : direction === "below" ? `에 ${amount}미달합니다` : direction === "above" ? `을 ${amount}초과합니다` : direction === "on" ? "을 충족하지 못합니다" : "에 해당하지 않습니다";
    return `${prefix}${subject} ${withParticle(actual, "으로/로")} 기준(${threshold})${verdict}`;
  }
  const isThreshold = operator?.bound === "lower";
  const phrase =
    node.outcome === "passed"
      ? isThreshold ? `meeting the threshold of ${threshold}` : `meeting the requirement of ${threshold}`
      : direction === "below" && isThreshold
        ? `${amount}below the threshold of ${threshold}`
        : direction === "below" && amount !== ""
          ? `${amount}below the requirement of ${threshold}`
          : direction === "above" && amount !== ""
            ? `${amount}over the requirement of ${threshold}`
            : `not meeting the requirement of ${threshold}`;
  const counted = known?.unit !== undefined && known.type === "number" && typeof node.actual === "number";
  const shown = counted
    ? `${formatValue(node.actual, known, "en", true)}${statute}`
    : `${named === undefined ? subject : capitalise(subject)}: ${formatValue(node.actual, known, "en", false)}${statute}`;
  return `${prefix}${shown}, ${phrase}`;
}

type Direction = "below" | "above" | "on" | "other";
type Exact = InstanceType<typeof MoneyDecimal>;

/**
 * How far a failed threshold condition on a number or money fact is from its bound, in the fact's unit,
 * computed exactly (decimal): `3명`, `5억 원`, `₩500,000,000`. `on` (no margin) for a value equal to a strict bound.
 */
function margin(node: ConditionTrace, operator: OperatorDefinition, known: FactDefinition | undefined, locale: ExplainLocale): { direction: Direction; text: string } | undefined {
  const actual = node.actual;
  const currency = isMoney(actual) ? actual.currency : undefined;
  const read = (value: unknown): Exact | undefined => {
    if (typeof value === "number" && Number.isFinite(value) && currency === undefined) return new MoneyDecimal(value);
    if (currency !== undefined && isMoney(value) && value.currency === currency && /^-?\d+(?:\.\d+)?$/.test(value.amount)) return new MoneyDecimal(value.amount);
    return undefined;
  };
  const fact = read(actual);
  if (fact === undefined) return undefined;
  const bounds = Array.isArray(node.value) ? node.value : [node.value];
  const low = operator.bound === "upper" ? undefined : read(bounds[0]);
  const high = operator.bound === "lower" ? undefined : read(operator.bound === "range" ? bounds[1] : bounds[0]);
  let direction: Direction;
  let distance: Exact;
  if (low !== undefined && fact.lte(low)) [direction, distance] = ["below", low.minus(fact)];
  else if (high !== undefined && fact.gte(high)) [direction, distance] = ["above", fact.minus(high)];
  else return undefined;
  if (distance.isZero()) return { direction: "on", text: "" };
  if (currency !== undefined) return { direction, text: formatAmount({ amount: distance.toFixed(), currency }, locale) };
  const digits = numberFormat(locale).format(distance.toFixed() as unknown as number);
  const unit = known?.unit;
  return { direction, text: unit === undefined ? digits : locale === "ko" ? `${digits}${unit.ko}` : digits };
}

function isMoney(value: unknown): value is Money {
  return typeof value === "object" && value !== null && typeof (value as Money).amount === "string" && typeof (value as Money).currency === "string";
}

/** Under an odd number of `not`s a condition is an exclusion: passing it excludes the subject. */
function exclusionPrefix(node: ConditionTrace, locale: ExplainLocale): string {
  if (locale === "ko") return node.outcome === "passed" ? "제외 조건 해당: " : node.outcome === "failed" ? "제외 조건 비해당: " : "제외 조건: ";
  return node.outcome === "passed" ? "Exclusion applies: " : node.outcome === "failed" ? "Exclusion does not apply: " : "Exclusion: ";
}

function undetermined(node: ConditionTrace, subject: string, isName: boolean, locale: ExplainLocale): string {
  const derivation = node.derivation;
  if (locale === "ko") {
    if (derivation?.error !== undefined) return `${withParticle(subject, "을/를")} 산정할 수 없어 판단할 수 없습니다(${derivation.error})`;
    if (derivation?.missingAsOf === true) return `기준일(asOf)이 주어지지 않아 ${withParticle(subject, "을/를")} 산정할 수 없으므로 판단할 수 없습니다`;
    const needs = derivation?.missingInputs?.length ? `(필요한 자료: ${derivation.missingInputs.join(", ")})` : "";
    return `${subject} 정보가 없어 판단할 수 없습니다${needs}`;
  }
  const name = isName ? capitalise(subject) : subject;
  if (derivation?.error !== undefined) return `${name} could not be computed (${derivation.error}), so this cannot be decided`;
  if (derivation?.missingAsOf === true) return `${name} depends on the date and no asOf date was given, so this cannot be decided`;
  const needs = derivation?.missingInputs?.length ? ` (needs ${derivation.missingInputs.join(", ")})` : "";
  return `${name} unknown, so this cannot be decided${needs}`;
}

/** Which side of the threshold a failed comparison is on, for the wording (dates and strings: no margin). */
function failedDirection(node: ConditionTrace, operator: OperatorDefinition | undefined): Direction {
  const actual = node.actual;
  if (operator?.bound === undefined || (typeof actual !== "number" && typeof actual !== "string")) return "other";
  const [min, max] = (Array.isArray(node.value) ? node.value : [node.value, node.value]) as [unknown, unknown];
  const sameType = (value: unknown): boolean => typeof value === typeof actual;
  if (operator.bound !== "upper" && sameType(min) && (actual as number) <= (min as number)) return actual === min && operator.strictBound === true ? "on" : "below";
  if (operator.bound !== "lower" && sameType(max) && (actual as number) >= (max as number)) return actual === max && operator.strictBound === true ? "on" : "above";
  return "other";
}

function thresholdText(node: ConditionTrace, operator: OperatorDefinition | undefined, known: FactDefinition | undefined, locale: ExplainLocale): string {
  const one = (value: unknown): string => formatValue(value, known, locale, locale === "ko");
  let values: string[];
  if (node.op === "exists") values = [String(node.value !== false)];
  else if (Array.isArray(node.value)) {
    values = node.value.slice(0, 10).map(one);
    if (node.value.length > 10) values.push("…");
  } else values = [one(node.value)];
  if (operator === undefined) return values.join(", ");
  return operator.words[locale](values, known?.unit !== undefined && known.type === "number");
}

/**
 * Renders a fact value for a sentence: coded values by name, counts with their unit, money with its
 * currency. Bounded whatever the value: strings over 80 characters are cut, arrays show their first 5
 * elements, objects their first 3 keys, nesting stops at 2 levels, so a 10 MB string, a cyclic object or a
 * million-element list still gives a short line.
 * @internal
 */
export function formatValue(value: unknown, known: FactDefinition | undefined, locale: ExplainLocale, withUnit: boolean, depth = 0): string {
  if ((typeof value === "string" || typeof value === "boolean") && known?.valueNames !== undefined) {
    const named = Object.hasOwn(known.valueNames, String(value)) ? known.valueNames[String(value)] : undefined;
    if (named !== undefined) return named[locale];
  }
  if (typeof value === "boolean") return locale === "ko" ? (value ? "예" : "아니요") : value ? "yes" : "no";
  if (typeof value === "number") {
    const digits = numberFormat(locale).format(value);
    if (!withUnit || known?.unit === undefined || known.type !== "number") return digits;
    return locale === "ko" ? `${digits}${known.unit.ko}` : `${digits} ${known.unit.en}`;
  }
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (typeof value === "bigint") return value.toString().length > 80 ? `${value.toString().slice(0, 77)}…` : value.toString();
  if (value === null || value === undefined) return locale === "ko" ? "없음" : "none";
  if (depth >= 2) return "…";
  if (Array.isArray(value)) {
    const shown = value.slice(0, 5).map((item) => formatValue(item, known, locale, withUnit, depth + 1));
    if (value.length > 5) shown.push(locale === "ko" ? `… 외 ${(value.length - 5).toLocaleString("ko-KR")}개` : `… ${(value.length - 5).toLocaleString("en-US")} more`);
    return shown.join(", ");
  }
  if (typeof value === "object") {
    const { amount, currency } = value as { amount?: unknown; currency?: unknown };
    if (typeof amount === "string" && typeof currency === "string") return formatAmount({ amount, currency }, locale);
    const keys = Object.keys(value);
    const shown = keys.slice(0, 3).map((key) => `${key.length > 40 ? `${key.slice(0, 39)}…` : key}: ${formatValue((value as Record<string, unknown>)[key], undefined, locale, false, depth + 1)}`);
    if (keys.length > 3) shown.push("…");
    return `{${shown.join(", ")}}`;
  }
  return typeof value;
}

/** Money as reports write it: `50억 원` in Korean, `₩5,000,000,000` / `$1,234.50` otherwise; a malformed amount as given. */
function formatAmount(value: Money, locale: ExplainLocale): string {
  try {
    if (locale === "ko" && value.currency === "KRW") return formatKrw(value);
    return formatMoney(value, { locale: locale === "ko" ? "ko-KR" : "en-US" });
  } catch {
    return `${value.amount} ${value.currency}`;
  }
}

/** A short citation: the law without parenthesised notes, and the article (in English only when it translates). */
function cite(statute: Citation, locale: ExplainLocale): string {
  const bare = (text: string): string => text.replace(/\s*\([^)]*\)/g, "").trim();
  if (locale === "ko") return `(${bare(statute.law.ko)} ${bare(statute.article)})`;
  const article = bare(statute.article)
    .replace(/법 /g, "Act ")
    .replace(/시행령 /g, "Decree ")
    .replace(/제(\d+)조의(\d+)/g, "Art. $1-$2")
    .replace(/제(\d+)조/g, "Art. $1")
    .replace(/별표(\d+)/g, "Annex $1")
    .replace(/·/g, ", ");
  const law = bare(statute.law.en);
  return /[\uac00-\ud7a3]/.test(article) ? ` (${law})` : ` (${law}, ${article})`;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}
