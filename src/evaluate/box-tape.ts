/**
 * @file The tightening step's evaluations over one box (evaluate/index.ts,
 * `BoxRunner`) as a tape of operations over registers: each node of the
 * claims that carry the varying inputs has a register holding its interval
 * and, per varying input, its slope (or a mark that it has none). This is
 * what slopes.ts (`evaluateDual`) and numeric.ts (`evaluateExpr`) compute,
 * with the same interval operations on the same operands in the same order
 * (so the numbers are the same to the last bit), without an interval, a
 * slope list and a dual object per node on each of a claim's boxes.
 *
 * Only the operations everyday claims use are written here (+ − × ÷,
 * negation, fixed powers, round/floor/ceil); a tree with any other node
 * gets no tape and is evaluated by slopes.ts and numeric.ts as before.
 *
 * Pure: no I/O.
 */

import type { Expr } from './compile.js';
import { type Interval, type Rounding, roundWith } from './interval.js';
import type { Dual } from './slopes.js';

/** The box runner's two evaluations; undefined where the value cannot be computed somewhere in the box. */
export interface BoxTape {
  /** The value and the slopes in each varying input (slopes.ts's `evaluateDual` of the last claim). */
  dual(box: readonly Interval[]): Dual | undefined;
  /** The value alone (numeric.ts's `evaluateExpr` of the last claim). */
  pass(box: readonly Interval[]): Interval | undefined;
}

// Operations: four numbers each, [op, destination, a, b]; a and b are registers.
const ADD = 0;
const SUBTRACT = 1;
const MULTIPLY = 2;
const DIVIDE = 3;
const NEGATE = 4;
/** b's register holds the exponent. */
const POWER = 5;
/** b's register holds the number of decimals. */
const ROUND = 6;
const FLOOR = 7;
const CEIL = 8;

/** A tree has a node the tape does not run. */
class Unsupported extends Error {}

/**
 * The claims of `inline` (dependencies first, the claim being tightened
 * last) as a tape over boxes of the `varying` inputs; every other input and
 * claim keeps the value `fixed` gives (read once: it does not change while
 * a claim is tightened). Undefined when a tree has a node the tape does not
 * run or a name without a value: the caller evaluates the trees instead.
 */
export function boxTape(
  inline: readonly (readonly [string, Expr])[],
  varying: readonly string[],
  fixed: { input(name: string): Interval | undefined; claim(name: string): Interval | undefined },
): BoxTape | undefined {
  const m = varying.length;
  const code: number[] = [];
  const lows: number[] = [];
  const highs: number[] = [];
  const register = (low: number, high: number): number => {
    lows.push(low);
    highs.push(high);
    return lows.length - 1;
  };
  // The varying inputs' registers come first: register i is varying[i].
  for (let i = 0; i < m; i++) register(0, 0);
  const names = new Map<string, number>();
  const roots = new Map<string, number>();
  const named = (name: string, value: Interval | undefined): number => {
    let r = names.get(name);
    if (r === undefined) {
      if (value === undefined || typeof value.low !== 'number' || typeof value.high !== 'number') throw new Unsupported();
      names.set(name, (r = register(value.low, value.high)));
    }
    return r;
  };
  const emit = (op: number, a: number, b = 0): number => {
    const d = register(0, 0);
    code.push(op, d, a, b);
    return d;
  };
  const walk = (e: Expr): number => {
    switch (e.kind) {
      case 'constant':
        return register(e.value.low, e.value.high);
      case 'input': {
        const i = varying.indexOf(e.name);
        return i >= 0 ? i : named(e.name, fixed.input(e.name));
      }
      case 'claim':
        return roots.get(e.name) ?? named(`claim ${e.name}`, fixed.claim(e.name));
      case 'add':
      case 'subtract':
      case 'multiply':
      case 'divide': {
        const l = walk(e.left);
        const r = walk(e.right);
        return emit(e.kind === 'add' ? ADD : e.kind === 'subtract' ? SUBTRACT : e.kind === 'multiply' ? MULTIPLY : DIVIDE, l, r);
      }
      case 'negate':
        return emit(NEGATE, walk(e.operand));
      case 'power':
        return emit(POWER, walk(e.base), register(e.exponent, e.exponent));
      case 'call':
        if (e.fn !== 'round' && e.fn !== 'floor' && e.fn !== 'ceil') throw new Unsupported();
        return emit(e.fn === 'round' ? ROUND : e.fn === 'floor' ? FLOOR : CEIL, walk(e.args[0] as Expr), register(e.digits, e.digits));
      default:
        throw new Unsupported();
    }
  };
  let last = 0;
  try {
    for (const [name, expr] of inline) {
      last = walk(expr);
      roots.set(name, last);
    }
  } catch (err) {
    if (err instanceof Unsupported) return undefined;
    throw err;
  }
  return new Runner(code, lows, highs, m, last);
}

/**
 * Runs a tape: registers of values (low, high), and per register and varying
 * input a slope (low, high) or none. Every row is a view into one
 * Float64Array: one block of memory per claim tightened, not five.
 */
