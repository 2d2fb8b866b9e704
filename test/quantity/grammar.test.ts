// The quantity grammar of contract §4, form by form:
//   quantity := [hedge] amount [range-sep amount]
//   amount   := [currency] number [scale] [unit]
import { describe, expect, test } from 'vitest';
import { parseQuantity, parseQuantityText } from '../../src/quantity/index.js';
import { ctx, halfOpen, makeContext, q, spanFor, bad } from './helpers.js';

describe('numbers', () => {
  test.each([
    ['1234', 1234],
    ['1,234', 1234],
    ['1234.5', 1234.5],
    ['.5', 0.5],
    ['1/4', 0.25],
    ['1 1/2', 1.5], // a mixed number: 1 + 1/2
    ['a quarter', 0.25],
    ['half', 0.5],
    ['a third', 1 / 3],
    ['two-thirds', 2 / 3],
    ['two thirds', 2 / 3],
    ['a dozen', 12],
    ['twelve', 12],
    ['Twelve', 12], // case-insensitive
    ['eleven thousand', 11000],
    ['forty-five', 45],
    ['forty five', 45],
    ['two hundred', 200],
    ['two hundred and fifty', 250],
    ['two thousand five hundred', 2500],
    ['a million', 1e6],
    ['half a million', 500000],
    ['two and a half', 2.5],
  ])('%s = %d', (text, value) => {
    expect(q(text).low.value).toBe(value);
  });

  test('a plain number has no unit and displays plain', () => {
    const quantity = q('1,234');
    expect(quantity).toMatchObject({ text: '1,234', unit: '', display: 'plain' });
    expect(quantity.hedge).toBeUndefined();
    expect(quantity.high).toBeUndefined();
    expect(quantity.low.text).toBe('1,234');
  });
});

describe('scales (numbers.yaml `scales`)', () => {
  test.each([
    ['5 thousand', 5e3],
    ['5.5 million', 5.5e6],
    ['5.5 billion', 5.5e9],
    ['2 trillion', 2e12],
    ['5k', 5e3],
    ['$5bn', 5e9],
    ['$5m', 5e6], // "m" is also metres: after a currency it is a scale
    ['5m soldiers', 5e6], // ... and when a unit follows
    ['5 hundred thousand', 5e5], // scales chain when each is larger
  ])('%s = %d', (text, value) => {
    expect(q(text).low.value).toBe(value);
  });

  test('"5 m" alone is five metres, not five million', () => {
    expect(q('5 m')).toMatchObject({ unit: 'm', low: { value: 5 } });
    expect(q('5 m per day')).toMatchObject({ unit: 'm/day', low: { value: 5 } });
  });
});

describe('percent and percentage points are plain numbers', () => {
  test.each([
    ['27%', 0.27, 'percent'],
    ['27 %', 0.27, 'percent'],
    ['27 percent', 0.27, 'percent'],
    ['27 per cent', 0.27, 'percent'],
    ['2.5 percentage points', 0.025, 'points'],
    ['1 percentage point', 0.01, 'points'],
    // "pp": percentage points as newsrooms abbreviate them ("a 5.5 pp swing").
    ['5.5 pp', 0.055, 'points'],
  ])('%s = %d (%s)', (text, value, display) => {
    expect(q(text)).toMatchObject({ unit: '', display, low: { value } });
  });

  test('"27% a year" is a rate: 0.27 per year, shown as percent', () => {
    expect(q('27% a year')).toMatchObject({ unit: '1/year', display: 'percent', low: { value: 0.27 } });
  });
});

