// The rounding/precision rule of contract §6 rule 1: what each written number
// admits. Numerals: half-open [v − step/2, v + step/2), the step being one
// unit of the last significant digit; trailing zeros of a whole number past
// the 2nd significant figure are not significant. Words and fractions:
// value × (1 ± 5%), closed.
import { describe, expect, test } from 'vitest';
import { closed, ctx, halfOpen, makeContext, q } from './helpers.js';
import { roundingStep, tidy } from '../../src/quantity/precision.js';

describe('numerals admit their rounding interval, half-open', () => {
  // [text, value, low, high] — each worked out by hand:
  const cases: [string, number, number, number][] = [
    ['55', 55, 54.5, 55.5], //            last digit is units: step 1
    ['5.5 billion', 5.5e9, 5.45e9, 5.55e9], // one decimal (0.1) × 1e9 = step 1e8
    ['27%', 0.27, 0.265, 0.275], //       step 1 percent = 0.01
    ['7.5%', 0.075, 0.0745, 0.0755], //   step 0.1 percent = 0.001
    ['12,000', 12000, 11500, 12500], //   "12" significant, "000" not: step 1000
    ['900', 900, 895, 905], //            "9" and the first "0" (2nd figure): step 10
    ['10', 10, 9.5, 10.5], //             both figures significant: step 1
    ['4', 4, 3.5, 4.5], //                step 1
    ['700', 700, 695, 705], //            step 10
    ['2,400', 2400, 2350, 2450], //       "24" significant: step 100
    ['600,000', 600000, 595000, 605000], // "60" significant: step 10,000
    ['1.3 million', 1.3e6, 1.25e6, 1.35e6], // step 0.1 × 1e6
    ['11,000', 11000, 10500, 11500], //   "11": step 1000
    ['100', 100, 95, 105], //             "10" significant, last zero not: step 10
    ['200', 200, 195, 205], //            step 10
    ['2,000', 2000, 1950, 2050], //       "20": step 100
    ['1.50', 1.5, 1.495, 1.505], //       decimals count as written: step 0.01
    ['233062', 233062, 233061.5, 233062.5], // step 1
    ['.5', 0.5, 0.45, 0.55], //           step 0.1
    ['0', 0, -0.5, 0.5], //               zero: step 1
    ['1,234', 1234, 1233.5, 1234.5], //   no trailing zeros: step 1
    ['12,300', 12300, 12250, 12350], //   "123" significant (3 non-zero figures): step 100
    ['48,000', 48000, 47500, 48500], //   step 1000
    ['5 thousand', 5000, 4500, 5500], //  step 1 × 1000
    ['1k', 1000, 500, 1500], //           step 1 × 1000
    ['0.27', 0.27, 0.265, 0.275], //      a YAML number rendered as text: step 0.01
    ['5.5e9', 5.5e9, 5.45e9, 5.55e9], //  a YAML number in exponent form: step 0.1 × 1e9
  ];
  test.each(cases)('%s admits [%d, %d)', (text, value, low, high) => {
    const quantity = q(text);
    expect(quantity.low.value).toBe(value);
    expect(quantity.low.precision).toEqual(halfOpen(low, high));
    expect(quantity.low.isWord).toBe(false);
  });

  test('a negative numeral: -15,000 admits [-15,500, -14,500), also with U+2212', () => {
    // value −15000, step 1000 ("15" significant)
    for (const text of ['-15,000', '\u221215,000']) {
      const quantity = q(text);
      expect(quantity.low.value).toBe(-15000);
      expect(quantity.low.precision).toEqual(halfOpen(-15500, -14500));
    }
  });

  test('the significant-figures setting comes from the rules', () => {
    // With 3 significant figures, "12,000" keeps "120": step 100 → [11,950, 12,050).
    const base = makeContext();
    const rules = { ...base.rules, numbers: { ...base.rules.numbers, significantFigures: 3 } };
    const quantity = q('12,000', { ...base, rules });
    expect(quantity.low.precision).toEqual(halfOpen(11950, 12050));
  });
});

describe('number words and fractions admit value × (1 ± 5%), closed', () => {
  const cases: [string, number, number, number][] = [
    ['a quarter', 0.25, 0.2375, 0.2625], // 0.25 × 0.95, 0.25 × 1.05
    ['half', 0.5, 0.475, 0.525],
    ['a dozen', 12, 11.4, 12.6],
    ['1/4', 0.25, 0.2375, 0.2625], //       a written fraction is an exact value, like a word
    ['1 / 4', 0.25, 0.2375, 0.2625],
    ['forty-five', 45, 42.75, 47.25], //    40 + 5, ± 2.25
    ['two hundred', 200, 190, 210], //     "hundred" is below a thousand: a word, not digits
  ];
  test.each(cases)('%s admits [%d, %d]', (text, value, low, high) => {
    const quantity = q(text);
    expect(quantity.low.value).toBe(value);
    expect(quantity.low.precision).toEqual(closed(low, high));
    expect(quantity.low.isWord).toBe(true);
  });

  // Spec news-language §3: zero … twenty are judged like their digits.
  const digitLike: [string, number, number, number][] = [
    ['twelve', 12, 11.5, 12.5], //              like "12": [11.5, 12.5)
    ['eight', 8, 7.5, 8.5], //                  like "8"
    ['eleven thousand', 11000, 10500, 11500], // like "11 thousand": the last digit counts thousands
    ['eight million', 8e6, 7.5e6, 8.5e6], //    like "8 million"
  ];
  test.each(digitLike)('%s is judged like its digits: [%d, %d)', (text, value, low, high) => {
    const quantity = q(text);
    expect(quantity.low.value).toBe(value);
    expect(quantity.low.precision).toEqual(halfOpen(low, high));
    expect(quantity.low.isWord).toBe(false);
  });

  test('a third keeps the table value; its bounds are tidied', () => {
    // 1/3 × 0.95 = 0.31666…, 1/3 × 1.05 = 0.35
    const quantity = q('a third');
    expect(quantity.low.value).toBe(ctx.rules.numbers.words.get('a third'));
    expect(quantity.low.precision.low).toBeCloseTo(0.316666666666667, 14);
    expect(quantity.low.precision.high).toBe(0.35);
  });
});

describe('helpers', () => {
  test('tidy removes binary noise but keeps 15 significant digits', () => {
    // 0.27 − 0.005 in binary floating point is not exactly 0.265
    expect(tidy(0.27 - 0.005)).toBe(0.265);
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    expect(tidy(123456789012345)).toBe(123456789012345);
  });

  test('roundingStep follows the significant-figures rule', () => {
    expect(roundingStep({ whole: '12000', fraction: '', exponent: 0 }, 2)).toBe(1000);
    expect(roundingStep({ whole: '12000', fraction: '', exponent: 0 }, 1)).toBe(1000);
    expect(roundingStep({ whole: '10000', fraction: '', exponent: 0 }, 1)).toBe(10000);
    expect(roundingStep({ whole: '5', fraction: '5', exponent: 9 }, 2)).toBe(1e8);
  });
});
