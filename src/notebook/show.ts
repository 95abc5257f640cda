import { invalidValue } from "../errors/invalid-value.js";
import { displayable, isDisplayable, type Displayable } from "./display.js";
import type { Lang } from "./labels.js";
import { renderComparison, renderRows, renderVerdicts } from "./render-lists.js";
import { renderResult } from "./render-result.js";
import { renderFunnel, renderMoney, renderUnknown } from "./render-values.js";
import type { Rendering } from "./rendering.js";
import { isComparisonLike, isFunnelLike, isMoneyLike, isResultLike, isRowsLike, isVerdictLike } from "./shapes.js";

/**
 * Options of {@link show}: the language of the words and reasons.
 *
 * @category Notebook
 * @example
 * ```ts
 * import { show, type ShowOptions } from "technopark/notebook";
 * const options: ShowOptions = { lang: "en" };
 * show({ outcome: "eligible", missing: [], trace: { kind: "all", outcome: "passed", decisive: false, children: [] } }, options);
 * ```
 */
export interface ShowOptions {
  /** `"ko"` (default) or `"en"`: the outcome words, the headings and the reasons `explain` gives. */
  readonly lang?: "ko" | "en";
}

function render(value: unknown, lang: Lang): Rendering {
  if (isMoneyLike(value)) return renderMoney(value, lang);
  if (isResultLike(value)) return renderResult(value, lang);
  if (isComparisonLike(value)) return renderComparison(value, lang);
  if (isFunnelLike(value)) return renderFunnel(value, lang);
  if (Array.isArray(value) && value.length > 0 && value.every(isVerdictLike)) return renderVerdicts(value, lang);
  if (isRowsLike(value)) return renderRows(value, lang);
  return renderUnknown(value, lang);
}

/**
 * Shows a value in a Jupyter notebook: an eligibility or programme result as its outcome and reasons, a
 * list of programme matches or of results as one table (id, outcome, reasons), rollup rows as a table with
 * money in 억/조, `compareRules` output as a before × after table, an export funnel, Money; anything else as
 * readable text. Returns a {@link Displayable}: the Deno kernel shows its `text/html`, other front ends the
 * `text/plain` fallback.
 * Put `show(value)` last in a cell instead of `value` to get a table and a sentence instead of an object dump.
 * Shapes are recognised by their fields, so results from JSON or the other module copy work too; the value
 * is never changed (no symbol is added to it), all text is HTML-escaped, and `show` never throws on a value
 * (a bad `lang` throws `VALIDATION`).
 *
 * @param value - what to show
 * @param options - `lang`: `"ko"` (default) or `"en"`
 * @category Notebook
 * @example
 * ```ts
 * import { money } from "technopark";
 * import { JUPYTER_DISPLAY, show } from "technopark/notebook";
 * const bundle = show(money("17603100000000", "KRW"))[JUPYTER_DISPLAY](); // JUPYTER_DISPLAY is Symbol.for("Jupyter.display")
 * bundle["text/plain"]; // "17조 6,031억 원"
 * bundle["text/html"]; // "<div class=\"technopark-show technopark-money\"><span title=\"17603100000000 KRW\">17조 6,031억 원</span></div>"
 * show({ name: "<script>" })[JUPYTER_DISPLAY]()["text/plain"]; // "{\n  name: \"<script>\"\n}"
 * ```
 */
export function show(value: unknown, options?: ShowOptions): Displayable {
  const lang = options?.lang ?? "ko";
  if (lang !== "ko" && lang !== "en") {
    throw invalidValue(["options", "lang"], `"ko" or "en"`, lang);
  }
  let rendering: Rendering;
  try {
    if (isDisplayable(value)) return value;
    rendering = render(value, lang);
  } catch {
    try {
      rendering = renderUnknown(value, lang);
    } catch {
      rendering = { html: "<pre>[unreadable]</pre>", text: "[unreadable]" };
    }
  }
  return displayable({ "text/html": rendering.html, "text/plain": rendering.text });
}
