/**
 * @file Picks a unit to show a computed value in when nothing is stated: one
 * the file's inputs use (or a product or quotient of two), so a derived helper
 * reads "259,240 soldier" or "55.49 year" rather than SI seconds. Pure.
 */

import type { Dimension } from '../types.js';
import { DATE_UNIT, isDateDimension, sameDimension, type UnitRegistry } from '../units/index.js';

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
  const tries: string[] = [...units, ...words];
  for (const a of units) for (const b of units) if (a !== b) tries.push(`(${a})/(${b})`, `(${a})*(${b})`);
  tries.push('year', 'day', 'mi', 'mi^2', 'km', 'km^2');
  for (const expression of tries.slice(0, 400)) {
    const resolved = registry.resolve(expression);
    if ('unit' in resolved && sameDimension(resolved.unit.dimension, dimension)) {
      return { expression: tidy(expression), factor: resolved.unit.factor, display: 'plain' };
    }
  }
  return { expression: registry.describe(dimension), factor: 1, display: 'plain' };
}

/** `(soldier)/(mi^2)` → `soldier/mi^2` where the brackets are not needed. */
function tidy(expression: string): string {
  return expression.replace(/\(([A-Za-z_]+(?:\^\d+)?)\)/g, '$1');
}
