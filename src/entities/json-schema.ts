import { z } from "zod";
import { RuleSchema } from "../rules/rule-schema.js";
import { describeValue } from "../errors/format.js";
import { ValidationError } from "../errors/technopark-error.js";
import { Money } from "../money/money-schema.js";
import { Agreement, AgreementKind, AgreementParty, PartyRole } from "./agreement.js";
import { Alliance } from "./alliance.js";
import { Association, AssociationMembership, AssociationName } from "./association.js";
import { BilingualText } from "./bilingual.js";
import { CountryCode, EntityId, Hostname, IsoSubdivisionCode, RegionCode } from "./codes.js";
import { Company, MonthEndHeadcount } from "./company.js";
import { Budget, FundingSource } from "./budget.js";
import { Event, ExportResults } from "./event.js";
import { DealStage, ExportDeal } from "./export-deal.js";
import { Investment } from "./investment.js";
import { MetricName, MetricObservation, MetricSubject } from "./metric.js";
import {
  City,
  CompanyOrganization,
  DistrictOffice,
  ForeignPartner,
  Organization,
  OrganizationKind,
  Province,
  ResearchInstitute,
  SupportAgency,
  University,
} from "./organization.js";
import { FormerName, Location, Milestone, PartialName, Representative } from "./organization-base.js";
import { PartialDate } from "./partial-date.js";
import { ApplicationLimit, SupportProgram, SupportType } from "./program.js";
import { Confidence, Provenance, Source } from "./provenance.js";
import { Region, RegionKind, RegionVersion } from "./region.js";
import { Sigungu } from "./sigungu.js";
import { Technopark } from "./technopark.js";

/**
 * The name of an entity schema that {@link toJsonSchema} can export.
 *
 * @category Entities
 * @example
 * ```ts
 * import { entityNames, type EntityName } from "technopark/schemas";
 * const name: EntityName = "Technopark";
 * entityNames.includes(name); // true
 * ```
 */
export type EntityName =
  | "Agreement"
  | "AgreementKind"
  | "AgreementParty"
  | "Alliance"
  | "ApplicationLimit"
  | "Association"
  | "AssociationMembership"
  | "AssociationName"
  | "BilingualText"
  | "Budget"
  | "City"
  | "Company"
  | "CompanyOrganization"
  | "Confidence"
  | "CountryCode"
  | "DealStage"
  | "DistrictOffice"
  | "EntityId"
  | "Event"
  | "ExportDeal"
  | "ExportResults"
  | "ForeignPartner"
  | "FormerName"
  | "FundingSource"
  | "Hostname"
  | "Investment"
  | "IsoSubdivisionCode"
  | "Location"
  | "MetricName"
  | "MetricObservation"
  | "MetricSubject"
  | "Milestone"
  | "Money"
  | "MonthEndHeadcount"
  | "Organization"
  | "OrganizationKind"
  | "PartialDate"
  | "PartialName"
  | "PartyRole"
  | "Provenance"
  | "Province"
  | "Region"
  | "RegionCode"
  | "RegionKind"
  | "RegionVersion"
  | "Representative"
  | "ResearchInstitute"
  | "Rule"
  | "Sigungu"
  | "Source"
  | "SupportAgency"
  | "SupportProgram"
  | "SupportType"
  | "Technopark"
  | "University";

const registry = {
  Agreement,
  AgreementKind,
  AgreementParty,
  Alliance,
  ApplicationLimit,
  Association,
  AssociationMembership,
  AssociationName,
  BilingualText,
  Budget,
  City,
  Company,
  CompanyOrganization,
  Confidence,
  CountryCode,
  DealStage,
  DistrictOffice,
  EntityId,
  Event,
  ExportDeal,
  ExportResults,
  ForeignPartner,
  FormerName,
  FundingSource,
  Hostname,
  Investment,
  IsoSubdivisionCode,
  Location,
  MetricName,
  MetricObservation,
  MetricSubject,
  Milestone,
  Money,
  MonthEndHeadcount,
  Organization,
  OrganizationKind,
  PartialDate,
  PartialName,
  PartyRole,
  Provenance,
  Province,
  Region,
  RegionCode,
  RegionKind,
  RegionVersion,
  Representative,
  ResearchInstitute,
  Rule: RuleSchema,
  Sigungu,
  Source,
  SupportAgency,
  SupportProgram,
  SupportType,
  Technopark,
  University,
} as const satisfies Record<EntityName, z.ZodType>;


/**
 * Every entity schema by name, including `Company`, `Money` and `Rule` (the eligibility `RuleSchema`).
 * Use it to validate records generically or to list what can be exported.
 *
 * @category Entities
 * @example
 * ```ts
 * import { entitySchemas } from "technopark/schemas";
 * entitySchemas.Technopark.safeParse({}).success; // false
 * ```
 */
export const entitySchemas: Readonly<Record<EntityName, z.ZodType>> = /* @__PURE__ */ Object.freeze(registry);

/**
 * The names {@link toJsonSchema} accepts, in alphabetical order.
 *
 * @category Entities
 * @example
 * ```ts
 * import { entityNames } from "technopark/schemas";
 * entityNames.includes("ExportDeal"); // true
 * ```
 */
export const entityNames: readonly EntityName[] = /* @__PURE__ */ (() => Object.freeze(Object.keys(entitySchemas).sort() as EntityName[]))();

/**
 * Options of {@link toJsonSchema}.
 *
 * @category Entities
 * @example
 * ```ts
 * import { toJsonSchema, type ToJsonSchemaOptions } from "technopark/schemas";
 * const options: ToJsonSchemaOptions = { io: "output" };
 * toJsonSchema("Money", options);
 * ```
 */
export interface ToJsonSchemaOptions {
  /** Describe what parsing accepts (`"input"`, the default: what a producer may send) or what it returns (`"output"`). */
  readonly io?: "input" | "output";
}

/**
 * The JSON Schema (draft 2020-12) of an entity, generated by zod's own `z.toJSONSchema` from the same schema
 * the library parses with — never hand-written. Refinements that JSON Schema cannot express (real calendar
 * dates, non-overlapping versions, canonical money amounts) are checked by parsing, not by the JSON Schema.
 * An unknown name throws a `VALIDATION` error listing the known ones.
 *
 * @param name - an entity name, e.g. `"Technopark"`, `"ExportDeal"`, `"Company"`, `"Money"`, `"Rule"`
 * @param options - `io: "input" | "output"`
 * @category Entities
 * @example
 * ```ts
 * import { toJsonSchema } from "technopark/schemas";
 * const schema = toJsonSchema("ExportDeal");
 * schema.$schema; // "https://json-schema.org/draft/2020-12/schema"
 * ```
 */
export function toJsonSchema(name: EntityName, options: ToJsonSchemaOptions = {}): Record<string, unknown> {
  if (typeof name !== "string" || !Object.hasOwn(entitySchemas, name)) {
    throw new ValidationError(`name: expected one of ${entityNames.join(", ")}, received ${describeValue(name)}`, {
      path: ["name"],
      issues: [{ path: ["name"], expected: "an entity name", received: describeValue(name), message: "unknown entity name" }],
    });
  }
  const schema: z.ZodType = entitySchemas[name];
  return z.toJSONSchema(schema, { io: options.io ?? "input", unrepresentable: "any", target: "draft-2020-12" }) as Record<string, unknown>;
}
