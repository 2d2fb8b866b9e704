/**
 * @file Compiles one claim's mathjs expression tree into a small numeric tree
 * ({@link Expr}) and checks its units on the way: every node gets its
 * dimension, unit words become their SI factor, exponents and `round` digits
 * become plain numbers, and every unit mistake (adding USD to USD per year,
 * `round()` of a length, a fractional unit) becomes an {@link EvaluationError}.
 * Dimensions never depend on the inputs' values, so a claim is compiled once
 * and its tree is evaluated many times (for each piece of a split range).
 *
 * Pure: reads the tree and the registry, never evaluates with mathjs, no I/O.
 * One handler per allowed node type; anything else is an error, never a throw.
 */

import type { MathNode } from 'mathjs';
import type { Dimension, MessageData, MessageValue, PhraseId } from '../types.js';
import { likelyCause } from '../units/index.js';
import {
  computeNumber,
  divideDimensions,
  involvesDate,
  isDateDimension,
  isPlainNumber,
  multiplyDimensions,
  showPercent,
  powerDimension,
  sameDimension,
  type UnitRegistry,
} from '../units/index.js';
import { type Interval } from './interval.js';
import { phrase } from '../findings/interpolate.js';
import { CALLABLE_FUNCTIONS, type Arity, type CallableFunction } from '../mathjs/language.js';

/** Why a value cannot be computed, in plain English, with the data behind it. */
export interface EvaluationError {
  /**
   * One clause for the `evaluation` finding's `{reason}` ("divides by …, which
   * can be zero (…)"): a phrase of rules/checks.yaml with its data.
   */
  reason: MessageValue;
  data?: Record<string, string | number>;
}

/** The functions an expression may call (one case each in `call`, checked exhaustive). */
export type FunctionName = CallableFunction;

/** The functions an expression may call, by name. */
const FUNCTIONS: ReadonlySet<string> = new Set(CALLABLE_FUNCTIONS.keys());

/** The dimension of a duration (date − date). */
const TIME: Dimension = { TIME: 1 };

/** Largest |exponent| an expression may use (contract §10: huge exponents are a finding). */
export const MAX_EXPONENT = 1000;

/** A compiled expression node: what to compute, its dimension and the mathjs node it came from. */
export type Expr =
  | (Common & { kind: 'constant'; value: Interval })
  | (Common & { kind: 'input'; name: string })
  | (Common & { kind: 'claim'; name: string })
  | (Common & { kind: 'add' | 'subtract' | 'multiply' | 'divide'; left: Expr; right: Expr })
  | (Common & { kind: 'negate'; operand: Expr })
  | (Common & { kind: 'power'; base: Expr; exponent: number })
  /** A power whose exponent is computed (`(1 + rate) ^ years`): both plain numbers. */
  | (Common & { kind: 'power-of'; base: Expr; exponent: Expr })
  | (Common & { kind: 'call'; fn: FunctionName; args: Expr[]; digits: number });

interface Common {
  dimension: Dimension;
  /** The source node, for messages ("divides by nk_troops - 11000 soldiers"). */
  node: MathNode;
}

/** What compiling needs to know about names. */
export interface CompileScope {
  registry: UnitRegistry;
  /** An input's dimension; `undefined` when the name is not an input; an error when its value is unusable. */
  input(name: string): Dimension | EvaluationError | undefined;
  /** A claim's dimension; `undefined` when the name is not a claim; an error when it cannot be computed. */
  claim(name: string): Dimension | EvaluationError | undefined;
}

/** Thrown inside compile only; caught by {@link compile}. */
class CompileFailure extends Error {
  constructor(readonly error: EvaluationError) {
    super(typeof error.reason === 'object' ? error.reason.phrase : String(error.reason));
  }
}

/** True for an {@link EvaluationError} (as opposed to a value or a dimension). */
export function isEvaluationError(x: unknown): x is EvaluationError {
  return typeof x === 'object' && x !== null && 'reason' in x;
}

/** Compiles a claim's tree; an error when its units or structure cannot be computed. */
export function compile(node: MathNode, scope: CompileScope): Expr | EvaluationError {
  try {
    return new Compiler(scope).node(node);
  } catch (e) {
    if (e instanceof CompileFailure) return e.error;
    if (e instanceof RangeError) return { reason: { phrase: 'eval-too-deep', data: {} } };
    throw e;
  }
}

/** The text of a node as the file wrote it (mathjs's own printer, implicit multiplication hidden). */
export function nodeText(node: MathNode): string {
  return showPercent(node.toString());
}

