/**
 * @file Dimensions in words for messages a journalist reads:
 * "soldier·day/mi²", "USD per year", "a plain number", "time".
 *
 * Pure: the registry passes in what it knows about unit words.
 */

import type { Dimension, ResolvedUnit } from '../types.js';
import { compareText } from '../text/collate.js';

/** What describe needs from the registry. */
export interface DescribeContext {
  lookup(word: string): ResolvedUnit | undefined;
  /** The canonical name of a declared word ("soldiers" → "soldier"); the word itself otherwise. */
  canonical(word: string): string;
  /** Whether a unit name reads as a word ("day", "USD", "soldier") rather than a symbol ("mi", "km"). */
  isWordLike(name: string): boolean;
}

/** A single built-in dimension alone, in words. */
const NAMED: ReadonlyMap<string, string> = new Map([
  ['TIME:1', 'time'],
  ['LENGTH:1', 'length'],
  ['LENGTH:2', 'area'],
  ['LENGTH:3', 'volume'],
  ['MASS:1', 'mass'],
  ['CURRENT:1', 'electric current'],
  ['TEMPERATURE:1', 'temperature'],
  ['LUMINOUS_INTENSITY:1', 'luminous intensity'],
  ['AMOUNT_OF_SUBSTANCE:1', 'amount of substance'],
  ['ANGLE:1', 'an angle'],
  ['BIT:1', 'information (bits)'],
  ['DATE:1', 'a date'],
]);

/** The unit shown for a built-in base dimension when the file used none. */
const DEFAULT_UNIT: ReadonlyMap<string, string> = new Map([
  ['TIME', 'year'],
  ['LENGTH', 'km'],
  ['MASS', 'kg'],
  ['CURRENT', 'A'],
  ['TEMPERATURE', 'K'],
  ['LUMINOUS_INTENSITY', 'cd'],
  ['AMOUNT_OF_SUBSTANCE', 'mol'],
  ['ANGLE', 'rad'],
  ['BIT', 'bit'],
]);

const SUPERSCRIPT: Readonly<Record<string, string>> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻',
};

function power(name: string, exponent: number): string {
  if (exponent === 1) return name;
  if (Number.isInteger(exponent)) return name + [...String(exponent)].map((c) => SUPERSCRIPT[c] ?? c).join('');
  return `${name}^${exponent}`;
}

/** Describes a dimension, showing each base dimension in a unit the file used when there is one. */
export function describeDimension(dimension: Dimension, preferred: readonly string[], context: DescribeContext): string {
  const keys = Object.keys(dimension).filter((k) => dimension[k] !== 0);
  if (keys.length === 0) return 'a plain number';

  // Which unit shows each base dimension: the first preferred word that measures it alone.
  const shownAs = new Map<string, string>();
  for (const word of preferred) {
    const unit = context.lookup(word);
    if (!unit) continue;
    const unitKeys = Object.keys(unit.dimension);
    const only = unitKeys[0];
    if (unitKeys.length === 1 && only !== undefined && unit.dimension[only] === 1 && !shownAs.has(only)) {
      shownAs.set(only, context.canonical(word));
    }
  }

  const first = keys[0] as string;
  if (keys.length === 1 && !shownAs.has(first)) {
    const named = NAMED.get(`${first}:${dimension[first]}`);
    if (named !== undefined) return named;
  }

  const name = (key: string): string => shownAs.get(key) ?? DEFAULT_UNIT.get(key) ?? key;
  const positive = keys.filter((k) => (dimension[k] as number) > 0).sort(customFirst);
  const negative = keys.filter((k) => (dimension[k] as number) < 0).sort(customFirst);
  const top = positive.map((k) => power(name(k), dimension[k] as number)).join('·');
  if (negative.length === 0) return top;
  const wordy = negative.every((k) => context.isWordLike(name(k)));
  if (wordy) {
    const per = negative.map((k) => `per ${power(name(k), -(dimension[k] as number))}`).join(' ');
    return top === '' ? per : `${top} ${per}`;
  }
  const bottomParts = negative.map((k) => power(name(k), -(dimension[k] as number)));
  const bottom = bottomParts.length > 1 ? `(${bottomParts.join('·')})` : (bottomParts[0] as string);
  return `${top === '' ? '1' : top}/${bottom}`;
}

/** Custom (lower-case or currency) dimensions first, then mathjs's upper-case base dimensions. */
function customFirst(a: string, b: string): number {
  const builtA = DEFAULT_UNIT.has(a) ? 1 : 0;
  const builtB = DEFAULT_UNIT.has(b) ? 1 : 0;
  return builtA - builtB || compareText(a, b);
}
