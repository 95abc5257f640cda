/**
 * A readable rendering of any value, for values `show` does not know: JSON-like, two-space indented (or on
 * one line with `compact`), with bigints, undefined, functions, symbols, dates, maps, sets, errors and cycles
 * spelled out. It never throws (a getter that throws shows as `[unreadable]`) and stops at `limit` characters.
 */
export function inspectValue(value: unknown, options: { readonly compact?: boolean; readonly limit?: number } = {}): string {
  const limit = options.limit ?? 20_000;
  let text: string;
  try {
    text = typeof value === "string" ? value : render(value, options.compact === true ? "" : "\n", 0, new Set());
  } catch {
    text = "[unreadable]";
  }
  return text.length > limit ? `${text.slice(0, limit)}… (${text.length - limit} more characters)` : text;
}

const MAX_DEPTH = 8;
const MAX_ITEMS = 200;

function render(value: unknown, newline: string, depth: number, seen: Set<object>): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
    case "boolean":
    case "undefined":
      return String(value);
    case "bigint":
      return `${value}n`;
    case "symbol":
      return value.toString();
    case "function":
      return `[Function ${value.name === "" ? "(anonymous)" : value.name}]`;
  }
  if (value === null) return "null";
  const object = value as object;
  if (seen.has(object)) return "[Circular]";
  if (depth >= MAX_DEPTH) return Array.isArray(object) ? "[Array]" : "[Object]";
  if (object instanceof Date) return Number.isNaN(object.getTime()) ? "Invalid Date" : object.toISOString();
  if (object instanceof Error) return `${object.name}: ${object.message}`;
  seen.add(object);
  try {
    const indent = newline === "" ? "" : newline + "  ".repeat(depth + 1);
    const close = newline === "" ? "" : newline + "  ".repeat(depth);
    const sep = newline === "" ? ", " : ",";
    const list = (items: readonly string[], open: string, end: string, more: number): string => {
      const all = more > 0 ? [...items, `… ${more} more`] : items;
      if (all.length === 0) return `${open}${end}`;
      return newline === "" ? `${open}${all.join(sep)}${end}` : `${open}${all.map((item) => indent + item).join(sep)}${close}${end}`;
    };
    if (object instanceof Map) {
      const entries = [...object.entries()];
      return `Map(${object.size}) ` + list(entries.slice(0, MAX_ITEMS).map(([k, v]) => `${render(k, newline, depth + 1, seen)} => ${render(v, newline, depth + 1, seen)}`), "{", "}", entries.length - MAX_ITEMS);
    }
    if (object instanceof Set) {
      const items = [...object];
      return `Set(${object.size}) ` + list(items.slice(0, MAX_ITEMS).map((item) => render(item, newline, depth + 1, seen)), "[", "]", items.length - MAX_ITEMS);
    }
    if (Array.isArray(object)) {
      return list(object.slice(0, MAX_ITEMS).map((item) => render(item, newline, depth + 1, seen)), "[", "]", object.length - MAX_ITEMS);
    }
    const keys = Object.keys(object);
    const entries = keys.slice(0, MAX_ITEMS).map((key) => {
      let shown: string;
      try {
        shown = render((object as Record<string, unknown>)[key], newline, depth + 1, seen);
      } catch {
        shown = "[unreadable]";
      }
      return `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${shown}`;
    });
    return list(entries, "{", "}", keys.length - MAX_ITEMS);
  } finally {
    seen.delete(object);
  }
}
