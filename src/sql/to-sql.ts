import { describeValue } from "../errors/format.js";
import { CurrencyMismatchError, ValidationError, type FieldPath } from "../errors/technopark-error.js";
import { COMPARISONS, type ComparisonKind, type MoneyKey } from "../rules/comparisons.js";
import { factDefinition, isDerivedFactName, type DerivedFactName } from "../rules/facts.js";
import { operatorOf } from "../rules/operators.js";
import { invalidRule, prepareCondition } from "../rules/prepare-condition.js";
import type { Condition, Rule } from "../rules/rule.js";
import { assertRuleShape } from "../rules/rule-shape.js";
import type { SqlKind, SqlTarget } from "../rules/sql-target.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import type { SmeSizeTable } from "../statutes/sme-size-tables.js";
import { DIALECTS, quoteIdentifier, SQL_COLUMN_TYPES, type Dialect, type SqlColumnType, type SqlDialect } from "./dialect.js";
import { sqlDerivations, sqlSectionOfDivision, sqlSmeCapsValues, type SqlDerivationContext } from "./derived-facts.js";

/**
 * Where a fact is in the table: the column's name and its type (see {@link SqlColumnType}).
 *
 * @category SQL
 * @example
 * ```ts
 * import type { SqlColumn } from "technopark/sql";
 * const revenue: SqlColumn = { column: "avg_revenue", type: "krw" };
 * ```
 */
export interface SqlColumn {
  /** The column's name in `from` (quoted as an identifier: `"avg_revenue"`). */
  readonly column: string;
  /** How the column is read and which facts it can give. */
  readonly type: SqlColumnType;
}

/**
 * Options of {@link toSql}.
 *
 * @category SQL
 * @example
 * ```ts
 * import type { ToSqlOptions } from "technopark/sql";
 * const options: ToSqlOptions = {
 *   dialect: "postgres",
 *   from: "companies",
 *   key: "id",
 *   columns: { "company.regularWorkers": { column: "workers", type: "number" } },
 *   asOf: "2026-01-22",
 * };
 * ```
 */
export interface ToSqlOptions {
  /** The SQL dialect to write. */
  readonly dialect: SqlDialect;
  /** A table name or a parenthesised query (inserted as written: it is the caller's SQL, not data). */
  readonly from: string;
  /** The column that identifies a row; the result carries it under the same name. */
  readonly key: string;
  /** Fact paths to the columns that hold them; a fact without a column is missing (derived facts are computed from their inputs). */
  readonly columns: Readonly<Record<string, SqlColumn>>;
  /** The date to judge at, as for `evaluate`: date-dependent derived facts are computed as of it, and missing without it. */
  readonly asOf?: DateLike | undefined;
}

/**
 * A query and its positional parameters (`$1` is `params[0]`).
 *
 * @category SQL
 * @example
 * ```ts
 * import { toSql, type SqlQuery } from "technopark/sql";
 * const query: SqlQuery = toSql({ fact: "company.regularWorkers", op: "gte", value: 30 }, {
 *   dialect: "duckdb", from: "companies", key: "id", columns: { "company.regularWorkers": { column: "workers", type: "number" } },
 * });
 * query.params[0]; // 30
 * ```
 */
export interface SqlQuery {
  /** The SELECT statement. */
  readonly sql: string;
  /** The values of `$1…$n`, in order: numbers, strings, booleans (dates as ISO strings, amounts as decimal strings). */
  readonly params: readonly unknown[];
}

type TypedKind = Exclude<ComparisonKind, "json" | "record">;

const COLUMN_OF_KIND: Readonly<Record<TypedKind, SqlColumnType>> = {
  number: "number", string: "string", enum: "string", boolean: "boolean", date: "date", money: "krw", list: "string[]",
};
const SQL_KIND_OF_COLUMN: Readonly<Record<SqlColumnType, SqlKind>> = {
  number: "number", string: "string", boolean: "boolean", date: "date", krw: "money", "string[]": "list",
};

/** A lone surrogate (no UTF-8 form) or NUL (not storable in Postgres text): strings SQL cannot hold as JavaScript does. */
const UNSQLABLE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\0/;

