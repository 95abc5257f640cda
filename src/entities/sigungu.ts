import { z } from "zod";
import { BilingualText } from "./bilingual.js";
import { EntityId } from "./codes.js";
import { Provenance } from "./provenance.js";

/**
 * Schema of a 시·군·구 (city, county or autonomous district) that a programme or party refers to, with the
 * region it lies in and, where known, its 5-digit 법정동 code.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Sigungu } from "technopark/schemas";
 * Sigungu.parse({
 *   id: "yeongcheon-si", code: "47230", kind: "si", regionId: "gyeongbuk",
 *   name: { ko: "영천시", en: "Yeongcheon-si" }, source: "002_9ba27e7115588f78.txt",
 * });
 * ```
 */
export const Sigungu = /* @__PURE__ */ (() => z
  .object({
    /** Stable kebab-case id. */
    id: EntityId,
    /** 5-digit 법정동 code. */
    code: z.string().regex(/^\d{5}$/, "expected a 5-digit 법정동 시·군·구 code").optional().describe("5-digit 법정동 code"),
    /** 시 (city), 군 (county) or 구 (autonomous district). */
    kind: z.literal(["si", "gun", "gu"]).describe("시 (city), 군 (county) or 구 (autonomous district)"),
    /** Id of the 시·도 it lies in. */
    regionId: EntityId.describe("Id of the 시·도 it lies in"),
    /** Name in Korean and English. */
    name: BilingualText,
    ...Provenance.shape,
  })
  .meta({ id: "Sigungu", description: "A 시·군·구 referred to by programmes and parties" }))();
/**
 * A 시·군·구 referred to by programmes and parties.
 *
 * @category Entities
 */
export type Sigungu = z.output<typeof Sigungu>;
