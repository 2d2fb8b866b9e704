/**
 * @file Closed-interval arithmetic on plain numbers: the numeric core of the
 * evaluate stage. Every operation returns an interval that contains every
 * value the operation can take for operands inside the operand intervals
 * (soundness), and the tightest such interval for that one operation (so the
 * natural extension of an expression in which each variable occurs once is
 * exact). Non-monotone operations (products with sign changes, even powers and
 * `abs` over intervals containing zero, `min`/`max`) are handled case by case,
 * never by evaluating at the ends only.
 *
 * Rounding: IEEE round-to-nearest is monotone, so computing an end point with
 * the same floating-point operation as a point evaluation keeps every point
 * evaluation inside the computed interval.
 *
 * A domain problem (dividing by an interval that contains zero, the log of a
 * value that can be zero or negative, an overflow…) throws an
 * {@link IntervalDomainError} carrying a code and the offending interval; the
 * evaluator turns it into a plain-English reason. Pure: no units, no I/O.
 */

/** A closed interval [low, high] of finite numbers; a point has low === high. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

/** Why an interval operation cannot be carried out. */
export type DomainCode =
  /** A divisor (or a base under a negative power) that can be zero. */
  | 'zero-divisor'
  /** `log` of an interval that reaches zero or below. */
  | 'log-domain'
  /** `sqrt` of an interval that reaches below zero. */
  | 'sqrt-domain'
  /** A fractional power of an interval that reaches below zero. */
  | 'fractional-power'
  /** A power whose exponent is not a fixed whole number, of a base that can be zero or negative. */
  | 'base-not-positive'
  /** The result is too large for a double (±Infinity). */
  | 'overflow'
  /** The result is not a number (NaN). */
  | 'undefined';

/** Thrown by interval operations for a domain problem; carries its data, mathjs style. */
export class IntervalDomainError extends Error {
  /** What went wrong. */
  readonly code: DomainCode;
  /** The operand that caused it (the divisor, the log's argument, …). */
  readonly operand: Interval;

  constructor(code: DomainCode, operand: Interval) {
    super(`${code} for [${operand.low}, ${operand.high}]`);
    this.name = 'IntervalDomainError';
    this.code = code;
    this.operand = operand;
  }
}

/** The interval [low, high] (ends swapped if given the wrong way round), checked to be finite. */
export function interval(low: number, high: number): Interval {
  const lo = low <= high ? low : high;
  const hi = low <= high ? high : low;
  // The operand a domain error carries is made only when there is one.
  if (!Number.isFinite(lo) || !Number.isFinite(hi)) return checked(lo, hi, { low, high });
  return { low: lo, high: hi };
}

/** The point interval [x, x]. */
export function point(x: number): Interval {
  if (!Number.isFinite(x)) return checked(x, x, { low: x, high: x });
  return { low: x, high: x };
}

/** True when the interval is a single point. */
export function isPoint(a: Interval): boolean {
  return a.low === a.high;
}

/** True when zero lies in the closed interval. */
export function containsZero(a: Interval): boolean {
  return a.low <= 0 && a.high >= 0;
}

/** The smallest interval containing both. */
export function hull(a: Interval, b: Interval): Interval {
  return { low: Math.min(a.low, b.low), high: Math.max(a.high, b.high) };
}

/** The intersection of two intervals known to overlap (both enclose the same set); `a` if they do not. */
export function intersect(a: Interval, b: Interval): Interval {
  const low = Math.max(a.low, b.low);
  const high = Math.min(a.high, b.high);
  return low <= high ? { low, high } : a;
}

/** a + b. */
export function add(a: Interval, b: Interval): Interval {
  return checked(a.low + b.low, a.high + b.high, a);
}

/** a − b. */
export function subtract(a: Interval, b: Interval): Interval {
  return checked(a.low - b.high, a.high - b.low, a);
}

/** −a. */
export function negate(a: Interval): Interval {
  return { low: -a.high, high: -a.low };
}

/** a × b: the extremes are among the four end-point products. */
export function multiply(a: Interval, b: Interval): Interval {
  if (isPoint(a) && isPoint(b)) {
    const p = a.low * b.low;
    return checked(p, p, a);
  }
  const p1 = a.low * b.low;
  const p2 = a.low * b.high;
  const p3 = a.high * b.low;
  const p4 = a.high * b.high;
  return checked(Math.min(p1, p2, p3, p4), Math.max(p1, p2, p3, p4), a);
}

/** a ÷ b; throws `zero-divisor` when b contains zero. */
export function divide(a: Interval, b: Interval): Interval {
  if (containsZero(b)) throw new IntervalDomainError('zero-divisor', b);
  if (isPoint(a) && isPoint(b)) {
    const q = a.low / b.low;
    return checked(q, q, a);
  }
  const q1 = a.low / b.low;
  const q2 = a.low / b.high;
  const q3 = a.high / b.low;
  const q4 = a.high / b.high;
  return checked(Math.min(q1, q2, q3, q4), Math.max(q1, q2, q3, q4), a);
}

/**
 * a raised to a fixed real exponent n.
 * - integer n ≥ 0: even powers of an interval containing zero start at 0;
 * - integer n < 0: throws `zero-divisor` when a contains zero;
 * - fractional n: needs a ≥ 0 (`fractional-power`), and a > 0 when n < 0.
 * On an interval where xⁿ is monotone, the ends are the images of the ends.
 */
