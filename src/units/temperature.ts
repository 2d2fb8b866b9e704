/**
 * @file Temperature readings and temperature changes. A reading ("17.01°C",
 * "104°F") is a point on a scale and converts with the scale's zero
 * (17.01 °C = 62.62 °F); a change ("up 2°C", a difference of two readings)
 * converts by the size of a degree only (a 2 °C rise = 3.6 °F). Readings are
 * held in kelvin with the offset, changes in kelvin without it, so sums and
 * differences of the two come out right; which of the two a claim computes
 * is read from its expression here (README, Decisions). Pure.
 */

import type { MathNode } from 'mathjs';
import type { Quantity, ResolvedUnit } from '../types.js';

/** Whether a quantity in this unit is a temperature reading: a scale with a zero, written without a change word. */
export function isTemperatureReading(quantity: Pick<Quantity, 'change'>, unit: Pick<ResolvedUnit, 'offset'>): boolean {
  return unit.offset !== undefined && quantity.change === undefined;
}

/** Where a claim's names come from: an input that is a reading, or another claim's tree. */
export interface ReadingScope {
  /** Whether the input of this name holds a temperature reading; undefined when the name is not an input. */
  inputIsReading(name: string): boolean | undefined;
  /** The tree of the claim of this name, when it is one. */
  claimNode(name: string): MathNode | undefined;
}

/**
 * Whether an expression computes a temperature reading rather than a change:
 * a reading input is one; reading ± change is one; reading − reading is a
 * change; `min`, `max`, `mean`, `round`… of readings are readings; anything
 * else (products, quotients, numbers with a unit) is not.
 */
export function computesReading(node: MathNode, scope: ReadingScope, seen: Set<string> = new Set()): boolean {
  switch (node.type) {
    case 'ParenthesisNode':
      return computesReading((node as unknown as { content: MathNode }).content, scope, seen);
    case 'SymbolNode': {
      const name = (node as unknown as { name: string }).name;
      const input = scope.inputIsReading(name);
      if (input !== undefined) return input;
      const claim = scope.claimNode(name);
      if (!claim || seen.has(name)) return false;
      return computesReading(claim, scope, new Set([...seen, name]));
    }
    case 'OperatorNode': {
      const { fn, args } = node as unknown as { fn: string; args: MathNode[] };
      const [a, b] = args.map((arg) => computesReading(arg, scope, seen));
      if (args.length === 1) return fn === 'unaryPlus' && a === true;
      if (fn === 'add') return a !== b;
      if (fn === 'subtract') return a === true && b === false;
      return false;
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: { name?: string }; args: MathNode[] };
      const keeps = ['min', 'max', 'mean', 'round', 'floor', 'ceil'];
      if (!keeps.includes(fn.name ?? '') || args.length === 0) return false;
      // round(x, digits): only the first argument is the value.
      const values = fn.name === 'round' ? args.slice(0, 1) : args;
      return values.every((arg) => computesReading(arg, scope, seen));
    }
    default:
      return false;
  }
}

/**
 * Moves a computed value held in kelvin so that dividing it by the stated
 * unit's factor gives the reading on that scale: subtracts the scale's zero
 * (offset × factor kelvin) when the value is a reading and the unit has one.
 */
export function onScale(kelvin: number, unit: Pick<ResolvedUnit, 'factor' | 'offset'>, reading: boolean): number {
  return reading && unit.offset !== undefined ? kelvin - unit.offset * unit.factor : kelvin;
}
