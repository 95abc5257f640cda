/**
 * Columns a string takes in a monospaced terminal or notebook: 2 for East Asian wide characters (Hangul,
 * CJK, ㈜, full-width forms), 0 for combining marks, 1 otherwise; so Korean text tables line up.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if ((code >= 0x300 && code <= 0x36f) || (code >= 0x1160 && code <= 0x11ff)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Pads text with spaces to a display width, on the right (`"start"`) or on the left (`"end"`). */
export function padText(text: string, width: number, align: "start" | "end"): string {
  const fill = " ".repeat(Math.max(0, width - textWidth(text)));
  return align === "end" ? fill + text : text + fill;
}

/** The text cut to at most `columns` display columns, with `…` (one column) at the end when cut. */
export function shortenToWidth(text: string, columns: number): string {
  if (textWidth(text) <= columns) return text;
  let kept = "";
  for (const char of text) {
    if (textWidth(kept + char) > columns - 1) break;
    kept += char;
  }
  return `${kept}…`;
}
