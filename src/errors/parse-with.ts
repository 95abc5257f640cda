import type { z } from "zod";
import { fromZodError } from "./from-zod-error.js";

/**
 * Parses `input` with a zod schema and throws a `ValidationError` of `technopark` (code `VALIDATION`) listing
 * every issue's path, expectation and received value. The result is a new object: the input is never mutated.
 *
 * @param schema - any zod schema, e.g. one of the entity schemas
 * @param input - untrusted data (parsed JSON, a CSV row…)
 * @param what - the name used in the error message
 * @category Errors
 * @example
 * ```ts
 * import { parseWith, Company } from "technopark/schemas";
 * const text = '{"id":"c-001","name":{"ko":"㈜무계바이오"},"location":{"regionCode":"47"},"ksic":"20","foundedOn":"2016-03-02"}';
 * const company = parseWith(Company, JSON.parse(text), "Company");
 * parseWith(Company, { ...company, foundedOn: "2016-02-30" }, "Company"); // throws VALIDATION: Invalid Company: foundedOn
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, what = "input"): z.output<S> {
  const result = schema.safeParse(input, { reportInput: true });
  if (!result.success) throw fromZodError(result.error, what);
  return result.data;
}
