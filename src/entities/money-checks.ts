import type { z } from "zod";
import { describeValue } from "../errors/format.js";

/**
 * Pushes an issue when a Money amount is negative (amounts of budgets, deals and investments cannot be).
 * @internal
 */
export function checkNonNegativeMoney(
  ctx: { issues: z.core.$ZodRawIssue[] },
  value: { readonly amount: string; readonly currency: string } | undefined,
  path: (string | number)[],
): void {
  if (value !== undefined && typeof value.amount === "string" && value.amount.startsWith("-")) {
    ctx.issues.push({ code: "custom", path, input: value.amount, message: `expected a non-negative amount, received ${describeValue(value.amount)}` });
  }
}