class Runner implements BoxTape {
  private readonly low: Float64Array;
  private readonly high: Float64Array;
  private readonly slopeLow: Float64Array;
  private readonly slopeHigh: Float64Array;
  /** 1 where a register has no slope in a varying input (slopes.ts's null), else 0. */
  private readonly none: Float64Array;

  constructor(
    private readonly ops: readonly number[],
    lows: readonly number[],
    highs: readonly number[],
    private readonly m: number,
    private readonly result: number,
  ) {
    const n = lows.length;
    const all = new Float64Array(2 * n + 3 * n * m);
    this.low = all.subarray(0, n);
    this.high = all.subarray(n, 2 * n);
    this.slopeLow = all.subarray(2 * n, 2 * n + n * m);
    this.slopeHigh = all.subarray(2 * n + n * m, 2 * n + 2 * n * m);
    this.none = all.subarray(2 * n + 2 * n * m);
    this.low.set(lows);
    this.high.set(highs);
    // Constants and fixed names have slope 0 in every varying input; varying input i has 1 in itself.
    for (let i = 0; i < m; i++) {
      this.slopeLow[i * m + i] = 1;
      this.slopeHigh[i * m + i] = 1;
    }
  }

  dual(box: readonly Interval[]): Dual | undefined {
    if (!this.run(box, true)) return undefined;
    const r = this.result;
    const slopes: (Interval | null)[] = [];
    for (let j = 0; j < this.m; j++) {
      const k = r * this.m + j;
      slopes.push(this.none[k] === 1 ? null : { low: this.slopeLow[k] as number, high: this.slopeHigh[k] as number });
    }
    return { value: { low: this.low[r] as number, high: this.high[r] as number }, slopes };
  }

  pass(box: readonly Interval[]): Interval | undefined {
    if (!this.run(box, false)) return undefined;
    return { low: this.low[this.result] as number, high: this.high[this.result] as number };
  }

  /** Runs every operation; false when a value cannot be computed (interval.ts would throw). */
  private run(box: readonly Interval[], withSlopes: boolean): boolean {
    const { ops, low, high } = this;
    for (let i = 0; i < this.m; i++) {
      low[i] = (box[i] as Interval).low;
      high[i] = (box[i] as Interval).high;
    }
    for (let pc = 0; pc < ops.length; pc += 4) {
      const op = ops[pc] as number;
      const d = ops[pc + 1] as number;
      const a = ops[pc + 2] as number;
      const b = ops[pc + 3] as number;
      if (!this.value(op, d, a, b)) return false;
      if (withSlopes) this.slopes(op, d, a, b);
    }
    return true;
  }

  /** Register d's value from a's and b's: interval.ts's operation; false where it throws. */
  private value(op: number, d: number, a: number, b: number): boolean {
    const { low, high } = this;
    const al = low[a] as number;
    const ah = high[a] as number;
    const bl = low[b] as number;
    const bh = high[b] as number;
    switch (op) {
      case ADD: return set(low, high, d, al + bl, ah + bh);
      case SUBTRACT: return set(low, high, d, al - bh, ah - bl);
      case MULTIPLY: return multiply(low, high, d, al, ah, bl, bh);
      case DIVIDE: return divide(low, high, d, al, ah, bl, bh);
      case NEGATE:
        low[d] = -ah;
        high[d] = -al;
        return true;
      case POWER: return power(low, high, d, al, ah, bl);
      case ROUND: return rounded(low, high, d, 'round', al, ah, bl);
      case FLOOR: return rounded(low, high, d, 'floor', al, ah, bl);
      case CEIL: return rounded(low, high, d, 'ceil', al, ah, bl);
      default: throw new Error(`unknown tape operation ${op}`);
    }
  }

