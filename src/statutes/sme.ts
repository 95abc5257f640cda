import { describeValue, formatPath } from "../errors/format.js";
import { CurrencyMismatchError, ValidationError } from "../errors/technopark-error.js";
import { currencies } from "../money/currencies.js";
import { canonicalAmount, money, type Money } from "../money/money.js";
import { toIsoDate, type DateLike } from "../time/iso-date.js";
import { asOfVersion } from "../time/versioned.js";
import type { Citation } from "./citation.js";
import { ksicSections, parseKsic, type ParsedKsic } from "./ksic.js";
import { smeSizeTables, type SmeCapRow, type SmeSizeTable } from "./sme-size-tables.js";
import { invalidValue } from "../errors/invalid-value.js";

/**
 * The size class of a firm under 중소기업기본법: `"small"` (소기업), `"medium"` (중기업: an SME that is not small)
 * or `"not-sme"`, as {@link classifySme} returns it; programme rules compare against it.
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { SmeSize } from "technopark";
 * const eligible: readonly SmeSize[] = ["small", "medium"];
 * ```
 */
export type SmeSize = "small" | "medium" | "not-sme";

/**
 * The row of the SME size table that applies to an industry, with its caps in KRW, as {@link smeCaps}
 * returns it for traces and explanations.
 *
 * @category Statutes
 * @example
 * ```ts
 * import { smeCaps, type SmeCaps } from "technopark";
 * const caps: SmeCaps = smeCaps("C29", { asOf: "2025-09-01" });
 * caps.row; // "C29"
 * ```
 */
export type SmeCaps = {
  /** SME cap on the 3-year average revenue (별표1), inclusive. */
  readonly smeRevenueCap: Money;
  /** 소기업 cap on the 3-year average revenue (별표3), inclusive. */
  readonly smallRevenueCap: Money;
  /** The row as the statute writes its code column, e.g. `"C29"`, `"E (E36 제외)"`, `"C30393"`. */
  readonly row: string;
  /** The statute version the caps come from. */
  readonly citation: Citation;
};

/**
 * Options of {@link smeCaps}: the date whose table applies and the seat-maker declaration.
 *
 * @category Statutes
 * @example
 * ```ts
 * import type { SmeCapsOptions } from "technopark";
 * const options: SmeCapsOptions = { asOf: "2025-09-01", seatManufacturing: true };
 * ```
 */
export type SmeCapsOptions = {
  /** The date whose table applies (`YYYY-MM-DD` or a `Date`, read in Seoul). */
  readonly asOf: DateLike;
  /**
   * The business is the manufacture of railway-vehicle seats (within C31202) or aircraft seats (within C31322),
   * which 별표1 puts in the 1,500억 원 band from 2025-09-01. The KSIC code cannot tell, so the caller says so.
   */
  readonly seatManufacturing?: boolean | undefined;
};

/**
 * Input of {@link classifySme}: main industry, 3-year average revenue and total assets (KRW).
 *
 * @category Statutes
 * @example
 * ```ts
 * import { money, type SmeInput } from "technopark";
 * const firm: SmeInput = { ksic: "C29199", averageRevenue: money("12000000000", "KRW"), totalAssets: money("30000000000", "KRW") };
 * ```
 */
export type SmeInput = {
  /** KSIC code of the main industry (the largest revenue share): 2–5 digits, optionally after the section letter. */
  readonly ksic: string;
  /** 3-year average revenue (평균매출액등), in KRW. */
  readonly averageRevenue: Money;
  /** Total assets at the end of the last fiscal year, in KRW. */
  readonly totalAssets: Money;
  /** See {@link SmeCapsOptions.seatManufacturing}. */
  readonly seatManufacturing?: boolean | undefined;
};

const EOK = 100_000_000n;

function tableOn(asOf: DateLike): { day: string; table: SmeSizeTable } {
  const day = toIsoDate(asOf, ["asOf"]);
  const version = asOfVersion(smeSizeTables, day);
  if (version === undefined) {
    const first = smeSizeTables[0]!.validFrom;
    const expected = `a date on or after ${first}: no SME size table (중소기업기본법 시행령 별표1·별표3) is encoded for ${day}`;
    throw new ValidationError(`asOf: expected ${expected}, received ${describeValue(day)}`, {
      path: ["asOf"],
      issues: [{ path: ["asOf"], expected, received: describeValue(day), message: "no table in force" }],
    });
  }
  return { day, table: version.value };
}

