import type { Money } from "../money/money.js";
import { normalize } from "../money/minor-units.js";
import { invalidValue } from "../errors/invalid-value.js";
import { assertComparable, isZero, quantityRatio, readQuantity, type Quantity } from "./quantity.js";

/**
 * Each part's share of a total (0.25 = 25%). The total defaults to the sum of the parts (exact for Money);
 * pass it when the parts do not cover everything (one technopark's share of a national figure). Parts and
 * total must be all numbers or all Money of one currency (`CURRENCY_MISMATCH`); a zero total throws
 * `VALIDATION`. Give an array for an array of shares, or an object for shares under the same keys.
 *
 * @param parts - the parts, as an array or as an object of named parts
 * @param total - the whole; defaults to the sum of the parts
 * @category Rollups
 * @example
 * ```ts
 * import { share, money } from "technopark";
 * share([1, 3]); // [0.25, 0.75]
 * share({ contracts: money("6500000", "USD"), jointAgreements: money("5000000", "USD") }, money("9000000", "USD"));
 * // { contracts: 0.7222222222222222, jointAgreements: 0.5555555555555556 }
 * ```
 */
export function share(parts: readonly number[], total?: number): number[];
export function share(parts: readonly Money[], total?: Money): number[];
export function share<K extends string>(parts: Readonly<Record<K, number>>, total?: number): Record<K, number>;
export function share<K extends string>(parts: Readonly<Record<K, Money>>, total?: Money): Record<K, number>;
export function share(parts: unknown, total?: number | Money): number[] | Record<string, number> {
  if (typeof parts !== "object" || parts === null) throw invalidValue(["parts"], "an array or an object of numbers or Money", parts);
  const entries: [string | number, unknown][] = Array.isArray(parts) ? parts.map((part, i) => [i, part]) : Object.entries(parts);
  const quantities = entries.map(([key, part]) => readQuantity(part, ["parts", key]));
  for (let i = 1; i < quantities.length; i++) assertComparable("share", quantities[0]!, quantities[i]!, ["parts", entries[i]![0]], `parts[${JSON.stringify(entries[0]![0])}]`);
  let whole: Quantity;
  if (total === undefined) {
    if (quantities.length === 0) return Array.isArray(parts) ? [] : {};
    whole = sumQuantities(quantities);
  } else {
    whole = readQuantity(total, ["total"]);
    if (quantities.length > 0) assertComparable("share", quantities[0]!, whole, ["total"], "the parts");
  }
  if (isZero(whole)) throw invalidValue(["total"], "a non-zero total (a share of zero is undefined)", total ?? 0);
  const shares = quantities.map((quantity) => quantityRatio(quantity, whole));
  if (Array.isArray(parts)) return shares;
  return Object.fromEntries(entries.map(([key], i) => [key, shares[i]!]));
}

/** The exact (Money) or compensated (number) sum of comparable quantities. */
function sumQuantities(quantities: readonly Quantity[]): Quantity {
  const first = quantities[0]!;
  if (first.kind === "money") {
    let units = 0n;
    for (const q of quantities) units += BigInt((q as Extract<Quantity, { kind: "money" }>).units);
    return { kind: "money", currency: first.currency, units: normalize(units) };
  }
  let sum = 0;
  let compensation = 0;
  for (const q of quantities) {
    const value = (q as Extract<Quantity, { kind: "number" }>).value;
    const next = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    sum = next;
  }
  return { kind: "number", value: sum + compensation };
}
