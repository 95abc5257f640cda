import { InvalidRuleError } from "../errors/technopark-error.js";
import type { DerivedFactName } from "../rules/facts.js";
import { ksicSections } from "../statutes/ksic.js";
import { microThresholds } from "../statutes/micro-enterprise.js";
import { smeSizeTables, type SmeSizeTable } from "../statutes/sme-size-tables.js";
import { stageBands, youthAgeLimits } from "../statutes/startup.js";
import { asOfVersion } from "../time/versioned.js";
import { quoteLiteral, type Dialect } from "./dialect.js";

/**
 * What a derived fact's SQL reads: the dialect, the date, the facts it depends on (given columns, or other
 * derived facts) and the parsed KSIC code and SME caps row of the row being judged.
 * @internal
 */
export interface SqlDerivationContext {
  readonly dialect: Dialect;
  /** `asOf` as `YYYY-MM-DD`, or `undefined`. */
  readonly asOf: string | undefined;
  /** The SQL of a fact as a derivation reads it (a given column, or a derived fact with its given column winning), or `undefined` when no column can give it. */
  fact(path: string): string | undefined;
  /** The KSIC section of `company.ksic` when it parses (NULL otherwise), or `undefined` without a `company.ksic` column. */
  ksicSection(): string | undefined;
  /** The SME caps (won, inclusive) of the table row that applies to the row's industry, joined from a `VALUES` table. */
  smeCaps(table: SmeSizeTable, seatManufacturing: string): { readonly sme: string; readonly small: string } | undefined;
}

/**
 * The SQL of a derived fact, written from the same statute tables as its JavaScript formula, as of `asOf`:
 * an expression of the fact's type that is NULL exactly where `evaluate` finds the fact missing (a missing
 * input, no `asOf`, or an input the formula refuses); `undefined` when the fact is missing on every row.
 * @internal
 */
export type SqlDerivation = (context: SqlDerivationContext) => string | undefined;

/** `asOf` as a DATE literal (a validated ISO date, a constant of the query). */
function dateLiteral(asOf: string): string {
  return `CAST(${quoteLiteral(asOf)} AS DATE)`;
}

/**
 * Whole years from `from` (a DATE) to `asOf` (민법 제158조·제160조, as `fullYearsBetween`): the difference of the
 * years, less one when the month and day of `asOf` come before those of `from` (so 29 February reaches its
 * anniversary on 1 March in common years). Never `date_diff`, whose boundaries differ.
 * @internal
 */
export function sqlFullYears(from: string, asOf: string): string {
  const year = Number(asOf.slice(0, 4));
  const monthDay = Number(asOf.slice(5, 7)) * 100 + Number(asOf.slice(8, 10));
  return `(${year} - CAST(EXTRACT(YEAR FROM ${from}) AS INTEGER) - CASE WHEN CAST(EXTRACT(MONTH FROM ${from}) AS INTEGER) * 100 + CAST(EXTRACT(DAY FROM ${from}) AS INTEGER) > ${monthDay} THEN 1 ELSE 0 END)`;
}

/**
 * The KSIC section of a two-digit division (a CASE over the section ranges of `ksicSections`), NULL for a
 * number that is no division.
 * @internal
 */
export function sqlSectionOfDivision(division: string): string {
  const arms = ksicSections.map(({ letter, divisions: { from, to } }) =>
    from === to ? `WHEN ${division} = '${from}' THEN '${letter}'` : `WHEN ${division} BETWEEN '${from}' AND '${to}' THEN '${letter}'`,
  );
  return `CASE ${arms.join(" ")} END`;
}

const EOK = 100_000_000n;

/**
 * The rows of an SME size table as SQL `VALUES` (code prefix, seat-only flag, SME cap, 소기업 cap in won), one
 * per prefix as `classifySme` indexes them (a later row of the same prefix replaces an earlier one).
 * @internal
 */
export function sqlSmeCapsValues(table: SmeSizeTable, dialect: Dialect): string {
  const rows = new Map<string, string>();
  for (const row of table.rows) {
    for (const code of row.codes) {
      const seats = row.seatsOnly === true;
      rows.set(`${seats}:${code}`, `('${code}', ${seats ? "TRUE" : "FALSE"}, CAST(${BigInt(row.sme) * EOK} AS ${dialect.types.krw}), CAST(${BigInt(row.small) * EOK} AS ${dialect.types.krw}))`);
    }
  }
  return `VALUES ${[...rows.values()].join(", ")}`;
}

const SME_SIZES = "('small', 'medium', 'not-sme')";

/**
 * The SQL of every derived fact of the fact catalogue, keyed by its name (a test checks that none is left out).
 * @internal
 */
