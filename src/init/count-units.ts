/**
 * @file The count words `init` declares as units: the plural noun after a
 * plain count written in digits ("12,000 soldiers", "70 shipments"), declared
 * by its singular with the plural as an alias (`soldier: { aliases:
 * [soldiers] }`). Singulars come from the `pluralize` library ("buses" →
 * "bus", "casualties" → "casualty"), never from suffix rules of our own.
 *
 * Pure: no I/O.
 */
import pluralize from 'pluralize';
import type { ProseNumber } from '../prose/index.js';
import type { UnitRule } from '../types.js';
import { reservedMeaning, type UnitRegistry } from '../units/index.js';

/** The first plural noun after a number, over at most three modifiers, within the clause. */
function countNounAfter(text: string, end: number, notName: ReadonlySet<string>): string | undefined {
  const rest = text.slice(end, end + 80);
  const words = /^\s+((?:[\p{L}’'-]+\s+){0,3}?)([a-z][a-z-]*s)\b/u.exec(rest);
  if (!words) return undefined;
  const modifiers = (words[1] as string).trim().split(/\s+/u).filter((w) => w !== '');
  if (modifiers.some((w) => notName.has(w.toLowerCase()) || /[’']/u.test(w))) return undefined;
  const noun = (words[2] as string).toLowerCase();
  if (noun.length < 4 || notName.has(noun) || !pluralize.isPlural(noun) || pluralize.singular(noun) === noun) return undefined;
  return noun;
}

/**
 * The count words after plain counts, as units to declare. Words the
 * registry already knows, words with a reserved meaning in expressions, and
 * "times" (occasions or a multiplier, never a thing counted) are left out.
 */
export function countUnits(
  text: string,
  numbers: readonly ProseNumber[],
  registry: UnitRegistry,
  existing: readonly UnitRule[],
  notName: ReadonlySet<string>,
): UnitRule[] {
  const known = new Set(existing.flatMap((u) => [u.name.toLowerCase(), ...u.aliases.map((a) => a.toLowerCase())]));
  const found = new Map<string, UnitRule>();
  for (const n of numbers) {
    // Only counts written in digits ("12,000 soldiers"): "two ongoing wars" is not a measurement.
    if (n.kind !== 'quantity' || !n.quantity || n.quantity.unit !== '' || n.quantity.display !== 'plain' || !/\d/u.test(n.text)) continue;
    const plural = countNounAfter(text, n.end, notName);
    if (!plural || plural === 'times' || known.has(plural) || registry.lookup(plural) || registry.unitWords.has(plural)) continue;
    const singular = pluralize.singular(plural);
    let rule: UnitRule = { name: singular, aliases: [plural] };
    if (reservedMeaning(singular, registry) !== undefined || known.has(singular) || registry.unitWords.has(singular)) rule = { name: plural, aliases: [] };
    if (reservedMeaning(rule.name, registry) !== undefined) continue;
    if (!found.has(rule.name)) found.set(rule.name, rule);
  }
  return [...found.values()];
}
