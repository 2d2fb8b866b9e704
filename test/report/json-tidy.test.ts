// The JSON report rounds every number to 10 significant digits (tidy): the
// value `Number(x.toPrecision(10))` gives, with a quick path that returns a
// value of ten digits or fewer as it is. The two must agree on every double,
// or a report would change by a last digit.
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/report/json.js';

/** What tidy must give: the string route it replaces. */
function byString(x: number): number | null {
  return Number.isFinite(x) ? Number(x.toPrecision(10)) : null;
}

describe('tidy (the JSON report rounds to 10 significant digits)', () => {
  it('keeps a short decimal, rounds floating-point noise and a long fraction', () => {
    // 0.175 and 18.5 have three digits: they come back as they are.
    expect(tidy(0.175)).toBe(0.175);
    expect(tidy(18.5)).toBe(18.5);
    expect(tidy(1200)).toBe(1200);
    // 0.1 + 0.2 is 0.30000000000000004: ten digits make it 0.3.
    expect(tidy(0.1 + 0.2)).toBe(0.3);
    // 1000 / 89 = 11.235955056179775…: ten digits are 11.23595506.
    expect(tidy(1000 / 89)).toBe(11.23595506);
    // 2/3 = 0.6666666666666666: ten digits round up to 0.6666666667.
    expect(tidy(2 / 3)).toBe(0.6666666667);
    // 12,345,678,901 has eleven digits: the last one goes (12,345,678,900).
    expect(tidy(12_345_678_901)).toBe(12_345_678_900);
    // -1/7 = -0.14285714285…: -0.1428571429.
    expect(tidy(-1 / 7)).toBe(-0.1428571429);
  });

  it('writes no -0, and null for what JSON cannot hold', () => {
    expect(Object.is(tidy(-0), 0)).toBe(true);
    expect(tidy(Number.NaN)).toBeNull();
    expect(tidy(Number.POSITIVE_INFINITY)).toBeNull();
    expect(tidy(Number.NEGATIVE_INFINITY)).toBeNull();
  });

  it('agrees with Number(x.toPrecision(10)) on 300,000 seeded doubles of every size and length', () => {
    // mulberry32, a fixed seed: a failure can be replayed.
    let seed = 0x5eed14;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
    const edges = [0, -0, 1e10, 1e10 - 1, 1e10 - 0.5, 1e-10, 1e22, 1e23, 5e-324, Number.MAX_VALUE, Number.MIN_VALUE, 9.9999999995, 0.99999999995, 999999999.95];
    const disagree: number[] = [];
    for (let i = 0; i < 300_000; i++) {
      let x: number;
      switch (i % 6) {
        case 0: // any size
          x = random() * 10 ** (Math.floor(random() * 50) - 25);
          break;
        case 1: // quotients as claims compute them
          x = Math.round(random() * 1e6) / pick([1, 3, 7, 10, 100, 1000, 89, 1e5, 1e9]);
          break;
        case 2: // negative decimals of up to 12 digits
          x = -(Math.round(random() * 1e12) / 10 ** Math.floor(random() * 25));
          break;
        case 3: // decimals of 1 to 12 significant digits, as a writer states them
          x = Number((random() * 10 ** (Math.floor(random() * 30) - 15)).toPrecision(1 + Math.floor(random() * 12)));
          break;
        case 4: // next to a power of ten, where the exponent changes
          x = 10 ** (Math.floor(random() * 50) - 25) * pick([1, 0.9999999999, 1.0000000001, 0.99999999995, 1.00000000005]);
          break;
        default:
          x = pick(edges) * pick([1, -1]);
      }
      if (!Object.is(tidy(x), byString(x))) disagree.push(x);
    }
    expect(disagree).toEqual([]);
  });
});
