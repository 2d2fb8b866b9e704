/**
 * @file Units an article defines for itself: "113.29 million tonnes (MT)"
 * makes "117.51 MT" later in the article 117.51 million tonnes. `init`
 * declares each as a unit of the claims file it writes (`million_tonne: {
 * definition: 1000000 tonne, aliases: [MT] }`), taking the word from mathjs
 * with `shadows:` where mathjs has it (MT is a megatesla). Pure.
 */

import { isBuiltInUnit } from '../quantity/index.js';
import type { UnitRule } from '../types.js';
import type { UnitRegistry } from '../units/index.js';

/** "<number> [scale] <unit words> (<ABBR>)": up to three unit words, an abbreviation of capitals. */
const DEFINED = /\d[\d,.]*\s+(?:([a-z]+)\s+)?([a-z]+(?:\s+[a-z]+){0,2})\s*\(([A-Z]{1,6})\)/giu;

/**
 * The units the article defines in brackets after a quantity, each once.
 *
 * @param scales the rules' scale words ("million" → 1,000,000)
 * @param registry the registry the article is read with (what the unit words mean, what is already declared)
 */
export function definedUnits(text: string, scales: ReadonlyMap<string, number>, registry: UnitRegistry): UnitRule[] {
  const out = new Map<string, UnitRule>();
  for (const match of text.matchAll(DEFINED)) {
    const [, scaleWord, unitWords, abbreviation] = match as unknown as [string, string | undefined, string, string];
    const scale = scaleWord === undefined ? 1 : scales.get(scaleWord.toLowerCase());
    if (scale === undefined) continue;
    const base = registry.unitWords.get(unitWords.toLowerCase());
    const unit = base === undefined ? undefined : registry.lookup(base);
    if (base === undefined || !unit || Object.keys(unit.dimension).length === 0) continue;
    // An abbreviation the file already means this way needs nothing ("2 kilometres (km)").
    const known = registry.lookup(abbreviation);
    if (known && scale === 1 && known.factor === unit.factor) continue;
    const name = `${scale === 1 ? '' : `${scaleWord!.toLowerCase()}_`}${base}`.replace(/[^A-Za-z0-9_]/gu, '_');
    if (out.has(abbreviation) || [...out.values()].some((u) => u.name === name)) continue;
    out.set(abbreviation, {
      name,
      aliases: [abbreviation],
      definition: `${scale} ${base}`,
      ...(isBuiltInUnit(abbreviation) ? { shadows: [abbreviation] } : {}),
    });
  }
  return [...out.values()];
}
