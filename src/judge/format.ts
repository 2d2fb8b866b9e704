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

/** Money under this many units of its currency keeps four significant figures ("$0.025"), not two decimals ("$0.03"). */
const SMALL_MONEY = 0.1;

/**
 * Decimals that show a computed value sensibly next to a stated one: four
 * significant figures, at least the stated number's decimals, and more where
 * fewer would print a value on the edge of the admissible set that it is not on.
 *
 * Money (`money`: the decimals of a leading currency, undefined for none) is
 * shown as newspapers write it: whole units where four significant figures
 * need no decimals ("£1,321"), else its currency's decimals, pence or cents
 * ("£753.69", never "£753.7"), none for yen ("¥854"); amounts under a tenth
 * of the currency keep four significant figures ("$0.025").
 */
export function sensibleDecimals(values: readonly number[], statedDecimals: number, edges: readonly number[], scale = 1, money?: number): number {
  // Loops, not filter/map chains: this runs a few times for every claim.
  const finite: number[] = [];
  let smallest = Infinity;
  // Indexed loops: a for-of over an array makes an iterator (and a result per step) until the code is optimized.
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as number;
    if (!Number.isFinite(value)) continue;
    const v = value * scale;
    finite.push(v);
    const size = Math.abs(v);
    if (size > 0 && size < smallest) smallest = size;
  }
  if (finite.length === 0) smallest = 1;
  // Four significant figures, and never fewer decimals than the stated number has.
  let decimals = Math.max(statedDecimals, Number.isFinite(smallest) ? significantDecimals(smallest, 4) : 0);
  if (money !== undefined && decimals > 0) decimals = smallest >= SMALL_MONEY ? Math.max(money, statedDecimals) : Math.max(money, decimals);
  decimals = Math.min(decimals, 10);
  for (let extra = 0; extra < 4; extra++) {
    const d = decimals + extra;
    // Money skips decimals short of its currency's: an edge that needs one is shown with two ("$269,230.50").
    if (money !== undefined && d > 0 && d < money) continue;
    if (!collides(finite, edges, scale, d)) return d;
  }
  return decimals + 4;
}

/** Whether some value other than an edge shows as that edge with `d` decimals. */
function collides(values: readonly number[], edges: readonly number[], scale: number, d: number): boolean {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] as number;
    for (let j = 0; j < edges.length; j++) {
      const edge = (edges[j] as number) * scale;
      if (Number.isFinite(edge) && v !== edge && round(v, d) === round(edge, d)) return true;
    }
  }
  return false;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}
