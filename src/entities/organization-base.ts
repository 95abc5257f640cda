import { z } from "zod";
import { IsoDate } from "../time/iso-date-schema.js";
import { BilingualText } from "./bilingual.js";
import { CountryCode, EntityId, Hostname, RegionCode } from "./codes.js";
import { PartialDate } from "./partial-date.js";
import { Provenance, Source } from "./provenance.js";

/**
 * Schema of a name that may be known in only one language: a Korean company whose English name no source
 * gives, or a foreign partner known only by its Latin-script name. At least one of `ko`/`en` is required.
 *
 * @category Entities
 * @example
 * ```ts
 * import { PartialName } from "technopark/schemas";
 * PartialName.parse({ en: "AZIYA IMMUNOPREPARAT" });
 * ```
 */
export const PartialName = /* @__PURE__ */ (() => z
  .object({
    /** Name in Korean, where known. */
    ko: z.string().min(1).optional(),
    /** Name in English (or the Latin-script name of a foreign body), where known. */
    en: z.string().min(1).optional(),
  })
  .refine((name) => name.ko !== undefined || name.en !== undefined, { message: "expected at least one of ko, en" })
  .meta({ id: "PartialName", description: "A name in Korean and/or English (at least one)" }))();
/**
 * A name in Korean and/or English.
 *
 * @category Entities
 */
export type PartialName = z.output<typeof PartialName>;

/**
 * Schema of where an organization is: its country and, in Korea, its 시·도 (the 법정동 prefix in force today)
 * and 시·군·구.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Location } from "technopark/schemas";
 * Location.parse({ country: "KR", regionCode: "47", sigungu: "영천시" });
 * ```
 */
export const Location = /* @__PURE__ */ (() => z
  .object({
    /** Country, ISO 3166-1 alpha-2. */
    country: CountryCode,
    /** 법정동 시·도 prefix in force today (Korea only). */
    regionCode: RegionCode.optional().describe("법정동 시·도 prefix in force today (Korea only)"),
    /** 시·군·구 name in Korean, e.g. 영천시. */
    sigungu: z.string().min(1).optional().describe("시·군·구 name in Korean, e.g. 영천시"),
    /** City name, for places outside Korea. */
    city: BilingualText.optional().describe("City name, for places outside Korea"),
    /** Street address as the source gives it. */
    address: z.string().min(1).optional().describe("Street address as the source gives it"),
  })
  .refine((location) => location.country === "KR" || location.regionCode === undefined, {
    message: "regionCode is a Korean 법정동 code: only for country KR",
    path: ["regionCode"],
  })
  .meta({ id: "Location", description: "Country, 시·도 and 시·군·구 of an organization" }))();
/**
 * Where an organization is.
 *
 * @category Entities
 */
export type Location = z.output<typeof Location>;

/**
 * Schema of a representative (director, chair, president, mayor…) with the dated term where a source gives
 * one, otherwise the date a source reports them in office (`observedOn`).
 *
 * @category Entities
 * @example
 * ```ts
 * import { Representative } from "technopark/schemas";
 * Representative.parse({
 *   name: { ko: "하인성", en: "Ha In-seong" }, title: { ko: "원장", en: "Director" },
 *   observedOn: "2023-01-02", source: "000_0aa00bd074892d20.txt",
 * });
 * ```
 */
export const Representative = /* @__PURE__ */ (() => z
  .object({
    /** Name in Korean and English. */
    name: PartialName,
    /** Title or office. */
    title: BilingualText,
    /** Acting head (권한대행). */
    acting: z.boolean().optional().describe("Acting head (권한대행)"),
    /** Term of office, as precisely as a source dates it. */
    term: z
      .object({
        /** Start of the term, where dated. */
        from: PartialDate.optional(),
        /** End of the term, where dated. */
        to: PartialDate.optional(),
      })
      .optional()
      .describe("Term of office, as precisely as a source dates it"),
    /** A date on which a source reports the person in office. */
    observedOn: IsoDate.optional().describe("A date on which a source reports the person in office"),
    /** Where the fact comes from (article file name, statute article or URL). */
    source: Source,
  })
  .meta({ id: "Representative", description: "A representative with a dated term or a dated observation" }))();
/**
 * A representative of an organization.
 *
 * @category Entities
 */
export type Representative = z.output<typeof Representative>;

/**
 * Schema of a dated milestone in an organization's history, as precisely dated as its source.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Milestone } from "technopark/schemas";
 * Milestone.parse({ on: "2014", what: { ko: "한-베트남 인큐베이터파크(KVIP) 운영", en: "Ran the Korea–Vietnam Incubator Park (KVIP)" }, source: "001_d4d5ca49a03203d9.txt" });
 * ```
 */
export const Milestone = /* @__PURE__ */ (() => z
  .object({
    /** When, as precisely as the source dates it. */
    on: PartialDate,
    /** What happened. */
    what: BilingualText,
    /** Where the fact comes from. */
    source: Source,
  })
  .meta({ id: "Milestone", description: "A dated event in an organization's history" }))();
/**
 * A dated milestone.
 *
 * @category Entities
 */
export type Milestone = z.output<typeof Milestone>;

/**
 * Schema of a name an organization went by earlier, with a date a source reports it.
 *
 * @category Entities
 * @example
 * ```ts
 * import { FormerName } from "technopark/schemas";
 * FormerName.parse({ name: { ko: "송도테크노파크" }, observed: "1998", source: "001_d4d5ca49a03203d9.txt" });
 * ```
 */
export const FormerName = /* @__PURE__ */ (() => z
  .object({
    /** The earlier name. */
    name: PartialName,
    /** When a source reports the name in use. */
    observed: PartialDate.describe("When a source reports the name in use"),
    /** Where the fact comes from. */
    source: Source,
  })
  .meta({ id: "FormerName", description: "An earlier name with the date a source reports it" }))();
/**
 * An earlier name of an organization.
 *
 * @category Entities
 */
export type FormerName = z.output<typeof FormerName>;

/**
 * The fields every organization kind shares (spread into each kind's schema).
 * @internal
 */
export const organizationFields = /* @__PURE__ */ (() => Object.freeze({
  /** Stable kebab-case id. */
  id: EntityId,
  /** Name in Korean and English. */
  name: BilingualText,
  /** Earlier names, with when a source reports them. */
  formerNames: z.array(FormerName).optional(),
  /** Where it is. */
  location: Location.optional(),
  /** Year founded. */
  founded: z.number().int().min(1800).max(2100).optional().describe("Year founded"),
  /** Host name of the web site. */
  web: Hostname.optional().describe("Host name of the web site"),
  /** Heads and chairs, with dated terms or dated observations. */
  representatives: z.array(Representative).optional(),
  /** Id of the parent organization, if any. */
  parentId: EntityId.optional().describe("Id of the parent organization, if any"),
  /** What the organization is or does, as its source describes it. */
  description: BilingualText.optional().describe("What the organization is or does, as its source describes it"),
  ...Provenance.shape,
}))();
