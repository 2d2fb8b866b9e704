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
/** A search asks whether it may stop once its bracket is this narrow, relative to its ends (2⁻¹²: about 4 significant figures)... */
const FIRST_ASK = 2 ** -12;
/** ...and again after every this many steps while it may not. */
const ASK_EVERY = 4;

/**
 * Where each edge of the holding range lies, as its search has narrowed it:
 * every value from `low` to `high` (a single value when the search is done).
 */
export interface Bracket {
  low: number;
  high: number;
}

/**
 * Whether the condition would be written the same for any value of each
 * edge within its bracket (an edge left out of the range stays out: the
 * search sees to that), and the claim can be computed everywhere in them.
 * When it says yes, the search stops and each edge is the middle of its
 * bracket: the searches' full answers lie in the same brackets, so what is
 * written is the same, with fewer evaluations of the claim.
 */
export type Settled = (range: { low?: Bracket; high?: Bracket; withinRange: boolean }) => boolean;

/** One edge's bisection, resumable step by step; its value is the middle of [a, b]. */
interface Search {
  a: number;
  b: number;
  target: number;
  steps: number;
  /** No further step changes a or b (or the step budget is spent). */
  done: boolean;
  /** The claim could not be computed at a point the search tried: the edge is unknown. */
  failed: boolean;
}

/**
 * Brackets g(x) = target for monotone g, searching outward from [lo, hi]; null
 * if no bracket is found (or g cannot be computed on the way).
 */
function bracket(g: ClaimFunction, lo: number, hi: number, target: number, increasing: boolean): Search | null {
  const gl = g(lo);
  const gh = g(hi);
  if (gl === undefined || gh === undefined) return null;
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
      if (v === undefined || !Number.isFinite(x)) return null;
      if (increasing ? v >= target : v <= target) { a = k === 0 ? hi : hi + width * 2 ** (k - 1); b = x; break; }
    }
    if (k === 200) return null;
  } else if (wantDown) {
    let k = 0;
    for (; k < 200; k++) {
      // Stay on the input's side of zero: counts and areas do not turn negative.
      const x = positive ? lo / 2 ** (k + 1) : lo - width * 2 ** k;
      const v = g(x);
      if (v === undefined || !Number.isFinite(x)) return null;
      if (increasing ? v <= target : v >= target) { b = k === 0 ? lo : positive ? lo / 2 ** k : lo - width * 2 ** (k - 1); a = x; break; }
    }
    if (k === 200) return null;
  }
  return { a, b, target, steps: 0, done: false, failed: false };
}

/** One bisection step of a search. */
function step(g: ClaimFunction, s: Search, increasing: boolean): void {
  const mid = (s.a + s.b) / 2;
  const v = g(mid);
  if (v === undefined) {
    s.failed = true;
    s.done = true;
    return;
  }
  const lastA = s.a;
  const lastB = s.b;
  if ((v < s.target) === increasing) s.a = mid;
  else s.b = mid;
  // Once a step changes nothing (a and b are neighbouring numbers), every
  // later step would repeat it: stop (same answer, about half the steps).
  if ((s.a === lastA && s.b === lastB) || ++s.steps >= BISECTIONS) s.done = true;
}

/** The edge a search found: the middle of its bracket, or undefined when it failed (or there was none). */
function edgeOf(s: Search | null | undefined): number | undefined {
  return s && !s.failed ? (s.a + s.b) / 2 : undefined;
}

/** An open search's bracket is narrow enough to ask whether it may stop. */
function narrow(s: Search | null | undefined): boolean {
  return !s || s.done || s.b - s.a <= FIRST_ASK * Math.max(Math.abs(s.a), Math.abs(s.b));
}

/**
 * The range of the input (in its own unit, [lo, hi]) for which the claim's
 * value lies in `set`. With `settled`, the searches for its edges stop once
 * it says the answer, as written, cannot change (see {@link Settled}).
 */