/** A node of the rule as compiled: its column in the query, its parent and where it is in the rule. */
interface CompiledNode {
  readonly column: string;
  readonly parent: CompiledNode | undefined;
  readonly kind: "condition" | "all" | "any" | "not";
  readonly sql: string;
  readonly fact?: string;
  readonly name?: string;
}

/**
 * Compiles a rule to one SQL query that decides every row of a table exactly as `evaluate` decides the same
 * facts: one output row per row of `from` with the `key` column, `outcome` (`'eligible'`, `'ineligible'`,
 * `'undetermined'`), `missing` (the fact paths whose absence left it undetermined, in rule order, as
 * `EligibilityResult.missing`) and `decisive` (the `id` of each decisive condition, or its JSON Pointer in the
 * rule when it has none, for `explain`-style reasons). A NULL is a missing fact; each condition is NULL exactly
 * when its fact is, and `all`/`any`/`not` are SQL's three-valued `AND`/`OR`/`NOT`; the rule is never a `WHERE`.
 * Rule values are positional parameters, typed by the compiler (money as `DECIMAL(38,0)`, dates as `DATE`,
 * strings compared by code point); derived facts (`company.smeSize`, `company.ksicSection`,
 * `company.ageInYears`, `company.startupStage`, `representative.isYouth`, `company.isMicroEnterprise`) are
 * computed in SQL from their input columns with the statute tables in force on `asOf`, a given column winning.
 * A rule it cannot translate exactly throws `INVALID_RULE` (json-rules-engine semantics, conditions on objects,
 * strings with lone surrogates or NUL); a column type that does not fit its fact throws `VALIDATION`.
 *
 * @param rule - the rule (validate untrusted JSON with `parseRule` first)
 * @param options - the dialect, the table, its key column, the fact columns and `asOf`
 * @category SQL
 * @example
 * ```ts
 * import { toSql } from "technopark/sql";
 * const { sql, params } = toSql(
 *   { all: [{ fact: "company.ksicSection", op: "eq", value: "C" }, { fact: "company.regularWorkers", op: "gte", value: 30 }] },
 *   {
 *     dialect: "duckdb",
 *     from: "read_csv('companies.csv')",
 *     key: "id",
 *     columns: { "company.ksic": { column: "ksic", type: "string" }, "company.regularWorkers": { column: "workers", type: "number" } },
 *   },
 * );
 * params.slice(0, 2); // ["C", 30]
 * sql.includes("$2"); // true
 * ```
 */
export function toSql(rule: Rule, options: ToSqlOptions): SqlQuery {
  const settings = readOptions(options);
  assertRuleShape(rule);
  return new Compiler(settings).compile(rule, "list");
}

/**
 * {@link toSql} with `missing` and `decisive` as the inside of a JSON array (`"a","b"`, `''` when empty) instead
 * of lists, for a caller that writes JSON text (the CLI's NDJSON lines): each item is a constant (its JSON text
 * is a parameter), so no row's list is built and then serialised.
 * @internal
 */
export function toSqlWithJsonItems(rule: Rule, options: ToSqlOptions): SqlQuery {
  const settings = readOptions(options);
  assertRuleShape(rule);
  return new Compiler(settings).compile(rule, "json");
}

interface Settings {
  readonly dialect: Dialect;
  readonly from: string;
  readonly key: string;
  readonly columns: ReadonlyMap<string, SqlColumn>;
  readonly asOf: string | undefined;
}

function readOptions(options: ToSqlOptions): Settings {
  if (typeof options !== "object" || options === null) throw optionError(["options"], "an object { dialect, from, key, columns, asOf? }", options);
  const { dialect, from, key, columns } = options;
  if (typeof dialect !== "string" || !Object.hasOwn(DIALECTS, dialect)) throw optionError(["options", "dialect"], '"duckdb" or "postgres"', dialect);
  if (typeof from !== "string" || from.trim() === "") throw optionError(["options", "from"], "a table name or a parenthesised query", from);
  if (typeof key !== "string" || key === "") throw optionError(["options", "key"], "a column name", key);
  if (typeof columns !== "object" || columns === null) throw optionError(["options", "columns"], "an object of fact paths to { column, type }", columns);
  const map = new Map<string, SqlColumn>();
  for (const [fact, spec] of Object.entries(columns)) {
    const at: FieldPath = ["options", "columns", fact];
    if (typeof spec !== "object" || spec === null) throw optionError(at, "{ column, type }", spec);
    if (typeof spec.column !== "string" || spec.column === "") throw optionError([...at, "column"], "a column name", spec.column);
    if (!SQL_COLUMN_TYPES.includes(spec.type)) throw optionError([...at, "type"], `one of ${SQL_COLUMN_TYPES.map((t) => `"${t}"`).join(", ")}`, spec.type);
    const kind = factDefinition(fact)?.type;
    if (kind !== undefined && COLUMN_OF_KIND[kind] !== spec.type) {
      throw optionError([...at, "type"], `a "${COLUMN_OF_KIND[kind]}" column`, spec.type, `${describeValue(fact)} is ${kind === "enum" ? "an" : "a"} ${kind} fact; `);
    }
    map.set(fact, { column: spec.column, type: spec.type });
  }
  const asOf = options.asOf === undefined ? undefined : toIsoDate(options.asOf, ["options", "asOf"]);
  return { dialect: DIALECTS[dialect], from, key, columns: map, asOf };
}

