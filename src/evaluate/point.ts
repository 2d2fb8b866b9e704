/**
 * @file Evaluates compiled {@link Expr} trees at a point: every input and
 * claim a single number, no intervals. This is what interval arithmetic
 * (interval.ts) gives when every operand is a point, computed with the same
 * floating-point operations in the same order, so the number is the same to
 * the last bit, without allocating an interval per step. The trees are
 * written as a tape of operations over registers (a Float64Array), run in
 * one loop: no number is boxed on the way.
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

/** Where a point evaluation reads names from, fixed when the trees are turned into a tape. */
export interface PointScope {
  /** The varying input's name. */
  varying: string;
  /** Another input's value, a point (the caller checks that every input used is one). */
  input(name: string): number;
}

/** A claim's tree, for {@link pointTape}. */
export interface PointClaimTree {
  name: string;
  expr: Expr;
}

// Operations of a tape: each is four numbers [op, destination, a, b]; a and b are registers.
const ADD = 0;
const SUBTRACT = 1;
const MULTIPLY = 2;
const DIVIDE = 3;
const NEGATE = 4;
const POWER = 5;
const POWER_OF = 6;
const COPY = 7;
const MIN = 8;
const MAX = 9;
const ABS = 10;
const ROUND = 11;
const FLOOR = 12;
const CEIL = 13;
const SQRT = 14;
const LOG = 15;
const LOG_BASE = 16;
const EXP = 17;

/**
 * The claims' trees (dependencies first, the claim asked for last) as one
 * function of the varying input: a tape of operations over a row of
 * registers. Each node has its register; constants and the other inputs are
 * written once, here; a claim used by a later one is read from its root's
 * register. Running it allocates nothing (a tree of closures returned a
 * boxed number from every node, on each of the search's hundred calls a
 * claim), and it performs the same operations on the same operands as
 * before, so every number is the same to the last bit. Undefined when a tree
 * names a claim not among those before it.
 */
export function pointTape(claims: readonly PointClaimTree[], scope: PointScope): PointTape | undefined {
  const code: number[] = [];
  const initial: number[] = [0]; // register 0 is the varying input
  const roots = new Map<string, number>();
  const register = (value = 0): number => initial.push(value) - 1;
  const tape: Tape = {
    register,
    into: (op, d, a, b = 0) => {
      code.push(op, d, a, b);
    },
    emit: (op, a, b = 0) => {
      const d = register();
      code.push(op, d, a, b);
      return d;
    },
  };
  const emit = tape.emit;
  const walk = (e: Expr): number => {
    switch (e.kind) {
      case 'constant':
        return register(e.value.low);
      case 'input':
        return e.name === scope.varying ? 0 : register(scope.input(e.name));
      case 'claim': {
        const root = roots.get(e.name);
        if (root === undefined) throw new MissingClaim();
        return root;
      }
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
        return emit(POWER, walk(e.base), register(e.exponent));
      case 'power-of': {
        const base = walk(e.base);
        return emit(POWER_OF, base, walk(e.exponent));
      }
      case 'call':
        return call(e, e.args.map(walk), tape);
      default: {
        const unreachable: never = e;
        return unreachable;
      }
    }
  };
  let last = 0;
  try {
    for (const { name, expr } of claims) {
      last = walk(expr);
      roots.set(name, last);
    }
  } catch (err) {
    if (err instanceof MissingClaim) return undefined;
    throw err;
  }
  return new PointTape(new Int32Array(code), new Float64Array(initial), last);
}

/**
 * A tape of operations over its registers: register 0 is the varying
 * input; {@link run} leaves the claim's value in register {@link result}
 * (NaN where it cannot be computed). A search that asks many times writes
 * x into `registers[0]` and reads the value back from the row, so no number
 * crosses a call (a number passed to or returned from a function that is not
 * inlined is a boxed heap number).
 */
export class PointTape {
  constructor(
    private readonly ops: Int32Array,
    readonly registers: Float64Array,
    /** The register of the claim asked for (the last tree's root). */
    readonly result: number,
  ) {}

  /** The claim's value with the varying input at x; NaN where it cannot be computed. */
  at(x: number): number {
    this.registers[0] = x;
    this.run();
    return this.registers[this.result] as number;
  }

