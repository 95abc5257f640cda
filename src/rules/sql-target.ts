/**
 * The SQL types a condition compares in: a column type of `technopark/sql` seen from the operator table
 * (`"money"` is an exact `DECIMAL(38,0)` amount in won, `"list"` a list of strings).
 * @internal
 */
export type SqlKind = "number" | "string" | "boolean" | "date" | "money" | "list";

/**
 * What an operator's SQL rendering may use: the type it compares in, positional parameters typed for it, and
 * the dialect's functions for the tests SQL has no operator for. Built by `technopark/sql` per dialect.
 * @internal
 */
export interface SqlTarget {
  /** The type the fact has in SQL. */
  readonly kind: SqlKind;
  /** Whether a prepared key can equal a fact of this type (others are dropped from `IN` lists, or make the test a constant). */
  fits(key: unknown): boolean;
  /** A positional parameter (`$n`, cast to the fact's SQL type) holding a prepared key that fits. */
  param(key: unknown): string;
  /** Whether the string `fact` contains the key (a substring, never a pattern). */
  contains(fact: string, key: unknown): string;
  /** Whether the string `fact` starts with the key (a prefix, never a pattern). */
  startsWith(fact: string, key: unknown): string;
  /** Whether the list `fact` holds the key (a string, or `null` for a NULL element; other keys never match). */
  listHas(fact: string, key: unknown): string;
}

/** The SQL of an `IN` list: the keys that fit, each once (by their parameter value); `undefined` when none does. @internal */
export function sqlMembers(keys: unknown, target: SqlTarget): string | undefined {
  const seen = new Set<string>();
  const params: string[] = [];
  for (const key of keys as readonly unknown[]) {
    if (!target.fits(key)) continue;
    const identity = typeof key === "object" && key !== null ? `money:${String((key as { units: unknown }).units)}` : `${typeof key}:${String(key)}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    params.push(target.param(key));
  }
  return params.length === 0 ? undefined : params.join(", ");
}

/** One key compared by an SQL operator, or the constant the test has when the key cannot equal such a fact. @internal */
export function sqlCompare(fact: string, operator: string, key: unknown, target: SqlTarget, otherwise: "TRUE" | "FALSE"): string {
  return target.fits(key) ? `${fact} ${operator} ${target.param(key)}` : otherwise;
}