  /** Register d's slopes from a's and b's and the values: slopes.ts's rule for the operation, none where a step throws. */
  private slopes(op: number, d: number, a: number, b: number): void {
    const { m, low, high, slopeLow: sl, slopeHigh: sh, none } = this;
    for (let j = 0; j < m; j++) {
      const k = d * m + j;
      const ka = a * m + j;
      const kb = b * m + j;
      const dal = sl[ka] as number;
      const dah = sh[ka] as number;
      const dbl = sl[kb] as number;
      const dbh = sh[kb] as number;
      switch (op) {
        case ADD:
          none[k] = none[ka] === 1 || none[kb] === 1 || !set(sl, sh, k, dal + dbl, dah + dbh) ? 1 : 0;
          break;
        case SUBTRACT:
          none[k] = none[ka] === 1 || none[kb] === 1 || !set(sl, sh, k, dal - dbh, dah - dbl) ? 1 : 0;
          break;
        case MULTIPLY:
          // (ab)' = a'b + ab'
          none[k] = none[ka] === 1 || none[kb] === 1
            || !multiply(sl, sh, k, dal, dah, low[b] as number, high[b] as number)
            || !multiply(SCRATCH_LOW, SCRATCH_HIGH, 0, low[a] as number, high[a] as number, dbl, dbh)
            || !set(sl, sh, k, (sl[k] as number) + (SCRATCH_LOW[0] as number), (sh[k] as number) + (SCRATCH_HIGH[0] as number)) ? 1 : 0;
          break;
        case DIVIDE:
          // (a/b)' = (a' − (a/b)·b') / b
          none[k] = none[ka] === 1 || none[kb] === 1
            || !multiply(SCRATCH_LOW, SCRATCH_HIGH, 0, low[d] as number, high[d] as number, dbl, dbh)
            || !set(SCRATCH_LOW, SCRATCH_HIGH, 0, dal - (SCRATCH_HIGH[0] as number), dah - (SCRATCH_LOW[0] as number))
            || !divide(sl, sh, k, SCRATCH_LOW[0] as number, SCRATCH_HIGH[0] as number, low[b] as number, high[b] as number) ? 1 : 0;
          break;
        case NEGATE:
          none[k] = none[ka] as number;
          sl[k] = -dah;
          sh[k] = -dal;
          break;
        case POWER: {
          if (none[ka] === 1) none[k] = 1;
          else if (dal === 0 && dah === 0) {
            none[k] = 0;
            sl[k] = 0;
            sh[k] = 0;
          } else {
            // (aⁿ)' = n·aⁿ⁻¹·a'
            const n = low[b] as number;
            none[k] = !power(SCRATCH_LOW, SCRATCH_HIGH, 0, low[a] as number, high[a] as number, n - 1)
              || !multiply(SCRATCH_LOW, SCRATCH_HIGH, 0, n, n, SCRATCH_LOW[0] as number, SCRATCH_HIGH[0] as number)
              || !multiply(sl, sh, k, SCRATCH_LOW[0] as number, SCRATCH_HIGH[0] as number, dal, dah) ? 1 : 0;
          }
          break;
        }
        default:
          // round, floor, ceil: steps, no slope unless the argument does not vary.
          none[k] = none[ka] === 0 && dal === 0 && dah === 0 ? 0 : 1;
          sl[k] = 0;
          sh[k] = 0;
      }
    }
  }
}

/** One interval for the steps of a slope rule (the runs are synchronous, so one serves every tape). */
const SCRATCH_LOW = new Float64Array(1);
const SCRATCH_HIGH = new Float64Array(1);

/** Writes [lo, hi] into register d when interval.ts's `checked` accepts it (both finite); false otherwise. */
function set(low: Float64Array, high: Float64Array, d: number, lo: number, hi: number): boolean {
  if (lo - lo !== 0 || hi - hi !== 0) return false;
  low[d] = lo;
  high[d] = hi;
  return true;
}

/** interval.ts's `multiply`. */
function multiply(low: Float64Array, high: Float64Array, d: number, al: number, ah: number, bl: number, bh: number): boolean {
  if (al === ah && bl === bh) {
    const p = al * bl;
    return set(low, high, d, p, p);
  }
  const p1 = al * bl;
  const p2 = al * bh;
  const p3 = ah * bl;
  const p4 = ah * bh;
  return set(low, high, d, Math.min(p1, p2, p3, p4), Math.max(p1, p2, p3, p4));
}

/** interval.ts's `divide`: no divisor that contains zero. */
function divide(low: Float64Array, high: Float64Array, d: number, al: number, ah: number, bl: number, bh: number): boolean {
  if (bl <= 0 && bh >= 0) return false;
  if (al === ah && bl === bh) {
    const q = al / bl;
    return set(low, high, d, q, q);
  }
  const q1 = al / bl;
  const q2 = al / bh;
  const q3 = ah / bl;
  const q4 = ah / bh;
  return set(low, high, d, Math.min(q1, q2, q3, q4), Math.max(q1, q2, q3, q4));
}

/** interval.ts's `power` to a fixed exponent n. */
function power(low: Float64Array, high: Float64Array, d: number, al: number, ah: number, n: number): boolean {
  if (n === 0) {
    low[d] = 1;
    high[d] = 1;
    return true;
  }
  if (n === 1) {
    low[d] = al;
    high[d] = ah;
    return true;
  }
  const integer = Number.isInteger(n);
  if (!integer && al < 0) return false;
  if (n < 0 && al <= 0 && ah >= 0) return false;
  const fLow = Math.pow(al, n);
  const fHigh = Math.pow(ah, n);
  if (integer && n % 2 === 0 && al < 0 && ah > 0) return set(low, high, d, 0, Math.max(fLow, fHigh));
  return set(low, high, d, Math.min(fLow, fHigh), Math.max(fLow, fHigh));
}

/** interval.ts's `rounded`: each end rounded. */
function rounded(low: Float64Array, high: Float64Array, d: number, fn: Rounding, al: number, ah: number, digits: number): boolean {
  return set(low, high, d, roundWith(fn, al, digits), roundWith(fn, ah, digits));
}
