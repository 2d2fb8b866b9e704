// Test helpers for the prose reader: a context built the way the units stage
// builds one from the default rules plus the units the bundled claims.yaml
// declares (soldier with its aliases, brigade, shell, shipment), and the four
// articles read from examples/articles/ (never edited).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { QuantityContext } from '../../src/quantity/index.js';
import type { UnitRule } from '../../src/types.js';
import type { ProseNumber } from '../../src/prose/index.js';
import { readProse } from '../../src/prose/index.js';

/** The `units:` of the bundled claims.yaml. */
export const CLAIMS_UNITS: UnitRule[] = [
  { name: 'soldier', aliases: ['soldiers', 'troops', 'troopers', 'men', 'casualties', 'people'] },
  { name: 'brigade', aliases: ['brigades'] },
  { name: 'shell', aliases: ['shells', 'rounds'] },
  { name: 'shipment', aliases: ['shipments'] },
];

/** A context built the way the units stage builds one: canonical names, aliases and symbols. */
export function makeContext(extra: readonly UnitRule[] = CLAIMS_UNITS): QuantityContext {
  const rules = loadDefaultRules();
  const unitWords = new Map<string, string>();
  const currencySymbols = new Map<string, string>();
  for (const rule of [...rules.units.values(), ...extra]) {
    unitWords.set(rule.name.toLowerCase(), rule.name);
    for (const alias of rule.aliases) unitWords.set(alias.toLowerCase(), rule.name);
    if (rule.symbol) currencySymbols.set(rule.symbol, rule.name);
  }
  return { rules, unitWords, currencySymbols };
}

export const ctx = makeContext();

const ARTICLES = join(import.meta.dirname, '..', '..', 'examples', 'articles');

/** The text of one article in examples/articles/. */
export function article(name: string): string {
  return readFileSync(join(ARTICLES, name), 'utf8');
}

/** Reads `text` and keeps the quantities. */
export function quantities(text: string): ProseNumber[] {
  return readProse(text, ctx).filter((n) => n.kind === 'quantity');
}