describe('units', () => {
  test.each([
    ['55 years', 'years'], // not in unitWords: kept as written (mathjs knows "years")
    ['233062 mi^2', 'mi^2'],
    ['12 km', 'km'],
    ['10 days', 'days'],
    ['11,000 soldiers', 'soldier'], // unitWords: soldiers → soldier
    ['11,000 troops', 'soldier'],
    ['11,000 Soldiers', 'soldier'], // looked up lower-cased
    ['12 metres', 'm'], // rules/units.yaml: metres → m
    ['3 metric tons', 'tonne'], // an alias of two words
    ['3 Mm', 'Mm'], // megametres: not folded into "mm" by the lower-cased lookup
    ['4 households', 'households'], // unknown: kept for the units stage to report
    ['11.5 mi^2/day', 'mi^2/day'],
    ['11.5 square miles a day', 'mi^2/day'],
    ['11.5 sq mi per day', 'mi^2/day'],
    ['11.5 sq. miles', 'mi^2'],
    ['11.5 square kilometres', 'km^2'],
    ['7 cubic metres', 'm^3'],
    ['7 metres squared', 'm^2'],
    ['7 m²', 'm^2'],
    ['almost 200 soldiers per square mile', 'soldier/mi^2'],
    ['1,200 soldiers per day', 'soldier/day'],
    ['2,000 troops a day', 'soldier/day'],
    ['6 per week', '1/week'],
    ['6 /week', '1/week'],
    ['3 per person per year', '1/person/year'],
    ['5 an hour', '1/hour'],
    ['9.81 m/s^2', 'm/s^2'],
    ['5 kg/(m^2*s)', 'kg/(m^2*s)'],
    ['5 kW*h', 'kW*h'],
    ['2 s^-1', 's^-1'],
  ])('%s → %s', (text, unit) => {
    expect(q(text).unit).toBe(unit);
  });

  test('with only the default rules, "square miles" is mi^2 (rules/units.yaml gives mi the words mile and miles)', () => {
    const bare = makeContext([]);
    expect(q('11.5 square miles a day', bare).unit).toBe('mi^2/day');
  });
});

describe('currencies', () => {
  test.each([
    ['$5', 'USD', 5],
    ['£2,400 a year', 'GBP/year', 2400],
    ['$3 million per household', 'USD/household', 3e6],
    ['USD 5', 'USD', 5],
    ['usd 5', 'USD', 5],
    ['5 USD', 'USD', 5],
    ['5 dollars', 'USD', 5],
    ['EUR 5', 'EUR', 5], // any three capitals before a number are a currency code
    ['-$5', 'USD', -5],
    ['$-5', 'USD', -5],
    ['$5 per soldier per day', 'USD/soldier/day', 5],
  ])('%s → %d %s', (text, unit, value) => {
    expect(q(text)).toMatchObject({ unit, low: { value } });
  });

  test('a sign declared by the claims file (₩ → KRW)', () => {
    const withWon = makeContext([{ name: 'KRW', aliases: ['won'], symbols: ['₩'] }]);
    expect(q('₩1,300', withWon)).toMatchObject({ unit: 'KRW', low: { value: 1300 } });
  });
});

describe('hedges (hedges.yaml), longest match first', () => {
  test.each([
    ['almost 200', 'almost', 'just-below'],
    ['Almost 200', 'almost', 'just-below'],
    ['nearly 80%', 'nearly', 'just-below'],
    ['more than 600,000', 'more than', 'above'],
    ['slightly less than 1', 'slightly less than', 'just-below'],
    ['less than 1', 'less than', 'below'],
    ['at the very least 5', 'at the very least', 'at-least'],
    ['at least 800,000', 'at least', 'at-least'],
    ['up to $5.5 billion', 'up to', 'at-most'],
    ['fewer than 100', 'fewer than', 'below'],
    ['about 7.5%', 'about', 'around'],
    ['an estimated 5,000', 'an estimated', 'around'],
    ['just over 2,000', 'just over', 'just-above'],
    ['about200', 'about', 'around'], // spaces optional where unambiguous
  ])('%s → %s', (text, phrase, side) => {
    const quantity = q(text);
    expect(quantity.hedge).toEqual(ctx.rules.hedges.get(phrase));
    expect(quantity.hedge?.side).toBe(side);
  });

  test('"over" is a hedge, but not the start of "overall"', () => {
    expect(q('over 5').hedge?.phrase).toBe('over');
    const { problems } = parseQuantityText('overall 5', ctx, spanFor('overall 5'));
    expect(problems).toHaveLength(1);
  });

  test('a hedge before a range applies to the range', () => {
    const quantity = q('roughly 5 to 6 billion');
    expect(quantity.hedge?.phrase).toBe('roughly');
    expect(quantity.low.value).toBe(5e9);
    expect(quantity.high?.value).toBe(6e9);
  });
});

