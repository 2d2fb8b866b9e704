// The prose reader's phrases around a number (spec news-language §3, §5):
// before/after pairs after a verb of change, "N in M" ratios, "N times"
// multipliers and words of change, each worked out by hand. Where the form
// is the grammar's (src/quantity) to read, the reader must agree with the
// grammar on the same words — the article and the claims file read alike.
import { describe, expect, it } from 'vitest';
import { parseQuantityText } from '../../src/quantity/index.js';
import { readProse } from '../../src/prose/index.js';
import { ctx } from './helpers.js';

const SPAN = { file: '', line: 1, column: 1, endLine: 1, endColumn: 1 };

/** [text, kind, low, high] of everything found. */
function found(text: string): unknown[] {
  return readProse(text, ctx).map((n) => [n.text, n.kind, n.quantity?.low.value, n.quantity?.high?.value]);
}

describe('before/after pairs (§5)', () => {
  it.each([
    ['The count rose from 96,000 to 142,000.', [['96,000', 'quantity', 96000, undefined], ['142,000', 'quantity', 142000, undefined]]],
    ['It was revised from 63.5 percent to 63.6 percent.', [['63.5 percent', 'quantity', 0.635, undefined], ['63.6 percent', 'quantity', 0.636, undefined]]],
    // The verb may stand a few words before "from", across a comma.
    ['Homicides fell by a lot, from 654 to 617.', [['654', 'quantity', 654, undefined], ['617', 'quantity', 617, undefined]]],
  ])('%s → two quantities, never a range', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('"from X to Y" without a verb of change, "X to Y" and "between X and Y" stay ranges', () => {
    expect(found('Estimates run from 10 to 20.')).toEqual([['10 to 20', 'quantity', 10, 20]]);
    expect(found('between 5 and 6 a day. The sentence ends. From 3 to 4.')).toEqual([
      ['between 5 and 6 a day', 'quantity', 5, 6],
      ['3 to 4', 'quantity', 3, 4],
    ]);
  });
});

describe('"N in M" (§3)', () => {
  it.each(['one in five', '1 in 10', 'two in three'])('"%s" is one phrase, read as the grammar reads it, never as two numbers', (words) => {
    const [n, ...rest] = readProse(`Just ${words} of the centres.`, ctx);
    expect(rest).toEqual([]);
    expect(n?.text).toBe(words);
    const grammar = parseQuantityText(words, ctx, SPAN).quantity;
    if (grammar) expect([n?.kind, n?.quantity?.low.value]).toEqual(['quantity', grammar.low.value]);
    else expect(n?.kind).toBe('malformed');
  });

  it('a year after "in" is no ratio: "1 in 2020" is 1 and a year', () => {
    expect(found('ranked 1 in 2020')).toEqual([['1', 'quantity', 1, undefined], ['2020', 'year', undefined, undefined]]);
  });
});

describe('"N times" (§3)', () => {
  it('"more than 10 times as likely" is a hedge on 10 and never a unit "times"', () => {
    const [n] = readProse('They were more than 10 times as likely to die.', ctx);
    expect([n?.text, n?.quantity?.low.value, n?.quantity?.unit, n?.quantity?.hedge?.side]).toEqual(['more than 10 times', 10, '', 'above']);
  });

  it('"three-fold" is 3; "two times when…" counts occasions and keeps "times" out', () => {
    expect(found('a three-fold rise')).toEqual([['three-fold', 'quantity', 3, undefined]]);
    expect(found('the other two times when it happened')).toEqual([['two', 'quantity', 2, undefined]]);
  });
});

describe('"twice" (§3)', () => {
  it('"twice as much" is 2 and "almost twice as likely" a hedge on 2', () => {
    const found = readProse('They spent twice as much, and were almost twice as likely to die.', ctx);
    expect(found.map((n) => [n.text, n.quantity?.low.value, n.quantity?.hedge?.side])).toEqual([
      ['twice', 2, undefined],
      ['almost twice', 2, 'just-below'],
    ]);
  });
});

describe('multiplier words (§3)', () => {
  it('"double" is 2 before "the", never in "a double murder"', () => {
    expect(found('They will double the number. A double murder.')).toEqual([['double', 'quantity', 2, undefined]]);
  });
});

describe('a word of change and the value after it', () => {
  it('"fell by 6% to 617" is a change and a value, never a range; "dropped by a fifth" is a fraction', () => {
    const read = readProse('Homicides fell by 6% to 617, and knife homicides dropped by a fifth to 221.', ctx).map((n) => n.text);
    expect(read).toEqual(['fell by 6%', '617', 'dropped by a fifth', '221']);
  });
});

describe('words of change (§5)', () => {
  it.each(['fell by 6%', 'down 5%', 'rose by 17%', 'a 17% rise'])('"%s" reads as the grammar reads the same words', (words) => {
    const [n] = readProse(`Crime ${words} last year.`, ctx).filter((x) => x.kind === 'quantity');
    const grammar = parseQuantityText(words, ctx, SPAN).quantity;
    const plain = parseQuantityText(words.replace(/^(?:\p{L}+ )*?(?=\d)|(?<=%) \p{L}+$/gu, ''), ctx, SPAN).quantity;
    // The grammar's signed reading when it has one; else the plain number.
    expect(n?.quantity?.low.value).toBe((grammar ?? plain)?.low.value);
  });
});

describe('adverbs of frequency, emphasis, and "more"/"less" after an amount (README, Decisions)', () => {
  it.each([
    // £120.06 every two weeks: the unit is GBP/fortnight, the value 120.06.
    ['Rents rise to an average of £120.06 fortnightly.', [['£120.06 fortnightly', 'quantity', 120.06, undefined]], 'GBP/fortnight'],
    ['Parking costs £50 weekly.', [['£50 weekly', 'quantity', 50, undefined]], 'GBP/week'],
    // "just" is emphasis, left out of the phrase; the rate after it stays.
    ['It is just 13p per week.', [['13p per week', 'quantity', 13, undefined]], 'pence/week'],
    // "£135 more each year" is a signed change of +£135 a year, hedged by "about".
    ['Band D homes will pay about £135 more each year.', [['about £135 more each year', 'quantity', 135, undefined]], 'GBP/year'],
    ['Now 400 more residents pay the top rate.', [['400 more residents', 'quantity', 400, undefined]], 'person'],
    ['The firm signed a $5bn-a-year deal.', [['$5bn-a-year', 'quantity', 5e9, undefined]], 'USD/year'],
    ['Temperatures hit 40 degrees Celsius on Tuesday.', [['40 degrees Celsius', 'quantity', 40, undefined]], 'degC'],
    // A one-letter unit after "/" is a unit: a speed, not a length.
    ['An average of 80 km/h.', [['80 km/h', 'quantity', 80, undefined]], 'km/h'],
    // Verbs that put a number past a bound are hedges ("more than"), as in a claims file.
    ['The toll would pass 800,000.', [['would pass 800,000', 'quantity', 800000, undefined]], ''],
    ['Sales topped $1bn.', [['topped $1bn', 'quantity', 1e9, undefined]], 'USD'],
    // "between" with no "and" after the number is no range: "4" stands alone.
    ['The 36 seats were split between 4 parties.', [['36', 'quantity', 36, undefined], ['4', 'quantity', 4, undefined]], ''],
    // "N less than M" compares two amounts: the gap, unsigned, as before.
    ['The figure is £100m less than the £350m claimed.', [['£100m', 'quantity', 100e6, undefined], ['£350m', 'quantity', 350e6, undefined]], 'GBP'],
  ])('%s', (text, expected, unit) => {
    expect(found(text)).toEqual(expected);
    const first = readProse(text, ctx)[0]!;
    expect(first.quantity?.unit).toBe(unit);
    // The claims file reads the same words alike (spec news-language: one grammar for both).
    const { quantity } = parseQuantityText(first.text, ctx, SPAN);
    expect(quantity?.low.value).toBe(first.quantity?.low.value);
    expect(quantity?.unit).toBe(unit);
  });
});