/** A row with its caps in won, ready to compare. */
type IndexedRow = { readonly row: SmeCapRow; readonly sme: bigint; readonly small: bigint };
/** A table's rows keyed by KSIC digit prefix; seat rows apart. */
type TableIndex = { readonly byPrefix: ReadonlyMap<string, IndexedRow>; readonly seatsByPrefix: ReadonlyMap<string, IndexedRow> };

/** Prefix indexes of every table version, built once from the constant tables (never mutated). */
const tableIndexes: ReadonlyMap<SmeSizeTable, TableIndex> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ smeSizeTables.map(({ value: table }) => {
    const byPrefix = new Map<string, IndexedRow>();
    const seatsByPrefix = new Map<string, IndexedRow>();
    for (const row of table.rows) {
      const indexed = { row, sme: BigInt(row.sme) * EOK, small: BigInt(row.small) * EOK };
      for (const prefix of row.codes) (row.seatsOnly === true ? seatsByPrefix : byPrefix).set(prefix, indexed);
    }
    return [table, { byPrefix, seatsByPrefix }] as const;
  }),
);

/** The most specific row whose code prefixes the KSIC digits (seat rows only when declared). */
function rowFor(table: SmeSizeTable, ksic: ParsedKsic, code: string, day: string, seats: boolean): IndexedRow {
  const index = tableIndexes.get(table)!;
  for (let length = ksic.digits.length; length >= 2; length--) {
    const prefix = ksic.digits.slice(0, length);
    const found = (seats ? index.seatsByPrefix.get(prefix) : undefined) ?? index.byPrefix.get(prefix);
    if (found !== undefined) return found;
  }
  const expected = `an industry covered by 중소기업기본법 시행령 별표1 in force on ${day}; KSIC section ${ksic.section}, division ${ksic.division} is not covered (not covered: ${uncovered(table).join(", ")})`;
  throw new ValidationError(`ksic: expected ${expected}, received ${describeValue(code)}`, {
    path: ["ksic"],
    issues: [{ path: ["ksic"], expected, received: describeValue(code), message: "industry not covered" }],
  });
}

/** The sections and divisions a table has no row for, e.g. `["O", "S94", "T", "U"]`. */
function uncovered(table: SmeSizeTable): string[] {
  const out: string[] = [];
  for (const section of ksicSections) {
    const all = [];
    for (let d = Number(section.divisions.from); d <= Number(section.divisions.to); d++) all.push(String(d).padStart(2, "0"));
    const missing = all.filter((division) => !table.rows.some((row) => row.codes.includes(division)));
    if (missing.length === all.length) out.push(section.letter);
    else out.push(...missing.map((division) => `${section.letter}${division}`));
  }
  return out;
}

function capsOf({ row, sme, small }: IndexedRow, table: SmeSizeTable): SmeCaps {
  return {
    smeRevenueCap: money(sme, "KRW"),
    smallRevenueCap: money(small, "KRW"),
    row: row.row,
    citation: table.citation,
  };
}

/**
 * The row of the SME size table (중소기업기본법 시행령 별표1 SME caps, 별표3 소기업 caps) that applies to an
 * industry on a date, with both caps in KRW and the citation of the table version. Use it to show the threshold
 * behind a classification ("cap 1,200억 원 for C29"). The most specific row wins: `"30393"` takes the
 * C30393 row, `"30"` or `"30110"` the C30 row. Throws `VALIDATION` for an invalid code, an industry the table
 * does not cover (O, S94, T, U) or a date before the first encoded table (2016-01-01).
 *
 * @param ksic - KSIC code of the main industry
 * @param options - `asOf` picks the table version; `seatManufacturing` selects the seat rows of C31202/C31322
 * @category Statutes
 * @example
 * ```ts
 * import { smeCaps } from "technopark";
 * const caps = smeCaps("C29199", { asOf: "2025-09-01" });
 * caps.row; // "C29"
 * caps.smeRevenueCap; // { amount: "120000000000", currency: "KRW" } (1,200억 원)
 * caps.smallRevenueCap.amount; // "12000000000" (120억 원)
 * ```
 */
