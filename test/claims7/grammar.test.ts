// Words a new user copied from articles into stated: (claims7) that the
// quantity grammar did not read, through the real grammar and the default
// rules. Each row: the words, the signed value they say and what they admit,
// worked out by hand (hedge tolerance 10%).
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { admissibleSet } from '../../src/judge/admissible.js';
import type { Span } from '../../src/types.js';

const rules = loadDefaultRules();
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
const { registry } = createUnitRegistry([...rules.units.values()]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

/** [low, high] of what the words admit, and the unit. */
function admits(text: string): [number, number, string] {
  const { quantity, problems } = parseQuantityText(text, ctx, span);
  expect(problems).toEqual([]);
  const a = admissibleSet(quantity!);
  const set = a.kind === 'single' ? a.set : { low: a.low.low, high: a.high.high };
  return [Number(set.low.toPrecision(10)), Number(set.high.toPrecision(10)), quantity!.unit];
}

describe('claims7: change verbs of gaps and small moves', () => {
  it.each<[string, number, number, string]>([
    // A deficit that "widens by $46.3 billion" grew by it: +46.3e9, rounding [46.25e9, 46.35e9).
    ['widens by $46.3 billion', 46.25e9, 46.35e9, 'USD'],
    ['widened by $3.1bn', 3.05e9, 3.15e9, 'USD'],
    // A gap that "narrowed by 2%" shrank: −2%, admitting [−2.5%, −1.5%).
    ['narrowed by 2%', -0.025, -0.015, ''],
    ['slipped 3%', -0.035, -0.025, ''],
    ['eased 1%', -0.015, -0.005, ''],
    ['edged up 0.2%', 0.0015, 0.0025, ''],
    ['edged down 0.2%', -0.0025, -0.0015, ''],
  ])('"%s" is a signed change admitting [%d, %d)', (text, low, high, unit) => {
    expect(admits(text)).toEqual([low, high, unit]);
  });
});

describe('claims7: hedges with "something"', () => {
  it('"something approaching £20m" admits [£18m, £20m], as "approaching £20m" does', () => {
    // just-below, inclusive: [20m × 0.9, 20m].
    expect(admits('something approaching £20m')).toEqual([18e6, 20e6, 'GBP']);
    expect(admits('approaching £20m')).toEqual([18e6, 20e6, 'GBP']);
  });
  it('"something like 4,000" is around 4,000', () => {
    // 4,000 rounds to [3,950, 4,050) (two significant figures); widened by 400 each side: [3,550, 4,450).
    expect(admits('something like 4,000')).toEqual([3550, 4450, '']);
  });
});

describe('claims7: a fraction of a unit', () => {
  it.each<[string, number, number, string]>([
    // Before: "half a century" read as 0.5 per century, a rate. Half of a century is 50 years:
    // 0.5 century with the word tolerance, [0.475, 0.525] century.
    ['half a century', 0.475, 0.525, 'century'],
    ['half an hour', 0.475, 0.525, 'hour'],
    // 0.25 hour ± 5%: [0.2375, 0.2625] hour.
    ['a quarter of an hour', 0.2375, 0.2625, 'hour'],
    // As a bound the word is exact: [0.45, 0.5] hour.
    ['almost half an hour', 0.45, 0.5, 'hour'],
    // A scale still wins: half a million years is 500,000 years.
    ['half a million years', 475000, 525000, 'years'],
  ])('"%s" admits [%d, %d] %s', (text, low, high, unit) => {
    expect(admits(text)).toEqual([low, high, unit]);
  });

  it('after a whole amount "a day" stays a rate: "£350m a week" is GBP per week', () => {
    expect(admits('£350m a week')).toEqual([345e6, 355e6, 'GBP/week']);
  });
});
