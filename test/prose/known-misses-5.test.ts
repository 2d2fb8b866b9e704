// Known misses of the reader (field5): a bare "R350" in a South African
// article. The rand's sign written onto a whole number ("R5", "R350") stays a
// name in general, since Ireland's R-roads and "the R5 road" are names too;
// an article that writes the sign onto an amount elsewhere ("R6.3 billion",
// "R1,200") is writing rand, so there "the R350 grant" is 350 rand, unless a
// road word follows ("the R21 highway"). The sentences are real ones
// (sources beside each); values worked out by hand.
import { describe, expect, it } from 'vitest';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

/** [text, kind, low, unit] of everything found. */
function found(text: string): unknown[] {
  return readProse(text, ctx).map((n) => [n.text, n.kind, n.quantity?.low.value, n.quantity?.unit]);
}

describe('a bare "R350" in a text that writes rand', () => {
  it('reads "the R350 grant" as 350 rand beside "R6.3 billion" (The South African, 24 February 2021)', () => {
    const text =
      'The future of the R350 grant, funding for the vaccine, and possible tax hikes were all punted prior to this year’s Budget Speech. R6.3 billion is allocated to extend the special Covid-19 social relief of distress grant.';
    expect(found(text)).toEqual([
      ['R350', 'quantity', 350, 'ZAR'],
      ['R6.3 billion', 'quantity', 6.3e9, 'ZAR'],
      ['Covid-19', 'name', undefined, undefined],
    ]);
  });

  it('keeps a road a name in that text: "the R21 highway" beside "R1,200"', () => {
    expect(found('Tolls on the R21 highway rise to R1,200 a month.')).toEqual([
      ['R21', 'name', undefined, undefined],
      ['R1,200 a month', 'quantity', 1200, 'ZAR/month'],
    ]);
  });

  it('keeps "R5" and "R350" names in a text that writes no rand (Ireland\'s regional roads)', () => {
    expect(found('The R350 and the R5 were closed for 3 hours.')).toEqual([
      ['R350', 'name', undefined, undefined],
      ['R5', 'name', undefined, undefined],
      ['3 hours', 'quantity', 3, 'hours'],
    ]);
  });
});
