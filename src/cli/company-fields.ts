import { Company } from "../entities/index.js";
import { factsReadBy } from "../rules/facts-read.js";
import type { Rule } from "../rules/rule.js";

/** What `check` reads of each company for a rule: the schema of those fields, and which columns to convert. */
export interface CompanyFields {
  /** `Company` narrowed to `id` and the fields the rule reads (all of `Company` when it reads the whole record). */
  readonly schema: typeof Company | ReturnType<typeof Company.pick>;
  /** Whether a field path (`["location", "sigungu"]`) is one of them. */
  readonly read: (path: readonly string[]) => boolean;
  /** The top-level fields read, in `Company`'s order (`undefined`: all). */
  readonly fields: readonly string[] | undefined;
}

/**
 * The fields of `Company` the rules read — its conditions' facts and, for derived facts, their inputs (see
 * `factsReadBy`) — plus `id`. `check` converts and validates only these: a company is judged on what the rule
 * asks of it, so a bad value in a column the rule never reads neither costs time nor makes the row invalid
 * (`technopark validate Company` checks whole records).
 * @internal
 */
export function companyFieldsFor(rules: readonly Rule[]): CompanyFields {
  const shape = Company.shape;
  const wanted = new Set<string>(["id"]);
  for (const fact of rules.flatMap(factsReadBy)) {
    const [root, field] = fact.split(".", 2);
    if (root !== "company") continue;
    if (field === undefined) return { schema: Company, read: () => true, fields: undefined };
    if (Object.hasOwn(shape, field)) wanted.add(field);
  }
  const fields = Object.keys(shape).filter((field) => wanted.has(field));
  const mask = Object.fromEntries(fields.map((field) => [field, true as const])) as { [K in keyof typeof shape]?: true };
  return { schema: Company.pick(mask), read: (path) => wanted.has(path[0]!), fields };
}
