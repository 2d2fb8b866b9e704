// A dimension mismatch names the stated dimension in the user's own count
// word: "stated people", not the unit's name "person" (which the user never
// wrote). Measures keep their symbols (mi²). Real pipeline, checkClaimsText.
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const rules = loadDefaultRules();

function why(text: string, name: string): string | undefined {
  const claim = checkClaimsText(text, 'c.claims.yaml', rules).claims.find((c) => c.name === name)!;
  expect(claim.verdict).toBe('error');
  return claim.trace?.why;
}

describe('the dimension mismatch message uses the stated words', () => {
  it('says "stated people" when the user wrote people', () => {
    // £10m / 2m people is GBP per person; "5 people" is a count of people: different dimensions.
    const text = [
      'inputs:',
      '  budget: { value: £10m, source: test }',
      '  population: { value: 2m people, source: test }',
      'claims:',
      '  per_head: { compute: budget / population, stated: 5 people }',
    ].join('\n');
    expect(why(text, 'per_head')).toBe('computed GBP per person, stated people');
  });

  it('keeps a declared alias as written and a measure as its symbol: "stated soldiers/mi²"', () => {
    const text = [
      'units:',
      '  soldier: { aliases: [soldiers, troops] }',
      'inputs:',
      '  budget: { value: £10m, source: test }',
      'claims:',
      '  density: { compute: budget, stated: 400 troops per square mile }',
    ].join('\n');
    expect(why(text, 'density')).toBe('computed GBP, stated troops/mi²');
  });
});
