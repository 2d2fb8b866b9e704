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

/** The currencies that have cents, and how an article writes each ("€", "euros"). */
const CENT_CURRENCIES: readonly { code: string; written: RegExp }[] = [
  { code: 'USD', written: /(?<![A-Za-z])(?:US)?\$|\bdollars?\b|\bUSD\b/u },
  { code: 'EUR', written: /€|\beuros?\b|\bEUR\b/iu },
  { code: 'AUD', written: /\bAU?\$|\bAUD\b/u },
  { code: 'CAD', written: /\bCA?\$|\bCAD\b/u },
  { code: 'NZD', written: /\bNZ\$|\bNZD\b/u },
];

/** An amount in cents: "117.3 cent", "71 cents". */
const CENTS = /\d\s*cents?\b/iu;

/**
 * The cent of the article's one currency when that is not the US dollar: an
 * Irish article's "117.3 cent per litre" is euro cents, and the built-in
 * cent (rules/units.yaml) is the US cent. Nothing when the article names no
 * cents, several currencies with cents, or only dollars; nothing when the
 * file already declares `cent`.
 */
export function localCent(text: string, existing: readonly UnitRule[]): UnitRule[] {
  if (!CENTS.test(text) || existing.some((u) => u.name === 'cent' || u.aliases.includes('cents'))) return [];
  // "NZ$", "A$" and "C$" are not US dollars: take them out before looking for "$".
  const withoutOtherDollars = text.replace(/\b(?:NZ|AU|A|CA|C)\$/gu, '');
  const used = CENT_CURRENCIES.filter((c) => c.written.test(c.code === 'USD' ? withoutOtherDollars : text));
  if (used.length !== 1 || used[0]!.code === 'USD') return [];
  return [{ name: 'cent', aliases: ['cents'], definition: `0.01 ${used[0]!.code}` }];
}
