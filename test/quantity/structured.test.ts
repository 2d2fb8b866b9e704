// The structured form ({ value, hedge, unit, tolerance } or { low, high, unit })
// and parseTolerance.
import { worded, wordedData } from '../worded.js';
import { describe, expect, test } from 'vitest';
import { parseQuantity, parseTolerance } from '../../src/quantity/index.js';
import type { Problem, Quantity, StructuredQuantity } from '../../src/types.js';
import { ctx, halfOpen, spanFor } from './helpers.js';

const span = spanFor('{ value: 200 }');

function structured(fields: StructuredQuantity): { quantity?: Quantity; problems: Problem[] } {
  return parseQuantity({ form: 'structured', fields, span }, ctx);
}

function ok(fields: StructuredQuantity): Quantity {
  const { quantity, problems } = structured(fields);
  expect(problems).toEqual([]);
  if (!quantity) throw new Error('no quantity');
  return quantity;
}

function reason(fields: StructuredQuantity): string {
  const { quantity, problems } = structured(fields);
  expect(quantity).toBeUndefined();
  expect(problems).toHaveLength(1);
  expect(problems[0]?.kind).toBe('parse');
  expect(problems[0]?.span).toEqual(span);
  return worded(problems[0]?.data.reason);
}

describe('structured form', () => {
  test('{ value: 200, hedge: almost, unit: soldier/mi^2, tolerance: 5% }', () => {
    const quantity = ok({ value: 200, hedge: 'almost', unit: 'soldier/mi^2', tolerance: '5%' });
    expect(quantity).toMatchObject({
      text: 'almost 200 soldier/mi^2',
      unit: 'soldier/mi^2',
      display: 'plain',
      low: { value: 200, text: '200', precision: halfOpen(195, 205), isWord: false },
      tolerance: { kind: 'relative', value: 0.05 },
    });
    expect(quantity.hedge).toEqual(ctx.rules.hedges.get('almost'));
  });

  test('{ low: 1100, high: 3000, unit: soldier }', () => {
    const quantity = ok({ low: 1100, high: 3000, unit: 'soldier' });
    expect(quantity.text).toBe('1100 to 3000 soldier');
    expect(quantity.unit).toBe('soldier');
    expect(quantity.low).toMatchObject({ value: 1100, precision: halfOpen(1050, 1150) });
    expect(quantity.high).toMatchObject({ value: 3000, precision: halfOpen(2950, 3050) });
  });

  test('the unit field is read like a unit phrase', () => {
    expect(ok({ value: 200, unit: 'soldiers per square mile' }).unit).toBe('soldier/mi^2');
    expect(ok({ value: 11.5, unit: 'square miles a day' }).unit).toBe('mi^2/day');
  });

  test('a percent unit makes the value a fraction', () => {
    // 27 percent = 0.27, shown as "27%"
    const quantity = ok({ value: 27, unit: 'percent' });
    expect(quantity).toMatchObject({ text: '27%', unit: '', display: 'percent', low: { value: 0.27, precision: halfOpen(0.265, 0.275) } });
  });

  test('ends may be strings in the grammar, with their own unit', () => {
    const quantity = ok({ low: '10%', high: '27%' });
    expect(quantity).toMatchObject({ text: '10% to 27%', display: 'percent', low: { value: 0.1 }, high: { value: 0.27 } });
    expect(ok({ value: 'a quarter' }).low).toMatchObject({ value: 0.25, isWord: true });
    expect(ok({ low: '$5', high: '6 billion' })).toMatchObject({ unit: 'USD', low: { value: 5e9 }, high: { value: 6e9 } });
  });

  test('a YAML float keeps its written precision', () => {
    expect(ok({ value: 0.27 }).low.precision).toEqual(halfOpen(0.265, 0.275));
  });

  test('hedge is matched case-insensitively', () => {
    expect(ok({ value: 5, hedge: 'More Than' }).hedge?.phrase).toBe('more than');
  });

  test('unknown hedge: lists a few and suggests the close one', () => {
    const text = reason({ value: 200, hedge: 'almst' });
    expect(text).toBe('expected a hedge such as "almost", "about", "more than" or "at least", but found "almst" (did you mean "almost"?)');
  });

  test('what names the structured quantity', () => {
    const { problems } = structured({ value: 200, hedge: 'almst' });
    expect(worded(problems[0]?.data.what)).toBe('the quantity { value: 200, hedge: almst }');
  });

  test.each<[StructuredQuantity, string]>([
    [{ value: 1, low: 1, high: 2 }, 'expected either value, or low and high, not both'],
    [{ unit: 'soldier' }, 'expected value, or low and high'],
    [{ low: 1 }, 'expected both low and high for a range, but high is missing'],
    [{ value: Number.NaN }, 'expected a finite number for value, but found NaN'],
    [{ value: '27%', unit: 'percent' }, 'expected the unit either in unit: or with the number "27%", not both'],
    [{ value: 'about 5' }, 'expected just a number for value, but found the hedge "about" in "about 5"; write it as hedge: about'],
    [{ value: 'lots' }, 'value "lots": expected a number such as "55", "1,200" or "a quarter", but found "lots"'],
    [{ value: 5, unit: 'per' }, 'expected a unit after "per", such as "day" or "person"'],
    [{ value: 5, unit: 'soldiers!' }, 'expected a unit such as "soldier", "mi^2/day" or "percent" for unit, but found "soldiers!"'],
    [{ low: 3000, high: 1100 }, 'expected the smaller number first in a range, as in "10 to 27", but "3000" is more than "1100"'],
  ])('%o → %s', (fields, expected) => {
    expect(reason(fields)).toBe(expected);
  });

  test('a bad tolerance is reported, and the quantity is still read', () => {
    const { quantity, problems } = structured({ value: 5, tolerance: 'lots' });
    expect(quantity?.low.value).toBe(5);
    expect(quantity?.tolerance).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(worded(problems[0]?.data.what)).toBe('the tolerance "lots"');
  });
});

