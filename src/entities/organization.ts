import { z } from "zod";
import { Association } from "./association.js";
import { PartialName, organizationFields } from "./organization-base.js";
import { Technopark } from "./technopark.js";

/** A Korean name with an optional English one (companies whose English name no source gives). */
const KoreanName = /* @__PURE__ */ (() => z.object({
  /** Name in Korean. */
  ko: z.string().min(1),
  /** Name in English, where a source gives one. */
  en: z.string().min(1).optional(),
}))();

/**
 * Schema of a university (대학교).
 *
 * @category Entities
 * @example
 * ```ts
 * import { University } from "technopark/schemas";
 * University.parse({ id: "chung-ang-university", kind: "university", name: { ko: "중앙대학교", en: "Chung-Ang University" }, source: "003_07f530a759640b23.txt" });
 * ```
 */
export const University = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"university"`. */
    kind: z.literal("university"),
  })
  .meta({ id: "University", description: "Organization of kind university" }))();
/**
 * A university (대학교).
 *
 * @category Entities
 */
export type University = z.output<typeof University>;

/**
 * Schema of an autonomous district office (구청).
 *
 * @category Entities
 * @example
 * ```ts
 * import { DistrictOffice } from "technopark/schemas";
 * DistrictOffice.parse({ id: "gwanak-gu-office", kind: "district-office", name: { ko: "관악구청", en: "Gwanak-gu Office" }, location: { country: "KR", regionCode: "11", sigungu: "관악구" }, source: "003_07f530a759640b23.txt" });
 * ```
 */
export const DistrictOffice = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"district-office"`. */
    kind: z.literal("district-office"),
  })
  .meta({ id: "DistrictOffice", description: "Organization of kind district-office" }))();
/**
 * An autonomous district office (구청).
 *
 * @category Entities
 */
export type DistrictOffice = z.output<typeof DistrictOffice>;

/**
 * Schema of a public enterprise-support agency (KICOX, KOSME, SBA…).
 *
 * @category Entities
 * @example
 * ```ts
 * import { SupportAgency } from "technopark/schemas";
 * SupportAgency.parse({ id: "kicox", kind: "support-agency", name: { ko: "한국산업단지공단", en: "Korea Industrial Complex Corporation" }, source: "003_07f530a759640b23.txt" });
 * ```
 */
export const SupportAgency = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"support-agency"`. */
    kind: z.literal("support-agency"),
  })
  .meta({ id: "SupportAgency", description: "Organization of kind support-agency" }))();
/**
 * A public enterprise-support agency (KICOX, KOSME, SBA…).
 *
 * @category Entities
 */
export type SupportAgency = z.output<typeof SupportAgency>;

/**
 * Schema of a city government (시, 광역시, 특별시).
 *
 * @category Entities
 * @example
 * ```ts
 * import { City } from "technopark/schemas";
 * City.parse({ id: "yeongcheon-city", kind: "city", name: { ko: "영천시", en: "Yeongcheon City" }, source: "002_9ba27e7115588f78.txt" });
 * ```
 */
export const City = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"city"`. */
    kind: z.literal("city"),
  })
  .meta({ id: "City", description: "Organization of kind city" }))();
/**
 * A city government (시, 광역시, 특별시).
 *
 * @category Entities
 */
export type City = z.output<typeof City>;

/**
 * Schema of a provincial government (도).
 *
 * @category Entities
 * @example
 * ```ts
 * import { Province } from "technopark/schemas";
 * Province.parse({ id: "gyeongbuk-province", kind: "province", name: { ko: "경상북도", en: "Gyeongsangbuk-do" }, source: "004_eb2f545a800af44b.txt" });
 * ```
 */
export const Province = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Discriminator: always `"province"`. */
    kind: z.literal("province"),
  })
  .meta({ id: "Province", description: "Organization of kind province" }))();
/**
 * A provincial government (도).
 *
 * @category Entities
 */
export type Province = z.output<typeof Province>;

