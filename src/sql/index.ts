export { toSql, type ToSqlOptions, type SqlColumn, type SqlQuery } from "./to-sql.js";
export type { SqlDialect, SqlColumnType } from "./dialect.js";