function optionError(path: FieldPath, expected: string, received: unknown, why = ""): ValidationError {
  const message = `${path.join(".")}: ${why}expected ${expected}, received ${describeValue(received)}`;
  return new ValidationError(message, { path, issues: [{ path, expected, received: describeValue(received), message }] });
}

/** Compiles one rule: collects the columns, derived facts and parameters it needs, then writes the layers of the query. */
class Compiler {
  private readonly params: unknown[] = [];
  private readonly base = new Map<string, string>();
  private readonly resolved = new Map<string, { readonly expr: string | undefined; readonly type: SqlColumnType }>();
  private readonly factColumns: string[] = [];
  private readonly conditions: CompiledNode[] = [];
  private readonly groups: CompiledNode[] = [];
  private ksicUsed = false;
  private caps: { table: SmeSizeTable; seats: string; joins: string[]; sme: string; small: string } | undefined;

  constructor(private readonly settings: Settings) {}

  compile(rule: Rule, items: "list" | "json"): SqlQuery {
    const root = this.node(rule, undefined, [], "");
    return { sql: this.query(root, items), params: this.params };
  }

  private param(value: unknown, type: string): string {
    this.params.push(value);
    return `CAST($${this.params.length} AS ${type})`;
  }

  /** The base column of a fact given by a column, or `undefined`. */
  private given(path: string): string | undefined {
    const spec = this.settings.columns.get(path);
    if (spec === undefined) return undefined;
    let alias = this.base.get(path);
    if (alias === undefined) {
      alias = `v${this.base.size}`;
      this.base.set(path, alias);
    }
    return alias;
  }

  /** A fact as the facts layer sees it: the given column, else its derivation (both, coalesced, for a derived fact with a column). */
  private fact(path: string): { readonly expr: string | undefined; readonly type: SqlColumnType } {
    const known = this.resolved.get(path);
    if (known !== undefined) return known;
    const given = this.given(path);
    const type = this.settings.columns.get(path)?.type ?? COLUMN_OF_KIND[(factDefinition(path)?.type ?? "string") as TypedKind];
    let expr = given;
    if (isDerivedFactName(path)) {
      const derived = this.derive(path);
      expr = derived === undefined ? given : given === undefined ? derived : `COALESCE(${given}, ${derived})`;
    }
    const result = { expr, type };
    this.resolved.set(path, result);
    return result;
  }

  private derive(name: DerivedFactName): string | undefined {
    const context: SqlDerivationContext = {
      dialect: this.settings.dialect,
      asOf: this.settings.asOf,
      fact: (path) => this.fact(path).expr,
      ksicSection: () => {
        if (this.given("company.ksic") === undefined) return undefined;
        this.ksicUsed = true;
        return "_kx";
      },
      smeCaps: (table, seats) => this.smeCaps(table, seats),
    };
    const expr = sqlDerivations[name](context);
    return expr === undefined ? undefined : `(${expr})`;
  }

