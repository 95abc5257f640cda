import { escapeHtml } from "./escape.js";
import { padText, textWidth } from "./text-width.js";

/** One cell: its text, and optionally a tooltip and trusted markup built by this module (never from input). */
export interface Cell {
  readonly text: string;
  readonly title?: string;
  readonly html?: string;
}

/** A column: its heading, alignment (numbers at the end), and whether its cells head their rows. */
export interface Column {
  readonly label: string;
  readonly align?: "start" | "end";
  readonly rowHeader?: boolean;
}

/** A table as data, rendered both as HTML and as aligned text. */
export interface Table {
  readonly caption?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly (readonly Cell[])[];
}

/** A cell of plain text. */
export const cell = (text: string, title?: string): Cell => (title === undefined ? { text } : { text, title });


function cellHtml(tag: "th" | "td", content: Cell, column: Column | undefined, scope: string): string {
  const align = column?.align === "end" ? ` style="text-align:right"` : ` style="text-align:left"`;
  const title = content.title === undefined ? "" : ` title="${escapeHtml(content.title)}"`;
  return `<${tag}${scope}${align}${title}>${content.html ?? escapeHtml(content.text)}</${tag}>`;
}

/** The table as an HTML `<table>` with a caption, `th` headings (scoped) and every text escaped. */
export function tableHtml(table: Table): string {
  const head = table.columns.map((column) => cellHtml("th", { text: column.label }, column, ` scope="col"`)).join("");
  const body = table.rows
    .map((row) => `<tr>${row.map((content, i) => (table.columns[i]?.rowHeader === true ? cellHtml("th", content, table.columns[i], ` scope="row"`) : cellHtml("td", content, table.columns[i], ""))).join("")}</tr>`)
    .join("\n");
  const caption = table.caption === undefined ? "" : `<caption style="text-align:left;font-weight:bold">${escapeHtml(table.caption)}</caption>`;
  return `<table class="technopark-table">${caption}<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

/** The table as monospaced text: the caption, the headings, a rule, and columns padded to their display width. */
export function tableText(table: Table): string {
  const widths = table.columns.map((column, i) => Math.max(textWidth(column.label), ...table.rows.map((row) => textWidth(row[i]?.text ?? ""))));
  const line = (texts: readonly string[]): string =>
    texts
      .map((text, i) => padText(text, widths[i] ?? 0, table.columns[i]?.align ?? "start"))
      .join("  ")
      .trimEnd();
  const lines = [
    ...(table.caption === undefined ? [] : [table.caption]),
    line(table.columns.map((column) => column.label)),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...table.rows.map((row) => line(row.map((content) => content.text))),
  ];
  return lines.join("\n");
}
