/**
 * @file The admissible set of a stated value: what the writer's words allow
 * (contract §6, rules 1–2). Each hedge side maps to exactly one function
 * through `SIDES`, as Vale routes each `extends` to one check. Pure.
 */

import type { Amount, HedgeRule, HedgeSide, NumberSet, Quantity, Tolerance } from '../types.js';

/** The amount of a tolerance in the quantity's own unit, given the value it applies to. */
export type Widening = (x: number) => number;

/** Widening for a claim's own `tolerance` (relative, or absolute already converted into the stated unit). */
export function widening(tolerance: Tolerance | undefined, absoluteInStatedUnit?: number): Widening | undefined {
  if (!tolerance) return undefined;
  if (tolerance.kind === 'relative') return (x) => Math.abs(x) * tolerance.value;
  const amount = absoluteInStatedUnit ?? tolerance.value;
  return () => amount;
}

type SideSet = (amount: Amount, hedge: HedgeRule, widen: Widening) => NumberSet;

const closed = (low: number, high: number): NumberSet => ({ low, high, lowOpen: false, highOpen: false });

/** One function per hedge side. `widen(x)` is t·|x| unless the claim sets its own tolerance. */
const SIDES: Record<HedgeSide, SideSet> = {
  'just-below': (a, h, widen) => ({ low: a.value - widen(a.value), high: a.value, lowOpen: false, highOpen: !h.inclusive }),
  'just-above': (a, h, widen) => ({ low: a.value, high: a.value + widen(a.value), lowOpen: !h.inclusive, highOpen: false }),
  around: (a, _h, widen) => closed(a.precision.low - widen(a.value), a.precision.high + widen(a.value)),
  above: (a) => ({ low: a.value, high: Infinity, lowOpen: true, highOpen: true }),
  'at-least': (a) => ({ low: a.value, high: Infinity, lowOpen: false, highOpen: true }),
  below: (a) => ({ low: -Infinity, high: a.value, lowOpen: true, highOpen: true }),
  'at-most': (a) => ({ low: -Infinity, high: a.value, lowOpen: true, highOpen: false }),
};

/**
 * What one written amount admits: its precision (rounding interval or word
 * tolerance), or what its hedge allows. A claim `tolerance` replaces the
 * hedge's tolerance, and without a hedge widens the precision on both sides.
 */
export function admissibleAmount(amount: Amount, hedge: HedgeRule | undefined, claimTolerance?: Widening): NumberSet {
  if (!hedge) {
    if (!claimTolerance) return amount.precision;
    const w = claimTolerance(amount.value);
    return closed(amount.precision.low - w, amount.precision.high + w);
  }
  const widen = claimTolerance ?? ((x: number) => Math.abs(x) * hedge.tolerance);
  return SIDES[hedge.side](amount, hedge, widen);
}

/** The admissible set of a whole stated quantity: one set, or one per end of a range. */
export type Admissible =
  | { kind: 'single'; set: NumberSet }
  | { kind: 'range'; low: NumberSet; high: NumberSet };

export function admissibleSet(stated: Quantity, claimTolerance?: Widening): Admissible {
  const low = admissibleAmount(stated.low, stated.hedge, claimTolerance);
  if (!stated.high) return { kind: 'single', set: low };
  return { kind: 'range', low, high: admissibleAmount(stated.high, stated.hedge, claimTolerance) };
}

/** For a point computed against a stated range: from the lowest value `a` admits to the highest `b` admits. */
export function spanOfRange(admissible: Extract<Admissible, { kind: 'range' }>): NumberSet {
  // The fields in NumberSet's order, as every other set is made: one shape for the judge's reads.
  return { low: admissible.low.low, high: admissible.high.high, lowOpen: admissible.low.lowOpen, highOpen: admissible.high.highOpen };
}

/**
 * Whether a written amount is an exact whole count (spec news-language §10):
 * digits only (`45`, `46 games`, `1,033 days`, `$84`), no decimals, no scale
 * word, no trailing zero (`10`, `12,000` may be rounded) and not a number word.
 */
export function isExactCount(amount: Amount): boolean {
  if (amount.isWord || !Number.isInteger(amount.value) || amount.value === 0) return false;
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(amount.text)?.[0];
  if (digits === undefined || !/^(?:\d{1,3}(?:,\d{3})+|\d+)$/.test(digits) || digits.endsWith('0')) return false;
  // The number as written is the value: no scale word or suffix multiplied it.
  return Number(digits.replace(/,/g, '')) === Math.abs(amount.value);
}
