/**
 * `technopark/sql`: rules where the data lives. `toSql` compiles a rule to one query for DuckDB or Postgres
 * that decides every row of a table exactly as `evaluate` decides the same facts (outcome, missing facts and
 * decisive conditions), with derived facts computed in SQL from the statute tables. No runtime dependencies:
 * run the query with the database client you already have.
 *
 * @module technopark/sql
 * @packageDocumentation
 */
export { toSql, type ToSqlOptions, type SqlColumn, type SqlQuery } from "./to-sql.js";
export type { SqlDialect, SqlColumnType } from "./dialect.js";
