// The reader's misses found by the sixth newsroom trial (test/fixtures/newsroom6),
// and two known from before (a bare "h:mm:ss", "over" after a change), on the
// real sentences; values worked out by hand.
import { describe, expect, it } from 'vitest';
import { readProse } from '../../src/prose/index.js';
import { parseQuantityText } from '../../src/quantity/index.js';
import { ctx } from './helpers.js';

/** [text, kind, low, high, unit, hedge side] of everything found. */
function found(text: string): unknown[] {
  return readProse(text, ctx).map((n) => [n.text, n.kind, n.quantity?.low.value, n.quantity?.high?.value, n.quantity?.unit, n.quantity?.hedge?.side]);
}

/** Text and kind only. */
function kinds(text: string): unknown[] {
  return readProse(text, ctx).map((n) => [n.text, n.kind]);
}

describe('signed changes the trial found unread', () => {
  it('reads "A decrease of $23 billion" at the start of a line (MoD, international defence 2023)', () => {
    // Before: "$23 billion", +23 billion: the article "A" starting the line stopped "a decrease of".
    expect(found('$1,195bn Total military expenditure of NATO members.\n  A decrease of $23 billion since 2021 when adjusted for inflation.')).toEqual([
      ['$1,195bn', 'quantity', 1195e9, undefined, 'USD', undefined],
      ['A decrease of $23 billion', 'quantity', -23e9, undefined, 'USD', undefined],
      ['2021', 'year', undefined, undefined, undefined, undefined],
    ]);
  });

  it('reads a bare verb of change before an amount ("House prices fall £14,500", This is Money), not a season', () => {
    expect(found('House prices fall £14,500 in the past year, Nationwide says')).toEqual([['fall £14,500', 'quantity', -14500, undefined, 'GBP', undefined]]);
    // After a determiner "fall" is a noun: the US autumn, or a fall.
    expect(found('In the fall 2,000 students enrolled.')).toEqual([['2,000', 'quantity', 2000, undefined, '', undefined]]);
  });

  it('reads "6% fewer than in 2008" as a fall, but keeps "less than" another figure the size of a gap (PA, road deaths 2009)', () => {
    expect(found("In accidents reported to the police, 26,096 were killed or seriously injured on Britain's roads in 2009 - 6% fewer than in 2008;")).toEqual([
      ['26,096', 'quantity', 26096, undefined, '', undefined],
      ['2009', 'year', undefined, undefined, undefined, undefined],
      ['6% fewer', 'quantity', -0.06, undefined, '', undefined],
      ['2008', 'year', undefined, undefined, undefined, undefined],
    ]);
    // An earlier time after "than": a change over time.
    expect(found('There were 45 per cent fewer fatalities than a decade earlier.')).toEqual([['45 per cent fewer', 'quantity', -0.45, undefined, '', undefined]]);
    // Another figure after "than": the gap between two figures, as before.
    expect(found('employment gains were 7,000 less than previously reported, £100m less than the £350m.')).toEqual([
      ['7,000', 'quantity', 7000, undefined, '', undefined],
      ['£100m', 'quantity', 100e6, undefined, 'GBP', undefined],
      ['£350m', 'quantity', 350e6, undefined, 'GBP', undefined],
    ]);
  });

  it('reads "16% down on the previous year" and "4% down at 143,412" as falls, not "a 10% down payment"', () => {
    expect(found('The number of deaths among car users in 2009 was 1,059 - 16% down on the previous year; casualties were 4% down at 143,412;')).toEqual([
      ['2009', 'year', undefined, undefined, undefined, undefined],
      ['1,059', 'quantity', 1059, undefined, '', undefined],
      ['16% down', 'quantity', -0.16, undefined, '', undefined],
      ['4% down', 'quantity', -0.04, undefined, '', undefined],
      ['143,412', 'quantity', 143412, undefined, '', undefined],
    ]);
    expect(found('Buyers need a 10% down payment.')).toEqual([['10%', 'quantity', 0.1, undefined, '', undefined]]);
  });

  it('reads "the biggest drop at 6.3 per cent" as a fall (This is Money, Nationwide regions)', () => {
    expect(found('All regions recorded price falls, with the South West seeing the biggest drop at 6.3 per cent.')).toEqual([
      ['drop at 6.3 per cent', 'quantity', -0.063, undefined, '', undefined],
    ]);
  });

  it('reads a change noun after a compound ("The 10 percent stock price drop", PopCulture on Netflix), not a plain compound', () => {
    expect(found('The 10 percent stock price drop has held steady. The Bank made a 0.25 percentage point rate cut. The 10 percent stock market share held.')).toEqual([
      ['10 percent stock price drop', 'quantity', -0.1, undefined, '', undefined],
      // 0.25 points = 0.0025, a cut
      ['a 0.25 percentage point rate cut', 'quantity', -0.0025, undefined, '', undefined],
      ['10 percent', 'quantity', 0.1, undefined, '', undefined],
    ]);
  });
});