/**
 * The number a node stands for when it is written with numbers only
 * (`2`, `-1`, `(1/2)`), or undefined. Used for exponents and `round` digits.
 */
export function staticNumber(node: MathNode): number | undefined {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      return typeof value === 'number' ? value : undefined;
    }
    case 'ParenthesisNode':
      return staticNumber((node as unknown as { content: MathNode }).content);
    case 'OperatorNode': {
      const op = node as unknown as { fn: string; args: MathNode[] };
      const values = op.args.map(staticNumber);
      if (values.some((v) => v === undefined)) return undefined;
      const [a, b] = values as number[];
      if (a === undefined) return undefined;
      if (op.args.length === 1) {
        if (op.fn === 'unaryMinus') return -a;
        if (op.fn === 'unaryPlus') return a;
        return undefined;
      }
      if (b === undefined) return undefined;
      switch (op.fn) {
        case 'add': return a + b;
        case 'subtract': return a - b;
        case 'multiply': return a * b;
        case 'divide': return b === 0 ? undefined : a / b;
        default: return undefined;
      }
    }
    default:
      return undefined;
  }
}

class Compiler {
  constructor(private readonly scope: CompileScope) {}

  node(node: MathNode): Expr {
    switch (node.type) {
      case 'ConstantNode':
        return this.constant(node);
      case 'SymbolNode':
        return this.symbol(node, (node as unknown as { name: string }).name);
      case 'ParenthesisNode':
        return this.node((node as unknown as { content: MathNode }).content);
      case 'OperatorNode':
        return this.operator(node as unknown as OperatorLike);
      case 'FunctionNode':
        return this.call(node as unknown as FunctionLike);
      default:
        return fail('eval-node-type', { node: node.type });
    }
  }

