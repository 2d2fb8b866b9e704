// A claim with nothing stated shows its value in the unit its writer used
// (README, Decisions, "Sums of percentages"): a sum or difference of percents
// is a percent ("12% + 5% = 17%", not 0.17), of percentage points is points,
// and a percent's complement ("1 - 12%") is a percent; a product or ratio of
// percents stays a plain number (12% / 5% = 2.4). Through the real pipeline:
// checkClaimsText over a claims file in memory, with the figures of
// examples/everyday/smoking-rates (12.9% → 11.9%, down 1 percentage point).
import { describe, expect, it } from 'vitest';
import { claims } from './claims-in-memory.js';

const FILE = `
inputs:
  rate_before: { value: 12.9%, source: ONS }
  rate_now: { value: 11.9%, source: ONS }
  fall_points: { value: 1 percentage point, source: ONS }
  labour: { value: 33.7%, source: BBC }
  conservative: { value: 23.7%, source: BBC }
  reform: { value: 14.3%, source: BBC }
  smokers: { value: 5.3 million people, source: ONS }
  adults: { value: 44.6 million people, source: ONS }
claims:
  rate_drop: { compute: rate_before - rate_now }
  big_two: { compute: labour + conservative }
  big_three: { compute: labour + conservative + reform }
  literal_sum: { compute: 12% + 5% }
  everyone_else: { compute: 1 - (labour + conservative) }
  back_up: { compute: rate_now + fall_points }
  points_twice: { compute: fall_points + fall_points }
  bare_rate: { compute: rate_now }
  share: { compute: smokers / adults }
  share_plus: { compute: share + rate_now }
  ratio_of_rates: { compute: rate_before / rate_now }
  double_rate: { compute: rate_now * 2 }
`;

describe('sums of percentages shown as percentages', () => {
  it('shows a difference of two percents in percent: 12.9% − 11.9% = 1%', () => {
    // 0.129 − 0.119 = 0.01 → "1%" (it printed "0.01").
    expect(claims(FILE).get('rate_drop')!.message).toBe('12.9% - 11.9% = 1%');
  });

  it('shows sums of vote shares in percent, as written', () => {
    // 33.7 + 23.7 = 57.4; + 14.3 = 71.7 (four significant figures).
    expect(claims(FILE).get('big_two')!.message).toBe('33.7% + 23.7% = 57.4%');
    expect(claims(FILE).get('big_three')!.message).toBe('33.7% + 23.7% + 14.3% = 71.7%');
    // Percents written in the expression itself: 12% + 5% = 17%.
    expect(claims(FILE).get('literal_sum')!.message).toBe('12% + 5% = 17%');
    // The rest of the vote: 1 − 0.574 = 0.426 → 42.6%.
    expect(claims(FILE).get('everyone_else')!.message).toBe('1 - (33.7% + 23.7%) = 42.6%');
    // A claim used in another keeps its percent: 5.3m / 44.6m = 11.88%, + 11.9% = 23.78%.
    expect(claims(FILE).get('share_plus')!.message).toBe('share + 11.9% = 23.78%');
  });

  it('shows percentage points added to a percent as a percent, and points plus points as points', () => {
    // 11.9% + 1 point = 12.9%; 1 point + 1 point = 2 percentage points.
    expect(claims(FILE).get('back_up')!.message).toBe('11.9% + 1 percentage point = 12.9%');
    expect(claims(FILE).get('points_twice')!.message).toBe('1 percentage point + 1 percentage point = 2 percentage points');
  });

  it('shows a percent input on its own in percent', () => {
    expect(claims(FILE).get('bare_rate')!.message).toBe('11.9% = 11.9%');
  });

  it('keeps plain numbers where percents are divided or multiplied', () => {
    // 5.3 / 44.6 = 0.1188: a ratio of counts is no percent anyone wrote.
    expect(claims(FILE).get('share')!.message).toBe('5.3 million people / 44.6 million people = 0.1188');
    // 12.9 / 11.9 = 1.084; 0.119 × 2 = 0.238.
    expect(claims(FILE).get('ratio_of_rates')!.message).toBe('12.9% / 11.9% = 1.084');
    expect(claims(FILE).get('double_rate')!.message).toBe('11.9% * 2 = 0.238');
  });
});

describe('a long chain of percent sums', () => {
  /** `n` claims: c1 = 1% + 1%, then each the one before plus `step` (listed last first when `reversed`). */
  function chain(n: number, step: string, reversed: boolean): string {
    const lines = [];
    for (let i = 1; i <= n; i++) lines.push(`  c${i}: { compute: ${i === 1 ? 'pct' : `c${i - 1}`} + ${i === 1 ? 'pct' : step} }`);
    if (reversed) lines.reverse();
    return `inputs:\n  pct: { value: 1%, source: x }\nclaims:\n${lines.join('\n')}\n`;
  }

  it('reads each claim once in file order: c1000 = 1,001%', () => {
    // c1 = 2%, c_i = c_(i−1) + 1%: c1000 = 1,001%.
    const c = claims(chain(1000, 'pct', false));
    expect(c.get('c1')!.message).toBe('1% + 1% = 2%');
    expect(c.get('c1000')!.message).toBe('c999 + 1% = 1,001%');
    // Listed last first, every sum still has a percent in it.
    expect(claims(chain(1000, 'pct', true)).get('c1000')!.message).toBe('c999 + 1% = 1,001%');
  });

  it('follows a chain only 64 claims deep, and never overflows the stack', () => {
    // c_i = c_(i−1) + 0: only c1 holds a percent. In file order each claim
    // reads the one before it once: c1000 = 2%. Listed last first, c1000 is
    // read first and its percent lies 1,000 claims deep: past 64 it shows
    // the plain number, 0.02.
    expect(claims(chain(1000, '0', false)).get('c1000')!.message).toBe('c999 + 0 = 2%');
    const reversed = claims(chain(1000, '0', true));
    expect(reversed.get('c1000')!.message).toBe('c999 + 0 = 0.02');
    expect(reversed.get('c1')!.message).toBe('1% + 1% = 2%');
  });
});
