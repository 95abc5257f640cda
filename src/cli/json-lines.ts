/**
 * The line (1-based) on which each top-level element of a JSON array starts, by a single scan of the text
 * (strings and escapes respected). Used to report invalid records of a JSON file by line.
 * @internal
 */
export function jsonArrayElementLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectingValue = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      line++;
      continue;
    }
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    if (depth === 1 && expectingValue && c !== 93 /* ] */) {
      lines.push(line);
      expectingValue = false;
    }
    if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth === 1) expectingValue = true;
    } else if (c === 93 || c === 125) depth--;
    else if (c === 44 && depth === 1) expectingValue = true;
  }
  return lines;
}

/**
 * The line of a `JSON.parse` error, from the `position N` or `(line L column C)` in its message.
 * @internal
 */
export function lineOfJsonError(text: string, message: string): number | undefined {
  const explicit = /\(line (\d+) column \d+\)/.exec(message);
  if (explicit !== null) return Number(explicit[1]);
  const position = /at position (\d+)/.exec(message);
  if (position !== null) {
    const offset = Math.min(Number(position[1]), text.length);
    let line = 1;
    for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  }
  if (/Unexpected end of JSON input/.test(message)) {
    let line = 1;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
    return line;
  }
  return undefined;
}
