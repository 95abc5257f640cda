/**
 * The key under which a Jupyter kernel looks for an object's rich display: `Symbol.for("Jupyter.display")`.
 * The Deno kernel calls `value[JUPYTER_DISPLAY]()` on a cell's last value and shows the MIME bundle it returns;
 * being a registered symbol, it is the same key in the ESM and the CJS copy of this package and in the kernel.
 * Index with this constant rather than a fresh `Symbol.for(…)` call, which TypeScript types as a plain `symbol`.
 *
 * @category Notebook
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY, show } from "technopark/notebook";
 * JUPYTER_DISPLAY === Symbol.for("Jupyter.display"); // true
 * Object.keys(show(42)[JUPYTER_DISPLAY]()); // ["text/html", "text/plain"]
 * ```
 */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/**
 * What {@link show} and the charts return: a plain object that a Jupyter kernel (Deno's) displays through its
 * `Symbol.for("Jupyter.display")` method, which returns a MIME bundle (`"text/html"`, `"text/plain"`, and
 * `"image/svg+xml"` for charts). It wraps a rendering; the value it renders is left untouched.
 *
 * @category Notebook
 * @example
 * ```ts
 * import { JUPYTER_DISPLAY, show, type Displayable } from "technopark/notebook";
 * const shown: Displayable = show("가");
 * shown[JUPYTER_DISPLAY]()["text/plain"]; // "가"
 * ```
 */
export interface Displayable {
  /** The MIME bundle to display, by MIME type. */
  [JUPYTER_DISPLAY](): Record<string, string>;
}

/** A displayable object over a MIME bundle (each call returns a fresh copy, so callers cannot change it). */
export function displayable(bundle: Readonly<Record<string, string>>): Displayable {
  const frozen = { ...bundle };
  return { [JUPYTER_DISPLAY]: () => ({ ...frozen }) };
}

/** True when the value already is a displayable (from `show` or a chart, or any object with the Jupyter method). */
export function isDisplayable(value: unknown): value is Displayable {
  return (typeof value === "object" || typeof value === "function") && value !== null && typeof (value as Partial<Displayable>)[JUPYTER_DISPLAY] === "function";
}
