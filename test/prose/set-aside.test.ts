// The numerals the prose reader sets aside (spec news-language §11): fiscal
// and season years, phone numbers, footnote markers, scores and records (a
// pair of counts, never a range), format names ("4K"), school years and
// section references. Each sentence is worked out by hand: what it must
// report, and that nothing in it is counted as a quantity.
import { describe, expect, it } from 'vitest';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

/** [text, kind] of everything found. */
function kinds(text: string): [string, string][] {
  return readProse(text, ctx).map((n) => [n.text, n.kind]);
}

describe('what the prose reader sets aside', () => {
  it.each([
    // A year joined to the next one: fiscal years and seasons, with two or four digits after.
    ['spending in 2014-15 and 2013-14', [['2014-15', 'year'], ['2013-14', 'year']]],
    ['first collected in 2010/11 (30,620)', [['2010/11', 'year'], ['30,620', 'quantity']]],
    ['$226m a week until 2020/2021 -', [['$226m a week', 'quantity'], ['2020/2021', 'year']]],
    ['the 1999-00 season', [['1999-00', 'year']]],
    // Not the next year: a range of years stays two years; "2014-16" is no fiscal year either.
    ['from 2015 to 2024', [['2015', 'year'], ['2024', 'year']]],
  ])('fiscal and season years: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    // The first day of a span before one month is a date too (ONS: "the previous period (6 to 17 July)").
    ['the previous period (6 to 17 July) and', [['6 to 17 July', 'date']]],
    ['in the period 3 to 14 November 2021 (62%).', [['3 to 14 November 2021', 'date'], ['62%', 'quantity']]],
    ['between 14 and 25 September', [['14 and 25 September', 'date']]],
    ['from 14–25 September', [['14–25 September', 'date']]],
    // A count before a range of days with no month stays a quantity.
    ['6 to 17 people', [['6 to 17 people', 'quantity']]],
  ])('day spans before a month: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['Call +44 (0)20 7799 6677 today', [['+44 (0)20 7799 6677', 'phone']]],
    ['Freephone 0800 123 456.', [['0800 123 456', 'phone']]],
    ['by email or phone.\n\n0121 333 6006\n', [['0121 333 6006', 'phone']]],
    // Too few digits for a phone number: "020 12" is two numbers (the leading zero kept as written).
    ['codes 020 12', [['020', 'quantity'], ['12', 'quantity']]],
  ])('phone numbers: %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('a name with digits keeps its decimals: "C3.5" is a name, never "5"; "R2.1 billion" is rand, "the R5 road" a name', () => {
    // The reader set aside "C3" but then read the digits after the dot as numbers of their own.
    // "R" is the rand's sign (rules/units.yaml): written onto a numeral with a decimal it is an amount, 2.1 billion rand;
    // onto a bare numeral ("R5") it stays a name.
    expect(kinds('The C3.5 model costs 5. Exports were worth R2.1 billion, and the R5 road is closed.')).toEqual([
      ['C3', 'name'],
      ['.5', 'name'],
      ['5', 'quantity'],
      ['R2.1 billion', 'quantity'],
      ['R5', 'name'],
    ]);
    // A decimal numeral and a sentence end are untouched: "v2 shipped. 3 more" keeps its 3.
    expect(kinds('Version v2 shipped. 3 more came')).toEqual([['v2', 'name'], ['3', 'quantity']]);
  });

  it('footnote markers, "[1]" and "[^2]", are no quantities', () => {
    expect(kinds('the deficit rose.[1] Then it fell[^2] by 3%')).toEqual([['[1]', 'footnote'], ['[^2]', 'footnote'], ['3%', 'quantity']]);
  });

  it('scores and records are a pair of counts, never a range', () => {
    const found = readProse('a 3-2 victory, then a 14-4 record and a 2-3 defeat', ctx);
    expect(found.map((n) => [n.text, n.kind, n.counts])).toEqual([
      ['3-2', 'score', [3, 2]],
      ['14-4', 'score', [14, 4]],
      // The smaller number first: a score only beside a score word ("defeat").
      ['2-3', 'score', [2, 3]],
    ]);
  });

  it('an upward pair with no score word stays a range ("10-20 people")', () => {
    const [n] = readProse('10-20 people came', ctx);
    expect([n?.kind, n?.quantity?.low.value, n?.quantity?.high?.value]).toEqual(['quantity', 10, 20]);
  });

  it('"4K" is a format name; a lower-case "k" after an amount is thousand', () => {
    expect(kinds('a 4K TV')).toEqual([['4K', 'name']]);
    const [n] = readProse('a $5k bonus', ctx);
    expect([n?.kind, n?.quantity?.low.value, n?.quantity?.unit]).toEqual(['quantity', 5000, 'USD']);
  });

  it('a school year is an ordinal ("school year six", "Year 6"), but "the year 2000" is a year', () => {
    expect(kinds('pupils in school year six and Year 6')).toEqual([['year six', 'ordinal'], ['Year 6', 'ordinal']]);
    expect(kinds('in the year 2000')).toEqual([['2000', 'year']]);
  });

  it('section references after a name head are one name, list included', () => {
    expect(kinds('(Paras 1.2, 1.2.3 and 1.2.4) and 1.3.2')).toEqual([['Paras 1.2, 1.2.3 and 1.2.4', 'name'], ['1.3.2', 'name']]);
  });
});
