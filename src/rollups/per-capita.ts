import { divideMoney } from "../money/multiply-money.js";
import type { Money } from "../money/money.js";
import { invalidValue } from "../errors/invalid-value.js";
import { readQuantity } from "./quantity.js";

/**
 * A total divided by a number of people: revenue per employee, budget per company, output per
 * researcher. A Money total gives Money rounded half-even to the currency's minor digits (exact division,
 * one rounding); a number gives a number. `people` must be a finite number greater than 0 (fractions are
 * fine: 29.5 regular workers), else `VALIDATION`.
 *
 * @param total - the total, a number or a Money
 * @param people - how many people (or firms) share it
 * @category Rollups
 * @example
 * ```ts
 * import { perCapita, money } from "technopark";
 * perCapita(money("1000000000", "KRW"), 3); // { amount: "333333333", currency: "KRW" }
 * perCapita(19674, 2256); // 8.72…
 * ```
 */
export function perCapita(total: Money, people: number): Money;
export function perCapita(total: number, people: number): number;
export function perCapita(total: Money | number, people: number): Money | number;
export function perCapita(total: Money | number, people: number): Money | number {
  const quantity = readQuantity(total, ["total"]);
  if (typeof people !== "number" || !Number.isFinite(people) || people <= 0) {
    throw invalidValue(["people"], "a finite number of people greater than 0", people);
  }
  if (quantity.kind === "number") {
    const result = quantity.value / people;
    return result === 0 ? 0 : result;
  }
  return divideMoney(total as Money, people);
}

/**
 * Revenue per employee, rounded half-even to the currency's minor digits: the productivity figure
 * technopark reports quote for tenant companies. `employees` must be greater than 0 (`VALIDATION`).
 *
 * @param revenue - total revenue
 * @param employees - number of employees (may be fractional, e.g. regular workers 29.5)
 * @category Rollups
 * @example
 * ```ts
 * import { revenuePerEmployee, money } from "technopark";
 * // tenant revenue 17조 6,031억 원 and employment 19,674 in 2018 (001_d4d5ca49a03203d9.txt)
 * revenuePerEmployee(money("17603100000000", "KRW"), 19674); // { amount: "894739250", currency: "KRW" } (894,739,249.77 rounded)
 * ```
 */
export function revenuePerEmployee(revenue: Money, employees: number): Money {
  if (readQuantity(revenue, ["revenue"]).kind !== "money") throw invalidValue(["revenue"], "a Money { amount, currency }", revenue);
  if (typeof employees !== "number" || !Number.isFinite(employees) || employees <= 0) {
    throw invalidValue(["employees"], "a finite number of employees greater than 0", employees);
  }
  return divideMoney(revenue, employees);
}
