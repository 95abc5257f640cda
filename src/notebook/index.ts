/**
 * `technopark/notebook`: rich display in Jupyter notebooks (the Deno kernel) — `show(value)` renders results,
 * programme matches, rollup rows, rule comparisons, export funnels and Money as HTML tables and sentences
 * (Korean by default) with a text fallback, and the charts draw time series, the export funnel and outcomes
 * by programme as inline, accessible SVG. No runtime dependency beyond the core.
 *
 * @module technopark/notebook
 * @packageDocumentation
 */
export { JUPYTER_DISPLAY, type Displayable } from "./display.js";
export { show, type ShowOptions } from "./show.js";
export type { Chart, ChartOptions } from "./chart.js";
export { timeSeriesChart, type SeriesPoint } from "./time-series-chart.js";
export { funnelChart, type FunnelChartOptions } from "./funnel-chart.js";
export { outcomeChart, type ProgramVerdict, type OutcomeChartOptions } from "./outcome-chart.js";
export type { FunnelLike, FunnelStageLike } from "./shapes.js";
