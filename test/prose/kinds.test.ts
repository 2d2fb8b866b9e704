// The prose reader on constructed sentences: malformed numbers left by machine
// rewording, times, names, ordinals, the number grammar in prose (words,
// fractions, ranges, currency, percent, scale, rates, compound adjectives),
// the rules for words between a number and its unit, agreement with how
// claims.yaml's values are read, and robustness on arbitrary text.
import fc from 'fast-check';
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { parseQuantityText } from '../../src/quantity/index.js';
import type { ProseNumber } from '../../src/prose/index.js';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

/** [text, kind] of everything found. */
function kinds(text: string): [string, string][] {
  return readProse(text, ctx).map((n) => [n.text, n.kind]);
}

/** The single finding in `text`. */
function one(text: string): ProseNumber {
  const found = readProse(text, ctx);
  expect(found).toHaveLength(1);
  return found[0] as ProseNumber;
}

/** [text, low, high, unit, hedge] of the quantities found. */
function read(text: string): unknown[] {
  return readProse(text, ctx)
    .filter((n) => n.kind === 'quantity')
    .map((n) => [n.text, n.quantity?.low.value, n.quantity?.high?.value, n.quantity?.unit, n.quantity?.hedge?.phrase]);
}

describe('malformed numbers from machine rewording', () => {
  it('reports "seven.6 million" as malformed with a reason, never as 7 or 6 million', () => {
    const n = one('Russia has seven.6 million soldiers.');
    expect(n.kind).toBe('malformed');
    expect(n.text).toBe('seven.6 million soldiers');
    expect(worded(n.reason)).toBe('a number word and digits mixed: seven.6 million soldiers');
    expect(n.quantity).toBeUndefined();
  });

  it('keeps the hedge in the malformed phrase', () => {
    expect(kinds('almost seven.6 million troops')).toEqual([['almost seven.6 million troops', 'malformed']]);
  });

  it('reports digits run into a number word, "2.five", but not a missing space after a full stop', () => {
    expect(kinds('it was 2.five')).toEqual([['2.five', 'malformed']]);
    // "…was 2.One of them left": a sentence boundary; "One of" is a pronoun.
    expect(kinds('the count was 2.One of them left')).toEqual([['2', 'quantity']]);
  });

  it('reports a numeral the grammar rejects, with the grammar\'s reason', () => {
    // "1,00,000" is Indian grouping (one lakh, read as 100,000); "1,00,00" fits no grouping.
    const n = one('a 1,00,00 mistake');
    expect(n.kind).toBe('malformed');
    expect(worded(n.reason)).toMatch(/groups of three/u);
  });
});