describe('ranges: a unit, currency or scale written once applies to both ends', () => {
  test('10 to 27 percent', () => {
    const quantity = q('10 to 27 percent');
    // low "10" percent: 0.1, step 1 percent → [0.095, 0.105); high 0.27 → [0.265, 0.275)
    expect(quantity).toMatchObject({ unit: '', display: 'percent' });
    expect(quantity.low).toMatchObject({ value: 0.1, text: '10', precision: halfOpen(0.095, 0.105) });
    expect(quantity.high).toMatchObject({ value: 0.27, text: '27 percent', precision: halfOpen(0.265, 0.275) });
  });

  test.each([
    ['10% to 27%'],
    ['10%–27%'],
    ['10–27%'],
    ['10—27%'],
    ['10-27%'],
    ['10 - 27 %'],
  ])('%s is 10% to 27%', (text) => {
    const quantity = q(text);
    expect(quantity.display).toBe('percent');
    expect(quantity.low.value).toBe(0.1);
    expect(quantity.high?.value).toBe(0.27);
  });

  test('$5 to 6 billion: the currency of the low end and the scale of the high end apply to both', () => {
    // "5" with the borrowed scale: 5e9, step 1e9 → [4.5e9, 5.5e9); "6 billion" → [5.5e9, 6.5e9)
    const quantity = q('$5 to 6 billion');
    expect(quantity.unit).toBe('USD');
    expect(quantity.low).toMatchObject({ value: 5e9, text: '$5', precision: halfOpen(4.5e9, 5.5e9) });
    expect(quantity.high).toMatchObject({ value: 6e9, text: '6 billion', precision: halfOpen(5.5e9, 6.5e9) });
  });

  test('between 5 and 6 billion', () => {
    const quantity = q('between 5 and 6 billion');
    expect(quantity.hedge).toBeUndefined();
    expect(quantity.unit).toBe('');
    expect(quantity.low).toMatchObject({ value: 5e9, precision: halfOpen(4.5e9, 5.5e9) });
    expect(quantity.high).toMatchObject({ value: 6e9, precision: halfOpen(5.5e9, 6.5e9) });
  });

  test('1100 to 3000 soldiers', () => {
    // "1100": "11" significant → step 100; "3000": "30" significant → step 100
    const quantity = q('1100 to 3000 soldiers');
    expect(quantity.unit).toBe('soldier');
    expect(quantity.low).toMatchObject({ value: 1100, precision: halfOpen(1050, 1150) });
    expect(quantity.high).toMatchObject({ value: 3000, precision: halfOpen(2950, 3050) });
  });

  test('both ends may carry the same currency and unit', () => {
    const quantity = q('£2,400 a year to £3,000 a year');
    expect(quantity.unit).toBe('GBP/year');
    expect(quantity.low.text).toBe('£2,400 a year');
    expect(quantity.high).toMatchObject({ value: 3000, text: '£3,000 a year', precision: halfOpen(2950, 3050) });
  });

  test('a unit on the low end only also applies to the high end', () => {
    expect(q('5 km to 6').high?.value).toBe(6);
    expect(q('5 km to 6').unit).toBe('km');
  });

  test('written numbers share a trailing scale: "two to three million"', () => {
    const quantity = q('two to three million');
    // "two" and "three" are judged like digits (news-language §3): like "2 to 3 million".
    expect(quantity.low).toMatchObject({ value: 2e6, isWord: false, precision: { low: 1.5e6, high: 2.5e6 } });
    expect(quantity.high).toMatchObject({ value: 3e6, isWord: false, precision: { low: 2.5e6, high: 3.5e6 } });
  });

  test('a scale is not borrowed when that would put the low end above the high end', () => {
    // 600,000 × 1e6 would exceed 1 million, so "600,000" stays as written
    const quantity = q('600,000 to 1 million');
    expect(quantity.low.value).toBe(600000);
    expect(quantity.high?.value).toBe(1e6);
  });

  test('a percent at the low end still carries onto a plain high end: "10% to 20"', () => {
    // 10% to 20% (0.1 to 0.2): only an end with its own scale word ("7.1 million") refuses it (errors.test.ts).
    expect(q('10% to 20')).toMatchObject({ low: { value: 0.1 }, high: { value: 0.2 } });
  });

  test('a plural scale word after a number is the scale: "7.1 millions", "5 to 6 billions"', () => {
    // "7.1 millions flights" (BTS 2005): 7.1 × 1,000,000 = 7,100,000, with the precision of "7.1 million".
    expect(q('7.1 millions')).toMatchObject({ low: { value: 7.1e6 } });
    expect(q('7.1 millions').low.precision).toEqual(q('7.1 million').low.precision);
    expect(q('5 to 6 billions')).toMatchObject({ low: { value: 5e9 }, high: { value: 6e9 } });
  });

  test('negative ends', () => {
    const quantity = q('-10 to -5');
    expect(quantity.low.value).toBe(-10);
    expect(quantity.high?.value).toBe(-5);
    expect(q('−10 - −5').high?.value).toBe(-5);
  });
});

