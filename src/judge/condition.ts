/**
 * @file When one uncertain input decides a claim, finds the values of that
 * input for which the claim holds ("holds only if nk_gdp ≤ $26.7 billion").
 * Works on any expression that is monotone in the input over the region
 * searched: samples to find the direction, brackets each edge of the
 * admissible set, then bisects. Pure.
 */

import type { NumberSet } from '../types.js';

/**
 * The claim along the input, asked without a number per call: the caller
 * writes x (in the input's unit) into `io[0]` and calls `run()`, which
 * writes the claim's computed value (SI) into `io[1]`, NaN where it cannot
 * be computed. A search asks a hundred times a claim, and a number passed to
 * or returned from a function that is not inlined is a boxed heap number.
 */
export interface ClaimLine {
  readonly io: Float64Array;
  run(): void;
}

/** The input values for which the claim holds: low ≤ x ≤ high (an end left out is unbounded). */
export interface HoldingRange {
  low?: number;
  high?: number;
  /** True when part of the input's own range makes the claim hold. */
  withinRange: boolean;
}

const SAMPLES = 9;
const BISECTIONS = 100;

/** The claim's value at x in the stated unit (the line's SI value divided by `divisor`); NaN where it cannot be computed. */
function at(line: ClaimLine, divisor: number, x: number): number {
  const io = line.io;
  io[0] = x;
  line.run();
  return (io[1] as number) / divisor;
}

/**
 * Solves g(x) = target for monotone g (the line in the stated unit), searching
 * outward from [lo, hi] whose values gl and gh are known; undefined if no
 * bracket is found.
 */
function solve(line: ClaimLine, divisor: number, lo: number, hi: number, gl: number, gh: number, target: number, increasing: boolean): number | undefined {
  if (gl !== gl || gh !== gh) return undefined;
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
      if (!Number.isFinite(x)) return undefined;
      const v = at(line, divisor, x);
      if (v !== v) return undefined;
      if (increasing ? v >= target : v <= target) { a = k === 0 ? hi : hi + width * 2 ** (k - 1); b = x; break; }
    }
    if (k === 200) return undefined;
  } else if (wantDown) {
    let k = 0;
    for (; k < 200; k++) {
      // Stay on the input's side of zero: counts and areas do not turn negative.
      const x = positive ? lo / 2 ** (k + 1) : lo - width * 2 ** k;
      if (!Number.isFinite(x)) return undefined;
      const v = at(line, divisor, x);
      if (v !== v) return undefined;
      if (increasing ? v <= target : v >= target) { b = k === 0 ? lo : positive ? lo / 2 ** k : lo - width * 2 ** (k - 1); a = x; break; }
    }
    if (k === 200) return undefined;
  }
  // The hot loop (about a hundred steps a search): x goes in and the value comes out through the line's row, written out here rather than through `at` (a number passed to a call that is not inlined is boxed).
  const io = line.io;
  for (let i = 0; i < BISECTIONS; i++) {
    const mid = (a + b) / 2;
    io[0] = mid;
    line.run();
    const v = (io[1] as number) / divisor;
    if (v !== v) return undefined;
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

/**
 * The range of the input (in its own unit, [lo, hi]) for which the claim's
 * value lies in `set`: the line's values divided by `divisor` (the stated
 * unit's factor) are compared with the set.
 */
export function holdingRange(line: ClaimLine, divisor: number, lo: number, hi: number, set: NumberSet): HoldingRange | undefined {
  // Nine samples across the range: no list of numbers, no callback per sample.
  let first = NaN;
  let previous = NaN;
  let rising = 0;
  let falling = 0;
  for (let i = 0; i < SAMPLES; i++) {
    const y = at(line, divisor, lo + ((hi - lo) * i) / (SAMPLES - 1));
    if (!Number.isFinite(y)) return undefined;
    if (i === 0) first = y;
    else if (y > previous) rising++;
    else if (y < previous) falling++;
    previous = y;
  }
  if (rising > 0 && falling > 0) return undefined; // not monotone: no single condition to state
  if (rising === 0 && falling === 0) return undefined; // the input does not matter
  const increasing = rising > 0;
  // Each search starts at the ends, already sampled: those values are not computed again.
  const last = lo + ((hi - lo) * (SAMPLES - 1)) / (SAMPLES - 1);
  const gh = hi === last ? previous : at(line, divisor, hi);
  const atLow = Number.isFinite(set.low) ? solve(line, divisor, lo, hi, first, gh, set.low, increasing) : undefined;
  const atHigh = Number.isFinite(set.high) ? solve(line, divisor, lo, hi, first, gh, set.high, increasing) : undefined;
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
