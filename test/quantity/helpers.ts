// Test helpers for the quantity stage: the default rules, and the unit words
// and currency signs the units stage would build from them plus a few
// declarations a claims file would make (soldier, GBP, mi's English names).
import { wordedData } from '../worded.js';
import { expect } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { QuantityContext } from '../../src/quantity/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import type { NumberSet, Problem, Quantity, Span, UnitRule } from '../../src/types.js';

/** Units a claims file in these tests declares under `units:`. */
const DECLARED: UnitRule[] = [
  { name: 'soldier', aliases: ['soldiers', 'troops', 'troopers', 'men', 'casualties'] },
  { name: 'GBP', aliases: ['pound', 'pounds'], symbols: ['£'] },
  { name: 'mi', aliases: ['mile', 'miles'] },
];

/**
 * A context built the way the units stage builds one from the default rules
 * plus `extra` declared units: canonical names, aliases and symbols. Shared
 * with the prose reader's tests.
 */
export function makeContext(extra: readonly UnitRule[] = DECLARED): QuantityContext {
  const rules = loadDefaultRules();
  const unitWords = new Map<string, string>();
  const currencySymbols = new Map<string, string>();
  for (const rule of [...rules.units.values(), ...extra]) {
    unitWords.set(rule.name.toLowerCase(), rule.name);
    for (const alias of rule.aliases) unitWords.set(alias.toLowerCase(), rule.name);
    for (const symbol of rule.symbols ?? []) currencySymbols.set(symbol, rule.name);
  }
  return { rules, unitWords, currencySymbols };
}

/** A one-line plain scalar at line 4, column 12 of claims.yaml, as wide as `text`. */
export function spanFor(text: string): Span {
  return { file: 'claims.yaml', line: 4, column: 12, endLine: 4, endColumn: 12 + text.length };
}

export const ctx = makeContext();

/** Parses `text` and fails the test if it does not parse. */
export function q(text: string, context: QuantityContext = ctx): Quantity {
  const { quantity, problems } = parseQuantityText(text, context, spanFor(text));
  expect(problems).toEqual([]);
  if (!quantity) throw new Error(`no quantity for ${text}`);
  return quantity;
}

/** Parses `text`, expects exactly one parse problem, and returns it. */
export function bad(text: string, context: QuantityContext = ctx): Problem {
  const { quantity, problems } = parseQuantityText(text, context, spanFor(text));
  expect(quantity).toBeUndefined();
  expect(problems).toHaveLength(1);
  const [problem] = problems;
  expect(problem?.kind).toBe('parse');
  // Worded with the default rules, as a report writes it.
  return { ...(problem as Problem), data: wordedData((problem as Problem).data) };
}

/** A half-open rounding interval [low, high). */
export function halfOpen(low: number, high: number): NumberSet {
  return { low, high, lowOpen: false, highOpen: true };
}

/** A closed interval [low, high] (number words). */
export function closed(low: number, high: number): NumberSet {
  return { low, high, lowOpen: false, highOpen: false };
}