describe('parseQuantity dispatches on the form', () => {
  test('text form', () => {
    const span = spanFor('55 years');
    const { quantity, problems } = parseQuantity({ form: 'text', text: '55 years', span }, ctx);
    expect(problems).toEqual([]);
    expect(quantity).toMatchObject({ text: '55 years', unit: 'years', low: { value: 55 } });
  });
});

describe('temperatures with a degree sign (spec news-language §7)', () => {
  test.each([
    ['1.5°C', 1.5, 'degC'],
    ['below 1.5 °C', 1.5, 'degC'],
    ['0.27°C per decade', 0.27, 'degC/decade'],
    ['104°F', 104, 'degF'],
  ])('%s = %d %s, never coulombs or farads', (text, value, unit) => {
    expect(q(text)).toMatchObject({ unit, low: { value } });
  });
});


describe('the same words read again', () => {
  test('give the same quantity under the same rules, and their own under other rules', () => {
    const text = 'about 1,200 soldiers';
    const first = parseQuantityText(text, ctx, spanFor(text)).quantity!;
    const again = parseQuantityText(text, ctx, spanFor(text)).quantity!;
    expect(again).toEqual(first);
    // "about" is ±10% by default: 1,080 to 1,320 soldiers.
    expect(first).toMatchObject({ hedge: { phrase: 'about', tolerance: 0.1 }, low: { value: 1200 }, unit: 'soldier' });
    // One reading serves every claim with these words, so it is frozen: no reader can change another's.
    expect(Object.isFrozen(again)).toBe(true);
    expect(Object.isFrozen(again.low)).toBe(true);
    expect(Object.isFrozen(again.low.precision)).toBe(true);
    // A project whose hedges.yaml makes "about" ±25% reads the same words with its own rule.
    const about = ctx.rules.hedges.get('about')!;
    const wider = { ...ctx, rules: { ...ctx.rules, hedges: new Map([...ctx.rules.hedges, ['about', { ...about, tolerance: 0.25 }]]) } };
    expect(parseQuantityText(text, wider, spanFor(text)).quantity).toMatchObject({ hedge: { phrase: 'about', tolerance: 0.25 }, low: { value: 1200 } });
    expect(parseQuantityText(text, ctx, spanFor(text)).quantity?.hedge?.tolerance).toBe(0.1);
  });

  test('are still remembered after more than 4,096 other words, read from a slice of a larger text', () => {
    // A claims file's stated words arrive as slices of the file's text.
    const file = `${'#'.repeat(100)}about 1,300 soldiers${'#'.repeat(100)}`;
    const text = file.slice(100, 120);
    expect(text).toBe('about 1,300 soldiers');
    const first = parseQuantityText(text, ctx, spanFor(text)).quantity!;
    // 4,200 different words in between: memory that starts again at 4,096 texts forgets the first.
    for (let i = 0; i < 4200; i++) parseQuantityText(`${1000 + i} soldiers`, ctx, spanFor('x'));
    expect(parseQuantityText(text, ctx, spanFor(text)).quantity).toBe(first);
    expect(first).toMatchObject({ text: 'about 1,300 soldiers', low: { value: 1300 }, unit: 'soldier' });
  });
});
