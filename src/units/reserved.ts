/**
 * @file Words reserved by the expression language: a name (input, claim or
 * custom unit) that is also a unit, function, constant or keyword would
 * silently change what an expression means.
 *
 * Pure: reads the registry, never changes it.
 */

import { BuiltIns } from './builtin.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageValue } from '../types.js';
import { computeNumber } from './compute-numbers.js';
import { registryInternals, type UnitRegistry } from './registry.js';

/**
 * Whether a word is reserved by the expression language: a mathjs unit
 * (including prefixed forms like km), a declared unit or alias, a function
 * (sqrt, min), a constant (pi, e, i, true, Infinity, NaN), a keyword (mod, to)
 * or a scale word compute reads as a number (million).
 * Returns what it is ("the unit mile", "the function sqrt", "the constant pi"),
 * or undefined for a free name.
 */
export function reservedMeaning(name: string, registry: UnitRegistry): MessageValue | undefined {
  const builtIns = registryInternals(registry)?.builtIns ?? new BuiltIns(registry.math);
  const meanings: MessageValue[] = [];
  const builtInUnit = builtIns.unit(name);
  if (builtInUnit) {
    meanings.push(builtInUnit.longName === name ? phrase('meaning-unit', { name }) : phrase('meaning-unit-long', { name, long: builtInUnit.longName }));
  } else {
    const declared = registry.lookup(name);
    if (declared) meanings.push(phrase('meaning-unit', { name: declared.expression }));
  }
  if (computeNumber(name) !== undefined) meanings.push(phrase('meaning-scale-word', { name }));
  const other = builtIns.nonUnitMeaning(name);
  if (other !== undefined) meanings.push(other);
  return meanings.length === 0 ? undefined : meanings.slice(1).reduce<MessageValue>((first, next) => phrase('list-and', { first, next }), meanings[0]!);
}