  private constant(node: MathNode): Expr {
    const value = (node as unknown as { value: unknown }).value;
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      return fail('eval-not-finite', { expression: nodeText(node) });
    }
    return { kind: 'constant', value: { low: value, high: value }, dimension: {}, node };
  }

  private symbol(node: MathNode, name: string): Expr {
    const input = this.scope.input(name);
    if (input !== undefined) {
      if (isEvaluationError(input)) throw new CompileFailure(input);
      return { kind: 'input', name, dimension: input, node };
    }
    const claim = this.scope.claim(name);
    if (claim !== undefined) {
      if (isEvaluationError(claim)) throw new CompileFailure(claim);
      return { kind: 'claim', name, dimension: claim, node };
    }
    const number = computeNumber(name);
    if (number !== undefined) return { kind: 'constant', value: { low: number, high: number }, dimension: {}, node };
    const unit = this.scope.registry.lookup(name);
    if (unit !== undefined) {
      return { kind: 'constant', value: { low: unit.factor, high: unit.factor }, dimension: unit.dimension, node };
    }
    return fail('eval-unknown-name', { name });
  }

  private operator(node: OperatorLike): Expr {
    const self = node as unknown as MathNode;
    const [first, second] = node.args;
    if (first === undefined) return fail('eval-no-operand', { expression: nodeText(self) });
    if (second === undefined) {
      const operand = this.node(first);
      if (node.fn === 'unaryMinus') {
        this.noDate(self, operand);
        return { kind: 'negate', operand, dimension: operand.dimension, node: self };
      }
      if (node.fn === 'unaryPlus') return operand;
      return fail('eval-operator', { op: node.op });
    }
    if (node.args.length > 2) return fail('eval-two-operands', { op: node.op });
    if (node.fn === 'pow') return this.power(self, first, second);
    const left = this.node(first);
    const right = this.node(second);
    switch (node.fn) {
      case 'add':
      case 'subtract': {
        if (involvesDate(left.dimension) || involvesDate(right.dimension)) {
          return { kind: node.fn, left, right, dimension: this.dateSum(self, node.fn, left, right), node: self };
        }
        if (!sameDimension(left.dimension, right.dimension)) {
          const l = this.describe(left.dimension);
          const r = this.describe(right.dimension);
          const cause = likelyCause(left.dimension, right.dimension, this.scope.registry);
          return fail(node.fn === 'add' ? 'eval-adds' : 'eval-subtracts', { left: l, right: r, op: node.op, expression: nodeText(self) }, { cause: cause ? phrase('cause-after-colon', { cause }) : '' });
        }
        return { kind: node.fn, left, right, dimension: left.dimension, node: self };
      }
      case 'multiply':
        this.noDate(self, left, right);
        return { kind: 'multiply', left, right, dimension: remembered(products, multiplyDimensions, left.dimension, right.dimension), node: self };
      case 'divide':
        this.noDate(self, left, right);
        return { kind: 'divide', left, right, dimension: remembered(quotients, divideDimensions, left.dimension, right.dimension), node: self };
      default:
        return fail('eval-operator', { op: node.op });
    }
  }

  private power(self: MathNode, baseNode: MathNode, exponentNode: MathNode): Expr {
    const exponent = staticNumber(exponentNode);
    if (exponent === undefined) return this.powerOf(self, baseNode, exponentNode);
    if (!Number.isFinite(exponent)) {
      return fail('eval-exponent-not-finite', { expression: nodeText(self) });
    }
    if (Math.abs(exponent) > MAX_EXPONENT) {
      return fail('eval-exponent-too-large', { exponent, expression: nodeText(self) }, { max: MAX_EXPONENT });
    }
    const base = this.node(baseNode);
    this.noDate(self, base);
    const dimension = powerDimension(base.dimension, exponent);
    if (!integerExponents(dimension)) {
      const d = this.describe(base.dimension);
      return fail('eval-fractional-unit', {
        dimension: d,
        exponent,
        expression: nodeText(self),
      });
    }
    return { kind: 'power', base, exponent, dimension, node: self };
  }

  /**
   * A power whose exponent is computed from names (`(1 + rate) ^ years`,
   * `(end / start) ^ (1 / period)`): the exponent must be a plain number, and
   * so must the base (a unit raised to a computed power has no unit to show).
   */
  private powerOf(self: MathNode, baseNode: MathNode, exponentNode: MathNode): Expr {
    const base = this.node(baseNode);
    const exponent = this.node(exponentNode);
    if (!isPlainNumber(exponent.dimension)) {
      const d = this.describe(exponent.dimension);
      return fail('eval-exponent-not-plain', { dimension: d, expression: nodeText(self) }, { exponent: nodeText(exponentNode) });
    }
    if (!isPlainNumber(base.dimension)) {
      const d = this.describe(base.dimension);
      return fail('eval-base-not-plain', { dimension: d, expression: nodeText(self) }, { exponent: nodeText(exponentNode) });
    }
    return { kind: 'power-of', base, exponent, dimension: {}, node: self };
  }

  private call(node: FunctionLike): Expr {
    const self = node as unknown as MathNode;
    const name = node.fn.name;
    if (!FUNCTIONS.has(name)) return fail('eval-function-not-allowed', { name });
    const fn = name as FunctionName;
    const count = node.args.length;
    // How many values `fn` takes: the one list (src/mathjs/language.ts) the allow-list checks too.
    const arity = (): void => {
      const { min: low, max: high } = CALLABLE_FUNCTIONS.get(fn) as Arity;
      if (count < low || count > high) {
        const wanted = low === high ? `${low}` : high === Infinity ? `at least ${low}` : `${low} or ${high}`;
        fail(wanted === '1' ? 'eval-arity-one' : 'eval-arity', { name: fn, count }, { wanted });
      }
    };
    switch (fn) {
      case 'min':
      case 'max':
      case 'sum':
      case 'mean': {
        arity();
        const args = node.args.map((a) => this.node(a));
        const first = args[0] as Expr;
        // min/max of dates pick a date; a sum or mean of dates means nothing.
        if (fn === 'sum' || fn === 'mean') this.noDate(self, ...args);
        for (const other of args.slice(1)) {
          if (!sameDimension(first.dimension, other.dimension)) {
            const a = this.describe(first.dimension);
            const b = this.describe(other.dimension);
            fail('eval-mixes', { name: fn, left: a, right: b });
          }
        }
        return { kind: 'call', fn, args, digits: 0, dimension: first.dimension, node: self };
      }
      case 'abs': {
        arity();
        const arg = this.node(node.args[0] as MathNode);
        this.noDate(self, arg);
        return { kind: 'call', fn, args: [arg], digits: 0, dimension: arg.dimension, node: self };
      }
      case 'round':
      case 'floor':
      case 'ceil': {
        arity();
        const arg = this.plain(fn, node.args[0] as MathNode);
        let digits = 0;
        if (count === 2) {
          const d = staticNumber(node.args[1] as MathNode);
          if (d === undefined || !Number.isInteger(d) || d < 0 || d > 15) {
            fail('eval-round-digits', { name: fn });
          }
          digits = d as number;
        }
        return { kind: 'call', fn, args: [arg], digits, dimension: {}, node: self };
      }
      case 'sqrt': {
        arity();
        const arg = this.node(node.args[0] as MathNode);
        this.noDate(self, arg);
        const dimension = powerDimension(arg.dimension, 0.5);
        if (!integerExponents(dimension)) {
          const d = this.describe(arg.dimension);
          fail('eval-sqrt-fractional-unit', { name: fn, dimension: d });
        }
        return { kind: 'call', fn, args: [arg], digits: 0, dimension, node: self };
      }
      case 'log': {
        arity();
        const args = node.args.map((a) => this.plain(fn, a));
        return { kind: 'call', fn, args, digits: 0, dimension: {}, node: self };
      }
      case 'exp': {
        arity();
        const arg = this.plain(fn, node.args[0] as MathNode);
        return { kind: 'call', fn, args: [arg], digits: 0, dimension: {}, node: self };
      }
      default: {
        const unreachable: never = fn;
        return fail('eval-function-not-allowed', {}, { name: String(unreachable) });
      }
    }
  }

  /**
   * The dimension of a sum or difference with a date in it (spec
   * news-language §8): date − date is time, date ± time is a date, time +
   * date is a date; anything else is an error that says what dates allow.
   */
  private dateSum(self: MathNode, fn: 'add' | 'subtract', left: Expr, right: Expr): Dimension {
    const l = left.dimension;
    const r = right.dimension;
    const isTime = (d: Dimension): boolean => sameDimension(d, TIME);
    if (fn === 'subtract' && isDateDimension(l) && isDateDimension(r)) return TIME;
    if (isDateDimension(l) && isTime(r)) return l;
    if (fn === 'add' && isTime(l) && isDateDimension(r)) return r;
    const ld = this.describe(l);
    const rd = this.describe(r);
    const literal: MessageValue = fn === 'subtract' && isDateDimension(l) && isPlainNumber(r) ? { phrase: 'eval-date-literal', data: {} } : '';
    return fail(fn === 'add' ? 'eval-date-adds' : 'eval-date-subtracts', { left: ld, right: rd, expression: nodeText(self) }, { literal });
  }

  /** Refuses an operation other than ± on a date (`2 * start`, `-start`, `start ^ 2`). */
  private noDate(self: MathNode, ...operands: Expr[]): void {
    if (operands.some((o) => involvesDate(o.dimension))) {
      fail('eval-date-meaningless', { expression: nodeText(self) });
    }
  }

  /** Compiles a function argument that must be a plain number. */
  private plain(fn: FunctionName, node: MathNode): Expr {
    const arg = this.node(node);
    if (!isPlainNumber(arg.dimension)) {
      const d = this.describe(arg.dimension);
      fail('eval-needs-plain', { name: fn, dimension: d });
    }
    return arg;
  }

  private describe(d: Dimension): string {
    return this.scope.registry.describe(d);
  }
}

