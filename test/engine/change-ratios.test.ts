// A claim with nothing stated that works out a relative change shows it as
// the change it is, a signed percent (README, Decisions, "Changes with
// nothing stated"; spec news-language §5: a change is `new / old - 1`),
// with the four significant figures the rest of the report uses. A plain
// ratio stays a plain number. Through the real pipeline: checkClaimsText over
// a claims file in memory, with the figures of the newsroom fixtures
// energy-price-cap-149-october (Ofgem cap £1,568 → £1,717 a year) and
// health-measles (607,000 → 672,000 people).
import { describe, expect, it } from 'vitest';
import { claims } from './claims-in-memory.js';

const FILE = `
inputs:
  cap_before: { value: "£1,568 a year", source: Ofgem }
  cap_after: { value: "£1,717 a year", source: Ofgem }
  cap_rise: { value: £149 a year, source: Ofgem }
  before: { value: "672,000 people", source: UKHSA }
  after: { value: "607,000 people", source: UKHSA }
  n_years: { value: 5, source: x }
  rate_before: { value: 12.9%, source: ONS }
  rate_now: { value: 11.9%, source: ONS }
claims:
  rise_rate: { compute: cap_after / cap_before - 1 }
  rise_rate_difference: { compute: (cap_after - cap_before) / cap_before }
  rise_on_stated_rise: { compute: cap_rise / cap_before }
  fall_rate: { compute: after / before - 1 }
  fall_rate_difference: { compute: (after - before) / before }
  fall_share: { compute: 1 - after / before }
  fall_share_difference: { compute: (before - after) / before }
  ratio: { compute: cap_after / cap_before }
  ratio_claim_minus_one: { compute: ratio - 1 }
  yearly_growth: { compute: (cap_after / cap_before) ^ (1 / n_years) - 1 }
  rate_change: { compute: rate_now / rate_before - 1 }
  ratio_plus_one: { compute: cap_after / cap_before + 1 }
  ratio_minus_two: { compute: cap_after / cap_before - 2 }
  difference_over_other: { compute: (cap_after - cap_before) / cap_rise }
`;

describe('relative changes with nothing stated', () => {
  it('shows new / old − 1 as a signed percent: 1,717 / 1,568 − 1 = +9.503%', () => {
    // 1717 / 1568 = 1.095025…; − 1 = 0.095025 → 9.5025% → four significant figures: +9.503%.
    // It printed "0.09503".
    expect(claims(FILE).get('rise_rate')!.message).toBe('£1,717 a year / (£1,568 a year) - 1 = +9.503%');
  });

  it('shows (new − old) / old the same way', () => {
    // (1717 − 1568) / 1568 = 149 / 1568 = 0.095025 → +9.503%.
    expect(claims(FILE).get('rise_rate_difference')!.message).toBe('((£1,717 a year) - (£1,568 a year)) / (£1,568 a year) = +9.503%');
  });

  it('shows a fall with a minus sign: 607,000 / 672,000 − 1 = −9.673%', () => {
    // 607 / 672 = 0.903274; − 1 = −0.096726 → −9.673%.
    expect(claims(FILE).get('fall_rate')!.message).toBe('607,000 people / 672,000 people - 1 = −9.673%');
    expect(claims(FILE).get('fall_rate_difference')!.message).toBe('(607,000 people - 672,000 people) / 672,000 people = −9.673%');
  });

  it('shows the size of a fall (1 − new / old, (old − new) / old) as a percent without a sign', () => {
    // 1 − 0.903274 = 0.096726 → 9.673%: the share lost, a percent like "1 - 12%".
    expect(claims(FILE).get('fall_share')!.message).toBe('1 - 607,000 people / 672,000 people = 9.673%');
    expect(claims(FILE).get('fall_share_difference')!.message).toBe('(672,000 people - 607,000 people) / 672,000 people = 9.673%');
  });

  it('reads a ratio claim minus one as a change', () => {
    // ratio = 1.095025 (a plain ratio stays a number, 4 significant figures: 1.095); ratio − 1 = +9.503%.
    expect(claims(FILE).get('ratio')!.message).toBe('£1,717 a year / (£1,568 a year) = 1.095');
    expect(claims(FILE).get('ratio_claim_minus_one')!.message).toBe('ratio - 1 = +9.503%');
  });

  it('shows a compound yearly rate, (last / first) ^ (1 / n_years) − 1, as a change', () => {
    // 1.095025 ^ (1/5) = e^(ln 1.095025 / 5) = e^(0.090777 / 5) = e^0.0181554 = 1.018321; − 1 = +1.832%.
    expect(claims(FILE).get('yearly_growth')!.message).toBe('((£1,717 a year) / (£1,568 a year))^(1 / 5) - 1 = +1.832%');
  });

  it('shows a relative change of two percents as a change too', () => {
    // 11.9 / 12.9 = 0.922481; − 1 = −0.077519 → −7.752%.
    expect(claims(FILE).get('rate_change')!.message).toBe('11.9% / 12.9% - 1 = −7.752%');
  });

  it('keeps plain numbers where the shape is no change', () => {
    // 1.095025 + 1 = 2.095 and − 2 = −0.905 (four significant figures: −0.905): no change anyone wrote.
    expect(claims(FILE).get('ratio_plus_one')!.message).toBe('£1,717 a year / (£1,568 a year) + 1 = 2.095');
    expect(claims(FILE).get('ratio_minus_two')!.message).toBe('£1,717 a year / (£1,568 a year) - 2 = −0.905');
    // A difference over a third amount is a ratio, not a change: 149 / 149 = 1.
    expect(claims(FILE).get('difference_over_other')!.message).toBe('((£1,717 a year) - (£1,568 a year)) / (£149 a year) = 1');
  });
});
