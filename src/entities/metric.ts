import { z } from "zod";
import { describeValue } from "../errors/format.js";
import { Money } from "../money/money-schema.js";
import { Period } from "../time/period-schema.js";
import { EntityId, RegionCode } from "./codes.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of the metrics this library records, each either a count or an amount of money (see
 * {@link metricValueKinds}).
 *
 * @category Entities
 * @example
 * ```ts
 * import { MetricName } from "technopark/schemas";
 * MetricName.parse("tenant-revenue");
 * ```
 */
export const MetricName = /* @__PURE__ */ (() => z
  .literal(["tenant-companies", "employment", "tenant-revenue", "technoparks", "smart-factories-supported", "companies-supported"])
  .meta({ id: "MetricName", description: "What a metric observation measures" }))();
/**
 * A metric name.
 *
 * @category Entities
 */
export type MetricName = z.output<typeof MetricName>;

/**
 * Whether each metric is a count (a whole number, never negative) or an amount of {@link Money}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { metricValueKinds } from "technopark/schemas";
 * metricValueKinds.employment; // "count"
 * metricValueKinds["tenant-revenue"]; // "money"
 * ```
 */
export const metricValueKinds: Readonly<Record<MetricName, "count" | "money">> = /* @__PURE__ */ (() => Object.freeze({
  "tenant-companies": "count",
  employment: "count",
  "tenant-revenue": "money",
  technoparks: "count",
  "smart-factories-supported": "count",
  "companies-supported": "count",
}))();

/**
 * Schema of what a metric observation is about: all technoparks together, one technopark or one region.
 *
 * @category Entities
 * @example
 * ```ts
 * import { MetricSubject } from "technopark/schemas";
 * MetricSubject.parse({ kind: "technopark", technoparkId: "incheon" });
 * ```
 */
export const MetricSubject = /* @__PURE__ */ (() => z
  .discriminatedUnion("kind", [
    z.object({
      /** All technoparks together. */
      kind: z.literal("all-technoparks"),
    }),
    z.object({
      /** One technopark. */
      kind: z.literal("technopark"),
      /** Its id. */
      technoparkId: EntityId,
    }),
    z.object({
      /** One 시·도. */
      kind: z.literal("region"),
      /** Its 법정동 prefix. */
      regionCode: RegionCode,
    }),
  ])
  .meta({ id: "MetricSubject", description: "all-technoparks, one technopark or one region" }))();
/**
 * What a metric observation is about.
 *
 * @category Entities
 */
export type MetricSubject = z.output<typeof MetricSubject>;

/**
 * Schema of one observed (or targeted) value of a metric for a subject and period, with its source: counts
 * are whole non-negative numbers, money metrics are {@link Money}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { MetricObservation } from "technopark/schemas";
 * MetricObservation.parse({
 *   id: "tp-tenants-2018", subject: { kind: "all-technoparks" }, metric: "tenant-companies",
 *   period: "2018", value: 2256, source: "001_d4d5ca49a03203d9.txt",
 * });
 * ```
 */
export const MetricObservation = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** What the observation is about. */
    subject: MetricSubject,
    /** What is measured. */
    metric: MetricName,
    /** Period observed: YYYY, YYYY-Hn, YYYY-Qn or YYYY-MM. */
    period: Period,
    /** The value: a whole-number count, or Money for money metrics. */
    value: z.union([z.number(), Money]),
    /** Actual (the default) or a target set for the period. */
    basis: z.literal(["actual", "target"]).optional().describe("actual (the default) or a target set for the period"),
    ...Provenance.shape,
  })
  .check((ctx) => {
    // cross-field invariants only mean something once every field is valid (and must never throw on bad input)
    if (ctx.issues.length > 0) return;
    const { metric, value } = ctx.value;
    const kind = metricValueKinds[metric];
    if (kind === "count" && (typeof value !== "number" || !Number.isInteger(value) || value < 0)) {
      ctx.issues.push({ code: "custom", path: ["value"], input: value, message: `expected a non-negative whole number for ${metric}, received ${describeValue(value)}` });
    } else if (kind === "money" && typeof value === "number") {
      ctx.issues.push({ code: "custom", path: ["value"], input: value, message: `expected Money for ${metric}, received ${describeValue(value)}` });
    } else if (kind === "money" && typeof value === "object" && value.amount.startsWith("-")) {
      ctx.issues.push({ code: "custom", path: ["value", "amount"], input: value.amount, message: `expected a non-negative amount for ${metric}, received ${describeValue(value.amount)}` });
    }
  })
  .meta({ id: "MetricObservation", description: "One observed or targeted value of a metric" }))();
/**
 * One observed or targeted value of a metric.
 *
 * @category Entities
 */
export type MetricObservation = z.output<typeof MetricObservation>;
