import type { DealStage } from "../entities/export-deal.js";
import { convertMoney } from "../money/convert-money.js";
import { currencies, type Currency } from "../money/currencies.js";
import type { FxRate } from "../money/fx-rate.js";
import { addUnits, currencyMismatch, moneyFromUnits, readMoney, type MinorUnits } from "../money/minor-units.js";
import type { Money } from "../money/money.js";
import type { DateLike } from "../time/iso-date.js";
import { atRecord } from "./errors.js";
import { invalidValue } from "../errors/invalid-value.js";
import { unitsRatio } from "./quantity.js";

/**
 * What {@link exportFunnel} needs of a deal: its stage and value. Every `ExportDeal` fits.
 *
 * @category Rollups
 * @example
 * ```ts
 * import { money, type FunnelDeal } from "technopark";
 * const deal: FunnelDeal = { stage: "contract", value: money("3500000", "USD") };
 * ```
 */
export interface FunnelDeal {
  /** The stage the deal reached: `consultation`, `contract` or `joint-agreement`. */
  readonly stage: DealStage;
  /** The deal's value. */
  readonly value: Money;
}

/**
 * One stage of an export funnel: how many deals and their total value.
 *
 * @category Rollups
 * @example
 * ```ts
 * import { money, type FunnelStage } from "technopark";
 * const contracts: FunnelStage = { count: 2, value: money("6500000", "USD") };
 * ```
 */
export interface FunnelStage {
  /** Number of deals at this stage. */
  readonly count: number;
  /** Their total value, exact, in the funnel's currency. */
  readonly value: Money;
}

/**
 * Conversion rates between funnel stages, relative to the consultations held (상담 대비 계약 전환율),
 * by count and by value. A rate is `undefined` when there were no consultations (or their value is zero).
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { FunnelConversion } from "technopark";
 * const conversion: FunnelConversion = { contractRate: 0.1, jointAgreementRate: 0.05, contractValueRate: 0.72, jointAgreementValueRate: 0.56 };
 * ```
 */
export interface FunnelConversion {
  /** contracts.count ÷ consultations.count. */
  readonly contractRate: number | undefined;
  /** jointAgreements.count ÷ consultations.count. */
  readonly jointAgreementRate: number | undefined;
  /** contracts.value ÷ consultations.value. */
  readonly contractValueRate: number | undefined;
  /** jointAgreements.value ÷ consultations.value. */
  readonly jointAgreementValueRate: number | undefined;
}

/**
 * The result of {@link exportFunnel}: counts and values per stage, and conversion rates between them.
 *
 * @category Rollups
 * @example
 * ```ts
 * import { exportFunnel, type ExportFunnel } from "technopark";
 * const funnel: ExportFunnel = exportFunnel([], "USD");
 * ```
 */
export interface ExportFunnel {
  /** Deals at the consultation stage (상담). */
  readonly consultations: FunnelStage;
  /** Deals that reached a contract (계약). */
  readonly contracts: FunnelStage;
  /** Joint R&D / production agreements (공동연구생산 협약). */
  readonly jointAgreements: FunnelStage;
  /** Conversion rates relative to the consultations. */
  readonly conversion: FunnelConversion;
}

/**
 * Options of {@link exportFunnel}: a dated rate table for deals in other currencies.
 *
 * @category Rollups
 * @example
 * ```ts
 * import type { ExportFunnelOptions } from "technopark";
 * const options: ExportFunnelOptions = {
 *   rates: [{ base: "USD", quote: "KRW", rate: "1350", validFrom: "2023-10-20", source: "example" }],
 *   asOf: "2023-10-27",
 * };
 * ```
 */
export interface ExportFunnelOptions<D = FunnelDeal> {
  /** Exchange rates; each deal is converted with `convertMoney` (rounded half-even). */
  readonly rates: readonly FxRate[];
  /** The date whose rate applies: one date, or each deal's own date. */
  readonly asOf: DateLike | ((deal: D) => DateLike);
}

const STAGE_KEYS: Readonly<Record<DealStage, "consultations" | "contracts" | "jointAgreements">> = {
  consultation: "consultations",
  contract: "contracts",
  "joint-agreement": "jointAgreements",
};