describe('numbers that are not quantities', () => {
  it.each([
    ['At 10:30 a.m. and at 3 p.m. they met.', [['10:30 a.m.', 'time'], ['3 p.m.', 'time']]],
    ['at 3 am', [['3 am', 'time']]],
    // The clock words after the first letter the pattern needs ("a"/"p" then ".", a space or "m"; "o" then an apostrophe).
    ["at 5 o'clock and at 6 o’clock", [["5 o'clock", 'time'], ['6 o’clock', 'time']]],
    ['at 7 PM, 8 A.M. and 9 a m', [['7 PM', 'time'], ['8 A.M.', 'time'], ['9 a m', 'time']]],
    ['F-16 jets and COVID-19 and Su-34s', [['F-16', 'name'], ['COVID-19', 'name'], ['Su-34s', 'name']]],
    ['Article 4 of the treaty, Unit 731 and No. 10', [['Article 4', 'name'], ['Unit 731', 'name'], ['No. 10', 'name']]],
    ['the M1989 howitzer and G7 nations', [['M1989', 'name'], ['G7', 'name']]],
    ['3D printing', [['3D', 'name']]],
    ['Twenty first-century warfare', [['Twenty first-century', 'name']]],
    ['the twenty first soldier', [['twenty first', 'ordinal']]],
    ['the 21st century', [['21st', 'ordinal']]],
    ['a 3rd time', [['3rd', 'ordinal']]],
    ['a third country', [['a third', 'ordinal']]],
    ['the 1990s', [['1990s', 'year']]],
    ['in 2000, and since 2022', [['2000', 'year'], ['2022', 'year']]],
    ['20 November 2024', [['20 November 2024', 'date']]],
    ['May 5 to 7', [['May 5 to 7', 'date']]],
    ['on 12/25/2024 and 2024-12-23', [['12/25/2024', 'date'], ['2024-12-23', 'date']]],
    ['Aug. 12, 2024', [['Aug. 12, 2024', 'date']]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('reads nothing in pronouns, vague plurals and reworded "half"', () => {
    expect(kinds('one another; a hot one; dozens of soldiers; hundreds of troopers')).toEqual([]);
    expect(kinds('take direct half within the fight')).toEqual([]);
  });

  it('reads a four-digit year-like number as an amount when it has a unit, hedge or currency', () => {
    // 2000 soldiers; "some" is a hedge; $2000 is money.
    expect(read('2000 soldiers, some 2000, and $2000')).toEqual([
      ['2000 soldiers', 2000, undefined, 'soldier', undefined],
      ['some 2000', 2000, undefined, '', 'some'],
      ['$2000', 2000, undefined, 'USD', undefined],
    ]);
  });
});

describe('the number grammar in prose', () => {
  it.each([
    // written numbers, fractions, ranges
    ['forty to fifty soldiers', [['forty to fifty soldiers', 40, 50, 'soldier', undefined]]],
    ['eleven thousand troops', [['eleven thousand troops', 11000, undefined, 'soldier', undefined]]],
    ['two-thirds of the army', [['two-thirds', 2 / 3, undefined, '', undefined]]],
    ['half a million people', [['half a million people', 500000, undefined, 'soldier', undefined]]],
    ['a dozen soldiers', [['a dozen soldiers', 12, undefined, 'soldier', undefined]]],
    ['nearly 1 / 4 of it', [['nearly 1 / 4', 0.25, undefined, '', 'nearly']]],
    ['a 3rd of this', [['a 3rd', 0.333333333333333, undefined, '', undefined]]],
    ['between 5 and 6 billion dollars', [['between 5 and 6 billion dollars', 5e9, 6e9, 'USD', undefined]]],
    ['1,100-3,000 soldiers', [['1,100-3,000 soldiers', 1100, 3000, 'soldier', undefined]]],
    ['1,100 – 3,000 soldiers', [['1,100 – 3,000 soldiers', 1100, 3000, 'soldier', undefined]]],
    // percent
    // After a verb of change, "X to Y" is the change and the value after it (spec news-language §5), never a range.
    ['it rose 10 % to 27 %', [['10 %', 0.1, undefined, '', undefined], ['27 %', 0.27, undefined, '', undefined]]],
    ['it ran 10 % to 27 %', [['10 % to 27 %', 0.1, 0.27, '', undefined]]],
    ['27 per cent', [['27 per cent', 0.27, undefined, '', undefined]]],
    ['up 2.5 percentage points', [['2.5 percentage points', 0.025, undefined, '', undefined]]],
    ['grows 5 percent a year', [['5 percent a year', 0.05, undefined, '1/year', undefined]]],
    // currency and scale
    ['a $5bn deal', [['$5bn', 5e9, undefined, 'USD', undefined]]],
    ['at the very least 800,000 casualties', [['at the very least 800,000 casualties', 800000, undefined, 'soldier', 'at the very least']]],
    // units and rates
    ['300 soldiers per yr', [['300 soldiers per yr', 300, undefined, 'soldier/year', undefined]]],
    ['170mm shells', [['170mm', 170, undefined, 'mm', undefined]]],
    ['a quarter century', [['a quarter century', 0.25, undefined, 'century', undefined]]],
    ['in one day', [['one day', 1, undefined, 'day', undefined]]],
    ['55 years ago', [['55 years', 55, undefined, 'years', undefined]]],
    ['20 soldiers a year ago', [['20 soldiers', 20, undefined, 'soldier', undefined]]],
    ['an area of 170 km² to the east', [['170 km²', 170, undefined, 'km^2', undefined]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('splits a range the grammar rejects (high end first) into two quantities', () => {
    expect(read('from 2,000 to 1,500 soldiers')).toEqual([
      ['2,000', 2000, undefined, '', undefined],
      ['1,500 soldiers', 1500, undefined, 'soldier', undefined],
    ]);
  });

  it('reads "two or three days" as two numbers, the unit on the second only', () => {
    expect(read('two or three days')).toEqual([
      ['two', 2, undefined, '', undefined],
      ['three days', 3, undefined, 'days', undefined],
    ]);
  });
});

describe('words between a number and its unit', () => {
  it('allows up to three modifiers before a declared unit word', () => {
    expect(read('12,000 North Korean troops')[0]).toEqual(['12,000 North Korean troops', 12000, undefined, 'soldier', undefined]);
    expect(read('200 badly wounded North Korean soldiers')).toEqual([['200', 200, undefined, '', undefined]]); // four words: too many
  });

  it('allows no modifier before a bare mathjs unit, and no function word at all', () => {
    // "last week" is not the unit of 2,000; "in" is not inches.
    expect(read('more than 2,000 last week')).toEqual([['more than 2,000', 2000, undefined, '', 'more than']]);
    expect(read('2,000 in one day')).toEqual([
      ['2,000', 2000, undefined, '', undefined],
      ['one day', 1, undefined, 'day', undefined],
    ]);
    expect(read('3,000 of the soldiers')).toEqual([['3,000', 3000, undefined, '', undefined]]);
  });

  it('does not read a phrase across a line break', () => {
    expect(read('11,000\nsoldiers')).toEqual([['11,000', 11000, undefined, '', undefined]]);
  });
});

describe('agreement with claims.yaml values', () => {
  // The bundled claims.yaml's `value` for an input, and the quote it gives:
  // the prose reader must read the quote's number as the same quantity.
  it.each([
    ['11,000 soldiers', 'Given the Western estimate of 11,000 North Korean soldiers in Kursk'],
    ['11.5 mi^2/day', 'capturing 11.5 square miles of territory a day'],
    ['777,720 soldiers', 'As of Monday, Russia has had 777,720 soldiers killed or seriously injured'],
    ['160 mi', 'the Demilitarized Zone is 160 miles long'],
    ['727 mi', 'today’s front line is 727 miles long'],
    ['2,200 soldiers', 'Last Friday, Russia had 2,200 soldiers killed or wounded'],
  ])('value %s ~ quote "%s"', (value, quote) => {
    const claims = parseQuantityText(value, ctx, { file: 'claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 }).quantity;
    const prose = readProse(quote, ctx).filter((n) => n.kind === 'quantity');
    expect(prose).toHaveLength(1);
    expect(prose[0]?.quantity?.unit).toBe(claims?.unit);
    expect(prose[0]?.quantity?.low.value).toBe(claims?.low.value);
    expect(prose[0]?.quantity?.low.precision).toEqual(claims?.low.precision);
  });
});

describe('on any text', () => {
  it('never throws, and returns ordered, non-overlapping findings whose text is their slice', () => {
    const alphabet = fc.constantFrom(
      ...'0123456789 ,.-–/%$:'.split(''),
      ' seven', ' a', ' third', ' half', ' million', ' to', ' and', ' between', ' almost', ' soldiers', ' per', ' square',
      ' miles', ' a day', ' January', ' Aug.', ' p.m.', ' 3rd', ' F-', ' Article', '\n',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let previousEnd = 0;
        for (const n of readProse(text, ctx)) {
          expect(text.slice(n.start, n.end)).toBe(n.text);
          expect(n.start).toBeGreaterThanOrEqual(previousEnd);
          expect(n.end).toBeGreaterThan(n.start);
          if (n.kind === 'quantity') expect(n.quantity).toBeDefined();
          if (n.kind === 'malformed') expect(n.reason).toBeTruthy();
          previousEnd = n.end;
        }
      }),
      { numRuns: 300 },
    );
  });
});
