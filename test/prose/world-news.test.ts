// Money, digits and units of news from outside the UK and the US, as the
// second newsroom trial (test/fixtures/newsroom2/) met them: the real
// sentences, read by the prose reader and by the claims-file grammar with
// the default rules only. Values worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { readProse } from '../../src/prose/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import type { Quantity, Span } from '../../src/types.js';

const rules = loadDefaultRules();
const { registry } = createUnitRegistry([...rules.units.values()]);
const ctx = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };
const span: Span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };

/** The quantities of a sentence: [text, low value, unit]. */
function read(text: string): [string, number, string][] {
  return readProse(text, ctx)
    .filter((n) => n.kind === 'quantity')
    .map((n) => [n.text, (n.quantity as Quantity).low.value, (n.quantity as Quantity).unit]);
}

/** A claims-file value through the grammar: [low value, unit]. */
function value(text: string): [number, string] {
  const { quantity, problems } = parseQuantityText(text, ctx, span);
  expect(problems).toEqual([]);
  return [(quantity as Quantity).low.value, (quantity as Quantity).unit];
}

describe('other dollars and the rupee are currencies of their own, never US dollars', () => {
  it('reads NZ$ as the New Zealand dollar and the bracketed $ after it as the US dollar (Xinhua, 2014)', () => {
    // NZ$23.8 billion = 23.8e9 NZD; ($18.79 billion) = 18.79e9 USD.
    expect(read('pushed tourism spending in New Zealand up by 5 percent to a record NZ$23.8 billion ($18.79 billion) in the year')).toEqual([
      ['5 percent', 0.05, ''],
      ['NZ$23.8 billion', 23.8e9, 'NZD'],
      ['$18.79 billion', 18.79e9, 'USD'],
    ]);
  });

  it('reads A$, C$ and US$ before a number, in prose and in a claims file', () => {
    expect(read('a A$5bn fund, a C$40 million deal and a US$2.1bn loan')).toEqual([
      ['A$5bn', 5e9, 'AUD'],
      ['C$40 million', 40e6, 'CAD'],
      ['US$2.1bn', 2.1e9, 'USD'],
    ]);
    expect(value('A$5bn')).toEqual([5e9, 'AUD']);
    expect(value('C$40 million')).toEqual([40e6, 'CAD']);
    expect(value('NZ$709 million')).toEqual([709e6, 'NZD']);
  });

  it('reads the currency word after a bare $ ("$89.53 U.S. a barrel", "$40 Cdn"): a rate, and which dollar', () => {
    // The Canadian press writes the sign bare and the country after (The Canadian Press, oil prices):
    // $89.53 U.S. a barrel = 89.53 USD per barrel; the reader used to stop at "$89.53" and lose the rate.
    expect(read('Brent crude settled at $89.53 U.S. a barrel on Friday, up from $85.10 U.S. a barrel.')).toEqual([
      ['$89.53 U.S. a barrel', 89.53, 'USD/bbl'],
      ['$85.10 U.S. a barrel', 85.1, 'USD/bbl'],
    ]);
    // "Cdn" makes the bare $ the Canadian dollar: 1.2 billion CAD; a sentence ending on "U.S." keeps its word.
    expect(read('The deal is worth $1.2 billion Cdn, or about $880 million U.S.')).toEqual([
      ['$1.2 billion Cdn', 1.2e9, 'CAD'],
      ['about $880 million U.S.', 880e6, 'USD'],
    ]);
    // Only the word as written: "US-made" and "USB" are not the currency word, and "us" is a pronoun.
    expect(read('It paid $5 US-made, $6 USB and gave $7 us.').map(([text]) => text)).toEqual(['$5', '$6', '$7']);
    // A claims file writes it in any case: the grammar reads the same words.
    expect(value('$89.53 U.S. a barrel')).toEqual([89.53, 'USD/bbl']);
    expect(value('$40 Cdn')).toEqual([40, 'CAD']);
    expect(value('$40 cdn')).toEqual([40, 'CAD']);
  });

  it('reads a scale word hyphened onto the number ("$1.2-billion", Canadian press style)', () => {
    // The reader stopped at the hyphen: "$1.2-billion" was read as $1.2, a billion times too small.
    // $1.2-billion = 1.2e9 USD; C$850-million = 850e6 CAD; $3.6-billion = 3.6e9 USD.
    expect(read('The company reported a $1.2-billion loss, compared with C$850-million a year earlier, and expects $3.6-billion in 2024-25.')).toEqual([
      ['$1.2-billion', 1.2e9, 'USD'],
      ['C$850-million', 850e6, 'CAD'],
      ['$3.6-billion', 3.6e9, 'USD'],
    ]);
    // A range keeps its hyphen ("5-10"), and an ambiguous scale ("5-m") is never taken for million.
    expect(read('between 5-10 people')).toEqual([['5-10 people', 5, 'person']]);
    expect(value('$1.2-billion')).toEqual([1.2e9, 'USD']);
    // Wire style, as "mln": "bln" and "trln" (Reuters).
    expect(read('The fund holds $5.3 bln in bonds and ¥1.2 trln in loans.')).toEqual([
      ['$5.3 bln', 5.3e9, 'USD'],
      ['¥1.2 trln', 1.2e12, 'JPY'],
    ]);
    expect(value('5-million people')).toEqual([5e6, 'person']);
  });

  it('reads Rs and ₹ as rupees, with Indian digit grouping (NSO, 2023)', () => {
    // 1,72,000 is 172,000 in Indian grouping; Rs 1.72 lakh is 1.72 × 100,000 = 172,000.
    expect(read('the per capita income has doubled to Rs 1.72 lakh. It was Rs 1,72,000 in 2022-23, against Rs 86,647 and ₹1,48,524.')).toEqual([
      // "has doubled to": the multiplier 2 and the level reached, never a range from 2 to 172,000.
      ['doubled', 2, ''],
      ['Rs 1.72 lakh', 172000, 'INR'],
      ['Rs 1,72,000', 172000, 'INR'],
      ['Rs 86,647', 86647, 'INR'],
      ['₹1,48,524', 148524, 'INR'],
    ]);
    expect(value('Rs 1,27,065')).toEqual([127065, 'INR']);
    expect(value('Rs. 5,000 crore')).toEqual([5e10, 'INR']);
    // Twelve lakh thirty-four thousand five hundred and sixty-seven.
    expect(value('12,34,567')).toEqual([1234567, '']);
  });

  it('still refuses digits in no grouping at all', () => {
    expect(parseQuantityText('1,00,00', ctx, span).problems).toHaveLength(1);
    expect(parseQuantityText('12,3456', ctx, span).problems).toHaveLength(1);
  });
});

