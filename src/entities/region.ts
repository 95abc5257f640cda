import { z } from "zod";
import { VersionHistory } from "../time/versioned-schema.js";
import { BilingualText } from "./bilingual.js";
import { EntityId, IsoSubdivisionCode, RegionCode } from "./codes.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of the legal type of a 시·도: 특별시, 광역시, 특별자치시, 도, 특별자치도 or 통합특별시.
 *
 * @category Entities
 * @example
 * ```ts
 * import { RegionKind } from "technopark/schemas";
 * RegionKind.parse("special-self-governing-province"); // "special-self-governing-province" (특별자치도)
 * ```
 */
export const RegionKind = /* @__PURE__ */ (() => z
  .literal(["special-city", "metropolitan-city", "special-self-governing-city", "province", "special-self-governing-province", "integrated-special-city"])
  .meta({ id: "RegionKind", description: "특별시, 광역시, 특별자치시, 도, 특별자치도 or 통합특별시" }))();
/**
 * The legal type of a 시·도.
 *
 * @category Entities
 */
export type RegionKind = z.output<typeof RegionKind>;

/**
 * Schema of what a 시·도 is called and coded as during one period: its 법정동 prefix, its ISO 3166-2 code
 * (absent where ISO has published none), its full and short names and its legal type.
 *
 * @category Entities
 * @example
 * ```ts
 * import { RegionVersion } from "technopark/schemas";
 * RegionVersion.parse({
 *   code: "51", iso: "KR-42", kind: "special-self-governing-province",
 *   name: { ko: "강원특별자치도", en: "Gangwon State" }, shortName: { ko: "강원", en: "Gangwon" },
 * });
 * ```
 */
export const RegionVersion = /* @__PURE__ */ (() => z
  .object({
    /** 2-digit 법정동 시·도 prefix in force during the version. */
    code: RegionCode.describe("2-digit 법정동 시·도 prefix in force during the version"),
    /** ISO 3166-2:KR code; absent where ISO publishes none. */
    iso: IsoSubdivisionCode.optional().describe("ISO 3166-2:KR code; absent where ISO publishes none"),
    /** Full legal name. */
    name: BilingualText.describe("Full legal name"),
    /** Short name used in lists (서울, 경기, 강원…). */
    shortName: BilingualText.describe("Short name used in lists (서울, 경기, 강원…)"),
    /** Other names the region goes by (e.g. 광주특별시). */
    alternativeNames: z.array(z.string().min(1)).optional().describe("Other names the region goes by (e.g. 광주특별시)"),
    /** Legal type of the 시·도 in this version. */
    kind: RegionKind,
  })
  .meta({ id: "RegionVersion", description: "Name, codes and legal type of a 시·도 during one period" }))();
/**
 * What a 시·도 is called and coded as during one period.
 *
 * @category Entities
 */
export type RegionVersion = z.output<typeof RegionVersion>;

/**
 * Schema of a 시·도 (metropolitan-level region) with its effective-dated history of names and codes
 * (강원도 → 강원특별자치도 on 2023-06-11, 42 → 51). A region that ends (광주광역시 on 2026-07-01) names its
 * successors; a region formed by a merger names its predecessors.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Region } from "technopark/schemas";
 * Region.parse({
 *   id: "gangwon",
 *   versions: [
 *     { validFrom: "1995-01-01", validTo: "2023-06-11", value: { code: "42", iso: "KR-42", kind: "province",
 *       name: { ko: "강원도", en: "Gangwon Province" }, shortName: { ko: "강원", en: "Gangwon" } } },
 *     { validFrom: "2023-06-11", value: { code: "51", iso: "KR-42", kind: "special-self-governing-province",
 *       name: { ko: "강원특별자치도", en: "Gangwon State" }, shortName: { ko: "강원", en: "Gangwon" } } },
 *   ],
 *   source: "강원특별자치도 설치 등에 관한 특별법",
 * });
 * ```
 */
export const Region = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** Effective-dated names and codes, oldest first. */
    versions: VersionHistory(RegionVersion).min(1, "expected at least one version").describe("Effective-dated names and codes, oldest first"),
    /** Regions merged into this one. */
    predecessorIds: z.array(EntityId).optional().describe("Regions merged into this one"),
    /** Regions this one was merged into. */
    successorIds: z.array(EntityId).optional().describe("Regions this one was merged into"),
    ...Provenance.shape,
  })
  .meta({ id: "Region", description: "A 시·도 with its effective-dated names and codes" }))();
/**
 * A 시·도 with its effective-dated names and codes.
 *
 * @category Entities
 */
export type Region = z.output<typeof Region>;
