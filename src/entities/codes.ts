import { z } from "zod";
import { REGION_CODES } from "./region-codes.js";

/**
 * Schema of a 2-digit 법정동 시·도 code; codes that never existed (e.g. `"99"`) are refused.
 *
 * @category Entities
 * @example
 * ```ts
 * import { RegionCode } from "technopark/schemas";
 * RegionCode.parse("52");
 * RegionCode.safeParse("99").success; // false
 * ```
 */
export const RegionCode = /* @__PURE__ */ (() => z.literal(REGION_CODES).meta({ id: "RegionCode", description: "2-digit 법정동 시·도 code" }))();
/**
 * A 2-digit 법정동 시·도 code.
 *
 * @category Entities
 */
export type RegionCode = z.output<typeof RegionCode>;

/**
 * Schema of an ISO 3166-2:KR subdivision code (`KR-11` … `KR-50`). Mind the trap: Jeju is `KR-49` and
 * Sejong `KR-50`, although their 법정동 prefixes are 50 and 36.
 *
 * @category Entities
 * @example
 * ```ts
 * import { IsoSubdivisionCode } from "technopark/schemas";
 * IsoSubdivisionCode.parse("KR-49");
 * ```
 */
export const IsoSubdivisionCode = /* @__PURE__ */ (() => z
  .string()
  .regex(/^KR-\d{2}$/, "expected an ISO 3166-2:KR code such as KR-11")
  .meta({ id: "IsoSubdivisionCode", description: "ISO 3166-2:KR subdivision code" }))();
/**
 * An ISO 3166-2:KR subdivision code.
 *
 * @category Entities
 */
export type IsoSubdivisionCode = z.output<typeof IsoSubdivisionCode>;

/**
 * Schema of an ISO 3166-1 alpha-2 country code (`"KR"`, `"UZ"`, `"RU"`).
 *
 * @category Entities
 * @example
 * ```ts
 * import { CountryCode } from "technopark/schemas";
 * CountryCode.parse("UZ");
 * ```
 */
export const CountryCode = /* @__PURE__ */ (() => z
  .string()
  .regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 country code such as KR or UZ")
  .meta({ id: "CountryCode", description: "ISO 3166-1 alpha-2 country code" }))();
/**
 * An ISO 3166-1 alpha-2 country code.
 *
 * @category Entities
 */
export type CountryCode = z.output<typeof CountryCode>;

/**
 * Schema of a record id: lower-case kebab-case (`"gyeonggi-daejin"`, `"inno-week-2023"`).
 *
 * @category Entities
 * @example
 * ```ts
 * import { EntityId } from "technopark/schemas";
 * EntityId.parse("yeongcheon-innovative-technology");
 * ```
 */
export const EntityId = /* @__PURE__ */ (() => z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a kebab-case id such as gyeonggi-daejin")
  .meta({ id: "EntityId", description: "Kebab-case record id" }))();
/**
 * A kebab-case record id.
 *
 * @category Entities
 */
export type EntityId = z.output<typeof EntityId>;

/**
 * Schema of a web site's host name (`"gtp.or.kr"`), kept as the source gives it rather than guessing a URL.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Hostname } from "technopark/schemas";
 * Hostname.parse("technopark.kr");
 * ```
 */
export const Hostname = /* @__PURE__ */ (() => z
  .string()
  .regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/, "expected a host name such as gtp.or.kr")
  .meta({ id: "Hostname", description: "Host name of a web site" }))();
/**
 * A web site's host name.
 *
 * @category Entities
 */
export type Hostname = z.output<typeof Hostname>;
