import { invalidValue } from "../errors/invalid-value.js";

/**
 * Renders a rate (1.731 for +173.1%) as a percentage with a fixed number of decimals, the way Korean
 * reports print growth and conversion rates (`"173.1%"`). Use it for tables and captions; keep the number
 * for arithmetic. A non-finite rate or a bad `fractionDigits` throws `VALIDATION`.
 *
 * @param rate - the rate as a fraction (0.096 = 9.6%)
 * @param fractionDigits - decimals to show, 0–10; default 1
 * @category Rollups
 * @example
 * ```ts
 * import { formatPercent, growthRate, cagr } from "technopark";
 * formatPercent(growthRate(826, 2256)); // "173.1%"
 * formatPercent(cagr(826, 2256, 11)); // "9.6%"
 * formatPercent(0.5, 0); // "50%"
 * ```
 */
export function formatPercent(rate: number, fractionDigits = 1): string {
  if (typeof rate !== "number" || !Number.isFinite(rate)) throw invalidValue(["rate"], "a finite number", rate);
  if (!Number.isInteger(fractionDigits) || fractionDigits < 0 || fractionDigits > 10) {
    throw invalidValue(["fractionDigits"], "a whole number from 0 to 10", fractionDigits);
  }
  const text = (rate * 100).toFixed(fractionDigits);
  // "-0.0" (a tiny negative rate) reads as zero
  return `${/^-0(\.0+)?$/.test(text) ? text.slice(1) : text}%`;
}
