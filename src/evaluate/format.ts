/**
 * @file Text for the evaluate stage's messages and traces: SI values with
 * their base units (the digits from src/text/number-format.ts) and a claim's
 * expression with the inputs' values substituted ("1100 to 3000 soldiers /
 * 11000 soldiers").
 *
 * Pure: string building only.
 */

import type { MathNode } from 'mathjs';
import type { Dimension, Quantity } from '../types.js';
import { PERCENT_SYMBOL } from '../units/index.js';
import type { Interval } from './interval.js';
import { formatInterval } from '../text/number-format.js';

/** The SI symbol of each mathjs base dimension; custom dimensions show as their own name. */
const SI_SYMBOL: Readonly<Record<string, string>> = {
  MASS: 'kg',
  LENGTH: 'm',
  TIME: 's',
  CURRENT: 'A',
  TEMPERATURE: 'K',
  LUMINOUS_INTENSITY: 'cd',
  AMOUNT_OF_SUBSTANCE: 'mol',
  ANGLE: 'rad',
  BIT: 'bit',
};

/** The SI unit an evaluated value is expressed in: "soldier", "m^2/s", "" for a plain number. */
export function siUnit(d: Dimension): string {
  const part = (key: string, e: number): string => (SI_SYMBOL[key] ?? key) + (e === 1 ? '' : `^${e}`);
  const keys = Object.keys(d).filter((k) => d[k] !== 0);
  const top = keys.filter((k) => (d[k] as number) > 0).map((k) => part(k, d[k] as number));
  const bottom = keys.filter((k) => (d[k] as number) < 0).map((k) => part(k, -(d[k] as number)));
  if (bottom.length === 0) return top.join(' ');
  const under = bottom.length > 1 ? `(${bottom.join(' ')})` : (bottom[0] as string);
  return `${top.length === 0 ? '1' : top.join(' ')}/${under}`;
}

/** An SI value in words: "1100 to 3000 soldier", "0.1", "2.012e+5 m^2". */
export function formatSIValue(v: Interval, dimension: Dimension): string {
  return formatInterval(v, siUnit(dimension));
}

/**
 * A signed change as the arithmetic uses it, for traces: "decreased by 2.5
 * percentage points" → "−2.5 percentage points", "a £5m cut" → "−£5m",
 * "down 3 to 4 soldiers" → "−3 to −4 soldiers", "up 17%" → "17%" (a hedge
 * stays before the number: "fell by more than 5%" → "more than −5%"). The
 * words of change stay in the input's own text; a substituted expression
 * shows the number, so "60.2 percent - decreased by …" never reads as a
 * second subtraction. Any other quantity: its text as written.
 */
export function signedText(q: Quantity): string {
  if (q.change === undefined) return q.text;
  const sign = q.change === 'decrease' ? '−' : '';
  // A decrease's range is read with its ends swapped (low is the larger fall): shown in the order written.
  const [first, second] = q.high === undefined ? [q.low, undefined] : q.change === 'decrease' ? [q.high, q.low] : [q.low, q.high];
  const amounts = `${sign}${first.text}${second ? ` to ${sign}${second.text}` : ''}`;
  // "2,000 fewer soldiers": the unit stood after the change word, not in the amount.
  const unit = q.unit !== '' && !/[\p{L}$£€¥%]/u.test(amounts) ? ` ${q.unit}` : '';
  return `${q.hedge ? `${q.hedge.phrase} ` : ''}${amounts}${unit}`;
}

/** How to show each name of an expression in a trace. */
export interface SubstitutionScope {
  /** The input's text (as written, or its formatted value) and whether it is a range; undefined for non-inputs. */
  input(name: string): { text: string; range: boolean } | undefined;
}

/**
 * The expression with each input replaced by its value as written. An input's
 * text is put in parentheses when it could be misread: a range or a rate
 * ("11.5 mi^2/day") anywhere but the expression's first operand or a
 * function's argument, or any text with a unit as the base of a power. Claims
 * and unit words stay as names.
 */
export function substitute(node: MathNode, scope: SubstitutionScope): string {
  return render(node, scope, 'leading');
}

type Place = 'leading' | 'inner' | 'base';

function render(node: MathNode, scope: SubstitutionScope, place: Place): string {
  switch (node.type) {
    case 'ConstantNode': {
      const value = (node as unknown as { value: unknown }).value;
      return typeof value === 'number' ? String(value) : node.toString();
    }
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (name === PERCENT_SYMBOL) return '%';
      const input = scope.input(name);
      if (input === undefined) return name;
      // "−2.5 percentage points" after an operator: "60.2 percent - (−2.5 percentage points)".
      const risky = input.range || /\/| per | a /.test(input.text) || /^[−-]|^[a-z ]+ [−-]/u.test(input.text);
      const needs = (place !== 'leading' && risky) || (place === 'base' && /\s/.test(input.text));
      return needs ? `(${input.text})` : input.text;
    }
    case 'ParenthesisNode':
      return `(${render((node as unknown as { content: MathNode }).content, scope, 'inner')})`;
    case 'OperatorNode': {
      const op = node as unknown as { op: string; fn: string; args: MathNode[]; implicit: boolean };
      const [a, b] = op.args;
      if (a === undefined) return node.toString();
      if (b === undefined) return `${op.op}${render(a, scope, 'inner')}`;
      if (op.fn === 'pow') return `${render(a, scope, 'base')}^${render(b, scope, 'inner')}`;
      const left = render(a, scope, place === 'leading' ? 'leading' : 'inner');
      const right = render(b, scope, 'inner');
      if (op.implicit && right === '%') return `${left}%`;
      return op.implicit ? `${left} ${right}` : `${left} ${op.op} ${right}`;
    }
    case 'FunctionNode': {
      const fn = node as unknown as { fn: { name?: string }; args: MathNode[] };
      // A loop, not map + join: map makes a packed array in the interpreter and a holey
      // one in optimized code, and join's optimized code was thrown away at the change.
      let args = '';
      for (let i = 0; i < fn.args.length; i++) args += `${i > 0 ? ', ' : ''}${render(fn.args[i] as MathNode, scope, 'leading')}`;
      return `${fn.fn.name ?? '?'}(${args})`;
    }
    default:
      return node.toString();
  }
}
