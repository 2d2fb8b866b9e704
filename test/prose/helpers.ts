// Test helpers for the prose reader: a context built the way the units stage
// builds one from the default rules plus the units the bundled claims.yaml
// declares (soldier with its aliases, brigade, shell, shipment), and the four
// articles read from examples/articles/ (never edited).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext as makeQuantityContext } from '../quantity/helpers.js';
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

/** A context with the bundled claims.yaml's units (the quantity tests' builder). */
export function makeContext(extra: readonly UnitRule[] = CLAIMS_UNITS): QuantityContext {
  return makeQuantityContext(extra);
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
