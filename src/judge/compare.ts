/**
 * @file Compares a computed interval with an admissible set: does it meet it,
 * and if not, on which side, how far (relative to the nearest admissible
 * value) and whether the error is gross. Pure arithmetic, no words.
 */

import type { NumberSet } from '../types.js';

export interface Comparison {
  /** Some computed value is admitted. */
  meets: boolean;
  /** Where the computed interval lies when it does not meet the set. */
  side?: 'below' | 'above';
  /** The computed value nearest the set, and the admissible value nearest it. */
  nearestComputed?: number;
  nearestAdmissible?: number;
  /** |nearestComputed − nearestAdmissible| / |nearestAdmissible|; 0 on an open bound. */
  distance: number;
  /** max(c/a, a/c) for the nearest pair; Infinity when one is 0 or the signs differ. */
  factor: number;
  oppositeSign: boolean;
}

/** Relative closeness used to treat floating-point noise as equality (1e-12). */
const EPSILON = 1e-12;

function lessThan(a: number, b: number): boolean {
  return a < b && !nearlyEqual(a, b);
}

export function nearlyEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= EPSILON * Math.max(Math.abs(a), Math.abs(b));
}

/** Does [low, high] meet the set? Ends that touch count only when the set's end is closed. */
export function compare(low: number, high: number, set: NumberSet): Comparison {
  const belowSet = lessThan(high, set.low) || (nearlyEqual(high, set.low) && set.lowOpen);
  const aboveSet = lessThan(set.high, low) || (nearlyEqual(low, set.high) && set.highOpen);
  if (!belowSet && !aboveSet) return { meets: true, distance: 0, factor: 1, oppositeSign: false };
  const nearestComputed = belowSet ? high : low;
  const nearestAdmissible = belowSet ? set.low : set.high;
  const gap = Math.abs(nearestComputed - nearestAdmissible);
  const distance = gap === 0 || nearlyEqual(nearestComputed, nearestAdmissible) ? 0 : nearestAdmissible === 0 ? Infinity : gap / Math.abs(nearestAdmissible);
  const oppositeSign = nearestComputed * nearestAdmissible < 0;
  const a = Math.abs(nearestAdmissible);
  const c = Math.abs(nearestComputed);
  const factor = oppositeSign || a === 0 || c === 0 ? Infinity : Math.max(a / c, c / a);
  return { meets: false, side: belowSet ? 'below' : 'above', nearestComputed, nearestAdmissible, distance, factor, oppositeSign };
}