export function power(a: Interval, n: number): Interval {
  if (n === 0) return { low: 1, high: 1 };
  if (n === 1) return a;
  const integer = Number.isInteger(n);
  if (!integer && a.low < 0) throw new IntervalDomainError('fractional-power', a);
  if (n < 0 && containsZero(a)) throw new IntervalDomainError('zero-divisor', a);
  const fLow = Math.pow(a.low, n);
  const fHigh = Math.pow(a.high, n);
  if (integer && n % 2 === 0 && a.low < 0 && a.high > 0) {
    // Even power across zero: the minimum is 0 (at x = 0), the maximum at the farther end.
    return checked(0, Math.max(fLow, fHigh), a);
  }
  return checked(Math.min(fLow, fHigh), Math.max(fLow, fHigh), a);
}

/**
 * a raised to an exponent that is itself an interval b (`(1 + rate) ^ years`).
 * - b a whole-number point: as {@link power} (any base);
 * - otherwise a must be > 0 (`base-not-positive`): there xʸ = e^(y·ln x) and
 *   y·ln x is bilinear in (ln x, y), so over the box its extremes, and those of
 *   xʸ, lie at the four corners.
 */
export function powerOf(a: Interval, b: Interval): Interval {
  if (isPoint(b) && Number.isInteger(b.low)) return power(a, b.low);
  if (a.low <= 0) throw new IntervalDomainError('base-not-positive', a);
  const c1 = Math.pow(a.low, b.low);
  const c2 = Math.pow(a.low, b.high);
  const c3 = Math.pow(a.high, b.low);
  const c4 = Math.pow(a.high, b.high);
  return checked(Math.min(c1, c2, c3, c4), Math.max(c1, c2, c3, c4), a);
}

/** √a; throws `sqrt-domain` when a reaches below zero. */
export function sqrt(a: Interval): Interval {
  if (a.low < 0) throw new IntervalDomainError('sqrt-domain', a);
  return checked(Math.sqrt(a.low), Math.sqrt(a.high), a);
}

/** |a|. */
export function abs(a: Interval): Interval {
  if (a.low >= 0) return a;
  if (a.high <= 0) return negate(a);
  return { low: 0, high: Math.max(-a.low, a.high) };
}

/** The interval of min(x₁, …, xₙ) over the operands (n ≥ 1). */
export function minimum(operands: readonly Interval[]): Interval {
  let low = Infinity;
  let high = Infinity;
  for (const a of operands) {
    low = Math.min(low, a.low);
    high = Math.min(high, a.high);
  }
  return { low, high };
}

/** The interval of max(x₁, …, xₙ) over the operands (n ≥ 1). */
export function maximum(operands: readonly Interval[]): Interval {
  let low = -Infinity;
  let high = -Infinity;
  for (const a of operands) {
    low = Math.max(low, a.low);
    high = Math.max(high, a.high);
  }
  return { low, high };
}

/** Natural logarithm; throws `log-domain` when a reaches zero or below. */
export function log(a: Interval): Interval {
  if (a.low <= 0) throw new IntervalDomainError('log-domain', a);
  return checked(Math.log(a.low), Math.log(a.high), a);
}

/** eˣ; throws `overflow` when it exceeds the largest double. */
export function exp(a: Interval): Interval {
  return checked(Math.exp(a.low), Math.exp(a.high), a);
}

/** Round half away from zero (as mathjs's `round`), optionally to `digits` decimals. */
export function roundNumber(x: number, digits = 0): number {
  if (digits === 0) return Math.sign(x) * Math.round(Math.abs(x));
  const scale = Math.pow(10, digits);
  return (Math.sign(x) * Math.round(Math.abs(x) * scale)) / scale;
}

/** The functions that round a number: `round` half away from zero, `floor`, `ceil`. */
export type Rounding = 'round' | 'floor' | 'ceil';

/** x rounded by `fn` to `digits` decimals (0 by default), as mathjs rounds. */
export function roundWith(fn: Rounding, x: number, digits = 0): number {
  if (fn === 'round') return roundNumber(x, digits);
  const f = fn === 'floor' ? Math.floor : Math.ceil;
  if (digits === 0) return f(x);
  const scale = Math.pow(10, digits);
  return f(x * scale) / scale;
}

/** `round`, `floor` or `ceil` of an interval, to `digits` decimals: each end rounded (all three are non-decreasing). */
export function rounded(a: Interval, fn: Rounding, digits: number): Interval {
  return checked(roundWith(fn, a.low, digits), roundWith(fn, a.high, digits), a);
}

/**
 * Splits [low, high] into `pieces` consecutive closed intervals that cover it
 * exactly: the first starts at `low`, the last ends at `high`, and each shares
 * its end with the next one's start.
 */
export function split(a: Interval, pieces: number): Interval[] {
  if (pieces <= 1 || isPoint(a)) return [a];
  // Each piece starts where the last ended (no list of bounds: a list of
  // numbers changes kind when its first small integer meets a fraction).
  const out: Interval[] = [];
  let low = a.low;
  for (let i = 1; i < pieces; i++) {
    const t = i / pieces;
    let b = a.low + (a.high - a.low) * t;
    if (!Number.isFinite(b)) b = a.low * (1 - t) + a.high * t;
    const high = Math.min(a.high, Math.max(a.low, b, low));
    out.push({ low, high });
    low = high;
  }
  out.push({ low, high: a.high });
  return out;
}

/** Returns [low, high] after checking both ends are finite numbers. */
function checked(low: number, high: number, operand: Interval): Interval {
  if (Number.isNaN(low) || Number.isNaN(high)) throw new IntervalDomainError('undefined', operand);
  if (!Number.isFinite(low) || !Number.isFinite(high)) throw new IntervalDomainError('overflow', operand);
  return { low, high };
}
