/**
 * Compares two strings by Unicode code point (not UTF-16 code unit, not locale): the order is the same on
 * every machine and in every locale, and a character outside the BMP sorts after every BMP character.
 * @internal
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x !== y) {
      // Surrogates (U+D800–U+DFFF) encode code points above U+FFFF: move them above U+E000–U+FFFF.
      if (x >= 0xd800 && y >= 0xd800) {
        x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
        y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
      }
      return x - y;
    }
  }
  return a.length - b.length;
}

/** Rank of a dimension value's type in the output order: numbers, then strings, then booleans, then missing. */
function typeRank(value: unknown): number {
  switch (typeof value) {
    case "number":
      return 0;
    case "string":
      return 1;
    case "boolean":
      return 2;
    default:
      return 3;
  }
}

/**
 * The deterministic order of rollup dimension values: numbers numerically, then strings by code point,
 * then `false` before `true`, then `undefined` (missing) last.
 * @internal
 */
export function compareDimensionValues(a: unknown, b: unknown): number {
  const rankA = typeRank(a);
  const rankB = typeRank(b);
  if (rankA !== rankB) return rankA - rankB;
  if (rankA === 0) return (a as number) - (b as number);
  if (rankA === 1) return compareCodePoints(a as string, b as string);
  if (rankA === 2) return Number(a) - Number(b);
  return 0;
}
