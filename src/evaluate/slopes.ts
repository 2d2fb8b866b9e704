/**
 * @file Interval forward-mode differentiation of a compiled {@link Expr}: the
 * value over a box together with an enclosure of the partial derivative with
 * respect to each chosen input ("slopes"). The evaluator uses the slopes to
 * prove a claim monotone in an input (then the ends give the exact range) or
 * to apply the mean-value form, both of which beat plain interval arithmetic
 * when an input occurs more than once.
 *
 * A slope is `null` when no enclosure is available (a root or power at zero,
 * round/floor/ceil of something that varies, an overflow); the value itself
 * is always computed exactly as {@link evaluateExpr} computes it.
 *
 * Pure: no I/O.
 */

import type { Expr } from './compile.js';
import * as I from './interval.js';
import { type Interval, IntervalDomainError } from './interval.js';
import { EvaluationFailure } from './numeric.js';

/** A value and, per chosen input, an enclosure of its derivative (or null). */
export interface Dual {
  value: Interval;
  slopes: (Interval | null)[];
}

/** Where a dual evaluation reads names from. */
export interface DualEnvironment {
  input(name: string): Dual;
  claim(name: string): Dual;
}

const ZERO: Interval = { low: 0, high: 0 };

/** All-zero slopes by number of inputs: never changed (every step makes new lists), so one list serves every constant. */
const noSlopes: (readonly Interval[])[] = [];

/** A constant's dual: no slope in any input. */
export function constantDual(value: Interval, inputs: number): Dual {
  const zeros = (noSlopes[inputs] ??= Object.freeze(new Array<Interval>(inputs).fill(ZERO)));
  return { value, slopes: zeros as (Interval | null)[] };
}

/** The value and slopes of `e`; throws {@link EvaluationFailure} when the value cannot be computed. */
export function evaluateDual(e: Expr, env: DualEnvironment, inputs: number): Dual {
  try {
    return step(e, env, inputs);
  } catch (err) {
    if (err instanceof IntervalDomainError) throw new EvaluationFailure(err, e);
    throw err;
  }
}

/** Applies `f` to each slope, giving null where a slope is null or `f` fails. */
function map(slopes: readonly (Interval | null)[], f: (d: Interval) => Interval): (Interval | null)[] {
  const out: (Interval | null)[] = [];
  for (let i = 0; i < slopes.length; i++) {
    const d = slopes[i] as Interval | null;
    out.push(d === null ? null : safe1(f, d));
  }
  return out;
}

/** Applies `f` to each pair of slopes, giving null where either is null or `f` fails. */
function zip(
  a: readonly (Interval | null)[],
  b: readonly (Interval | null)[],
  f: (x: Interval, y: Interval) => Interval,
): (Interval | null)[] {
  const out: (Interval | null)[] = [];
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as Interval | null;
    const y = b[i] ?? null;
    out.push(x === null || y === null ? null : safe2(f, x, y));
  }
  return out;
}

/** `f(d)`, or null for a domain problem. */
function safe1(f: (d: Interval) => Interval, d: Interval): Interval | null {
  try {
    return f(d);
  } catch (err) {
    if (err instanceof IntervalDomainError) return null;
    throw err;
  }
}

/** `f(x, y)`, or null for a domain problem. */
function safe2(f: (x: Interval, y: Interval) => Interval, x: Interval, y: Interval): Interval | null {
  try {
    return f(x, y);
  } catch (err) {
    if (err instanceof IntervalDomainError) return null;
    throw err;
  }
}

/** A derivative rule for two operands: the slope from theirs (`value` is the operation's own value). */
type PairRule = (da: Interval, db: Interval, a: Dual, b: Dual, value: Interval) => Interval;

/** (ab)' = a'b + ab' */
const productRule: PairRule = (da, db, a, b) => I.add(I.multiply(da, b.value), I.multiply(a.value, db));

/** (a/b)' = (a' − (a/b)·b') / b */
const quotientRule: PairRule = (da, db, _a, b, value) => I.divide(I.subtract(da, I.multiply(value, db)), b.value);

/**
 * A rule applied slope by slope: what `zip` with that formula gives (null
 * where either slope is null or a step has a domain problem), with the rule
 * a fixed function rather than a closure made for every node.
 */
function pairSlopes(a: Dual, b: Dual, value: Interval, rule: PairRule): (Interval | null)[] {
  const out: (Interval | null)[] = [];
  for (let i = 0; i < a.slopes.length; i++) {
    const da = a.slopes[i] as Interval | null;
    const db = b.slopes[i] ?? null;
    if (da === null || db === null) out.push(null);
    else {
      try {
        out.push(rule(da, db, a, b, value));
      } catch (err) {
        if (!(err instanceof IntervalDomainError)) throw err;
        out.push(null);
      }
    }
  }
  return out;
}

function isZero(d: Interval | null): boolean {
  return d !== null && d.low === 0 && d.high === 0;
}