export const sqlDerivations: { readonly [N in DerivedFactName]: SqlDerivation } = {
  "company.regularWorkers": (context) => {
    if (context.fact("company.monthEndHeadcounts") !== undefined) {
      throw new InvalidRuleError(
        "options.columns: company.monthEndHeadcounts (month-end headcount records) cannot be read from a column; map company.regularWorkers to a number column instead",
        { path: ["options", "columns", "company.monthEndHeadcounts"] },
      );
    }
    return undefined; // only the given column (which wins) can give it
  },
  "company.ksicSection": (context) => context.ksicSection(),
  "company.smeSize": (context) => {
    const listed = context.fact("company.inListedGroup");
    const preempt = listed === undefined ? "" : `WHEN ${listed} IS TRUE THEN 'not-sme' `;
    const table = context.asOf === undefined ? undefined : asOfVersion(smeSizeTables, context.asOf)?.value;
    const section = context.ksicSection();
    const revenue = context.fact("company.averageRevenue");
    const assets = context.fact("company.totalAssets");
    const seats = context.fact("company.seatManufacturing");
    if (table === undefined || section === undefined || revenue === undefined || assets === undefined) {
      return listed === undefined ? undefined : `CASE ${preempt}END`;
    }
    const caps = context.smeCaps(table, seats === undefined ? "FALSE" : `(${seats} IS TRUE)`)!;
    const ceiling = `CAST(${BigInt(table.assetCeiling) * EOK} AS ${context.dialect.types.krw})`;
    return (
      `CASE ${preempt}WHEN ${section} IS NULL OR ${revenue} IS NULL OR ${assets} IS NULL OR ${revenue} < 0 OR ${assets} < 0 OR ${caps.sme} IS NULL THEN NULL ` +
      `WHEN ${assets} >= ${ceiling} THEN 'not-sme' WHEN ${revenue} <= ${caps.small} THEN 'small' WHEN ${revenue} <= ${caps.sme} THEN 'medium' ELSE 'not-sme' END`
    );
  },
  "company.isMicroEnterprise": (context) => {
    const thresholds = context.asOf === undefined ? undefined : asOfVersion(microThresholds, context.asOf)?.value;
    const section = context.ksicSection();
    const workers = context.fact("company.regularWorkers");
    const size = context.fact("company.smeSize");
    if (thresholds === undefined || section === undefined || workers === undefined || size === undefined) return undefined;
    const industrial = thresholds.industrialSections.map((letter) => `'${letter}'`).join(", ");
    return (
      `CASE WHEN ${section} IS NULL OR ${workers} IS NULL OR ${size} IS NULL OR NOT ${context.dialect.isFinite(workers)} OR ${workers} < 0 OR ${size} NOT IN ${SME_SIZES} THEN NULL ` +
      `WHEN ${size} <> 'small' THEN FALSE ELSE ${workers} < CASE WHEN ${section} IN (${industrial}) THEN ${thresholds.industrialBelow} ELSE ${thresholds.otherBelow} END END`
    );
  },
  "company.ageInYears": (context) => {
    const founded = context.fact("company.foundedOn");
    if (founded === undefined || context.asOf === undefined) return undefined;
    return `CASE WHEN ${founded} > ${dateLiteral(context.asOf)} THEN NULL ELSE CAST(${sqlFullYears(founded, context.asOf)} AS ${context.dialect.types.number}) END`;
  },
  "company.startupStage": (context) => {
    const founded = context.fact("company.foundedOn");
    const bands = context.asOf === undefined ? undefined : asOfVersion(stageBands, context.asOf)?.value;
    if (founded === undefined || bands === undefined) return undefined;
    const years = sqlFullYears(founded, context.asOf!);
    return `CASE WHEN ${founded} IS NULL OR ${founded} > ${dateLiteral(context.asOf!)} THEN NULL WHEN ${years} < ${bands.earlyBelow} THEN 'early' WHEN ${years} < ${bands.startupBelow} THEN 'leap' ELSE 'established' END`;
  },
  "representative.yearsSinceClosure": (context) => {
    const closed = context.fact("representative.previousBusiness.closedOn");
    if (closed === undefined || context.asOf === undefined) return undefined;
    return `CASE WHEN ${closed} > ${dateLiteral(context.asOf)} THEN NULL ELSE CAST(${sqlFullYears(closed, context.asOf)} AS ${context.dialect.types.number}) END`;
  },
  "representative.monthsSinceClosure": (context) => {
    const closed = context.fact("representative.previousBusiness.closedOn");
    if (closed === undefined || context.asOf === undefined) return undefined;
    // full months (민법 제160조): the month difference, less one when the day of asOf comes before the closing day,
    // unless asOf is the last day of its month (a period ending on a shorter month's last day is complete)
    const [year, month, day] = context.asOf.split("-").map(Number) as [number, number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const months = `(${year * 12 + month} - (CAST(EXTRACT(YEAR FROM ${closed}) AS INTEGER) * 12 + CAST(EXTRACT(MONTH FROM ${closed}) AS INTEGER)))`;
    const short = day < lastDay ? ` - CASE WHEN CAST(EXTRACT(DAY FROM ${closed}) AS INTEGER) > ${day} THEN 1 ELSE 0 END` : "";
    return `CASE WHEN ${closed} > ${dateLiteral(context.asOf)} THEN NULL ELSE CAST(${months}${short} AS ${context.dialect.types.number}) END`;
  },
  "representative.sameIndustryAsClosed": (context) => {
    const before = context.fact("representative.previousBusiness.ksic");
    const now = context.fact("company.ksic");
    if (before === undefined || now === undefined) return undefined;
    // both must be 5-digit 세세분류 codes (optionally after a section letter A–U), else the fact cannot be decided
    const subClass = (code: string): string =>
      `CASE WHEN COALESCE(${context.dialect.leadingLetter(code)}, 'A') <= 'U' AND length(${context.dialect.ksicDigits(code)}) = 5 THEN ${context.dialect.ksicDigits(code)} END`;
    return `(${subClass(before)}) = (${subClass(now)})`;
  },
  "representative.isYouth": (context) => {
    const own = context.fact("representative.birthDate");
    const company = context.fact("company.representative.birthDate");
    const born = own === undefined ? company : company === undefined ? own : `COALESCE(${own}, ${company})`;
    const limit = context.asOf === undefined ? undefined : asOfVersion(youthAgeLimits, context.asOf)?.value;
    if (born === undefined || limit === undefined) return undefined;
    return `CASE WHEN ${born} > ${dateLiteral(context.asOf!)} THEN NULL ELSE ${sqlFullYears(born, context.asOf!)} <= ${limit.maxAge} END`;
  },
};
