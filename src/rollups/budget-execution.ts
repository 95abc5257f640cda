import type { Currency } from "../money/currencies.js";
import { addUnits, currencyMismatch, moneyFromUnits, readMoney, type MinorUnits } from "../money/minor-units.js";
import type { Money } from "../money/money.js";
import { invalidValue } from "../errors/invalid-value.js";
import { compareCodePoints } from "./order.js";
import { unitsRatio } from "./quantity.js";

/**
 * What {@link budgetExecution} needs of a budget line: its fiscal year, funding source, allocation and,
 * where reported, the amount executed. Every `Budget` fits.
 *
 * @category Rollups
 * @example
 * ```ts
 * import { money, type BudgetLine } from "technopark";
 * const line: BudgetLine = { fiscalYear: 2022, fundingSource: "city", allocated: money("1000000000", "KRW") };
 * ```
 */
export interface BudgetLine {
  /** The fiscal (= calendar) year of the allocation. */
  readonly fiscalYear: number;
  /** Where the money comes from (`"national"`, `"province"`, `"city"`…). */
  readonly fundingSource: string;
  /** The amount allocated. */
  readonly allocated: Money;
  /** The amount executed (spent), where reported. */
  readonly executed?: Money | undefined;
}

/**
 * One row of {@link budgetExecution}: a fiscal year and funding source with its totals and execution rate.
 *
 * @category Rollups
 * @example
 * ```ts
 * import { money, type BudgetExecutionRow } from "technopark";
 * const row: BudgetExecutionRow = {
 *   fiscalYear: 2022, fundingSource: "city", lines: 1, unreported: 0,
 *   allocated: money("1000000000", "KRW"), executed: money("950000000", "KRW"), rate: 0.95,
 * };
 * ```
 */
export interface BudgetExecutionRow {
  /** The fiscal year. */
  readonly fiscalYear: number;
  /** The funding source. */
  readonly fundingSource: string;
  /** Number of budget lines in the group. */
  readonly lines: number;
  /** Lines with no `executed` figure. */
  readonly unreported: number;
  /** Total allocated (exact). */
  readonly allocated: Money;
  /** Total executed over the lines that report it (exact); `undefined` when no line reports it. */
  readonly executed: Money | undefined;
  /**
   * executed ÷ allocated; `undefined` when some line has no `executed` figure (the rate would understate
   * execution) or nothing was allocated.
   */
  readonly rate: number | undefined;
}

/** The running totals of one group. */
interface Group {
  readonly fiscalYear: number;
  readonly fundingSource: string;
  readonly currency: Currency;
  lines: number;
  unreported: number;
  allocated: MinorUnits;
  executed: MinorUnits;
}

/**
 * Budget execution by fiscal year and funding source: exact totals of allocated and executed amounts and
 * the execution rate (집행률, executed ÷ allocated). Rows are sorted by year, then source. A line without an
 * `executed` figure is counted in `unreported` and leaves the group's rate `undefined` rather than
 * understating it (and `executed` is `undefined` when no line of the group reports one). Amounts in one group must share a currency (`CURRENCY_MISMATCH`); a bad year or Money
 * throws `VALIDATION` naming the line's index. The input is not mutated.
 *
 * @param budgets - the budget lines (any objects with `fiscalYear`, `fundingSource`, `allocated`, `executed?`, e.g. `Budget`)
 * @category Rollups
 * @example
 * ```ts
 * import { budgetExecution, money } from "technopark";
 * budgetExecution([
 *   { fiscalYear: 2022, fundingSource: "city", allocated: money("1000000000", "KRW"), executed: money("950000000", "KRW") },
 *   { fiscalYear: 2022, fundingSource: "national", allocated: money("500000000", "KRW") },
 * ]);
 * // [{ fiscalYear: 2022, fundingSource: "city", lines: 1, unreported: 0, allocated: …, executed: …950000000…, rate: 0.95 },
 * //  { fiscalYear: 2022, fundingSource: "national", lines: 1, unreported: 1, allocated: …, executed: undefined, rate: undefined }]
 * ```
 */
export function budgetExecution(budgets: readonly BudgetLine[]): BudgetExecutionRow[] {
  if (!Array.isArray(budgets)) throw invalidValue(["budgets"], "an array of budget lines", budgets);
  const groups = new Map<number, Map<string, Group>>();
  budgets.forEach((line, index) => {
    if (typeof line !== "object" || line === null) throw invalidValue(["budgets", index], "a budget line { fiscalYear, fundingSource, allocated, executed? }", line);
    const { fiscalYear, fundingSource } = line;
    if (typeof fiscalYear !== "number" || !Number.isInteger(fiscalYear) || fiscalYear < 1 || fiscalYear > 9999) {
      throw invalidValue(["budgets", index, "fiscalYear"], "a whole year from 1 to 9999", fiscalYear);
    }
    if (typeof fundingSource !== "string" || fundingSource === "") {
      throw invalidValue(["budgets", index, "fundingSource"], "a non-empty funding source", fundingSource);
    }
    const allocated = readMoney(line.allocated, ["budgets", index, "allocated"]);
    const executed = line.executed === undefined ? undefined : readMoney(line.executed, ["budgets", index, "executed"]);
    if (executed !== undefined && executed.currency !== allocated.currency) {
      throw currencyMismatch("budgetExecution", allocated.currency.code, executed.currency.code, ["budgets", index, "executed", "currency"]);
    }
    let year = groups.get(fiscalYear);
    if (year === undefined) groups.set(fiscalYear, (year = new Map()));
    let group = year.get(fundingSource);
    if (group === undefined) {
      group = { fiscalYear, fundingSource, currency: allocated.currency, lines: 0, unreported: 0, allocated: 0, executed: 0 };
      year.set(fundingSource, group);
    } else if (group.currency !== allocated.currency) {
      throw currencyMismatch("budgetExecution", group.currency.code, allocated.currency.code, ["budgets", index, "allocated", "currency"]);
    }
    group.lines++;
    group.allocated = addUnits(group.allocated, allocated.units);
    if (executed === undefined) group.unreported++;
    else group.executed = addUnits(group.executed, executed.units);
  });
  const rows: BudgetExecutionRow[] = [];
  for (const fiscalYear of [...groups.keys()].sort((a, b) => a - b)) {
    const year = groups.get(fiscalYear)!;
    for (const fundingSource of [...year.keys()].sort(compareCodePoints)) {
      const group = year.get(fundingSource)!;
      const allocatedZero = group.allocated === 0 || group.allocated === 0n;
      rows.push({
        fiscalYear,
        fundingSource,
        lines: group.lines,
        unreported: group.unreported,
        allocated: moneyFromUnits(group.allocated, group.currency, "budgetExecution"),
        executed: group.unreported === group.lines ? undefined : moneyFromUnits(group.executed, group.currency, "budgetExecution"),
        rate: group.unreported > 0 || allocatedZero ? undefined : unitsRatio(group.executed, group.allocated),
      });
    }
  }
  return rows;
}