describe('units the trial met', () => {
  it('reads "cent" after a number as the unit, "per cent" still as percent (AA Ireland)', () => {
    // 117.3 cent per litre; "a 15 per cent increase" is 0.15.
    expect(read('the average cost of unleaded is now 117.3 cent per litre. A 15 per cent increase since February, and some garages just over 110 cent.')).toEqual([
      ['117.3 cent per litre', 117.3, 'cent/liter'],
      ['15 per cent', 0.15, ''],
      ['just over 110 cent', 110, 'cent'],
    ]);
    expect(value('117.3 cent per litre')).toEqual([117.3, 'cent/liter']);
    expect(value('5 per cent')).toEqual([0.05, '']);
  });

  it('reads acre-feet as one unit, an acre a foot deep (Sacramento Bee)', () => {
    expect(read('held a combined 4.9 million acre-feet of water')).toEqual([['4.9 million acre-feet', 4.9e6, 'acre_foot']]);
    expect(value('2.9 million acre-feet')).toEqual([2.9e6, 'acre_foot']);
    // 1 acre-foot = 43,560 cubic feet = about 1,233.48 m³ (mathjs's acre is the US survey acre).
    const resolved = registry.resolve('acre_foot');
    expect('unit' in resolved && resolved.unit.factor).toBeCloseTo(1233.48, 1);
  });
});