describe('parseTolerance', () => {
  const at = spanFor('5%');

  test.each([
    ['5%', { kind: 'relative', value: 0.05 }],
    ['5 percent', { kind: 'relative', value: 0.05 }],
    ['0.5 percentage points', { kind: 'absolute', value: 0.005, unit: '' }],
    ['3 soldiers', { kind: 'absolute', value: 3, unit: 'soldier' }],
    ['$2 million', { kind: 'absolute', value: 2e6, unit: 'USD' }],
    ['2 days', { kind: 'absolute', value: 2, unit: 'days' }],
    ['0%', { kind: 'relative', value: 0 }],
  ])('%s', (text, tolerance) => {
    expect(parseTolerance(text, ctx, at)).toEqual({ tolerance, problems: [] });
  });

  test.each([
    ['0.05', 'expected a percentage such as "5%" for a relative tolerance, or a number with a unit such as "3 soldiers"; a bare number is neither'],
    ['about 5%', 'expected a percentage such as "5%" for a relative tolerance, or a number with a unit such as "3 soldiers", without a hedge or a range'],
    ['5 to 6%', 'expected a percentage such as "5%" for a relative tolerance, or a number with a unit such as "3 soldiers", without a hedge or a range'],
    ['-5%', 'expected a tolerance of zero or more, as in "5%"'],
    ['lots', 'expected a number such as "55", "1,200" or "a quarter", but found "lots"'],
  ])('%s is refused', (text, expected) => {
    const { tolerance, problems } = parseTolerance(text, ctx, spanFor(text));
    expect(tolerance).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.kind).toBe('parse');
    expect(wordedData(problems[0]!.data)).toEqual({ what: `the tolerance "${text}"`, reason: expected });
  });
});