function step(e: Expr, env: DualEnvironment, n: number): Dual {
  // Each operand through evaluateDual, not step: a domain problem is pinned to the operand's own node.
  switch (e.kind) {
    case 'constant':
      return constantDual(e.value, n);
    case 'input':
      return env.input(e.name);
    case 'claim':
      return env.claim(e.name);
    case 'add': {
      const a = evaluateDual(e.left, env, n);
      const b = evaluateDual(e.right, env, n);
      return { value: I.add(a.value, b.value), slopes: zip(a.slopes, b.slopes, I.add) };
    }
    case 'subtract': {
      const a = evaluateDual(e.left, env, n);
      const b = evaluateDual(e.right, env, n);
      return { value: I.subtract(a.value, b.value), slopes: zip(a.slopes, b.slopes, I.subtract) };
    }
    case 'multiply': {
      const a = evaluateDual(e.left, env, n);
      const b = evaluateDual(e.right, env, n);
      const value = I.multiply(a.value, b.value);
      return { value, slopes: pairSlopes(a, b, value, productRule) };
    }
    case 'divide': {
      const a = evaluateDual(e.left, env, n);
      const b = evaluateDual(e.right, env, n);
      const value = I.divide(a.value, b.value);
      return { value, slopes: pairSlopes(a, b, value, quotientRule) };
    }
    case 'negate': {
      const a = evaluateDual(e.operand, env, n);
      return { value: I.negate(a.value), slopes: map(a.slopes, I.negate) };
    }
    case 'power': {
      const a = evaluateDual(e.base, env, n);
      const value = I.power(a.value, e.exponent);
      // (aⁿ)' = n·aⁿ⁻¹·a'
      const slopes = map(a.slopes, (da) =>
        isZero(da) ? ZERO : I.multiply(I.multiply(I.point(e.exponent), I.power(a.value, e.exponent - 1)), da),
      );
      return { value, slopes };
    }
    case 'power-of': {
      const a = evaluateDual(e.base, env, n);
      const b = evaluateDual(e.exponent, env, n);
      const value = I.powerOf(a.value, b.value);
      // (aᵇ)' = b·aᵇ⁻¹·a' + aᵇ·ln a·b'  (a > 0; elsewhere no enclosure: null)
      const slopes = zip(a.slopes, b.slopes, (da, db) => {
        const viaBase = isZero(da) ? ZERO : I.multiply(I.multiply(b.value, I.powerOf(a.value, I.subtract(b.value, I.point(1)))), da);
        const viaExponent = isZero(db) ? ZERO : I.multiply(I.multiply(value, I.log(a.value)), db);
        return I.add(viaBase, viaExponent);
      });
      return { value, slopes };
    }
    case 'call':
      return call(e, e.args.map((arg) => evaluateDual(arg, env, n)), n);
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

function hullAll(values: readonly (Interval | null)[]): Interval | null {
  let out: Interval | null = null;
  for (const v of values) {
    if (v === null) return null;
    out = out === null ? v : I.hull(out, v);
  }
  return out;
}

function call(e: Extract<Expr, { kind: 'call' }>, args: Dual[], n: number): Dual {
  const first = args[0] as Dual;
  const values = args.map((a) => a.value);
  const each = (f: (i: number) => Interval | null): (Interval | null)[] => Array.from({ length: n }, (_, i) => f(i));
  switch (e.fn) {
    case 'min':
    case 'max': {
      // Almost everywhere the derivative is that of the active argument.
      const value = e.fn === 'min' ? I.minimum(values) : I.maximum(values);
      return { value, slopes: each((i) => hullAll(args.map((a) => a.slopes[i] ?? null))) };
    }
    case 'sum':
    case 'mean': {
      let value = values.slice(1).reduce(I.add, first.value);
      let slopes = first.slopes;
      for (const a of args.slice(1)) slopes = zip(slopes, a.slopes, I.add);
      if (e.fn === 'mean') {
        const count = I.point(args.length);
        value = I.divide(value, count);
        slopes = map(slopes, (d) => I.divide(d, count));
      }
      return { value, slopes };
    }
    case 'abs': {
      const value = I.abs(first.value);
      const a = first.value;
      const slopes = map(first.slopes, (d) => (a.low >= 0 ? d : a.high <= 0 ? I.negate(d) : I.hull(d, I.negate(d))));
      return { value, slopes };
    }
    case 'round':
    case 'floor':
    case 'ceil': {
      // Steps: no derivative enclosure unless the argument does not vary.
      return { value: I.rounded(first.value, e.fn, e.digits), slopes: first.slopes.map((d) => (isZero(d) ? ZERO : null)) };
    }
    case 'sqrt': {
      const value = I.sqrt(first.value);
      // (√a)' = a' / (2√a), only where a > 0.
      const slopes = map(first.slopes, (d) => (isZero(d) ? ZERO : I.divide(d, I.multiply(I.point(2), value))));
      return { value, slopes };
    }
    case 'log': {
      const ln = I.log(first.value);
      const lnSlopes = map(first.slopes, (d) => I.divide(d, first.value));
      const base = args[1];
      if (base === undefined) return { value: ln, slopes: lnSlopes };
      const lnBase = I.log(base.value);
      const value = I.divide(ln, lnBase);
      const baseSlopes = map(base.slopes, (d) => I.divide(d, base.value));
      // (ln a / ln b)' = ((ln a)' − v·(ln b)') / ln b
      return { value, slopes: zip(lnSlopes, baseSlopes, (da, db) => I.divide(I.subtract(da, I.multiply(value, db)), lnBase)) };
    }
    case 'exp': {
      const value = I.exp(first.value);
      return { value, slopes: map(first.slopes, (d) => I.multiply(value, d)) };
    }
    default: {
      const unreachable: never = e.fn;
      return unreachable;
    }
  }
}
