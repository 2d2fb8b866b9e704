/**
 * `init`'s input names come from what a number measures — the noun phrase it
 * belongs to — never from a unit word of the number beside it; and a change
 * is written with its words whichever way it goes. Names and values below
 * were written by hand from each sentence before the code was run.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { loadDefaultRules } from '../../src/rules/index.js';
import { initClaims } from '../../src/init/index.js';

/** name → value of every input `init` writes for `source`. */
function inputs(source: string): Record<string, string> {
  const { text } = initClaims({ source, articleRef: 'a.txt', rules: loadDefaultRules(), schemaRef: 's.json' });
  const all = parseDocument(text).toJS().inputs as Record<string, { value: string }>;
  return Object.fromEntries(Object.entries(all).map(([name, i]) => [name, i.value]));
}

const fixture = (path: string): string => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');

describe('init names an input after what it measures', () => {
  it('names the rate, not the "percentage points" of the change beside it (a BLS jobs report)', () => {
    // The sentences polish5 met: 14.7 percent was `percentage_points`, 60.0 percent `number`.
    const source = [
      'The unemployment rate rose to 14.7 percent in April, up by 10.3 percentage points from March.',
      '',
      'The labor force participation rate decreased by 2.5 percentage points to 60.2 percent.',
      '',
      'The employment-population ratio fell to 60.0 percent.',
      '',
    ].join('\n');
    expect(inputs(source)).toEqual({
      // "The unemployment rate rose to …": the subject of its clause.
      unemployment_rate: '14.7 percent',
      // "…, up by 10.3 percentage points": its clause names nothing, so the sentence's subject; a change.
      unemployment_rate_change: 'up by 10.3 percentage points',
      participation_rate_change: 'decreased by 2.5 percentage points',
      // "…decreased by 2.5 percentage points to 60.2 percent": the other number's unit is no name.
      participation_rate: '60.2 percent',
      // The last two words of "employment-population ratio".
      population_ratio: '60.0 percent',
    });
  });

  it('names the RBA figures after the cash rate, never "basis_points" (newsroom3)', () => {
    const names = inputs(fixture('newsroom3/rates-australia-rba-3-85-percent.txt'));
    // "the RBA lifted the official cash rate by 25 basis points from 3.6 per cent to 3.85 per cent": all three,
    // "by" after "lifted" a change, "from … to" a value before and after.
    expect(names).toMatchObject({ cash_rate_change: '25 basis points', cash_rate_before: '3.6 per cent', cash_rate_after: '3.85 per cent' });
    expect(Object.keys(names).filter((n) => /basis|points|per_cent/u.test(n))).toEqual([]);
  });

  it('names the load factor and its change, not "percentage_points" (newsroom3 airlines)', () => {
    // "…pushing load factor up 1.4 percentage points to 86.4%."
    expect(inputs(fixture('newsroom3/airlines-europe-load-factor-86-percent.txt'))).toMatchObject({
      load_factor_change: 'up 1.4 percentage points',
      load_factor: '86.4%',
    });
  });

  it('takes the head of a noun phrase and what "the number of" counts (jobs report, ONS knife crime)', () => {
    // "The average workweek for all employees on private nonfarm payrolls increased by 0.1 hour to 34.4 hours".
    expect(inputs(fixture('newsroom2/jobs-us-156000-september.txt'))).toMatchObject({
      average_workweek_change: 'increased by 0.1 hour',
      average_workweek_hours: '34.4 hours',
      // "The median forecast in a Bloomberg survey of economists called for a 172,000 advance".
      median_forecast: '172,000',
    });
    // "THE number of knife crimes in England and Wales has risen six per cent".
    expect(inputs(fixture('articles/crime-knife-crime-record-ons.txt'))).toMatchObject({ knife_crimes_change: 'risen six per cent' });
  });
});

describe('init writes a change with its words, up or down', () => {
  it('keeps "increased by" as it keeps "decreased by", and a level after "rose to" stays a level', () => {
    const source = 'Average hourly earnings increased by 6 cents to $25.79. Overtime decreased by 0.1 hour to 3.2 hours. The price rose above 4%.\n';
    const values = Object.values(inputs(source));
    // Both changes with their words (the grammar reads them as +6 cents and −0.1 hour); the levels bare.
    expect(values).toEqual(['increased by 6 cents', '$25.79', 'decreased by 0.1 hour', '3.2 hours', 'above 4%']);
  });
});
