import type { Money } from "../money/money.js";

/**
 * A KRW amount as a plain Money record (the data test validates every amount with the Money schema; building
 * records this way keeps `technopark/data` from constructing schemas at import).
 * @internal
 */
export function krw(amount: string): Money {
  return { amount, currency: "KRW" };
}

/**
 * A USD amount as a plain Money record (validated by the data test).
 * @internal
 */
export function usd(amount: string): Money {
  return { amount, currency: "USD" };
}
