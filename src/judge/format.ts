/**
 * @file How many decimals and significant figures the judge shows a value
 * with, next to a stated one. The writing itself (separators, "billion",
 * percent, currency signs, `mi²`) is src/text/number-format.ts. Pure.
 */

import { significantDecimals } from '../text/number-format.js';

/** Decimals of a written numeral ("7.5" → 1, "12,000" → 0). */
export function writtenDecimals(text: string): number {
  const match = /\d[\d,]*\.(\d+)/.exec(text);
  return match ? match[1]!.length : 0;
}

/**
 * The significant figures that show `x` exactly (3 to 8): an edge of what
 * the words admit must never print as a neighbouring value ("£225.5 million",
 * not "£226 million", for the lowest value "£226m" admits).
 */
export function exactSignificant(x: number): number {
  for (let s = 3; s < 8; s++) if (Math.abs(Number(x.toPrecision(s)) - x) <= 1e-12 * Math.abs(x)) return s;
  return 8;
}

/**
 * Decimals that show a computed value sensibly next to a stated one: four
 * significant figures, at least the stated number's decimals, and more where
 * fewer would print a value on the edge of the admissible set that it is not on.
 */
export function sensibleDecimals(values: readonly number[], statedDecimals: number, edges: readonly number[], scale = 1): number {
  const finite = values.filter(Number.isFinite).map((v) => v * scale);
  const smallest = finite.length ? Math.min(...finite.map(Math.abs).filter((v) => v > 0).concat([Infinity])) : 1;
  // Four significant figures, and never fewer decimals than the stated number has.
  let decimals = Math.max(statedDecimals, Number.isFinite(smallest) ? significantDecimals(smallest, 4) : 0);
  decimals = Math.min(decimals, 10);
  for (let extra = 0; extra < 4; extra++) {
    const d = decimals + extra;
    const collides = finite.some((v) => edges.some((e) => {
      const edge = e * scale;
      return Number.isFinite(edge) && v !== edge && round(v, d) === round(edge, d);
    }));
    if (!collides) return d;
  }
  return decimals + 4;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
