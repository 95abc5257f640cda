import { JUPYTER_DISPLAY, type Displayable } from "./display.js";
import { wrap } from "./rendering.js";
import { tableText, type Table } from "./table.js";

/**
 * A chart: an inline SVG document with its title, displayable in a notebook (as `image/svg+xml`, as HTML and,
 * for front ends without either, as a text table of the data it draws).
 * Write `chart.svg` to a file to use it outside a notebook.
 *
 * @category Notebook
 * @example
 * ```ts
 * import { timeSeriesChart, type Chart } from "technopark/notebook";
 * const chart: Chart = timeSeriesChart([{ period: "2007", value: 826 }, { period: "2018", value: 2256 }], { title: "Tenant companies" });
 * chart.svg.startsWith("<svg"); // true
 * chart.title; // "Tenant companies"
 * ```
 */
export interface Chart extends Displayable {
  /** The SVG document (`<svg role="img">` with a `<title>` and a `<desc>`). */
  readonly svg: string;
  /** The chart's title, as in its `<title>`. */
  readonly title: string;
}

/** The chart object over an SVG and the table of its data (the text fallback). */
export function chart(svg: string, title: string, data: Table): Chart {
  const text = tableText({ ...data, caption: title });
  const html = wrap("chart", svg);
  return { svg, title, [JUPYTER_DISPLAY]: () => ({ "image/svg+xml": svg, "text/html": html, "text/plain": text }) };
}

/**
 * Options every chart takes: its title, language and width.
 * The defaults give a Korean chart 640 pixels wide, titled after what it draws.
 *
 * @category Notebook
 * @example
 * ```ts
 * import type { ChartOptions } from "technopark/notebook";
 * const options: ChartOptions = { title: "Tenant companies", lang: "en", width: 720 };
 * ```
 */
export interface ChartOptions {
  /** The title (shown on top and as the SVG `<title>`); each chart has a default. */
  readonly title?: string;
  /** `"ko"` (default) or `"en"`: the words and the money format. */
  readonly lang?: "ko" | "en";
  /** Width in pixels (default 640). */
  readonly width?: number;
}
