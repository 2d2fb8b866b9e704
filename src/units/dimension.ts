/**
 * @file Dimension algebra: products, quotients and powers of dimensions
 * (`{ LENGTH: 2, TIME: -1 }`), equality, and the likely cause of a mismatch.
 *
 * Pure: no I/O, no mathjs, no state. Zero exponents are always dropped, so
 * `{}` is a plain number and equal dimensions have equal key sets.
 */

import { phrase } from '../findings/interpolate.js';
import type { PhraseRef } from '../types.js';
import type { Dimension } from '../types.js';

/** Exponents this close to zero (after powers like 1/3 · 3) count as zero. */
const EPSILON = 1e-12;

function clean(record: Record<string, number>): Dimension {
  const out: Record<string, number> = {};
  for (const key of Object.keys(record).sort()) {
    const value = record[key] ?? 0;
    if (Math.abs(value) > EPSILON) {
      const rounded = Math.round(value);
      out[key] = Math.abs(value - rounded) < EPSILON ? rounded : value;
    }
  }
  return out;
}

/** The dimension of a product: exponents add (`LENGTH` · `LENGTH` = `LENGTH²`). */
export function multiplyDimensions(a: Dimension, b: Dimension): Dimension {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) + value;
  return clean(out);
}

/** The dimension of a quotient: exponents subtract (`LENGTH` / `TIME` = `LENGTH·TIME⁻¹`). */
export function divideDimensions(a: Dimension, b: Dimension): Dimension {
  const out: Record<string, number> = { ...a };
  for (const [key, value] of Object.entries(b)) out[key] = (out[key] ?? 0) - value;
  return clean(out);
}

/** The dimension of a power: exponents multiply (`(LENGTH)^2` = `LENGTH²`; `^0` gives a plain number). */
export function powerDimension(a: Dimension, n: number): Dimension {
  const out: Record<string, number> = {};
  for (const [key, value] of Object.entries(a)) out[key] = value * n;
  return clean(out);
}

/** Whether two dimensions are the same (same base dimensions with the same exponents). */
export function sameDimension(a: Dimension, b: Dimension): boolean {
  // What `divideDimensions(a, b)` would leave is empty exactly when every
  // exponent differs by at most EPSILON; checked without building it (the
  // judge and the "holds only if" search ask this thousands of times a file).
  if (a === b) return true;
  for (const key of Object.keys(a)) if (Math.abs((a[key] ?? 0) - (b[key] ?? 0)) > EPSILON) return false;
  for (const key of Object.keys(b)) if (!Object.hasOwn(a, key) && Math.abs(0 - (b[key] ?? 0)) > EPSILON) return false;
  return true;
}

/** An exponent as {@link clean} leaves it: 0 when it is dropped, a near-integer rounded. */
function cleaned(value: number): number {
  if (!(Math.abs(value) > EPSILON)) return 0;
  const rounded = Math.round(value);
  return Math.abs(value - rounded) < EPSILON ? rounded : value;
}

/**
 * Whether `a · b` (`op` '*') or `a / b` (`op` '/') is the same dimension as
 * `target`: `sameDimension(multiplyDimensions(a, b), target)` (or
 * `divideDimensions`), the same exponents computed the same way, without
 * building the product. The display unit of a value tries every pair of a
 * file's input units, so a cold check asked this hundreds of times.
 */
export function combinesTo(a: Dimension, op: '*' | '/', b: Dimension, target: Dimension): boolean {
  for (const key of Object.keys(a)) {
    const inB = Object.hasOwn(b, key);
    const value = !inB ? (a[key] ?? 0) : op === '*' ? (a[key] ?? 0) + (b[key] ?? 0) : (a[key] ?? 0) - (b[key] ?? 0);
    if (Math.abs(cleaned(value) - (target[key] ?? 0)) > EPSILON) return false;
  }
  for (const key of Object.keys(b)) {
    if (Object.hasOwn(a, key)) continue;
    const value = op === '*' ? 0 + (b[key] ?? 0) : 0 - (b[key] ?? 0);
    if (Math.abs(cleaned(value) - (target[key] ?? 0)) > EPSILON) return false;
  }
  for (const key of Object.keys(target)) {
    if (!Object.hasOwn(a, key) && !Object.hasOwn(b, key) && Math.abs(target[key] ?? 0) > EPSILON) return false;
  }
  return true;
}