  private smeCaps(table: SmeSizeTable, seats: string): { sme: string; small: string } {
    if (this.caps !== undefined) return this.caps;
    const lengths = [...new Set(table.rows.flatMap((row) => row.codes.map((code) => code.length)))].sort((a, b) => b - a);
    const joins: string[] = [];
    const aliases: string[] = [];
    for (const length of lengths) {
      const key = `CASE WHEN _kx IS NOT NULL AND length(_kd) >= ${length} THEN left(_kd, ${length}) END`;
      for (const seatRows of [true, false]) {
        if (!table.rows.some((row) => (row.seatsOnly === true) === seatRows && row.codes.some((code) => code.length === length))) continue;
        const alias = `cap${aliases.length}`;
        aliases.push(alias);
        joins.push(`LEFT JOIN sme_caps AS ${alias} ON ${alias}.seats = ${seatRows ? "TRUE" : "FALSE"}${seatRows ? ` AND ${seats}` : ""} AND ${alias}.code = (${key})`);
      }
    }
    const pick = (column: string): string => (aliases.length === 1 ? `${aliases[0]}.${column}` : `COALESCE(${aliases.map((alias) => `${alias}.${column}`).join(", ")})`);
    this.caps = { table, seats, joins, sme: pick("sme"), small: pick("small") };
    return this.caps;
  }

  private node(rule: Rule, parent: CompiledNode | undefined, path: FieldPath, pointer: string): CompiledNode {
    const record = rule as { fact?: unknown; all?: readonly Rule[]; any?: readonly Rule[]; not?: Rule; id?: string };
    if (record.fact !== undefined) {
      const node: CompiledNode = { column: `c${this.conditions.length}`, parent, kind: "condition", sql: this.condition(rule as Condition, path), fact: (rule as Condition).fact, name: record.id ?? pointer };
      this.conditions.push(node);
      return node;
    }
    const kind = record.all !== undefined ? "all" : record.any !== undefined ? "any" : "not";
    const self: { column: string; parent: CompiledNode | undefined; kind: typeof kind; sql: string } = { column: `g${this.groups.length}`, parent, kind, sql: "" };
    this.groups.push(self);
    if (kind === "not") {
      const child = this.node(record.not!, self, [...path, "not"], `${pointer}/not`);
      self.sql = `(NOT ${this.inline(child)})`;
    } else {
      const children = (record[kind] as readonly Rule[]).map((child, index) => this.node(child, self, [...path, kind, index], `${pointer}/${kind}/${index}`));
      self.sql = children.length === 0 ? (kind === "all" ? "TRUE" : "FALSE") : `(${children.map((child) => this.inline(child)).join(kind === "all" ? " AND " : " OR ")})`;
    }
    return self;
  }

  /** A node's outcome in the nodes layer: a condition's column, a group's expression over its conditions. */
  private inline(node: CompiledNode): string {
    return node.kind === "condition" ? node.column : node.sql;
  }

  /** A condition as an SQL boolean: NULL exactly when its fact is missing (for `exists`: never NULL). */
  private condition(condition: Condition, path: FieldPath): string {
    if (condition.semantics === "json-rules-engine") {
      throw invalidRule([...path, "semantics"], "json-rules-engine semantics (loose JavaScript comparisons) have no exact SQL translation; convert the condition to a typed one");
    }
    const prepared = prepareCondition(condition, path);
    if (prepared.kind === "record") {
      throw invalidRule([...path, "fact"], `${describeValue(condition.fact)} is an object of the facts; a table has no objects, so only its fields can be columns`);
    }
    const { op } = condition;
    const operator = operatorOf(op);
    const resolved = this.fact(condition.fact);
    const column = resolved.expr === undefined ? undefined : this.factColumn(resolved.expr);
    if (op === "exists") {
      if (column === undefined) return condition.value === false ? "TRUE" : "FALSE";
      return operator.sql(column, condition.value, this.target("string"));
    }
    if (column === undefined) return "CAST(NULL AS BOOLEAN)";
    const kind = this.sqlKind(prepared.kind, resolved.type, condition, path);
    const keys = this.keys(condition, prepared.kind, path);
    const negative = operator.negative === true ? "TRUE" : "FALSE";
    if (kind === "mismatch") return `CASE WHEN ${column} IS NULL THEN NULL ELSE ${negative} END`;
    const target = this.target(kind);
    const fact = kind === "string" ? this.settings.dialect.binary(column) : column;
    const test = operator.sql(fact, keys, target);
    const nan = kind === "number" ? `WHEN ${this.settings.dialect.isNaN(column)} THEN ${negative} ` : "";
    return `CASE WHEN ${column} IS NULL THEN NULL ${nan}ELSE ${test} END`;
  }

