import { escapeHtml } from "./escape.js";

/** A coordinate as SVG text: one decimal, no trailing `.0`, the same everywhere. */
export const coord = (value: number): string => {
  const text = (Math.round(value * 10) / 10).toFixed(1);
  return text.endsWith(".0") ? text.slice(0, -2) : text;
};

/** A `<text>` element; the content is escaped. */
export function svgText(x: number, y: number, content: string, attributes = ""): string {
  return `<text x="${coord(x)}" y="${coord(y)}"${attributes === "" ? "" : ` ${attributes}`}>${escapeHtml(content)}</text>`;
}

/** A short deterministic id (FNV-1a of the text), so two charts on one page do not share element ids. */
export function chartId(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `technopark-chart-${hash.toString(16).padStart(8, "0")}`;
}

const FONT = "'Noto Sans KR', 'Apple SD Gothic Neo', 'Malgun Gothic', sans-serif";

/** A standalone SVG document: accessible (`role="img"`, `<title>` and `<desc>` it is labelled by), white background. */
export function svgDocument(options: { readonly width: number; readonly height: number; readonly title: string; readonly description: string; readonly body: readonly string[] }): string {
  const id = chartId(`${options.title}\n${options.description}\n${options.body.join("\n")}`);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${options.width}" height="${options.height}" viewBox="0 0 ${options.width} ${options.height}" font-family="${escapeHtml(FONT)}" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${escapeHtml(options.title)}</title>`,
    `<desc id="${id}-desc">${escapeHtml(options.description)}</desc>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    ...options.body,
    `</svg>`,
  ].join("\n");
}
