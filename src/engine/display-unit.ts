/**
 * @file Picks a unit to show a computed value in when nothing is stated: one
 * the file's inputs use (or a product or quotient of two), so a derived helper
 * reads "259,240 soldier" or "55.49 year" rather than SI seconds; a plain
 * number in the form its writer used (a sum of percents is a percent, a
 * relative change a signed percent). Pure.
 */

import type { MathNode } from 'mathjs';
import type { Dimension } from '../types.js';
import { DATE_UNIT, PERCENT_SYMBOL, combinesTo, isDateDimension, sameDimension, type UnitRegistry } from '../units/index.js';

export interface DisplayUnit {
  expression: string;
  factor: number;
  display: 'plain' | 'percent' | 'points' | 'date';
  /** A change: a positive value shows its plus sign ("+9.503%"). */
  signed?: boolean;
}

interface Candidate {
  expression: string;
  display: 'plain' | 'percent' | 'points' | 'date';
}

/** The units tried after the file's own, in this order. */
const FALLBACK_UNITS = ['year', 'day', 'mi', 'mi^2', 'km', 'km^2'];

/** How many units are tried at most (pairs skipped without reading count). */
const MAX_TRIES = 400;

/**
 * The simplest unit the file's inputs suggest with the same dimension: an
 * input's unit, then a single unit word used inside one (`t` out of
 * `t/person`, so people × tonnes per person shows in `t`, never
 * `person*(t/person)`), then a product or quotient of two input units; SI
 * base units otherwise.
 *
 * The tries come in that order, at most {@link MAX_TRIES} of them, and are
 * made as they are reached: the first that fits ends the search, so the
 * pairs after it are never written out (the bundled example's four display
 * units wrote 333 tries each and used 3 to 326).
 */
export function displayUnitFor(dimension: Dimension, inputs: readonly Candidate[], registry: UnitRegistry): DisplayUnit {
  if (Object.keys(dimension).length === 0) return { expression: '', factor: 1, display: 'plain' };
  if (isDateDimension(dimension)) return { expression: DATE_UNIT.expression, factor: DATE_UNIT.factor, display: 'date' };
  const units = [...new Set(inputs.map((i) => i.expression).filter((e) => e !== '' && e !== DATE_UNIT.expression))];
  const words = [...new Set(units.flatMap((u) => u.match(/[A-Za-z_]+/g) ?? []))].filter((w) => !units.includes(w));
  let left = MAX_TRIES;
  for (const expression of [...units, ...words]) {
    if (left-- <= 0) return described(dimension, registry);
    const found = shownIn(expression, dimension, registry);
    if (found) return found;
  }
  for (const a of units) {
    for (const b of units) {
      if (a === b) continue;
      for (const op of ['/', '*'] as const) {
        if (left-- <= 0) return described(dimension, registry);
        // A product or quotient of two units the registry reads has their dimensions
        // multiplied or divided: one whose dimension cannot match is not parsed at all
        // (parsing every pair was most of a small check's time). The one that may
        // match is still read whole, as before: its factor, and whether it reads.
        if (!mayCombineTo(a, op, b, dimension, registry)) continue;
        const found = shownIn(`(${a})${op}(${b})`, dimension, registry);
        if (found) return found;
      }
    }
  }
  for (const expression of FALLBACK_UNITS) {
    if (left-- <= 0) return described(dimension, registry);
    const found = shownIn(expression, dimension, registry);
    if (found) return found;
  }
  return described(dimension, registry);
}

/** The unit `expression`, tidied, when it reads and measures `dimension`. */
function shownIn(expression: string, dimension: Dimension, registry: UnitRegistry): DisplayUnit | undefined {
  const resolved = registry.resolve(expression);
  return 'unit' in resolved && sameDimension(resolved.unit.dimension, dimension)
    ? { expression: tidy(expression), factor: resolved.unit.factor, display: 'plain' }
    : undefined;
}

/** No unit of the file's: the dimension in words. */
function described(dimension: Dimension, registry: UnitRegistry): DisplayUnit {
  return { expression: registry.describe(dimension), factor: 1, display: 'plain' };
}