describe('signs, levels and names the trial met', () => {
  it('reads "fell below 70%" as a level under 70%, not a fall of 70% (Guardian Australia)', () => {
    // The share of petrol cars "fell below 70%": the share is now < 0.70. "down more than 12%" stays a change < −12%.
    expect(read('the market share for internal combustion engine vehicles fell below 70% for the first time')).toEqual([['below 70%', 0.7, '']]);
    expect(read('the lowest on record and down more than 12% from a year ago')).toEqual([['down more than 12%', -0.12, '']]);
  });

  it('keeps a minus sign written onto the numeral (CMHC): "flat (-0.7%)" is −0.7%, "10-20" is still a range', () => {
    expect(read('The six-month trend in housing starts was flat (-0.7%) in December')[1]).toEqual(['-0.7%', -0.007, '']);
    expect(readProse('between 10-20 homes', ctx).find((n) => n.kind === 'quantity')?.quantity?.high?.value).toBe(20);
  });

  it('reads a change noun after a period word: "a combined 3% year-over-year decrease" is −3% (CMHC)', () => {
    expect(read('saw a combined 3% year-over-year decrease from 2023')).toEqual([['3% year-over-year decrease', -0.03, '']]);
    expect(read('a 2% annual fall')).toEqual([['a 2% annual fall', -0.02, '']]);
  });

  it('reads a percent word hyphenated onto its number: "a 1.8-percent fall" is −1.8% (Xinhua)', () => {
    expect(read('following a 1.8-percent fall in the previous year')).toEqual([['a 1.8-percent fall', -0.018, '']]);
    expect(value('1.8-percent')).toEqual([0.018, '']);
  });

  it('reads "430+" as more than 430 (Baystreet headline)', () => {
    const [found] = readProse('Dow Goes Negative for Year, Drops 430+', ctx).filter((n) => n.kind === 'quantity');
    expect([found?.text, found?.quantity?.low.value, found?.quantity?.hedge?.side]).toEqual(['430+', 430, 'above']);
  });

  it('sets aside the number of a stock index ("S&P 500", "FTSE 100") but not a level after one', () => {
    expect(read('The S&P 500 index sagged 58.94 points, or 1.4%, to 4,229.45. The FTSE 100 rose; the Nasdaq 15,000 mark held.')).toEqual([
      ['58.94', 58.94, ''],
      ['1.4%', 0.014, ''],
      ['4,229.45', 4229.45, ''],
      ['15,000', 15000, ''],
    ]);
  });

  it('reads "X to Y" after a market verb as a change and a level, never a range ("faded $7.40 to $1,839.80")', () => {
    expect(read('Gold prices faded $7.40 to $1,839.80.')).toEqual([['$7.40', 7.4, 'USD'], ['$1,839.80', 1839.8, 'USD']]);
  });

  it('reads "from X to Y" after a verb and a multiplier as a before and an after value (NCHS)', () => {
    // "the rate rising five-fold from 4.2 to 21.8": 5, 4.2 and 21.8, never the range 4.2–21.8.
    expect(read('the rate rising five-fold from 4.2 to 21.8 deaths')).toEqual([['five-fold', 5, ''], ['4.2', 4.2, ''], ['21.8', 21.8, '']]);
  });

  it('reads "up to" after a moving verb and its object as the level reached, right after the verb as "at most" (CMHC)', () => {
    expect(read('16,531 actual starts in December, pushing the 2024 total up to 227,697.')[1]).toEqual(['227,697', 227697, '']);
    const [found] = readProse('The plan would bring up to 500 refugees.', ctx).filter((n) => n.kind === 'quantity');
    expect([found?.text, found?.quantity?.hedge?.side]).toEqual(['up to 500', 'at-most']);
  });

  it('sets aside affiliation markers run onto a name ("PhD1,2")', () => {
    expect(read('Lawrence Scholl, PhD1,2; Rose A. Rudd, MSPH1')).toEqual([]);
  });
});

describe('rates per a round number, in a claims file', () => {
  it('reads "16.3 deaths per 100,000 population" as 16.3 / (100,000 people) (NCHS)', () => {
    const [low, unit] = value('16.3 deaths per 100,000 population');
    expect(low).toBe(16.3);
    // The declared count units of the trial's file are not in the default rules: resolve with person instead.
    const [low2, unit2] = value('16.3 people per 100,000 people');
    expect([low2, unit2]).toEqual([16.3, 'person/(100000 person)']);
    const resolved = registry.resolve(unit2);
    // 16.3 per 100,000 is 0.000163 of a person per person.
    expect('unit' in resolved && resolved.unit.factor * low2).toBeCloseTo(0.000163, 12);
    expect(unit).toContain('100000');
  });

  it('reads "per 1,000" without a noun after it as a plain divisor', () => {
    const [low, unit] = value('4.5 per 1,000');
    const resolved = registry.resolve(unit);
    expect([low, 'unit' in resolved && resolved.unit.factor]).toEqual([4.5, 0.001]);
  });
});