/**
 * Export funnel of a list of deals: for each stage (consultation → contract → joint agreement) the number
 * of deals and their exact total value in `currency`, plus conversion rates relative to the consultations.
 * Each deal counts once, at the stage it reached, as the source itemises it. Use it to check itemised
 * deals against a reported event total (INNO WEEK 2023: contracts USD 6,500,000). A deal in another
 * currency throws `CURRENCY_MISMATCH` unless `options` gives a dated rate table; an unknown stage or a bad
 * value throws `VALIDATION` naming the deal's index. The input is not mutated.
 *
 * @param deals - the deals (any objects with `stage` and `value`, e.g. `ExportDeal`)
 * @param currency - the currency of the totals
 * @param options - rates to convert deals in other currencies
 * @category Rollups
 * @example
 * ```ts
 * import { exportFunnel, money } from "technopark";
 * const funnel = exportFunnel(
 *   [
 *     { stage: "contract", value: money("3000000", "USD") },
 *     { stage: "contract", value: money("3500000", "USD") },
 *     { stage: "joint-agreement", value: money("5000000", "USD") },
 *   ],
 *   "USD",
 * );
 * funnel.contracts; // { count: 2, value: { amount: "6500000", currency: "USD" } }
 * funnel.jointAgreements.value.amount; // "5000000"
 * ```
 */
export function exportFunnel<D extends FunnelDeal>(deals: readonly D[], currency: string, options?: ExportFunnelOptions<D>): ExportFunnel {
  if (!Array.isArray(deals)) throw invalidValue(["deals"], "an array of deals { stage, value }", deals);
  if (typeof currency !== "string" || !Object.hasOwn(currencies, currency)) {
    throw invalidValue(["currency"], `a known ISO 4217 currency code (${Object.keys(currencies).join(", ")})`, currency);
  }
  if (options !== undefined && (typeof options !== "object" || options === null || !Array.isArray(options.rates))) {
    throw invalidValue(["options"], "{ rates: FxRate[], asOf: date or (deal) => date }", options);
  }
  const target = currencies[currency]!;
  const counts = { consultations: 0, contracts: 0, jointAgreements: 0 };
  const units: Record<keyof typeof counts, MinorUnits> = { consultations: 0, contracts: 0, jointAgreements: 0 };
  deals.forEach((deal, index) => {
    if (typeof deal !== "object" || deal === null) throw invalidValue(["deals", index], "a deal { stage, value }", deal);
    const stage = deal.stage;
    if (typeof stage !== "string" || !Object.hasOwn(STAGE_KEYS, stage)) {
      throw invalidValue(["deals", index, "stage"], '"consultation", "contract" or "joint-agreement"', stage);
    }
    const key = STAGE_KEYS[stage as DealStage];
    const amount = readInCurrency(deal, index, target, options);
    counts[key]++;
    units[key] = addUnits(units[key], amount);
  });
  const stage = (key: keyof typeof counts): FunnelStage => ({ count: counts[key], value: moneyFromUnits(units[key], target, "exportFunnel") });
  const consultations = stage("consultations");
  const contracts = stage("contracts");
  const jointAgreements = stage("jointAgreements");
  const perConsultation = (count: number) => (counts.consultations > 0 ? count / counts.consultations : undefined);
  const perConsultationValue = (value: MinorUnits) => {
    const base = units.consultations;
    return base === 0 || base === 0n ? undefined : unitsRatio(value, base);
  };
  return {
    consultations,
    contracts,
    jointAgreements,
    conversion: {
      contractRate: perConsultation(counts.contracts),
      jointAgreementRate: perConsultation(counts.jointAgreements),
      contractValueRate: perConsultationValue(units.contracts),
      jointAgreementValueRate: perConsultationValue(units.jointAgreements),
    },
  };
}

/** A deal's value in minor units of the target currency, converting when a rate table is given. */
function readInCurrency<D extends FunnelDeal>(deal: D, index: number, target: Currency, options: ExportFunnelOptions<D> | undefined): MinorUnits {
  const path = ["deals", index, "value"];
  const read = readMoney(deal.value, path);
  if (read.currency === target) return read.units;
  if (options === undefined) throw currencyMismatch("exportFunnel", target.code, read.currency.code, [...path, "currency"]);
  try {
    const on = typeof options.asOf === "function" ? options.asOf(deal) : options.asOf;
    return readMoney(convertMoney(deal.value, target.code, options.rates, on), path).units;
  } catch (error) {
    throw atRecord(error, index, "deals");
  }
}