/**
 * Whether `(a)/(b)` or `(a)*(b)` may measure `dimension`: false only when both
 * parts read as units and their dimensions combine to another one; when
 * either does not read, only reading the whole tells. Reading `(a)` is reading
 * `a` (the registry reads brackets through), so where the whole reads at all,
 * the parts' combined dimension is its dimension.
 */
function mayCombineTo(a: string, op: '/' | '*', b: string, dimension: Dimension, registry: UnitRegistry): boolean {
  const left = registry.resolve(a);
  const right = registry.resolve(b);
  if (!('unit' in left) || !('unit' in right)) return true;
  return combinesTo(left.unit.dimension, op, right.unit.dimension, dimension);
}

/** `(soldier)/(mi^2)` → `soldier/mi^2` where the brackets are not needed. */
function tidy(expression: string): string {
  return expression.replace(/\(([A-Za-z_]+(?:\^\d+)?)\)/g, '$1');
}

/**
 * How the writer wrote a plain number an expression computes: as a percent,
 * as percentage points, as a relative change (`new / old - 1`, shown as a
 * signed percent), as a ratio (`a / b`, a plain number that a change is made
 * of), as a number, or none of these.
 */
export type WrittenAs = 'percent' | 'points' | 'change' | 'ratio' | 'number' | 'other';

/** Where a claim's names come from, for {@link writtenAs}. */
export interface WrittenScope {
  /** How the input of this name was written ('plain' for a number, a unit for anything else); undefined when it is no input. */
  inputDisplay(name: string): 'plain' | 'percent' | 'points' | 'date' | 'unit' | undefined;
  /** How the claim of this name is written (its own tree read the same way), when it is one. */
  claimForm(name: string): WrittenAs | undefined;
}

/** Functions whose result is written like their arguments ("max(12%, 5%)" is a percent). */
const KEEPS_FORM: ReadonlySet<string> = new Set(['min', 'max', 'mean', 'abs', 'round']);

/**
 * How the writer wrote the plain number an expression computes, so a claim
 * with nothing stated shows in that form: a sum or difference of percents is
 * a percent ("12% + 5%" is 17%), percentage points added to a percent are a
 * percent, points plus points are points, a percent and a bare number
 * ("1 - 12%", the rest) or a ratio ("smokers / adults + 11.9%") a percent.
 * A relative change is a change (spec news-language §5): a ratio minus one
 * (`new / old - 1`, a ratio claim `- 1`, `(last / first) ^ (1 / years) - 1`)
 * or a difference over its second term (`(new - old) / old`); the share
 * lost (`1 - new / old`, `(old - new) / old`) is a percent. Other products,
 * ratios and powers stay plain numbers: 12% / 5% is 2.4, and `rate * 100`
 * is no percent.
 */
export function writtenAs(node: MathNode, scope: WrittenScope): WrittenAs {
  switch (node.type) {
    case 'ConstantNode':
      return typeof (node as unknown as { value: unknown }).value === 'number' ? 'number' : 'other';
    case 'ParenthesisNode':
      return writtenAs((node as unknown as { content: MathNode }).content, scope);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      if (name === PERCENT_SYMBOL) return 'percent';
      const input = scope.inputDisplay(name);
      if (input !== undefined) return input === 'percent' || input === 'points' ? input : input === 'plain' ? 'number' : 'other';
      return scope.claimForm(name) ?? 'other';
    }
    case 'OperatorNode': {
      const { fn, args, implicit } = node as unknown as { fn: string; args: MathNode[]; implicit: boolean };
      const [x, y] = args;
      if (x === undefined) return 'other';
      if (y === undefined) return fn === 'unaryMinus' || fn === 'unaryPlus' ? writtenAs(x, scope) : 'other';
      // "12%": a number times the percent sign.
      if (fn === 'multiply' && implicit && isPercentSign(y)) return writtenAs(x, scope) === 'number' ? 'percent' : 'other';
      if (fn === 'divide') return quotientForm(x, y);
      if (fn === 'pow') return isGrowthFactor(x, scope) ? 'ratio' : 'other';
      if (fn !== 'add' && fn !== 'subtract') return 'other';
      const a = writtenAs(x, scope);
      const b = writtenAs(y, scope);
      // new / old - 1 is the change; 1 - new / old the share lost.
      if (fn === 'subtract' && a === 'ratio' && isOne(y)) return 'change';
      if (fn === 'subtract' && b === 'ratio' && isOne(x)) return 'percent';
      return sumForm(a, b);
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: { name?: string }; args: MathNode[] };
      if (!KEEPS_FORM.has(fn.name ?? '') || args.length === 0) return 'other';
      // round(x, digits): only the first argument is the value.
      const values = fn.name === 'round' ? args.slice(0, 1) : args;
      return values.map((arg) => writtenAs(arg, scope)).reduce(sumForm);
    }
    default:
      return 'other';
  }
}

