// Edges of what the stated words admit are shown exactly, also for large
// amounts that are otherwise cut to three significant figures: the lowest
// value "£226m a week" admits is £225.5 million, and printing it as
// "£226 million" would make the message contradict itself.
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry, likelyCause } from '../../src/units/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { judgeClaim } from '../../src/judge/index.js';
import type { Span } from '../../src/types.js';

const rules = loadDefaultRules();
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const { registry } = createUnitRegistry([...rules.units.values()]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

function judge(stated: string, computed: number) {
  const quantity = parseQuantityText(stated, ctx, span).quantity!;
  const unit = registry.resolve(quantity.unit);
  if (!('unit' in unit)) throw new Error('unit');
  return judgeClaim({
    stated: quantity,
    statedUnit: unit.unit,
    computed: { low: computed * unit.unit.factor, high: computed * unit.unit.factor, dimension: unit.unit.dimension },
    substituted: 'x',
    presentation: { unit: quantity.unit, display: quantity.display, currencySign: '£' },
    describe: (d) => registry.describe(d),
    likelyCause,
  }, rules);
}

describe('edges of the admissible set', () => {
  it('show £225.5 million, not £226 million, for the lowest value "£226m a week" admits', () => {
    // £58.7bn over 5 years = £11.74bn a year = £225.0 million a week; "£226m" admits [225.5, 226.5) million
    const j = judge('£226m a week', 225.0e6);
    expect(j.verdict).toBe('warn'); // 0.5/225.5 = 0.2% below
    expect(j.trace.admissible).toBe('[£225.5 million, £226.5 million)/week');
    expect(j.trace.why).toBe('£225 million/week is 0.2% below £225.5 million/week, the lowest value "£226m a week" allows: close, but not what the written words say');
  });

  it('keep the scale word inside the brackets', () => {
    // "$5.5 billion" admits [5.45, 5.55) billion
    const j = judge('£5.5bn', 5.5e9);
    expect(j.trace.admissible).toBe('[£5.45 billion, £5.55 billion)');
  });
});