export function holdingRange(g: ClaimFunction, lo: number, hi: number, set: NumberSet, settled?: Settled): HoldingRange | undefined {
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
  const atLow = Number.isFinite(set.low) ? bracket(known, lo, hi, set.low, increasing) : undefined;
  const atHigh = Number.isFinite(set.high) ? bracket(known, lo, hi, set.high, increasing) : undefined;
  // The edges of the holding range: the searches for the set's ends, swapped when the claim falls as the input rises.
  const lowSearch = increasing ? atLow : atHigh;
  const highSearch = increasing ? atHigh : atLow;
  let asked = false;
  let sinceAsked = 0;
  for (;;) {
    const lowOpen = lowSearch && !lowSearch.done;
    const highOpen = highSearch && !highSearch.done;
    if (!lowOpen && !highOpen) break;
    if (lowOpen) step(known, lowSearch, increasing);
    if (highOpen) step(known, highSearch, increasing);
    if (!settled || (asked ? ++sinceAsked < ASK_EVERY : !(narrow(lowSearch) && narrow(highSearch)))) continue;
    asked = true;
    sinceAsked = 0;
    if (mayStop(lowSearch, highSearch, lo, hi, settled)) break;
  }
  return range(edgeOf(lowSearch), edgeOf(highSearch), lo, hi, set, increasing);
}

/**
 * Whether the searches may stop where they are: every value in each
 * open bracket gives the same range shape (no end of the input's own range
 * lies in it, so each comparison below comes out the same), and `settled`
 * says the condition is written the same.
 */
function mayStop(lowSearch: Search | null | undefined, highSearch: Search | null | undefined, lo: number, hi: number, settled: Settled): boolean {
  for (const s of [lowSearch, highSearch]) {
    if (!s || s.done) continue;
    // Far from overflow, so that every later middle lies in [a, b].
    if (!(Math.abs(s.a) < 1e300 && Math.abs(s.b) < 1e300)) return false;
    if ((lo >= s.a && lo <= s.b) || (hi >= s.a && hi <= s.b)) return false;
  }
  const lowEdge = edgeOf(lowSearch);
  const highEdge = edgeOf(highSearch);
  const shape = { lowEdge, highEdge, ...whichEnds(lowEdge, highEdge, lo, hi) };
  const brackets: { low?: Bracket; high?: Bracket; withinRange: boolean } = { withinRange: shape.withinRange };
  if (shape.low) brackets.low = bracketOf(lowSearch!);
  if (shape.high) brackets.high = bracketOf(highSearch!);
  return settled(brackets);
}

function bracketOf(s: Search): Bracket {
  return s.done ? { low: (s.a + s.b) / 2, high: (s.a + s.b) / 2 } : { low: s.a, high: s.b };
}

/** Whether the range is within the input's own, and which of its edges are said. */
function whichEnds(low: number | undefined, high: number | undefined, lo: number, hi: number): { withinRange: boolean; low: boolean; high: boolean } {
  const withinRange = (low === undefined || low <= hi) && (high === undefined || high >= lo);
  if (!withinRange) return { withinRange, low: low !== undefined, high: high !== undefined };
  // Say only what cuts into the input's own range.
  return { withinRange, low: low !== undefined && !(low <= lo), high: high !== undefined && !(high >= hi) };
}

/** The holding range from its edges (undefined where a search failed or there was none). */
function range(low: number | undefined, high: number | undefined, lo: number, hi: number, set: NumberSet, increasing: boolean): HoldingRange | undefined {
  const atLow = increasing ? low : high;
  const atHigh = increasing ? high : low;
  if (Number.isFinite(set.low) && atLow === undefined && Number.isFinite(set.high) && atHigh === undefined) return undefined;
  const ends = whichEnds(low, high, lo, hi);
  if (ends.withinRange && !ends.low && !ends.high) return undefined;
  const holding: HoldingRange = { withinRange: ends.withinRange };
  if (ends.low) holding.low = low;
  if (ends.high) holding.high = high;
  return holding;
}