/** Whether a dimension is a plain number (no base dimension at all; percent is plain). */
export function isPlainNumber(a: Dimension): boolean {
  return Object.keys(clean({ ...a })).length === 0;
}

/** Names of mathjs's base dimensions; every other key of a Dimension is a custom unit. */
const BUILT_IN_BASES = new Set([
  'MASS', 'LENGTH', 'TIME', 'CURRENT', 'TEMPERATURE', 'LUMINOUS_INTENSITY', 'AMOUNT_OF_SUBSTANCE', 'ANGLE', 'BIT',
]);

/** The words of a declared unit, when it is a count of things (not a currency): what an alias advice needs. */
export interface UnitWordsOf {
  /** The aliases of a declared unit that is its own dimension and not a currency (soldier → [soldiers]); undefined otherwise. */
  countAliases(name: string): readonly string[] | undefined;
}

/**
 * The likely cause of a dimension mismatch between what a claim computes and
 * what it states, as a short question for the message, or undefined when no
 * common mistake explains it. A plain number computed against a unit, or a
 * duration against a plain number, is named first (a compute that divides by
 * `(1 year)` against a stated "84 years"); otherwise it looks only at the
 * quotient computed / stated.
 * Two declared counts with no conversion (troop per soldier) are most often
 * two words for one thing: with `units`, the advice first shows the one line
 * that makes one an alias of the other, with this file's words.
 */
export function likelyCause(computed: Dimension, stated: Dimension, units?: UnitWordsOf): PhraseRef | undefined {
  const extra = divideDimensions(computed, stated);
  const keys = Object.keys(extra);
  if (keys.length === 0) return undefined;
  // A plain number computed against a unit: the unit was divided away
  // ("(end - start) / (1 year)" against "84 years"); a duration against a
  // plain number: the unit was never written ("84" for a date difference).
  if (Object.keys(computed).length === 0) return phrase('cause-plain-computed');
  if (Object.keys(stated).length === 0 && keys.length === 1 && extra['TIME'] === 1) return phrase('cause-plain-stated');
  // A time factor left over, whatever else differs: a rate mixed with a total.
  if (extra['TIME'] === 1) return phrase('cause-rate-and-total');
  if (extra['TIME'] === -1) return phrase('cause-yearly-rate');
  if (keys.length === 1) {
    const key = keys[0] as string;
    const exponent = extra[key] as number;
    if (key === 'LENGTH' && Math.abs(exponent) === 1) {
      return phrase('cause-length-for-area');
    }
    if (!BUILT_IN_BASES.has(key) && exponent === 1) {
      return phrase('cause-count-left-over', { unit: key });
    }
    if (!BUILT_IN_BASES.has(key) && exponent === -1) {
      return phrase('cause-per-unit', { unit: key });
    }
    return undefined;
  }
  if (keys.length === 2) {
    const [a, b] = keys as [string, string];
    const ea = extra[a] as number;
    const eb = extra[b] as number;
    if (!BUILT_IN_BASES.has(a) && !BUILT_IN_BASES.has(b) && ea === -eb && Math.abs(ea) === 1) {
      const [from, to] = ea === 1 ? [a, b] : [b, a];
      const toAliases = units?.countAliases(to);
      const fromAliases = units?.countAliases(from);
      if (toAliases && fromAliases) {
        const aliases = [...new Set([...toAliases, from, ...fromAliases])].join(', ');
        return phrase('cause-same-thing', { from, to, aliases });
      }
      return phrase('cause-no-conversion', { from, to });
    }
  }
  return undefined;
}