describe('numerals the trial found that state no amount', () => {
  it('leaves "the first half of the year" unread (AP on the US trade deficit); "half of the year" stays a half', () => {
    expect(found('In the first half of the year, the United States has registered a trade deficit of $291.2 billion.')).toEqual([
      ['$291.2 billion', 'quantity', 291.2e9, undefined, 'USD', undefined],
    ]);
    expect(found('Prices rose in half of the year.')).toEqual([['half', 'quantity', 0.5, undefined, '', undefined]]);
  });

  it('sets aside list and section numbers at the start of a line ("1. Main points", "1- Brendon McCullum")', () => {
    expect(kinds('1. Main points\nIn 2020, period life expectancy at birth was 78.6 years.')).toEqual([
      ['1.', 'name'],
      ['2020', 'year'],
      ['78.6 years', 'quantity'],
    ]);
    expect(kinds('Here are the top five fastest centuries in Test cricket\n1- Brendon McCullum (New Zealand) - 54 balls\n2- Viv Richards (West Indies) - 56 balls')).toEqual([
      ['five', 'quantity'],
      ['1-', 'name'],
      ['54', 'quantity'],
      ['2-', 'name'],
      ['56', 'quantity'],
    ]);
  });

  it('keeps a wrapped line that starts with a sentence\'s last number a number ("inflation was\\n3. The bank")', () => {
    expect(found('Last month inflation was\n3. The bank held rates.')).toEqual([['3', 'quantity', 3, undefined, '', undefined]]);
  });

  it('sets aside a whole number alone in quotation marks: "the new ‘73’ registration plate" (Shropshire Star)', () => {
    expect(kinds('driven by the arrival of the new ‘73’ registration plate. It represents a 21 per cent increase.')).toEqual([
      ['‘73’', 'name'],
      ['21 per cent', 'quantity'],
    ]);
  });
});

describe('a bare "h:mm:ss" is a time of day; a race or a hedge makes it an elapsed time', () => {
  it('reads "10:30:15" with no cue as a time of day (spec news-language §11), as "10:30" is', () => {
    // Before: 37,815 seconds, a duration, whatever the sentence said.
    expect(kinds('The alarm sounded 10:30:15 and the doors opened. The clip, timestamped 10:30:15, shows him.')).toEqual([
      ['10:30:15', 'time'],
      ['10:30:15', 'time'],
    ]);
  });

  it('reads it as seconds when the sentence is about a race, a finish or a record, or after a hedge', () => {
    // 10 × 3,600 + 30 × 60 + 15 = 37,815 s; 2 × 3,600 + 35 = 7,235 s; 2 × 3,600 + 60 = 7,260 s
    expect(found("He ran 10:30:15 in the race. The Kenyan runner's 2:00:35 finish beat it; nobody had gone under 2:01:00.")).toEqual([
      ['10:30:15', 'quantity', 37815, undefined, 'seconds', undefined],
      ['2:00:35', 'quantity', 7235, undefined, 'seconds', undefined],
      ['under 2:01:00', 'quantity', 7260, undefined, 'seconds', 'below'],
    ]);
  });

  it('reads hours of 24 or more as an elapsed time even after "after": no clock shows them', () => {
    // 26 × 3,600 + 45 × 60 + 10 = 96,310 s
    expect(found('He crossed the line after 26:45:10 of effort.')).toEqual([['26:45:10', 'quantity', 96310, undefined, 'seconds', undefined]]);
  });
});

describe('"rose 5% over 2 years": after a change, "over" gives its period, not a bound', () => {
  it('reads the period plainly after a change verb or noun', () => {
    expect(found('Prices rose 5% over 2 years. Rents saw a 5% rise over five years. Wages fell 2% over five years.')).toEqual([
      ['5%', 'quantity', 0.05, undefined, '', undefined],
      ['2 years', 'quantity', 2, undefined, 'years', undefined],
      ['5%', 'quantity', 0.05, undefined, '', undefined],
      ['five years', 'quantity', 5, undefined, 'years', undefined],
      ['fell 2%', 'quantity', -0.02, undefined, '', undefined],
      ['five years', 'quantity', 5, undefined, 'years', undefined],
    ]);
  });

  it('keeps "over" a bound with no change before it, or before an amount that is no duration', () => {
    expect(found('Prices have been rising for over 2 years. Output grew 3% over 2 million.')).toEqual([
      ['over 2 years', 'quantity', 2, undefined, 'years', 'above'],
      ['3%', 'quantity', 0.03, undefined, '', undefined],
      ['over 2 million', 'quantity', 2e6, undefined, '', 'above'],
    ]);
  });
});

describe('a claims file reads the new change words as the article does (spec news-language: one reading for both)', () => {
  const span = { file: 't.claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 2 };
  it.each([
    ['16% down', -0.16, ''],
    ['6% fewer', -0.06, ''],
    ['fall £14,500', -14500, 'GBP'],
    ['drop at 6.3%', -0.063, ''],
  ])('"%s" is %d %s', (text, value, unit) => {
    const { quantity, problems } = parseQuantityText(text, ctx, span);
    expect(problems).toEqual([]);
    expect([quantity?.low.value, quantity?.unit]).toEqual([value, unit]);
  });
});
