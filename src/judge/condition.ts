/**
 * @file When one uncertain input decides a claim, finds the values of that
 * input for which the claim holds ("holds only if nk_gdp ≤ $26.7 billion").
 * Works on any expression that is monotone in the input over the region
 * searched: samples to find the direction, brackets each edge of the
 * admissible set, then bisects. Pure.
 */

import type { NumberSet } from '../types.js';

/** The claim as a function of the input's value: the computed point, or undefined where it cannot be computed. */
export type ClaimFunction = (x: number) => number | undefined;

/** The input values for which the claim holds: low ≤ x ≤ high (an end left out is unbounded). */
export interface HoldingRange {
  low?: number;
  high?: number;
  /** True when part of the input's own range makes the claim hold. */
  withinRange: boolean;
}

const SAMPLES = 9;
const BISECTIONS = 100;

/** Solves g(x) = target for monotone g, searching outward from [lo, hi]; undefined if no bracket is found. */
function solve(g: ClaimFunction, lo: number, hi: number, target: number, increasing: boolean): number | undefined {
  const gl = g(lo);
  const gh = g(hi);
  if (gl === undefined || gh === undefined) return undefined;
  const wantUp = increasing ? target > gh : target < gh;
  const wantDown = increasing ? target < gl : target > gl;
  let a = lo;
  let b = hi;
  const width = hi - lo || Math.abs(hi) || 1;
  const positive = lo > 0;
  if (wantUp) {
    let k = 0;
    for (; k < 200; k++) {
      const x = hi + width * 2 ** k;
      const v = g(x);
      if (v === undefined || !Number.isFinite(x)) return undefined;
      if (increasing ? v >= target : v <= target) { a = k === 0 ? hi : hi + width * 2 ** (k - 1); b = x; break; }
    }
    if (k === 200) return undefined;
  } else if (wantDown) {
    let k = 0;
    for (; k < 200; k++) {
      // Stay on the input's side of zero: counts and areas do not turn negative.
      const x = positive ? lo / 2 ** (k + 1) : lo - width * 2 ** k;
      const v = g(x);
      if (v === undefined || !Number.isFinite(x)) return undefined;
      if (increasing ? v <= target : v >= target) { b = k === 0 ? lo : positive ? lo / 2 ** k : lo - width * 2 ** (k - 1); a = x; break; }
    }
    if (k === 200) return undefined;
  }
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (a + b) / 2;
    const v = g(mid);
    if (v === undefined) return undefined;
    const lastA = a;
    const lastB = b;
    if ((v < target) === increasing) a = mid;
    else b = mid;
    // Once a step changes nothing (a and b are neighbouring numbers), every
    // later step would repeat it: stop (same answer, about half the steps).
    if (a === lastA && b === lastB) break;
  }
  return (a + b) / 2;
}

/** The range of the input (in its own unit, [lo, hi]) for which the claim's value lies in `set`. */
export function holdingRange(g: ClaimFunction, lo: number, hi: number, set: NumberSet): HoldingRange | undefined {
  const xs = Array.from({ length: SAMPLES }, (_, i) => lo + ((hi - lo) * i) / (SAMPLES - 1));
  const ys = xs.map(g);
  if (ys.some((y) => y === undefined || !Number.isFinite(y))) return undefined;
  const values = ys as number[];
  let rising = 0;
  let falling = 0;
  for (let i = 1; i < values.length; i++) {
    if (values[i]! > values[i - 1]!) rising++;
    else if (values[i]! < values[i - 1]!) falling++;
  }
  if (rising > 0 && falling > 0) return undefined; // not monotone: no single condition to state
  if (rising === 0 && falling === 0) return undefined; // the input does not matter
  const increasing = rising > 0;
  // Each search starts at the ends, already sampled: those values are not computed again (g is pure).
  const last = xs[SAMPLES - 1] as number;
  const known: ClaimFunction = (x) => (x === lo ? values[0] : x === last ? values[SAMPLES - 1] : g(x));
  const atLow = Number.isFinite(set.low) ? solve(known, lo, hi, set.low, increasing) : undefined;
  const atHigh = Number.isFinite(set.high) ? solve(known, lo, hi, set.high, increasing) : undefined;
  if (Number.isFinite(set.low) && atLow === undefined && Number.isFinite(set.high) && atHigh === undefined) return undefined;
  let low = increasing ? atLow : atHigh;
  let high = increasing ? atHigh : atLow;
  const withinRange = (low === undefined || low <= hi) && (high === undefined || high >= lo);
  if (withinRange) {
    // Say only what cuts into the input's own range.
    if (low !== undefined && low <= lo) low = undefined;
    if (high !== undefined && high >= hi) high = undefined;
    if (low === undefined && high === undefined) return undefined;
  }
  const holding: HoldingRange = { withinRange };
  if (low !== undefined) holding.low = low;
  if (high !== undefined) holding.high = high;
  return holding;
}
