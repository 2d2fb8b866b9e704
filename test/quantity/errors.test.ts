// Malformed quantities: one `parse` problem each, with
// data { what: 'the quantity "…"', reason: 'expected …' }, pointing at the
// offending column when the scalar is plain and on one line.
import { describe, expect, test } from 'vitest';
import { parseQuantityText, quantityIfReads } from '../../src/quantity/index.js';
import type { Span } from '../../src/types.js';
import { bad, ctx } from './helpers.js';

const NUMBER = 'a number such as "55", "1,200" or "a quarter"';

describe('malformed quantities', () => {
  // [text, reason, column of the narrowed span (the scalar starts at column 12)]
  const cases: [string, string, number | undefined][] = [
    ['', `expected ${NUMBER}, but the text ends there`, undefined],
    ['almost', `expected ${NUMBER} after "almost", but the text ends there`, undefined],
    ['about', `expected ${NUMBER} after "about", but the text ends there`, undefined],
    ['almost lots', `expected ${NUMBER} after "almost", but found "lots"`, 19], // "lots" at offset 7
    ['almst 200', `expected ${NUMBER}, but found "almst 200" (did you mean "almost"?)`, 12],
    ['lots', `expected ${NUMBER}, but found "lots"`, 12],
    ['Infinity', `expected ${NUMBER}, but found "Infinity"`, 12],
    ['1,23', 'expected digits in groups of three after each comma, as in "1,234", but found "1,23"', 12],
    ['12,00 soldiers', 'expected digits in groups of three after each comma, as in "1,234", but found "12,00"', 12],
    ['10 to', `expected ${NUMBER} after "to", but the text ends there`, undefined],
    ['10 to lots', `expected ${NUMBER} after "to", but found "lots"`, 18],
    ['10 –', `expected ${NUMBER} after "–", but the text ends there`, undefined],
    ['between 5', 'expected "and" and a second number after "between 5", but the text ends there', undefined],
    ['between 5 to 6', 'expected "and" and a second number after "between 5", but found "to 6"', 22],
    ['between', `expected ${NUMBER} after "between", but the text ends there`, undefined],
    ['5 and 6', 'expected a unit, a range such as "5 to …", or nothing more after "5", but found "and 6"', 14],
    // ("55 years extra" is a change now: "extra", "more" and "less" after an amount are +55 and −55 years.)
    ['55 years onward', 'expected a unit, a range such as "55 years to …", or nothing more after "55 years", but found "onward"', 21],
    ['5 to 6 to 7', 'expected nothing more after the range after "5 to 6", but found "to 7"', 19],
    ['55 years.', 'expected a unit, a range such as "55 years to …", or nothing more after "55 years", but found "."', 20],
    ['5 km to 6 soldiers', 'expected both ends of the range in the same unit, but found km ("5 km") and soldier ("6 soldiers")', 20],
    ['10% to 6 km', 'expected both ends of the range in the same unit, but found percent ("10%") and km ("6 km")', 19],
    // A percent is not carried onto an end with its own scale word: 7.1 million percent is no one's meaning (newsroom5, BTS 2005).
    ['10 percent to 7.1 million', 'expected both ends of the range in the same unit, but found percent ("10 percent") and no unit ("7.1 million")', 26],
    ['27 to 10', 'expected the smaller number first in a range, as in "10 to 27", but "27" is more than "10"', 12],
    ['1/0', 'expected a fraction with a denominator other than zero, as in "1/4"', 12],
    ['6 per', 'expected a unit after "per", such as "day" or "person"', undefined],
    ['6 per 7', 'expected a unit after "per", such as "day" or "person"', 17],
    ['5 square', 'expected a unit after "square", such as "square miles"', undefined],
    ['5 kg/(m', 'expected a unit expression and a closing ")" after "("', undefined],
    ['$5%', 'expected either a currency or a percentage, not both, in "$5%"', 12],
    ['5% soldiers', 'expected nothing after the percentage but a rate such as "a year", in "5% soldiers"', 12],
    ['nearly two-thirds of', 'expected a unit, a range such as "two-thirds to …", or nothing more after "nearly two-thirds", but found "of"', 30],
    ['10 to almost 20', `expected ${NUMBER} after "to", but found "almost 20"`, 18],
    ['1e999', 'expected a finite number, but "1e999" is too large', 12],
  ];

  test.each(cases)('%j', (text, reason, column) => {
    const problem = bad(text);
    expect(problem.data).toEqual({ what: `the quantity "${text}"`, reason });
    if (column === undefined) {
      // at the end of the text: the whole scalar
      expect(problem.span).toEqual({ file: 'claims.yaml', line: 4, column: 12, endLine: 4, endColumn: 12 + text.length });
    } else {
      expect(problem.span).toMatchObject({ line: 4, column, endLine: 4, endColumn: column + 1 });
    }
  });

  test('a quoted or multi-line scalar keeps the span it was given', () => {
    // "lots" between quotes: the span is 2 columns wider than the text
    const quoted: Span = { file: 'c.yaml', line: 2, column: 10, endLine: 2, endColumn: 16 };
    expect(parseQuantityText('lots', ctx, quoted).problems[0]?.span).toEqual(quoted);
    const block: Span = { file: 'c.yaml', line: 2, column: 3, endLine: 3, endColumn: 8 };
    expect(parseQuantityText('lots', ctx, block).problems[0]?.span).toEqual(block);
  });

  test('the quantity is quoted trimmed in what', () => {
    expect(bad('  almost  ').data.what).toBe('the quantity "almost"');
  });
});

