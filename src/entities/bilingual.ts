import { z } from "zod";

/**
 * Schema of a name or label in Korean and English.
 *
 * @category Entities
 * @example
 * ```ts
 * import { BilingualText } from "technopark/schemas";
 * BilingualText.parse({ ko: "경북테크노파크", en: "Gyeongbuk Technopark" });
 * ```
 */
export const BilingualText = /* @__PURE__ */ (() => z
  .object({
    /** The text in Korean. */
    ko: z.string().min(1),
    /** The text in English. */
    en: z.string().min(1),
  })
  .meta({ id: "BilingualText", description: "Text in Korean (ko) and English (en)" }))();
/** A name or label in Korean and English. @category Entities */
export type BilingualText = z.output<typeof BilingualText>;
