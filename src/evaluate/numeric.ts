/**
 * @file Evaluates a compiled {@link Expr} over intervals (the natural interval
 * extension), with the values of inputs and claims supplied by the caller, and
 * turns a domain problem into a plain-English {@link EvaluationError} that
 * names the sub-expression and the range it can take.
 *
 * Pure: no units (already checked by compile), no I/O.
 */

import type { Dimension } from '../types.js';
import { type EvaluationError, type Expr, nodeText } from './compile.js';
import { formatSIValue } from './format.js';
import { formatSignificant } from '../text/number-format.js';
import * as I from './interval.js';
import { type Interval, IntervalDomainError } from './interval.js';

/** Where an evaluation reads names from. */
export interface Environment {
  input(name: string): Interval;
  claim(name: string): Interval;
}

/** A domain problem at a node; thrown by {@link evaluateExpr}, turned into words by {@link describeFailure}. */
export class EvaluationFailure extends Error {
  constructor(
    readonly domain: IntervalDomainError,
    readonly at: Expr,
  ) {
    super(domain.message);
    this.name = 'EvaluationFailure';
  }
}

/** The interval of `e`; throws {@link EvaluationFailure} for a domain problem. */
export function evaluateExpr(e: Expr, env: Environment): Interval {
  try {
    return step(e, env);
  } catch (err) {
    if (err instanceof IntervalDomainError) throw new EvaluationFailure(err, e);
    throw err;
  }
}

function step(e: Expr, env: Environment): Interval {
  switch (e.kind) {
    case 'constant':
      return e.value;
    case 'input':
      return env.input(e.name);
    case 'claim':
      return env.claim(e.name);
    case 'add':
      return I.add(evaluateExpr(e.left, env), evaluateExpr(e.right, env));
    case 'subtract':
      return I.subtract(evaluateExpr(e.left, env), evaluateExpr(e.right, env));
    case 'multiply':
      return I.multiply(evaluateExpr(e.left, env), evaluateExpr(e.right, env));
    case 'divide':
      return I.divide(evaluateExpr(e.left, env), evaluateExpr(e.right, env));
    case 'negate':
      return I.negate(evaluateExpr(e.operand, env));
    case 'power':
      return I.power(evaluateExpr(e.base, env), e.exponent);
    case 'power-of':
      return I.powerOf(evaluateExpr(e.base, env), evaluateExpr(e.exponent, env));
    case 'call':
      return call(e, e.args.map((a) => evaluateExpr(a, env)));
    default: {
      const unreachable: never = e;
      return unreachable;
    }
  }
}

function call(e: Extract<Expr, { kind: 'call' }>, args: Interval[]): Interval {
  const first = args[0] as Interval;
  switch (e.fn) {
    case 'min':
      return I.minimum(args);
    case 'max':
      return I.maximum(args);
    case 'sum':
      return args.slice(1).reduce(I.add, first);
    case 'mean':
      return I.divide(args.slice(1).reduce(I.add, first), I.point(args.length));
    case 'abs':
      return I.abs(first);
    case 'round':
    case 'floor':
    case 'ceil':
      return I.rounded(first, e.fn, e.digits);
    case 'sqrt':
      return at(e.args[0], () => I.sqrt(first));
    case 'log': {
      const ln = at(e.args[0], () => I.log(first));
      const base = args[1];
      return base === undefined ? ln : I.divide(ln, at(e.args[1], () => I.log(base)));
    }
    case 'exp':
      return I.exp(first);
    default: {
      const unreachable: never = e.fn;
      return unreachable;
    }
  }
}

/** Runs an operation whose domain problem belongs to `arg` (a function's argument) rather than the call. */
function at(arg: Expr | undefined, f: () => Interval): Interval {
  try {
    return f();
  } catch (err) {
    if (err instanceof IntervalDomainError && arg !== undefined) throw new EvaluationFailure(err, arg);
    throw err;
  }
}

/** The plain-English reason for a domain problem, naming the sub-expression and its range. */
export function describeFailure(failure: EvaluationFailure): EvaluationError {
  const { domain: cause, at } = failure;
  const range = (operand: Interval, dimension: Dimension): string => formatSIValue(operand, dimension);
  const data = (expression: string, operand: Interval): Record<string, string | number> => ({
    code: cause.code,
    expression,
    low: operand.low,
    high: operand.high,
  });
  switch (cause.code) {
    case 'zero-divisor': {
      if (at.kind === 'divide') {
        const text = nodeText(at.right.node);
        return { reason: { phrase: 'eval-divides-by-zero-range', data: { expression: text, range: range(cause.operand, at.right.dimension) } }, data: data(text, cause.operand) };
      }
      if (at.kind === 'power') {
        const text = baseText(at.base);
        return {
          reason: { phrase: 'eval-negative-power-of-zero', data: { expression: text, exponent: at.exponent, range: range(cause.operand, at.base.dimension) } },
          data: data(text, cause.operand),
        };
      }
      if (at.kind === 'call' && at.fn === 'log') {
        const base = at.args[1];
        const text = base === undefined ? nodeText(at.node) : nodeText(base.node);
        return { reason: { phrase: 'eval-log-base-one', data: { expression: text } }, data: data(text, cause.operand) };
      }
      const text = nodeText(at.node);
      return { reason: { phrase: 'eval-divides-by-zero', data: { expression: text } }, data: data(text, cause.operand) };
    }
    case 'log-domain': {
      // `at` is the log's argument (or base): see at().
      const text = nodeText(at.node);
      return {
        reason: { phrase: 'eval-log-domain', data: { expression: text, range: range(cause.operand, at.dimension) } },
        data: data(text, cause.operand),
      };
    }
    case 'sqrt-domain': {
      const text = nodeText(at.node);
      return {
        reason: { phrase: 'eval-sqrt-domain', data: { expression: text, range: range(cause.operand, at.dimension) } },
        data: data(text, cause.operand),
      };
    }
    case 'fractional-power': {
      const base = at.kind === 'power' ? at.base : at;
      const exponent = at.kind === 'power' ? formatSignificant(at.exponent) : 'a fraction';
      const text = baseText(base);
      return {
        reason: { phrase: 'eval-fractional-power', data: { expression: text, exponent, range: range(cause.operand, base.dimension) } },
        data: data(text, cause.operand),
      };
    }
    case 'base-not-positive': {
      const base = at.kind === 'power-of' ? at.base : at;
      const exponent = at.kind === 'power-of' ? nodeText(at.exponent.node) : 'a computed exponent';
      const text = baseText(base);
      return {
        reason: { phrase: 'eval-base-not-positive', data: { expression: text, exponent, range: range(cause.operand, base.dimension) } },
        data: data(text, cause.operand),
      };
    }
    case 'overflow': {
      const text = nodeText(at.node);
      return { reason: { phrase: 'eval-overflow', data: { expression: text } }, data: data(text, cause.operand) };
    }
    case 'undefined': {
      const text = nodeText(at.node);
      return { reason: { phrase: 'eval-undefined', data: { expression: text } }, data: data(text, cause.operand) };
    }
    default: {
      const unreachable: never = cause.code;
      return { reason: String(unreachable) };
    }
  }
}

/** A power's base as text, in parentheses when it is more than a name or number ("(level - 5)"). */
function baseText(base: Expr): string {
  const text = nodeText(base.node);
  return /\s/.test(text) ? `(${text})` : text;
}
