/**
 * `technopark/schemas`: the zod schemas of every entity and value this library reads — technoparks, regions,
 * organizations, agreements, programmes, companies, export deals, money, exchange rates, dates, periods,
 * effective-dated versions and eligibility rules — with their inferred types, JSON Schema export for teams
 * in other languages ({@link toJsonSchema}, {@link ruleJsonSchema}) and {@link parseWith}, which turns a zod
 * failure into a `VALIDATION` error naming every field path.
 *
 * It is its own entry point so that code which only computes (money, statutes, eligibility, rollups from
 * `technopark`) loads neither zod nor the schemas: import from here to validate untrusted records.
 *
 * @example
 * ```ts
 * import { Company, parseWith, toJsonSchema } from "technopark/schemas";
 * const company = parseWith(Company, { id: "c-1", name: { ko: "가나정밀" } }, "Company");
 * company.id; // "c-1"
 * toJsonSchema("Company").$ref; // "#/$defs/Company"
 * ```
 *
 * @module technopark/schemas
 * @packageDocumentation
 */
export * from "../entities/index.js";
export { Money } from "../money/money-schema.js";
export { FxRate } from "../money/fx-rate-schema.js";
export { IsoDate } from "../time/iso-date-schema.js";
export { Period, PeriodGranularity } from "../time/period-schema.js";
export { Versioned, VersionHistory } from "../time/versioned-schema.js";
export { Operator, FactType, Semantics, RuleSchema, ruleJsonSchema } from "../rules/rule-schema.js";
export { fromZodError } from "../errors/from-zod-error.js";
export { parseWith } from "../errors/parse-with.js";