describe('the tables come from the rules, not the code', () => {
  test('a project hedge, number word and scale', () => {
    const rules = {
      ...ctx.rules,
      hedges: new Map([...ctx.rules.hedges, ['well over', { phrase: 'well over', side: 'above' as const, tolerance: 0.1, inclusive: false }]]),
      numbers: {
        ...ctx.rules.numbers,
        words: new Map([...ctx.rules.numbers.words, ['a score', 20]]),
        scales: new Map([...ctx.rules.numbers.scales, ['lakh', 100000]]),
        wordTolerance: 0.1,
      },
    };
    const custom = { ...ctx, rules };
    const hedged = parseQuantityText('well over a score', custom, { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 18 });
    // "a score" = 20 with the project's 10% word tolerance: [18, 22]
    expect(hedged.quantity).toMatchObject({
      hedge: { phrase: 'well over', side: 'above' },
      low: { value: 20, isWord: true, precision: { low: 18, high: 22, lowOpen: false, highOpen: false } },
    });
    // 5 lakh = 500,000, step 1 lakh
    const scaled = parseQuantityText('5 lakh', custom, { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 7 });
    expect(scaled.quantity?.low).toMatchObject({ value: 500000, precision: { low: 450000, high: 550000 } });
  });

  test('without the word in the table, it is not a number', () => {
    expect(bad('a score').data.reason).toBe(`expected ${NUMBER}, but found "a score"`);
  });
});

describe('quantityIfReads (the prose reader asks only whether a phrasing reads)', () => {
  const span: Span = { file: 'f', line: 1, column: 1, endLine: 1, endColumn: 1 };

  test('gives the quantity parseQuantityText gives, and nothing where it gives a problem', () => {
    // Quantities, a date, and failures with and without a "did you mean" (malformed cases of the table above).
    const texts = ['almost 200 soldiers', '10% to 27%', 'between 5 and 6 billion', '£2,400 a year', 'a quarter', '2024-03-01', 'almst 200', 'lots', 'almost lots', '10 to lots', 'between 5', '27 to 10', '1/0', '5 km to 6 soldiers', 'a score'];
    for (const text of texts) {
      const full = parseQuantityText(text, ctx, span);
      expect(quantityIfReads(text, ctx), text).toEqual(full.quantity);
      expect(full.quantity === undefined, text).toBe(full.problems.length > 0);
    }
  });

  test('a reading after it still says "did you mean"', () => {
    // "almst" is one edit from "almost": the hint is worked out again once the quiet reading is over.
    expect(quantityIfReads('almst 200', ctx)).toBeUndefined();
    expect(bad('almst 200').data.reason).toBe(`expected ${NUMBER}, but found "almst 200" (did you mean "almost"?)`);
  });
});
