// A claim whose computed and stated units do not match names the stated unit
// in the writer's own words: "13p per week" is pence per week, never the
// registry's default "GBP per year", which sent a reader looking for a
// yearly figure that was not there.
import { describe, expect, it } from 'vitest';
import { checkClaimsText, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

function whyOf(stated: string): string {
  const text = ['inputs:', '  rise: { value: £6.76, source: council }', 'claims:', `  weekly: { compute: rise / 52, stated: ${stated} }`, ''].join('\n');
  const claim = checkClaimsText(text, 'claims.yaml', rules).claims[0]!;
  expect(claim.verdict).toBe('error');
  return claim.trace?.why ?? '';
}

describe('dimension mismatch wording', () => {
  it.each([
    // £6.76 / 52 = 13p, but a total: the statement is a rate.
    ['just 13p per week', 'computed pence, stated pence per week'], // the computed money is named in the stated words too,
    ['£5 an hour', 'computed GBP, stated GBP per hour'],
    ['£120.06 fortnightly', 'computed GBP, stated GBP per fortnight'],
  ])('"%s" → %s', (stated, expected) => {
    expect(whyOf(stated)).toContain(expected);
  });
});
