// The pure interval core: each operation against values worked out by hand.
import { describe, expect, it } from 'vitest';
import * as I from '../../src/evaluate/interval.js';
import { IntervalDomainError } from '../../src/evaluate/interval.js';

const iv = (low: number, high: number): I.Interval => ({ low, high });

function domainCode(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof IntervalDomainError) return e.code;
    throw e;
  }
  return undefined;
}

describe('interval arithmetic', () => {
  it('adds and subtracts end points crosswise', () => {
    // [1,3] + [2,4] = [3,7]; [1,3] - [2,4] = [1-4, 3-2] = [-3, 1]
    expect(I.add(iv(1, 3), iv(2, 4))).toEqual(iv(3, 7));
    expect(I.subtract(iv(1, 3), iv(2, 4))).toEqual(iv(-3, 1));
    expect(I.negate(iv(1, 3))).toEqual(iv(-3, -1));
  });

  it('multiplies across sign changes', () => {
    // [-1,2] × [-3,1]: products -1·-3=3, -1·1=-1, 2·-3=-6, 2·1=2 → [-6, 3]
    expect(I.multiply(iv(-1, 2), iv(-3, 1))).toEqual(iv(-6, 3));
    // [2,3] × [4,5] = [8, 15]
    expect(I.multiply(iv(2, 3), iv(4, 5))).toEqual(iv(8, 15));
  });

  it('divides by intervals that exclude zero and refuses those that include it', () => {
    // [1100, 3000] / 11000 = [0.1, 0.272727…]
    const q = I.divide(iv(1100, 3000), I.point(11000));
    expect(q.low).toBeCloseTo(0.1, 12);
    expect(q.high).toBeCloseTo(3 / 11, 12);
    // 1 / [-2, -1] = [-1, -0.5]
    expect(I.divide(I.point(1), iv(-2, -1))).toEqual(iv(-1, -0.5));
    expect(domainCode(() => I.divide(I.point(1), iv(-1, 2)))).toBe('zero-divisor');
    expect(domainCode(() => I.divide(I.point(1), iv(0, 2)))).toBe('zero-divisor');
    expect(domainCode(() => I.divide(I.point(1), I.point(0)))).toBe('zero-divisor');
  });

  it('raises to powers, even powers across zero starting at 0', () => {
    // x^2, x in [-2,3]: minimum 0 at x = 0, maximum 9 at x = 3
    expect(I.power(iv(-2, 3), 2)).toEqual(iv(0, 9));
    // x^2, x in [-3,-2]: [4, 9]
    expect(I.power(iv(-3, -2), 2)).toEqual(iv(4, 9));
    // x^3, x in [-2,3]: monotone, [-8, 27]
    expect(I.power(iv(-2, 3), 3)).toEqual(iv(-8, 27));
    // x^-1, x in [2,4]: [0.25, 0.5]
    expect(I.power(iv(2, 4), -1)).toEqual(iv(0.25, 0.5));
    // x^-2, x in [-4,-2]: [1/16, 1/4]
    expect(I.power(iv(-4, -2), -2)).toEqual(iv(1 / 16, 1 / 4));
    // x^0.5, x in [4, 9]: [2, 3]
    expect(I.power(iv(4, 9), 0.5)).toEqual(iv(2, 3));
    expect(I.power(iv(-4, 9), 0)).toEqual(iv(1, 1));
    expect(domainCode(() => I.power(iv(-1, 2), -2))).toBe('zero-divisor');
    expect(domainCode(() => I.power(iv(-1, 2), 0.5))).toBe('fractional-power');
  });

  it('takes abs, min and max without evaluating at the ends only', () => {
    // |[-3, 1]| = [0, 3]; |[-3,-1]| = [1, 3]
    expect(I.abs(iv(-3, 1))).toEqual(iv(0, 3));
    expect(I.abs(iv(-3, -1))).toEqual(iv(1, 3));
    // max([1,3],[2,4]) = [2, 4]; min = [1, 3]
    expect(I.maximum([iv(1, 3), iv(2, 4)])).toEqual(iv(2, 4));
    expect(I.minimum([iv(1, 3), iv(2, 4)])).toEqual(iv(1, 3));
  });

  it('checks the domains of sqrt, log and exp', () => {
    expect(I.sqrt(iv(4, 9))).toEqual(iv(2, 3));
    expect(domainCode(() => I.sqrt(iv(-1e-12, 4)))).toBe('sqrt-domain');
    expect(I.log(iv(1, Math.E))).toEqual(iv(0, 1));
    expect(domainCode(() => I.log(iv(0, 1)))).toBe('log-domain');
    expect(domainCode(() => I.exp(I.point(1000)))).toBe('overflow');
    expect(domainCode(() => I.multiply(I.point(1e308), I.point(10)))).toBe('overflow');
  });

  it('rounds half away from zero, as mathjs does', () => {
    expect(I.roundNumber(2.5)).toBe(3);
    expect(I.roundNumber(-2.5)).toBe(-3);
    expect(I.roundNumber(1.2345, 2)).toBe(1.23);
    expect(I.rounded(iv(1.4, 2.6), 'round', 0)).toEqual(iv(1, 3));
    // floor and ceil to 1 decimal: [1.26, 2.64] → [1.2, 2.6] and [1.3, 2.7].
    expect(I.rounded(iv(1.26, 2.64), 'floor', 1)).toEqual(iv(1.2, 2.6));
    expect(I.rounded(iv(1.26, 2.64), 'ceil', 1)).toEqual(iv(1.3, 2.7));
  });

  it('splits a range into pieces that cover it exactly', () => {
    const pieces = I.split(iv(1, 3), 4);
    // [1,1.5] [1.5,2] [2,2.5] [2.5,3]
    expect(pieces).toEqual([iv(1, 1.5), iv(1.5, 2), iv(2, 2.5), iv(2.5, 3)]);
    expect(I.split(I.point(5), 8)).toEqual([I.point(5)]);
    const many = I.split(iv(0.1, 0.7), 64);
    expect(many[0]?.low).toBe(0.1);
    expect(many[63]?.high).toBe(0.7);
    for (let i = 1; i < many.length; i++) expect(many[i]?.low).toBe(many[i - 1]?.high);
  });

  it('rejects non-finite end points', () => {
    expect(domainCode(() => I.interval(0, Infinity))).toBe('overflow');
    expect(domainCode(() => I.point(Number.NaN))).toBe('undefined');
    expect(I.interval(3, 1)).toEqual(iv(1, 3));
  });
});