  /** The facts-layer column of a fact expression (each expression computed once per row). */
  private factColumn(expr: string): string {
    let index = this.factColumns.indexOf(expr);
    if (index < 0) index = this.factColumns.push(expr) - 1;
    return `f${index}`;
  }

  /** The type a condition compares in, from its comparison kind and its column's type; `"mismatch"` when no present fact of the column can satisfy it as a value of the kind. */
  private sqlKind(kind: ComparisonKind, column: SqlColumnType, condition: Condition, path: FieldPath): SqlKind | "mismatch" {
    if (kind !== "json") {
      const expected = COLUMN_OF_KIND[kind as TypedKind];
      if (column !== expected) {
        const at: FieldPath = ["options", "columns", condition.fact, "type"];
        const message = `${at.join(".")}: ${describeValue(condition.fact)} is compared as a ${kind} fact (by the rule at ${path.length === 0 ? "(root)" : path.join(".")}); expected a "${expected}" column, received "${column}"`;
        throw new ValidationError(message, { path: at, issues: [{ path: at, expected: `"${expected}"`, received: `"${column}"`, message }] });
      }
      return SQL_KIND_OF_COLUMN[column];
    }
    switch (column) {
      case "date":
        throw invalidRule([...path, "factType"], `${describeValue(condition.fact)} is an untyped fact on a date column; declare factType "date" so that it compares as a date`);
      case "krw":
        return "mismatch"; // a Money object never equals or orders with a scalar
      case "string[]":
        return condition.op === "contains" ? "list" : "mismatch";
      default:
        return SQL_KIND_OF_COLUMN[column];
    }
  }

  /** The condition's value(s) as prepared keys, checked for what SQL cannot hold. */
  private keys(condition: Condition, kind: ComparisonKind, path: FieldPath): unknown {
    const comparison = COMPARISONS[kind];
    const key = (value: unknown, at: FieldPath): unknown => {
      const typed = comparison.value(value);
      if (typeof typed === "string" && UNSQLABLE.test(typed)) {
        throw invalidRule(at, `the string ${describeValue(typed)} holds a lone surrogate or NUL, which SQL text cannot hold; it has no exact SQL translation`);
      }
      if (kind === "money" && (typed as MoneyKey).currency !== "KRW") {
        throw new CurrencyMismatchError(`${[...at].join(".")}: a krw column holds won, received an amount in ${(typed as MoneyKey).currency}; convert the threshold to KRW`, { path: at });
      }
      return typed;
    };
    const value = condition.value;
    const valuePath = [...path, "value"];
    return Array.isArray(value) ? value.map((item, index) => key(item, [...valuePath, index])) : key(value, valuePath);
  }

  private target(kind: SqlKind): SqlTarget {
    const dialect = this.settings.dialect;
    const type = dialect.types[kind === "money" ? "krw" : kind === "list" ? "string" : kind];
    const param = (key: unknown): string => this.param(kind === "money" ? String((key as MoneyKey).units) : key, type);
    const fits = (key: unknown): boolean => {
      switch (kind) {
        case "number":
          return typeof key === "number";
        case "boolean":
          return typeof key === "boolean";
        case "money":
          return typeof key === "object" && key !== null;
        default:
          return typeof key === "string";
      }
    };
    return {
      kind,
      fits,
      param,
      contains: (fact, key) => dialect.contains(fact, param(key)),
      startsWith: (fact, key) => dialect.startsWith(fact, param(key)),
      listHas: (fact, key) => (key === null ? dialect.listHas(fact, `CAST(NULL AS ${type})`) : typeof key === "string" ? dialect.listHas(fact, param(key)) : "FALSE"),
    };
  }

  /** The decisive-path test of a node: every edge up to the root keeps the parent's outcome (`not` passes it on). */
  private decisive(node: CompiledNode): string {
    const terms: string[] = [];
    for (let child = node, parent = node.parent; parent !== undefined; child = parent, parent = parent.parent) {
      if (parent.kind !== "not") terms.push(`${child.column} IS NOT DISTINCT FROM ${parent.column}`);
    }
    return terms.length === 0 ? "TRUE" : terms.map((term) => `(${term})`).join(" AND ");
  }

