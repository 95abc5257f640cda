export {
  type DimensionValue,
  type DimensionKey,
  type NamedDimension,
  type Dimension,
  type CountMeasure,
  type SumMeasure,
  type MeanMeasure,
  type MinMeasure,
  type MaxMeasure,
  type SumMoneyMeasure,
  type DistinctMeasure,
  type MeasureSpec,
  type MeasureOutput,
  type DimensionColumns,
  type MeasureColumns,
  type RollupRow,
  type RollupOptions,
} from "./rollup-spec.js";
export { rollup } from "./rollup.js";
export { byFiscalYear, byPeriod, byAsOf } from "./dimensions.js";
export { growthRate, cagr, yoy, type YoyRow } from "./growth.js";
export { share } from "./share.js";
export { perCapita, revenuePerEmployee } from "./per-capita.js";
export { formatPercent } from "./format-percent.js";
export {
  exportFunnel,
  type FunnelDeal,
  type FunnelStage,
  type FunnelConversion,
  type ExportFunnel,
  type ExportFunnelOptions,
} from "./export-funnel.js";
export { budgetExecution, type BudgetLine, type BudgetExecutionRow } from "./budget-execution.js";
