// Hand-written scales for the charts (what d3-scale's scaleLinear/scaleBand do for these charts, in a few
// lines and with no dependency): linear maps, "nice" round maxima with their ticks, and bands.

/** A linear map from `[d0, d1]` to `[r0, r1]`. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => (span === 0 ? r0 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** The smallest round number (1, 2, 2.5 or 5 × 10^k) at or above `max`, as the top of an axis from 0; 1 for 0. */
export function niceMax(max: number): number {
  if (!(max > 0) || !Number.isFinite(max)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= max * (1 - 1e-12)) return step * power;
  return 10 * power;
}

/** Evenly spaced ticks from 0 to `top` inclusive: `count` intervals. */
export function ticks(top: number, count = 5): number[] {
  return Array.from({ length: count + 1 }, (_, i) => Number(((top * i) / count).toPrecision(12)));
}

/** Bands for categories along `[r0, r1]`, with `padding` (0..1) of each step left empty between them. */
export function bandScale(keys: readonly string[], range: readonly [number, number], padding: number): { readonly start: (key: string) => number; readonly bandwidth: number } {
  const [r0, r1] = range;
  const step = keys.length === 0 ? 0 : (r1 - r0) / (keys.length + padding);
  const bandwidth = step * (1 - padding);
  const index = new Map(keys.map((key, i) => [key, i]));
  return { start: (key) => r0 + step * padding + step * (index.get(key) ?? 0), bandwidth };
}
