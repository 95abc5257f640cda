import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { Money } from "../money/money-schema.js";
import { EntityId } from "./codes.js";
import { checkNonNegativeMoney } from "./money-checks.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of where money comes from: national government, province (시·도), city (시·군), district, a public
 * agency or private funds.
 *
 * @category Entities
 * @example
 * ```ts
 * import { FundingSource } from "technopark/schemas";
 * FundingSource.parse("city");
 * ```
 */
export const FundingSource = /* @__PURE__ */ (() => z
  .literal(["national", "province", "city", "district", "agency", "private"])
  .meta({ id: "FundingSource", description: "Origin of funds" }))();
/**
 * Where money comes from.
 *
 * @category Entities
 */
export type FundingSource = z.output<typeof FundingSource>;

/**
 * Schema of one fiscal-year allocation from one funder to one or more programmes (when the source reports a
 * single amount for several programmes, they share it: `programIds` lists them all), with the executed amount
 * where reported. Amounts are {@link Money} and may not be negative; executed must be in the allocation's
 * currency.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Budget } from "technopark/schemas";
 * Budget.parse({
 *   id: "yeongcheon-city-2019", fiscalYear: 2019, fundingSource: "city", funderId: "yeongcheon-city",
 *   programIds: ["yeongcheon-high-value-conversion", "yeongcheon-innovative-technology"],
 *   allocated: { amount: "1000000000", currency: "KRW" }, source: "002_9ba27e7115588f78.txt",
 * });
 * ```
 */
export const Budget = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Fiscal year (the calendar year in Korea). */
    fiscalYear: z.number().int().min(1900).max(2100),
    /** Where the money comes from. */
    fundingSource: FundingSource,
    /** Id of the funding organization. */
    funderId: EntityId,
    /** Programmes the allocation funds (they share it when several are listed). */
    programIds: z.array(EntityId).min(1, "expected at least one programme"),
    /** Amount allocated. */
    allocated: Money,
    /** Amount spent, where reported. */
    executed: Money.optional().describe("Amount spent, where reported"),
    ...Provenance.shape,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const { allocated, executed } = ctx.value;
    checkNonNegativeMoney(ctx, allocated, ["allocated", "amount"]);
    checkNonNegativeMoney(ctx, executed, ["executed", "amount"]);
    if (executed !== undefined && executed.currency !== allocated.currency) {
      ctx.issues.push({ code: "custom", path: ["executed", "currency"], input: executed.currency, message: `expected the allocation's currency ${allocated.currency}, received ${describeValue(executed.currency)}` });
    }
  })
  .meta({ id: "Budget", description: "A fiscal-year allocation from one funder to programmes" }))();
/**
 * A fiscal-year budget allocation.
 *
 * @category Entities
 */
export type Budget = z.output<typeof Budget>;