/**
 * True when `node` subtracts one percentage from another (`rate_now -
 * rate_before`, `31.7% - 29.9%`): a change in percentage points, which a
 * change stated in per cent (relative, `new / old - 1`) is not.
 */
export function isDifferenceOfPercents(node: MathNode, scope: WrittenScope): boolean {
  const top = unwrapped(node);
  if (top.type !== 'OperatorNode') return false;
  const { fn, args } = top as unknown as { fn: string; args: MathNode[] };
  return fn === 'subtract' && args.length === 2 && writtenAs(args[0]!, scope) === 'percent' && writtenAs(args[1]!, scope) === 'percent';
}

/**
 * The form of `x / y`: a difference over its second term is a change
 * (`(new - old) / old`), over its first the share lost (`(old - new) / old`);
 * any other quotient of two amounts is a ratio (one over a number is not).
 */
function quotientForm(x: MathNode, y: MathNode): WrittenAs {
  // Dividing by a number ("goals / 2") is no ratio of two amounts.
  if (unwrapped(y).type === 'ConstantNode') return 'other';
  const difference = unwrapped(x);
  if (difference.type === 'OperatorNode') {
    const { fn, args } = difference as unknown as { fn: string; args: MathNode[] };
    if (fn === 'subtract' && args.length === 2) {
      const over = unwrapped(y).toString();
      if (unwrapped(args[1]!).toString() === over) return 'change';
      if (unwrapped(args[0]!).toString() === over) return 'percent';
    }
  }
  return 'ratio';
}

/** Whether the base of a power is a growth factor, a ratio (`last / first`) or one plus a rate (`1 + 3%`): raised to a power it stays one. */
function isGrowthFactor(base: MathNode, scope: WrittenScope): boolean {
  const form = writtenAs(base, scope);
  if (form === 'ratio') return true;
  const sum = unwrapped(base);
  if (sum.type !== 'OperatorNode') return false;
  const { fn, args } = sum as unknown as { fn: string; args: MathNode[] };
  return fn === 'add' && args.length === 2 && args.some(isOne) && (form === 'percent' || form === 'change');
}

/** A node without the brackets around it. */
function unwrapped(node: MathNode): MathNode {
  let n = node;
  while (n.type === 'ParenthesisNode') n = (n as unknown as { content: MathNode }).content;
  return n;
}

/** Whether a node is the number 1. */
function isOne(node: MathNode): boolean {
  const n = unwrapped(node);
  return n.type === 'ConstantNode' && (n as unknown as { value: unknown }).value === 1;
}

function isPercentSign(node: MathNode): boolean {
  return node.type === 'SymbolNode' && (node as unknown as { name: string }).name === PERCENT_SYMBOL;
}

/**
 * The form of a sum or difference of two plain numbers (terms of a sum share
 * their dimension): a percent with anything is a percent (a share worked out
 * as a ratio, plus 11.9%, is a percent); points with points or a number are
 * points; numbers with numbers are numbers. Changes with changes are
 * changes, and with anything else a percent; a ratio added to a number is
 * no form anyone wrote.
 */
function sumForm(a: WrittenAs, b: WrittenAs): WrittenAs {
  if (a === 'change' && b === 'change') return 'change';
  if (a === 'percent' || b === 'percent' || a === 'change' || b === 'change') return 'percent';
  if (a === 'ratio' || b === 'ratio') return 'other';
  if (a === 'other' || b === 'other') return 'other';
  if (a === 'points' || b === 'points') return 'points';
  return 'number';
}