/**
 * Schema of a company that is a party to an agreement or a deal (the eligibility subject is `Company`).
 *
 * @category Entities
 * @example
 * ```ts
 * import { CompanyOrganization } from "technopark/schemas";
 * CompanyOrganization.parse({ id: "mugye-bio", kind: "company", name: { ko: "㈜무계바이오" }, source: "004_eb2f545a800af44b.txt" });
 * ```
 */
export const CompanyOrganization = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Name in Korean and English. */
    name: KoreanName,
    /** Discriminator: always `"company"`. */
    kind: z.literal("company"),
  })
  .meta({ id: "CompanyOrganization", description: "Organization of kind company" }))();
/**
 * A company that is a party to an agreement or a deal (the eligibility subject is `Company`).
 *
 * @category Entities
 */
export type CompanyOrganization = z.output<typeof CompanyOrganization>;

/**
 * Schema of a foreign partner (ministry, agency or company abroad).
 *
 * @category Entities
 * @example
 * ```ts
 * import { ForeignPartner } from "technopark/schemas";
 * ForeignPartner.parse({ id: "digitalagro", kind: "foreign-partner", name: { en: "DigitalAgro" }, location: { country: "UZ" }, source: "004_eb2f545a800af44b.txt" });
 * ```
 */
export const ForeignPartner = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Name in Korean and English. */
    name: PartialName,
    /** Discriminator: always `"foreign-partner"`. */
    kind: z.literal("foreign-partner"),
  })
  .meta({ id: "ForeignPartner", description: "Organization of kind foreign-partner" }))();
/**
 * A foreign partner (ministry, agency or company abroad).
 *
 * @category Entities
 */
export type ForeignPartner = z.output<typeof ForeignPartner>;

/**
 * Schema of a research institute.
 *
 * @category Entities
 * @example
 * ```ts
 * import { ResearchInstitute } from "technopark/schemas";
 * ResearchInstitute.parse({ id: "uz-environment-research-institute", kind: "research-institute", name: { en: "Research Institute of Environment and Nature Conservation Technologies" }, location: { country: "UZ" }, source: "004_eb2f545a800af44b.txt" });
 * ```
 */
export const ResearchInstitute = /* @__PURE__ */ (() => z
  .object({
    ...organizationFields,
    /** Name in Korean and English. */
    name: PartialName,
    /** Discriminator: always `"research-institute"`. */
    kind: z.literal("research-institute"),
  })
  .meta({ id: "ResearchInstitute", description: "Organization of kind research-institute" }))();
/**
 * A research institute.
 *
 * @category Entities
 */
export type ResearchInstitute = z.output<typeof ResearchInstitute>;

/**
 * Schema of any organization, discriminated by `kind`: technopark, association, university, district-office,
 * support-agency, city, province, company, foreign-partner or research-institute.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Organization, parseWith } from "technopark/schemas";
 * const org = parseWith(Organization, { id: "kosme", kind: "support-agency",
 *   name: { ko: "중소벤처기업진흥공단", en: "Korea SMEs and Startups Agency" }, source: "003_07f530a759640b23.txt" }, "Organization");
 * org.kind === "support-agency" ? org.name.en : undefined; // "Korea SMEs and Startups Agency"
 * ```
 */
export const Organization = /* @__PURE__ */ (() => z
  .discriminatedUnion("kind", [Technopark, Association, University, DistrictOffice, SupportAgency, City, Province, CompanyOrganization, ForeignPartner, ResearchInstitute])
  .meta({ id: "Organization", description: "Any organization, discriminated by kind" }))();
/**
 * Any organization, discriminated by `kind`.
 *
 * @category Entities
 */
export type Organization = z.output<typeof Organization>;

/**
 * Schema of the organization kinds.
 *
 * @category Entities
 * @example
 * ```ts
 * import { OrganizationKind } from "technopark/schemas";
 * OrganizationKind.values.size; // 10
 * ```
 */
export const OrganizationKind = /* @__PURE__ */ (() => z
  .literal(["technopark", "association", "university", "district-office", "support-agency", "city", "province", "company", "foreign-partner", "research-institute"])
  .meta({ id: "OrganizationKind", description: "Kind of organization" }))();
/**
 * An organization kind.
 *
 * @category Entities
 */
export type OrganizationKind = z.output<typeof OrganizationKind>;
