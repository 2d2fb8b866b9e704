// Quote agreement cases the newsroom trial hit (test/fixtures/newsroom/): a
// quote's numbers read by the prose reader against a claim's stated words,
// through the real grammar, registry and agreement rule (src/bind/agree.ts).
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { readProse } from '../../src/prose/index.js';
import { agreement } from '../../src/bind/agree.js';
import type { Quantity, Span } from '../../src/types.js';

const rules = loadDefaultRules();
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const { registry } = createUnitRegistry([...rules.units.values()]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };
const units = (expression: string) => { const r = registry.resolve(expression); return 'unit' in r ? r.unit : undefined; };

function agrees(stated: string, quote: string): boolean | undefined {
  const q = parseQuantityText(stated, ctx, span).quantity as Quantity;
  const found = readProse(quote, ctx);
  return agreement(q, found, 'claim', units)?.agrees;
}

describe('a claim agrees with its quote', () => {
  it('when the period is said once for two numbers: "risen by £149" and stated "£149 a year" (energy-price-cap-149-october)', () => {
    // The sentence ends "from the previous £1,568 a year … to £1,717": the rise is per year too.
    expect(agrees('£149 a year', 'risen by £149')).toBe(true);
  });

  it('and the other way: "or £902.20 a year" and stated "£902.20" (a weekly rise × 52 weeks; pensions-triple-lock)', () => {
    expect(agrees('£902.20', 'or £902.20 a year')).toBe(true);
  });

  it('but not when the number differs, or the units differ by more than a period', () => {
    expect(agrees('£150 a year', 'risen by £149')).toBe(false);
    // GBP per person is not GBP per year.
    expect(agrees('£149 per person', 'risen by £149')).toBe(false);
  });

  it('a range stated as two numbers one after the other: "£66 or £67 monthly" is £66 to £67 a month (energy-price-cap-1928-january)', () => {
    expect(agrees('£66 to £67 a month', '£66 or £67 monthly instalments')).toBe(true);
    // The ends must be the article's, in order.
    expect(agrees('£66 to £68 a month', '£66 or £67 monthly instalments')).toBe(false);
  });
});
