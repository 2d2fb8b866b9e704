// Compute in the language of the news (spec news-language §9): exponents that
// are names or expressions, with sound intervals; scale words and percent as
// numbers. Every value worked out by hand in the comments.
import { describe, expect, it } from 'vitest';
import { powerOf } from '../../src/evaluate/interval.js';
import { build, errorOf, valueOf } from './helpers.js';

describe('computed exponents', () => {
  it('compounds a growth rate over a number of years', () => {
    // (1 + 0.03)^10 − 1 = 1.343916… − 1 = 0.343916…
    const b = build({ rate: { low: 0.03 }, n_years: { low: 10 } }, { growth: '(1 + rate) ^ n_years - 1' });
    expect(b.problems).toEqual([]);
    const v = valueOf(b.evaluator, 'growth');
    expect(v.dimension).toEqual({});
    expect(v.low).toBeCloseTo(0.343916, 6);
    expect(v.high).toBe(v.low);
  });

  it('gives the annual rate between two ranges as a sound interval', () => {
    // end ∈ [150, 160], start 100, period 5: (end/start)^(1/5) − 1 is increasing in end,
    // so it runs from 1.5^0.2 − 1 = 0.084472 to 1.6^0.2 − 1 = 0.098561.
    const b = build({ end: { low: 150, high: 160 }, start: { low: 100 }, period: { low: 5 } }, { cagr: '(end / start) ^ (1 / period) - 1' });
    const v = valueOf(b.evaluator, 'cagr');
    expect(v.low).toBeCloseTo(0.084472, 6);
    expect(v.high).toBeCloseTo(0.098561, 6);
  });

  it('keeps every value of x^y inside the interval over a box of both', () => {
    // x ∈ [0.5, 2], y ∈ [-1, 3]: corners 0.5^-1 = 2, 0.5^3 = 0.125, 2^-1 = 0.5, 2^3 = 8 → [0.125, 8].
    const box = powerOf({ low: 0.5, high: 2 }, { low: -1, high: 3 });
    expect(box).toEqual({ low: 0.125, high: 8 });
    for (let i = 0; i <= 20; i++) {
      for (let j = 0; j <= 20; j++) {
        const x = 0.5 + (1.5 * i) / 20;
        const y = -1 + (4 * j) / 20;
        const p = Math.pow(x, y);
        expect(p).toBeGreaterThanOrEqual(box.low);
        expect(p).toBeLessThanOrEqual(box.high);
      }
    }
    // A whole-number exponent allows a base across zero: [-2, 3]^2 = [0, 9].
    expect(powerOf({ low: -2, high: 3 }, { low: 2, high: 2 })).toEqual({ low: 0, high: 9 });
  });

  it('tightens a repeated input in a computed power with slopes', () => {
    // r ∈ [0.02, 0.04]: (1 + r)^n / (1 + r) = (1 + r)^(n − 1) = (1 + r)^4, increasing in r:
    // 1.02^4 = 1.082432…, 1.04^4 = 1.169859… (natural intervals would give [1.0408, 1.1934]).
    const b = build({ r: { low: 0.02, high: 0.04 }, n: { low: 5 } }, { c: '(1 + r) ^ n / (1 + r)' });
    const v = valueOf(b.evaluator, 'c');
    expect(v.low).toBeCloseTo(1.082432, 6);
    expect(v.high).toBeCloseTo(1.169859, 6);
  });

  it('refuses a base that can be zero or negative under an exponent that is not a whole number', () => {
    const b = build({ level: { low: -1, high: 2 }, period: { low: 5 } }, { root: 'level ^ (1 / period)' });
    expect(errorOf(b.evaluator, 'root').reason).toBe('raises level to the power 1 / period, but level can be zero or negative (-1 to 2), and then a power that is not a whole number is undefined');
  });

  it('allows any base under a computed exponent that is a whole number', () => {
    // (-2)^n with n = 3: −8.
    const b = build({ x: { low: -2 }, n: { low: 3 } }, { cubed: 'x ^ n' });
    expect(valueOf(b.evaluator, 'cubed').low).toBe(-8);
  });

  it('requires a plain-number base and exponent when the exponent is computed', () => {
    const b = build(
      { cost: { low: 5, unit: 'USD' }, n: { low: 2 }, span: { low: 3, unit: 'year' } },
      { money: 'cost ^ n', timed: '2 ^ span', fixed: 'cost ^ 2' },
    );
    expect(errorOf(b.evaluator, 'money').reason).toContain('with an exponent that is not a number written in the expression, the base must be a plain number');
    expect(errorOf(b.evaluator, 'timed').reason).toContain('an exponent must be a plain number (divide by a unit first');
    // A constant exponent keeps its unit: 25 USD².
    expect(valueOf(b.evaluator, 'fixed').dimension).toEqual({ USD: 2 });
  });

  it('reports an overflow of a computed power as too large', () => {
    // 10^400 is past the largest double.
    const b = build({ n: { low: 400 } }, { huge: '10 ^ n' });
    expect(errorOf(b.evaluator, 'huge').reason).toBe('the result of 10 ^ n is too large to compute');
  });
});

describe('scale words and percent in compute', () => {
  it('reads 331 million and 42.7% as numbers', () => {
    // 0.427 × 331e6 = 141,337,000; 1.2 bn = 1.2e9; 3 trillion / 2 thousand = 1.5e9.
    const b = build({}, { share: '42.7% * 331 million', glued: '1.2 bn', ratio: '3 trillion / 2 thousand', less_five: '1 - 5%' });
    expect(b.problems).toEqual([]);
    expect(valueOf(b.evaluator, 'share').low).toBeCloseTo(141_337_000, 0);
    expect(valueOf(b.evaluator, 'glued').low).toBe(1.2e9);
    expect(valueOf(b.evaluator, 'ratio').low).toBe(1.5e9);
    // 1 − 0.05 = 0.95 (never "1 minus 5% of 1" nor remainder).
    expect(valueOf(b.evaluator, 'less_five').low).toBeCloseTo(0.95, 12);
    expect(b.evaluator.substituted('share')).toBe('42.7% * 331 million');
  });

  it('shows a percent in a trace as the file wrote it', () => {
    const b = build({ total: { low: 200, text: '200' } }, { part: 'total * 10%' });
    // 200 × 0.10 = 20.
    expect(valueOf(b.evaluator, 'part').low).toBeCloseTo(20, 12);
    expect(b.evaluator.substituted('part')).toBe('200 * 10%');
  });
});
