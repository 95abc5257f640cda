import { z } from "zod";

/**
 * Schema of a source citation: the file name of a source article (`"001_d4d5ca49a03203d9.txt"`), a statute
 * article (`"중소기업기본법 시행령 제3조"`) or a URL. Every reference record names at least one.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Source } from "technopark/schemas";
 * Source.parse("004_eb2f545a800af44b.txt");
 * ```
 */
export const Source = /* @__PURE__ */ (() => z
  .string()
  .trim()
  .min(1, "expected a source: an article file name, a statute article or a URL")
  .meta({ id: "Source", description: "Source article file name, statute article or URL" }))();
/**
 * A source citation: article file name, statute article or URL.
 *
 * @category Entities
 */
export type Source = z.output<typeof Source>;

/**
 * Schema of how firmly a record's facts are sourced: `"reported"` (as a cited source states it; the default
 * when absent) or `"unconfirmed"` (weakly sourced, inferred or modelled: use with care, never test harder
 * than the source allows).
 *
 * @category Entities
 * @example
 * ```ts
 * import { Confidence } from "technopark/schemas";
 * Confidence.parse("unconfirmed");
 * ```
 */
export const Confidence = /* @__PURE__ */ (() => z
  .literal(["reported", "unconfirmed"])
  .meta({ id: "Confidence", description: "reported (as the source states) or unconfirmed (weak, inferred or modelled)" }))();
/**
 * How firmly a record is sourced: `"reported"` or `"unconfirmed"`.
 *
 * @category Entities
 */
export type Confidence = z.output<typeof Confidence>;

/**
 * Schema of the provenance fields every reference record carries: its `source`, further sources, a
 * record-level `confidence`, the dotted paths of individual weakly sourced fields (`unconfirmed`) and a note.
 * Entity schemas spread `Provenance.shape` into their own.
 *
 * @category Entities
 * @example
 * ```ts
 * import { Provenance } from "technopark/schemas";
 * Provenance.parse({ source: "001_d4d5ca49a03203d9.txt", unconfirmed: ["name.en"] });
 * ```
 */
export const Provenance = /* @__PURE__ */ (() => z
  .object({
    /** Where the record comes from: an article file name, a statute article or a URL. */
    source: Source,
    /** Further sources that support or date the record. */
    otherSources: z.array(Source).optional().describe("Further sources that support or date the record"),
    /** Record-level confidence; absent means reported. */
    confidence: Confidence.optional().describe("Record-level confidence; absent means reported"),
    /** Dotted paths of fields that are weakly sourced (e.g. `name.en`). */
    unconfirmed: z
      .array(z.string().min(1))
      .optional()
      .describe("Dotted paths of fields that are weakly sourced even though the record as a whole is reported (e.g. name.en)"),
    /** How the record was modelled from its source, and any caveat. */
    note: z.string().min(1).optional().describe("How the record was modelled from its source, and any caveat"),
  })
  .meta({ id: "Provenance", description: "Source, confidence and caveats of a reference record" }))();
/**
 * The provenance fields of a reference record.
 *
 * @category Entities
 */
export type Provenance = z.output<typeof Provenance>;
