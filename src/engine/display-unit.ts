/**
 * @file Picks a unit to show a computed value in when nothing is stated: one
 * the file's inputs use (or a product or quotient of two), so a derived helper
 * reads "259,240 soldier" or "55.49 year" rather than SI seconds. Pure.
 */

import type { Dimension } from '../types.js';
import { DATE_UNIT, divideDimensions, isDateDimension, multiplyDimensions, sameDimension, type UnitRegistry } from '../units/index.js';

export interface DisplayUnit {
  expression: string;
  factor: number;
  display: 'plain' | 'percent' | 'points' | 'date';
}

interface Candidate {
  expression: string;
  display: 'plain' | 'percent' | 'points' | 'date';
}

/**
 * The simplest unit the file's inputs suggest with the same dimension: an
 * input's unit, then a single unit word used inside one (`t` out of
 * `t/person`, so people × tonnes per person shows in `t`, never
 * `person*(t/person)`), then a product or quotient of two input units; SI
 * base units otherwise.
 */
export function displayUnitFor(dimension: Dimension, inputs: readonly Candidate[], registry: UnitRegistry): DisplayUnit {
  if (Object.keys(dimension).length === 0) return { expression: '', factor: 1, display: 'plain' };
  if (isDateDimension(dimension)) return { expression: DATE_UNIT.expression, factor: DATE_UNIT.factor, display: 'date' };
  const units = [...new Set(inputs.map((i) => i.expression).filter((e) => e !== '' && e !== DATE_UNIT.expression))];
  const words = [...new Set(units.flatMap((u) => u.match(/[A-Za-z_]+/g) ?? []))].filter((w) => !units.includes(w));
  const tries: Try[] = [...units, ...words].map((expression) => ({ expression }));
  for (const a of units) for (const b of units) if (a !== b) tries.push({ expression: `(${a})/(${b})`, of: [a, '/', b] }, { expression: `(${a})*(${b})`, of: [a, '*', b] });
  tries.push(...['year', 'day', 'mi', 'mi^2', 'km', 'km^2'].map((expression) => ({ expression })));
  for (const { expression, of } of tries.slice(0, 400)) {
    // A product or quotient of two units the registry reads has their dimensions
    // multiplied or divided: one whose dimension cannot match is not parsed at all
    // (parsing every pair was most of a small check's time). The one that may
    // match is still read whole, as before: its factor, and whether it reads.
    const predicted = of === undefined ? undefined : combined(of, registry);
    if (predicted !== undefined && !sameDimension(predicted, dimension)) continue;
    const resolved = registry.resolve(expression);
    if ('unit' in resolved && sameDimension(resolved.unit.dimension, dimension)) {
      return { expression: tidy(expression), factor: resolved.unit.factor, display: 'plain' };
    }
  }
  return { expression: registry.describe(dimension), factor: 1, display: 'plain' };
}

/** A unit expression to try, and for `(a)/(b)` or `(a)*(b)` its two parts. */
interface Try {
  expression: string;
  of?: readonly [string, '/' | '*', string];
}

/**
 * The dimension `(a)/(b)` or `(a)*(b)` has when both parts read as units;
 * undefined when either does not (then only reading the whole tells). Reading
 * `(a)` is reading `a` (the registry reads brackets through), so where the
 * whole reads at all, this is its dimension.
 */
function combined([a, op, b]: readonly [string, '/' | '*', string], registry: UnitRegistry): Dimension | undefined {
  const left = registry.resolve(a);
  const right = registry.resolve(b);
  if (!('unit' in left) || !('unit' in right)) return undefined;
  return op === '/' ? divideDimensions(left.unit.dimension, right.unit.dimension) : multiplyDimensions(left.unit.dimension, right.unit.dimension);
}

/** `(soldier)/(mi^2)` → `soldier/mi^2` where the brackets are not needed. */
function tidy(expression: string): string {
  return expression.replace(/\(([A-Za-z_]+(?:\^\d+)?)\)/g, '$1');
}
