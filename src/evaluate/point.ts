/**
 * @file Evaluates compiled {@link Expr} trees at a point: every input and
 * claim a single number, no intervals. This is what interval arithmetic
 * (interval.ts) gives when every operand is a point, computed with the same
 * floating-point operations in the same order, so the number is the same to
 * the last bit, without allocating an interval per step.
 *
 * A value that cannot be computed (a divisor of zero, the log of zero, an
 * overflow…) is NaN here, and stays NaN through every later step; the caller
 * redoes that evaluation with intervals to learn why (numeric.ts). The
 * "holds only if" search (src/judge/condition.ts) evaluates a claim about a
 * hundred times along one input while every other input is a point: this is
 * its fast path.
 *
 * Pure: no I/O.
 */

import type { Expr } from './compile.js';
import { roundWith } from './interval.js';

/** A compiled expression at a point: `x` is the one varying input, `claims` the values of the claims it uses (by slot). */
export type PointFunction = (x: number, claims: Float64Array) => number;

/** Where a point evaluation reads names from, fixed when the tree is turned into a function. */
export interface PointScope {
  /** The varying input's name. */
  varying: string;
  /** Another input's value, a point (the caller checks that every input used is one). */
  input(name: string): number;
  /** The slot in `claims` of a claim the expression uses. */
  slot(claim: string): number;
}

/**
 * `r` when interval.ts's `checked` accepts it (a finite number), else NaN.
 * `r - r` is 0 for a finite number and NaN for ±Infinity and NaN.
 */
function finite(r: number): number {
  return r - r === 0 ? r : NaN;
}

/** The tree as a function of the varying input; NaN where intervals would throw a domain problem. */
export function pointFunction(e: Expr, scope: PointScope): PointFunction {
  switch (e.kind) {
    case 'constant': {
      const value = e.value.low;
      return () => value;
    }
    case 'input': {
      if (e.name === scope.varying) return (x) => x;
      const value = scope.input(e.name);
      return () => value;
    }
    case 'claim': {
      const slot = scope.slot(e.name);
      return (_x, claims) => claims[slot] as number;
    }
    case 'add': {
      const l = pointFunction(e.left, scope);
      const r = pointFunction(e.right, scope);
      return (x, c) => finite(l(x, c) + r(x, c));
    }
    case 'subtract': {
      const l = pointFunction(e.left, scope);
      const r = pointFunction(e.right, scope);
      return (x, c) => finite(l(x, c) - r(x, c));
    }
    case 'multiply': {
      const l = pointFunction(e.left, scope);
      const r = pointFunction(e.right, scope);
      return (x, c) => finite(l(x, c) * r(x, c));
    }
    case 'divide': {
      const l = pointFunction(e.left, scope);
      const r = pointFunction(e.right, scope);
      return (x, c) => divide(l(x, c), r(x, c));
    }
    case 'negate': {
      const a = pointFunction(e.operand, scope);
      return (x, c) => -a(x, c);
    }
    case 'power': {
      const a = pointFunction(e.base, scope);
      const n = e.exponent;
      return (x, c) => power(a(x, c), n);
    }
    case 'power-of': {
      const a = pointFunction(e.base, scope);
      const b = pointFunction(e.exponent, scope);
      return (x, c) => powerOf(a(x, c), b(x, c));
    }
    case 'call':
      return call(e, e.args.map((arg) => pointFunction(arg, scope)));
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

/** a ÷ b: interval.ts's `divide` refuses a divisor that contains zero (−0 too). */
function divide(a: number, b: number): number {
  return b === 0 ? NaN : finite(a / b);
}

/** interval.ts's `power` on a point. */
function power(a: number, n: number): number {
  // x⁰ is 1 and x¹ is x, but only once x itself could be computed.
  if (n === 0) return a === a ? 1 : NaN;
  if (n === 1) return a;
  if (!Number.isInteger(n) && a < 0) return NaN;
  if (n < 0 && a === 0) return NaN;
  return finite(Math.pow(a, n));
}

/** interval.ts's `powerOf` on points. */
function powerOf(a: number, b: number): number {
  if (Number.isInteger(b)) return power(a, b);
  if (a <= 0 || b !== b) return NaN;
  return finite(Math.pow(a, b));
}

function call(e: Extract<Expr, { kind: 'call' }>, args: PointFunction[]): PointFunction {
  const first = args[0] as PointFunction;
  const second = args[1];
  const digits = e.digits;
  switch (e.fn) {
    case 'min':
      return (x, c) => {
        let low = Infinity;
        for (const a of args) low = Math.min(low, a(x, c));
        return low;
      };
    case 'max':
      return (x, c) => {
        let high = -Infinity;
        for (const a of args) high = Math.max(high, a(x, c));
        return high;
      };
    case 'sum':
      return (x, c) => sum(args, x, c);
    case 'mean': {
      const count = args.length;
      return (x, c) => divide(sum(args, x, c), count);
    }
    case 'abs':
      // As interval.ts's `abs`: −0 stays −0 (Math.abs would make it 0).
      return (x, c) => {
        const a = first(x, c);
        return a >= 0 ? a : -a;
      };
    case 'round':
    case 'floor':
    case 'ceil': {
      const fn = e.fn;
      return (x, c) => finite(roundWith(fn, first(x, c), digits));
    }
    case 'sqrt':
      return (x, c) => {
        const a = first(x, c);
        return a < 0 ? NaN : finite(Math.sqrt(a));
      };
    case 'log':
      return (x, c) => {
        const ln = log(first(x, c));
        return second === undefined ? ln : divide(ln, log(second(x, c)));
      };
    case 'exp':
      return (x, c) => finite(Math.exp(first(x, c)));
    default: {
      const unreachable: never = e.fn;
      return unreachable;
    }
  }
}

/** The operands added left to right, as interval.ts's reduce over `add`. */
function sum(args: readonly PointFunction[], x: number, c: Float64Array): number {
  let total = (args[0] as PointFunction)(x, c);
  for (let i = 1; i < args.length; i++) total = finite(total + (args[i] as PointFunction)(x, c));
  return total;
}

function log(a: number): number {
  return a <= 0 ? NaN : finite(Math.log(a));
}