export function smeCaps(ksic: string, options: SmeCapsOptions): SmeCaps {
  const parsed = parseKsic(ksic, ["ksic"]);
  const { day, table } = tableOn((options as Partial<typeof options> | undefined)?.asOf as DateLike);
  return capsOf(rowFor(table, parsed, ksic, day, options?.seatManufacturing === true), table);
}


/** The amount of a KRW Money as a bigint, validated; other currencies throw CURRENCY_MISMATCH. */
function krw(value: unknown, field: string): bigint {
  if (typeof value !== "object" || value === null) throw invalidValue([field], "a Money { amount, currency } in KRW", value);
  const { amount, currency } = value as { amount?: unknown; currency?: unknown };
  if (typeof currency !== "string" || !Object.hasOwn(currencies, currency)) {
    throw invalidValue([field, "currency"], "a known ISO 4217 currency code (KRW)", currency);
  }
  if (currency !== "KRW") {
    const path = [field, "currency"];
    throw new CurrencyMismatchError(
      `${formatPath(path)}: expected KRW, the currency of the 중소기업기본법 시행령 별표1·별표3 caps, received ${currency}; convert the amount first (convertMoney with a dated rate)`,
      { path, issues: [{ path, expected: "KRW", received: currency, message: "currency mismatch" }] },
    );
  }
  if (typeof amount !== "string" || canonicalAmount(amount, currencies.KRW!) !== amount || amount.startsWith("-")) {
    throw invalidValue([field, "amount"], "a non-negative whole number of won as a canonical decimal string", amount);
  }
  return BigInt(amount);
}

/**
 * Classifies a firm as `"small"` (소기업), `"medium"` (중기업) or `"not-sme"` by the size tables of
 * 중소기업기본법 시행령 in force on `asOf`: total assets must be below 5,000억 원 (제3조 ①1 가: "5천억원 미만",
 * so exactly 5,000억 원 is not an SME); then the 3-year average revenue up to the 별표3 cap of the main
 * industry is small, up to the 별표1 cap medium (both caps inclusive: "이하"), above it not an SME.
 *
 * Only the size standard is applied: the independence standard (members of a 공시대상기업집단, firms 30 %-owned by a
 * company with assets of 5,000억 원 or more) and the 5-year graduation grace (법 제2조③) need facts this function
 * does not receive. Amounts must be KRW (another currency throws `CURRENCY_MISMATCH`: convert it with a dated rate
 * first); amounts are compared exactly as integers. The 2025-09-01 table applies from that date, the earlier table
 * (from 2016-01-01, assembled from secondary sources, flagged unconfirmed) before it; earlier dates throw `VALIDATION`,
 * as do invalid KSIC codes and industries the table does not cover (O, S94, T, U).
 *
 * @param input - the main industry's KSIC code, the 3-year average revenue and total assets
 * @param options - `asOf`: the date whose table applies
 * @category Statutes
 * @example
 * ```ts
 * import { classifySme, money } from "technopark";
 * const firm = { ksic: "C29199", averageRevenue: money("12000000000", "KRW"), totalAssets: money("30000000000", "KRW") };
 * classifySme(firm, { asOf: "2025-09-01" }); // "small" (120억 원 is within the C29 소기업 cap of 120억 원)
 * classifySme({ ...firm, averageRevenue: money("110000000000", "KRW") }, { asOf: "2025-09-01" }); // "medium"
 * classifySme({ ...firm, averageRevenue: money("110000000000", "KRW") }, { asOf: "2025-08-31" }); // "not-sme" (cap was 1,000억 원)
 * ```
 */
export function classifySme(input: SmeInput, options: { readonly asOf: DateLike }): SmeSize {
  if (typeof input !== "object" || input === null) {
    throw new ValidationError(`input: expected an object { ksic, averageRevenue, totalAssets }, received ${describeValue(input)}`, {
      path: [],
    });
  }
  const parsed = parseKsic(input.ksic, ["ksic"]);
  const revenue = krw(input.averageRevenue, "averageRevenue");
  const assets = krw(input.totalAssets, "totalAssets");
  const { day, table } = tableOn((options as Partial<typeof options> | undefined)?.asOf as DateLike);
  const { sme, small } = rowFor(table, parsed, input.ksic, day, input.seatManufacturing === true);
  if (assets >= BigInt(table.assetCeiling) * EOK) return "not-sme";
  if (revenue <= small) return "small";
  if (revenue <= sme) return "medium";
  return "not-sme";
}
