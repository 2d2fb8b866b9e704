// Amounts of money are shown as newspapers write them (README, Decisions,
// "Money"): whole units when four significant figures need no decimals, two
// decimals (pence, cents) when a fraction is shown, never one decimal; tiny
// amounts (under 0.1 of the currency) keep four significant figures. Through
// the real pipeline: checkClaimsText over claims files in memory, with the
// numbers of examples/everyday/city-budget and westford-budget.
import { describe, expect, it } from 'vitest';
import { claims } from './claims-in-memory.js';
import { formatPresented, formatRange } from '../../src/text/number-format.js';
import { sensibleDecimals } from '../../src/judge/format.js';

const FILE = `
inputs:
  budget: { value: £612m, source: council budget report }
  population: { value: "812,000 people", source: ONS }
  westford_budget: { value: £412m, source: council }
  westford_people: { value: "312,000 people", source: ONS }
  band_d_bill: { value: "£2,134 a year", source: council tax leaflet }
  band_d_before: { value: "£2,010.05", source: council tax leaflet }
  rebate: { value: £0.70, source: council tax leaflet }
  repairs: { value: "£1,000", source: council }
  flats: { value: 3 people, source: council }
  quarter_share: { value: "£1,500", source: council }
  households: { value: 4 people, source: council }
  grant: { value: $1, source: council }
  viewers: { value: 40 people, source: council }
  aid: { value: $1.4 billion, source: bench/generate.mjs }
  troops: { value: "5,200 people", source: bench/generate.mjs }
claims:
  per_head: { compute: budget / population, stated: £754 per head }
  per_head_shown: { compute: budget / population }
  westford_per_head: { compute: westford_budget / westford_people, stated: "£1,230 per head" }
  weekly_bill: { compute: band_d_bill, stated: about £41 a week }
  bill_minus: { compute: band_d_before - rebate }
  repairs_each: { compute: repairs / flats }
  share_each: { compute: quarter_share / households }
  tiny: { compute: grant / viewers }
  aid_each: { compute: aid / troops, stated: "$269,231 per person" }
`;

describe('money in results', () => {
  it('shows pence with two decimals, never one: £753.69, not £753.7', () => {
    // 612,000,000 / 812,000 = 753.6946…: four significant figures would be
    // "753.7"; money shows two decimals, 753.69. "£754" admits [753.5, 754.5),
    // shown in the same style.
    const c = claims(FILE).get('per_head')!;
    expect(c.message).toBe('£612m / 812,000 people = £753.69/person, stated £754 per head');
    expect(c.trace?.admissible).toBe('[£753.50, £754.50)/person');
    // With nothing stated, the same value in the same style.
    expect(claims(FILE).get('per_head_shown')!.message).toBe('£612m / 812,000 people = £753.69/person');
  });

  it('keeps whole pounds where four significant figures need no decimals', () => {
    // 412,000,000 / 312,000 = 1,320.51…: four significant figures are "1,321".
    const c = claims(FILE).get('westford_per_head')!;
    expect(c.message).toBe('£412m / 312,000 people = £1,321/person, stated £1,230 per head');
    expect(c.trace?.admissible).toBe('[£1,225, £1,235)/person');
  });

  it('pads a rounded fraction to two decimals: £40.90 a week, not £40.9', () => {
    // £2,134 a year in weeks: 2134 × 7 / 365.25 = 40.8980…, to two decimals 40.90.
    expect(claims(FILE).get('weekly_bill')!.message).toBe('£2,134 a year = £40.90/week, stated about £41 a week');
    // 2,010.05 − 0.70 = 2,009.35: four significant figures would drop the pence
    // ("£2,009"), but the result is shown with two decimals only when a fraction
    // is shown at all, so here it is whole pounds.
    expect(claims(FILE).get('bill_minus')!.message).toBe('£2,010.05 - £0.70 = £2,009');
  });

  it('shows a whole amount without decimals and a third of £1,000 with pence', () => {
    // 1,000 / 3 = 333.333… → "£333.33"; 1,500 / 4 = 375 exactly → "£375", not "£375.00".
    expect(claims(FILE).get('repairs_each')!.message).toBe('£1,000 / 3 people = £333.33/person');
    expect(claims(FILE).get('share_each')!.message).toBe('£1,500 / 4 people = £375/person');
  });

  it('shows the cents an edge of the stated words needs with two decimals, never one', () => {
    // 1.4e9 / 5,200 = 269,230.769…; "$269,231" admits [269,230.5, 269,231.5):
    // whole dollars would show the value as the edge's neighbour 269,231, so
    // decimals are needed — two for money: $269,230.77 (not $269,230.8).
    const c = claims(FILE).get('aid_each')!;
    expect(c.message).toBe('$1.4 billion / 5,200 people = $269,230.77/person, stated $269,231 per person');
    expect(c.trace?.admissible).toBe('[$269,230.50, $269,231.50)/person');
  });

  it('keeps four significant figures for amounts under a tenth of the currency', () => {
    // $1 / 40 = 0.025: two decimals would show "$0.03"; it keeps its figures.
    expect(claims(FILE).get('tiny')!.message).toBe('$1 / 40 people = $0.025/person');
  });
});

describe('the money rule in the formatters', () => {
  const gbp = { unit: 'GBP/person', display: 'plain', currencySign: '£' } as const;

  it('sensibleDecimals gives money 0 or at least 2 decimals', () => {
    // 753.69: four significant figures need 1 decimal → money takes 2.
    expect(sensibleDecimals([753.69], 0, [], 1, 2)).toBe(2);
    // 1,320.5 needs none; 40.9 needs 2; 7.537 would take 3 → money takes 2.
    expect(sensibleDecimals([1320.5], 0, [], 1, 2)).toBe(0);
    expect(sensibleDecimals([40.9], 0, [], 1, 2)).toBe(2);
    expect(sensibleDecimals([7.537], 0, [], 1, 2)).toBe(2);
    // A stated "£1,234.5" has 1 decimal: money shows 2.
    expect(sensibleDecimals([1234.56], 1, [], 1, 2)).toBe(2);
    // $269,230.77 against "$269,231" ([269,230.5, 269,231.5)): whole dollars would
    // print it as the edge's neighbour, so it needs decimals — two, never one.
    expect(sensibleDecimals([269230.769], 0, [269230.5, 269231.5], 1, 2)).toBe(2);
    expect(sensibleDecimals([269230.769], 0, [269230.5, 269231.5], 1)).toBe(1);
    // Not money: 753.69 keeps four significant figures, 1 decimal.
    expect(sensibleDecimals([753.69], 0, [], 1)).toBe(1);
  });

  it('formatPresented pads money to two decimals only when a fraction shows', () => {
    expect(formatPresented(753.7, gbp, 2)).toBe('£753.70/person');
    expect(formatPresented(375, gbp, 2)).toBe('£375/person');
    // Asked for one decimal, money rounds to two: 269,230.769 → "269,230.77", never a padded "269,230.80".
    expect(formatPresented(269230.769, gbp, 1)).toBe('£269,230.77/person');
    // Large amounts keep their scale word ("£5.5 billion", as news writes it).
    expect(formatPresented(5.5e9, { unit: 'GBP', display: 'plain', currencySign: '£' }, 0)).toBe('£5.5 billion');
    expect(formatRange(39.5, 40.25, gbp, 2)).toBe('£39.50/person to £40.25/person');
    // Not money: trailing zeros go.
    expect(formatPresented(753.7, { unit: 'soldier', display: 'plain' }, 2)).toBe('753.7 soldier');
  });
});
