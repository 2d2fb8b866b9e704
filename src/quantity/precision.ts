/**
 * @file What a written number admits (contract §6 rule 1): the rounding
 * interval of a numeral, half-open [lo, hi), or a number word's value within
 * the word tolerance, closed. Bounds are tidied so 0.27 − 0.005 is 0.265.
 *
 * Pure arithmetic: no I/O, no parsing of text beyond a numeral's digits.
 */
import type { NumberSet } from '../types.js';

/** A numeral as written, split into its parts ("1,200.50e3" → "1200", "50", 3). */
export interface Digits {
  /** The whole part without separators ("" for ".5"). */
  whole: string;
  /** The decimal digits as written, trailing zeros kept ("50"). */
  fraction: string;
  /** A power of ten written after `e` (YAML numbers rendered as "1e+21"). */
  exponent: number;
}

/** Rounds away binary noise: keeps 15 significant digits. */
export function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0) return x === 0 ? 0 : x;
  // A multiple of 1, 1/2 or 1/4 has at most 2 decimals, so below 10^13 its 15 significant digits are exact:
  // toPrecision would give it back unchanged (most bounds are such: 4999.5, 12.25).
  if (Number.isInteger(x * 4) && Math.abs(x) < 1e13) return x;
  return Number(x.toPrecision(15));
}

/** The value of a numeral's digits (before any sign, scale or percent). */
export function digitsValue(d: Digits): number {
  return Number(`${d.whole || '0'}.${d.fraction || '0'}e${d.exponent}`);
}

/**
 * The rounding step of a numeral: one unit of its last significant digit.
 * Decimals are significant as written; trailing zeros of a whole number past
 * `significantFigures` significant figures are not ("12000" → 1000, "900" → 10).
 */
export function roundingStep(d: Digits, significantFigures: number): number {
  if (d.fraction.length > 0) return 10 ** (d.exponent - d.fraction.length);
  const whole = d.whole.replace(/^0+/u, '');
  if (whole === '') return 10 ** d.exponent;
  const trailingZeros = whole.length - whole.replace(/0+$/u, '').length;
  const significant = Math.max(whole.length - trailingZeros, Math.min(whole.length, significantFigures));
  return 10 ** (whole.length - significant + d.exponent);
}

/** The half-open rounding interval [value − step/2, value + step/2). */
export function roundingInterval(value: number, step: number): NumberSet {
  return { low: tidy(value - step / 2), high: tidy(value + step / 2), lowOpen: false, highOpen: true };
}

/** A number word's interval: value × (1 ± tolerance), closed. */
export function wordInterval(value: number, tolerance: number): NumberSet {
  const a = tidy(value * (1 - tolerance));
  const b = tidy(value * (1 + tolerance));
  return { low: Math.min(a, b), high: Math.max(a, b), lowOpen: false, highOpen: false };
}
