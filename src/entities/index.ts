export { BilingualText } from "./bilingual.js";
export { Company, MonthEndHeadcount } from "./company.js";
export { Source, Confidence, Provenance } from "./provenance.js";
export { PartialDate } from "./partial-date.js";
export { RegionCode, IsoSubdivisionCode, CountryCode, EntityId, Hostname } from "./codes.js";
export { RegionKind, RegionVersion, Region } from "./region.js";
export { Sigungu } from "./sigungu.js";
export { PartialName, Location, Representative, Milestone, FormerName } from "./organization-base.js";
export { Technopark } from "./technopark.js";
export { Association, AssociationMembership, AssociationName } from "./association.js";
export {
  Organization,
  OrganizationKind,
  University,
  DistrictOffice,
  SupportAgency,
  City,
  Province,
  CompanyOrganization,
  ForeignPartner,
  ResearchInstitute,
} from "./organization.js";
export { Alliance } from "./alliance.js";
export { Agreement, AgreementKind, AgreementParty, PartyRole } from "./agreement.js";
export { SupportProgram, SupportType, supportTypeLabels, ApplicationLimit, ProgramRound } from "./program.js";
export { Budget, FundingSource } from "./budget.js";
export { Investment } from "./investment.js";
export { Event, ExportResults } from "./event.js";
export { ExportDeal, DealStage } from "./export-deal.js";
export { MetricObservation, MetricName, MetricSubject, metricValueKinds } from "./metric.js";
export { toJsonSchema, entitySchemas, entityNames, type EntityName, type ToJsonSchemaOptions } from "./json-schema.js";
