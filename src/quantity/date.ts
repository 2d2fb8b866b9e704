/**
 * @file An ISO date as a quantity (spec news-language §8): `2024-12-23` is
 * that calendar day, in the unit `date` (days since 1970-01-01). As an input
 * it is the exact point at the start of the day; as a stated value it admits
 * the whole day (a date names a day, not a time of day), with no rounding
 * beyond it and no hedge.
 *
 * Pure.
 */

import type { Quantity } from '../types.js';
import { DATE_UNIT, isoDateDays } from '../units/index.js';

/**
 * The quantity of a text that is exactly an ISO date; `invalid` for one
 * written like a date that is no calendar day (`2024-02-30`); undefined for
 * anything else.
 */
export function readDate(text: string): Quantity | 'invalid' | undefined {
  // Both patterns below need four digits and a hyphen first: most texts fail that at once.
  const head = text.trimStart();
  if (head.charCodeAt(4) !== 45 || !(head.charCodeAt(0) >= 48 && head.charCodeAt(0) <= 57)) return undefined;
  const days = isoDateDays(text);
  if (days === undefined) return /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(text) ? 'invalid' : undefined;
  const written = text.trim();
  return {
    text: written,
    low: { value: days, text: written, precision: { low: days, high: days + 1, lowOpen: false, highOpen: true }, isWord: false },
    unit: DATE_UNIT.expression,
    display: 'date',
  };
}