  /** Runs the operations once, with the varying input as `registers[0]` holds it. */
  run(): void {
    const ops = this.ops;
    const r = this.registers;
    for (let pc = 0; pc < ops.length; pc += 4) {
      const d = ops[pc + 1] as number;
      const a = r[ops[pc + 2] as number] as number;
      const b = r[ops[pc + 3] as number] as number;
      switch (ops[pc]) {
        // The four everyday operations with `finite` and `divide` written out: a number passed to a call that is not inlined is boxed.
        case ADD: { const v = a + b; r[d] = v - v === 0 ? v : NaN; break; }
        case SUBTRACT: { const v = a - b; r[d] = v - v === 0 ? v : NaN; break; }
        case MULTIPLY: { const v = a * b; r[d] = v - v === 0 ? v : NaN; break; }
        case DIVIDE: { const v = a / b; r[d] = b !== 0 && v - v === 0 ? v : NaN; break; }
        case NEGATE: r[d] = -a; break;
        case POWER: r[d] = power(a, b); break;
        case POWER_OF: r[d] = powerOf(a, b); break;
        case COPY: r[d] = a; break;
        // A running result (min, max): d is its register, a the next argument.
        case MIN: r[d] = Math.min(r[d] as number, a); break;
        case MAX: r[d] = Math.max(r[d] as number, a); break;
        // As interval.ts's `abs`: −0 stays −0 (Math.abs would make it 0).
        case ABS: r[d] = a >= 0 ? a : -a; break;
        // b holds the number of decimals (a register written once, never changed).
        case ROUND: r[d] = finite(roundWith('round', a, b)); break;
        case FLOOR: r[d] = finite(roundWith('floor', a, b)); break;
        case CEIL: r[d] = finite(roundWith('ceil', a, b)); break;
        case SQRT: r[d] = a < 0 ? NaN : finite(Math.sqrt(a)); break;
        case LOG: r[d] = log(a); break;
        case LOG_BASE: r[d] = divide(log(a), log(b)); break;
        case EXP: r[d] = finite(Math.exp(a)); break;
        default: throw new Error(`unknown tape operation ${ops[pc]}`);
      }
    }
  }
}

/** A tree names a claim that has no register yet. */
class MissingClaim extends Error {}

/** Where a tape is being written: a new register (with its first value), an operation into a given register, or into a new one. */
interface Tape {
  register(value?: number): number;
  into(op: number, d: number, a: number, b?: number): void;
  emit(op: number, a: number, b?: number): number;
}

/**
 * A function call's operations, its arguments' registers given; the
 * register of its value. The same operations in the same order as
 * numeric.ts and interval.ts on points: min and max start from ±Infinity,
 * sum adds left to right, mean divides that sum by the count.
 */
function call(e: Extract<Expr, { kind: 'call' }>, args: readonly number[], tape: Tape): number {
  const first = args[0] as number;
  const running = (op: number, from: number, rest: readonly number[]): number => {
    const d = tape.emit(COPY, from);
    for (const arg of rest) tape.into(op, d, d, arg);
    return d;
  };
  switch (e.fn) {
    case 'min':
    case 'max': {
      const d = tape.emit(COPY, tape.register(e.fn === 'min' ? Infinity : -Infinity));
      for (const arg of args) tape.into(e.fn === 'min' ? MIN : MAX, d, arg);
      return d;
    }
    case 'sum':
      return running(ADD, first, args.slice(1));
    case 'mean':
      return tape.emit(DIVIDE, running(ADD, first, args.slice(1)), tape.register(args.length));
    case 'abs':
      return tape.emit(ABS, first);
    case 'round':
      return tape.emit(ROUND, first, tape.register(e.digits));
    case 'floor':
      return tape.emit(FLOOR, first, tape.register(e.digits));
    case 'ceil':
      return tape.emit(CEIL, first, tape.register(e.digits));
    case 'sqrt':
      return tape.emit(SQRT, first);
    case 'log':
      return args[1] === undefined ? tape.emit(LOG, first) : tape.emit(LOG_BASE, first, args[1]);
    case 'exp':
      return tape.emit(EXP, first);
    default: {
      const unreachable: never = e.fn;
      return unreachable;
    }
  }
}

/**
 * `r` when interval.ts's `checked` accepts it (a finite number), else NaN.
 * `r - r` is 0 for a finite number and NaN for ±Infinity and NaN.
 */
function finite(r: number): number {
  return r - r === 0 ? r : NaN;
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

function log(a: number): number {
  return a <= 0 ? NaN : finite(Math.log(a));
}