interface OperatorLike {
  op: string;
  fn: string;
  args: MathNode[];
  implicit: boolean;
}

interface FunctionLike {
  fn: { name: string };
  args: MathNode[];
}

/**
 * Stops compiling with the phrase `id` of rules/checks.yaml as the reason;
 * `data` is kept on the error, `wording` only fills the phrase.
 */
function fail(id: PhraseId, data: Record<string, string | number>, wording: MessageData = {}): never {
  throw new CompileFailure({ reason: { phrase: id, data: { ...data, ...wording } }, data });
}

/**
 * Products and quotients of dimensions already worked out, by the two
 * dimension objects. Units come from the registry as shared objects, and a
 * result found here is shared in turn, so the thousands of claims of a file
 * that divide soldiers by square miles ask for a few products, each made once
 * (each a sorted copy otherwise). Dimensions are read-only, so sharing them
 * is safe; weak, so nothing is kept past the objects' own life.
 */
const products = new WeakMap<Dimension, WeakMap<Dimension, Dimension>>();
const quotients = new WeakMap<Dimension, WeakMap<Dimension, Dimension>>();

function remembered(
  table: WeakMap<Dimension, WeakMap<Dimension, Dimension>>,
  operation: (a: Dimension, b: Dimension) => Dimension,
  a: Dimension,
  b: Dimension,
): Dimension {
  let row = table.get(a);
  if (!row) table.set(a, (row = new WeakMap()));
  let result = row.get(b);
  if (!result) row.set(b, (result = operation(a, b)));
  return result;
}

function integerExponents(d: Dimension): boolean {
  return Object.values(d).every((e) => Number.isInteger(e));
}