  private query(root: CompiledNode, items: "list" | "json"): string {
    const { dialect, from, key } = this.settings;
    const text = dialect.types.string;
    const item = (value: string | undefined): string => this.param(items === "json" ? JSON.stringify(value) : value, text);
    const listOf = (parts: readonly string[]): string => (items === "list" ? dialect.listOf(parts) : parts.length === 0 ? "''" : `concat_ws(',', ${parts.join(", ")})`);
    // the missing list: each decisive undetermined condition's fact, at its first such occurrence in rule order
    const missingItems = this.conditions.map((node, index) => {
      const missingHere = (other: CompiledNode): string => `((${this.decisive(other)}) AND ${other.column} IS NULL)`;
      const earlier = this.conditions.slice(0, index).filter((other) => other.fact === node.fact);
      const first = earlier.length === 0 ? "" : ` AND NOT (${earlier.map(missingHere).join(" OR ")})`;
      return `CASE WHEN ${missingHere(node)}${first} THEN ${item(node.fact)} END`;
    });
    const decisiveItems = this.conditions.map((node) => `CASE WHEN ${this.decisive(node)} THEN ${item(node.name)} END`);
    const ctes: string[] = [];
    if (this.caps !== undefined) ctes.push(`sme_caps(code, seats, sme, small) AS (${sqlSmeCapsValues(this.caps.table, dialect)})`);
    const baseColumns = [...this.base].map(([path, alias]) => {
      const spec = this.settings.columns.get(path)!;
      return `CAST(src.${quoteIdentifier(spec.column)} AS ${dialect.types[spec.type]}) AS ${alias}`;
    });
    ctes.push(`t_base AS (SELECT src.${quoteIdentifier(key)} AS _k${baseColumns.map((column) => `, ${column}`).join("")} FROM ${from} AS src)`);
    let previous = "t_base";
    if (this.ksicUsed) {
      const code = this.base.get("company.ksic")!;
      if (dialect.ksicParts === undefined) {
        ctes.push(`t_ksic1 AS (SELECT t_base.*, ${dialect.ksicDigits(code)} AS _kd, ${dialect.leadingLetter(code)} AS _kl FROM t_base)`);
      } else {
        // one match for both parts (the letter only counts when the digits parse, so it may come from the same match)
        ctes.push(`t_ksic0 AS (SELECT t_base.*, ${dialect.ksicParts(code)} AS _kp FROM t_base)`);
        ctes.push(`t_ksic1 AS (SELECT t_ksic0.* EXCLUDE (_kp), NULLIF(_kp.d, '') AS _kd, NULLIF(_kp.l, '') AS _kl FROM t_ksic0)`);
      }
      // the section of the division, computed once per row: a letter written before the digits must agree with it
      ctes.push(`t_ksic2 AS (SELECT t_ksic1.*, ${sqlSectionOfDivision(dialect.binary("left(_kd, 2)"))} AS _ks FROM t_ksic1)`);
      ctes.push(`t_ksic AS (SELECT t_ksic2.*, CASE WHEN _kl IS NULL OR _kl = _ks THEN _ks END AS _kx FROM t_ksic2)`);
      previous = "t_ksic";
    }
    const facts = this.factColumns.map((expr, index) => `, ${expr} AS f${index}`).join("");
    ctes.push(`t_facts AS (SELECT ${previous}.*${facts} FROM ${previous}${this.caps === undefined ? "" : ` ${this.caps.joins.join(" ")}`})`);
    ctes.push(`t_conds AS (SELECT _k${this.conditions.map((node) => `, ${node.sql} AS ${node.column}`).join("")} FROM t_facts)`);
    ctes.push(`t_nodes AS (SELECT _k${this.conditions.map((node) => `, ${node.column}`).join("")}${this.groups.map((node) => `, ${node.sql} AS ${node.column}`).join("")} FROM t_conds)`);
    const outcome = `CASE WHEN ${root.column} IS NULL THEN 'undetermined' WHEN ${root.column} THEN 'eligible' ELSE 'ineligible' END`;
    return (
      `WITH ${ctes.join(",\n")}\n` +
      `SELECT _k AS ${quoteIdentifier(key)}, ${outcome} AS outcome, ${listOf(missingItems)} AS missing, ${listOf(decisiveItems)} AS decisive FROM t_nodes`
    );
  }
}
