// Every `stated` of /work/shared/spec/judging-examples.md, read by the
// quantity stage: hedge, value(s), precision, unit. (The verdicts themselves
// belong to the judge; here we pin what the words are read as.)
import { describe, expect, test } from 'vitest';
import { closed, ctx, halfOpen, q } from './helpers.js';
import type { NumberSet } from '../../src/types.js';

interface Row {
  rows: string; // the table rows that state it
  text: string;
  hedge?: string;
  unit: string;
  display?: 'plain' | 'percent' | 'points';
  low: { value: number; precision: NumberSet; isWord?: boolean };
  high?: { value: number; precision: NumberSet };
}

const rows: Row[] = [
  // 55 years: step 1 → [54.5, 55.5)
  { rows: '1-3, 25', text: '55 years', unit: 'years', low: { value: 55, precision: halfOpen(54.5, 55.5) } },
  // 10% → 0.1, step 0.01 → [0.095, 0.105); 27% → [0.265, 0.275)
  {
    rows: '4-6', text: '10% to 27%', unit: '', display: 'percent',
    low: { value: 0.1, precision: halfOpen(0.095, 0.105) }, high: { value: 0.27, precision: halfOpen(0.265, 0.275) },
  },
  // "almost": the bound is 200 itself; its rounding "20"+"0" → step 10
  { rows: '7-9', text: 'almost 200', hedge: 'almost', unit: '', low: { value: 200, precision: halfOpen(195, 205) } },
  // 7.5% → 0.075, step 0.001
  { rows: '10', text: 'about 7.5%', hedge: 'about', unit: '', display: 'percent', low: { value: 0.075, precision: halfOpen(0.0745, 0.0755) } },
  { rows: '11-12', text: 'more than 600,000', hedge: 'more than', unit: '', low: { value: 600000, precision: halfOpen(595000, 605000) } },
  { rows: '13', text: 'at least 800,000', hedge: 'at least', unit: '', low: { value: 800000, precision: halfOpen(795000, 805000) } },
  // 5.5 × 1e9, step 0.1 × 1e9
  { rows: '14', text: 'up to $5.5 billion', hedge: 'up to', unit: 'USD', low: { value: 5.5e9, precision: halfOpen(5.45e9, 5.55e9) } },
  { rows: '15', text: '12,000', unit: '', low: { value: 12000, precision: halfOpen(11500, 12500) } },
  { rows: '16', text: '700', unit: '', low: { value: 700, precision: halfOpen(695, 705) } },
  // £ → GBP; "a year" → /year; "24"+"00": step 100
  { rows: '17', text: '£2,400 a year', unit: 'GBP/year', low: { value: 2400, precision: halfOpen(2350, 2450) } },
  // 3 × 1e6, step 1e6
  { rows: '18', text: '$3 million per household', unit: 'USD/household', low: { value: 3e6, precision: halfOpen(2.5e6, 3.5e6) } },
  { rows: '19', text: '48,000 votes', unit: 'votes', low: { value: 48000, precision: halfOpen(47500, 48500) } },
  { rows: '20', text: 'slightly less than 1', hedge: 'slightly less than', unit: '', low: { value: 1, precision: halfOpen(0.5, 1.5) } },
  // a word: 0.25 ± 5%, closed
  { rows: '21-22', text: 'almost a quarter', hedge: 'almost', unit: '', low: { value: 0.25, precision: closed(0.2375, 0.2625), isWord: true } },
  { rows: '23', text: '2.5%', unit: '', display: 'percent', low: { value: 0.025, precision: halfOpen(0.0245, 0.0255) } },
  { rows: '24', text: '2.5 percentage points', unit: '', display: 'points', low: { value: 0.025, precision: halfOpen(0.0245, 0.0255) } },
  { rows: '26', text: '10 days', unit: 'days', low: { value: 10, precision: halfOpen(9.5, 10.5) } },
  { rows: '27', text: 'a dozen', unit: '', low: { value: 12, precision: closed(11.4, 12.6), isWord: true } },
  // the scale written once applies to both ends: 5e9 with step 1e9
  {
    rows: '28', text: 'between 5 and 6 billion', unit: '',
    low: { value: 5e9, precision: halfOpen(4.5e9, 5.5e9) }, high: { value: 6e9, precision: halfOpen(5.5e9, 6.5e9) },
  },
  {
    rows: '29', text: '$5 to 6 billion', unit: 'USD',
    low: { value: 5e9, precision: halfOpen(4.5e9, 5.5e9) }, high: { value: 6e9, precision: halfOpen(5.5e9, 6.5e9) },
  },
  { rows: '30', text: 'nearly 80%', hedge: 'nearly', unit: '', display: 'percent', low: { value: 0.8, precision: halfOpen(0.795, 0.805) } },
  {
    rows: '31', text: 'more than two-thirds', hedge: 'more than', unit: '',
    low: { value: 2 / 3, precision: closed(0.633333333333333, 0.7), isWord: true },
  },
  { rows: '32', text: 'more than 40%', hedge: 'more than', unit: '', display: 'percent', low: { value: 0.4, precision: halfOpen(0.395, 0.405) } },
  { rows: '33', text: 'fewer than 100', hedge: 'fewer than', unit: '', low: { value: 100, precision: halfOpen(95, 105) } },
  // "per week" → 1/week (a rate); 6 → [5.5, 6.5)
  { rows: '34', text: '6 per week', unit: '1/week', low: { value: 6, precision: halfOpen(5.5, 6.5) } },
  { rows: '35', text: 'half', unit: '', low: { value: 0.5, precision: closed(0.475, 0.525), isWord: true } },
];

describe('judging-examples.md: the stated words', () => {
  test.each(rows)('row $rows: $text', (row) => {
    const quantity = q(row.text);
    expect(quantity.text).toBe(row.text);
    expect(quantity.hedge).toEqual(row.hedge === undefined ? undefined : ctx.rules.hedges.get(row.hedge));
    expect(quantity.unit).toBe(row.unit);
    expect(quantity.display).toBe(row.display ?? 'plain');
    expect(quantity.low.value).toBeCloseTo(row.low.value, 12);
    expect(quantity.low.isWord).toBe(row.low.isWord ?? false);
    expect(quantity.low.precision.lowOpen).toBe(row.low.precision.lowOpen);
    expect(quantity.low.precision.highOpen).toBe(row.low.precision.highOpen);
    expect(quantity.low.precision.low).toBeCloseTo(row.low.precision.low, 12);
    expect(quantity.low.precision.high).toBeCloseTo(row.low.precision.high, 12);
    if (row.high) {
      expect(quantity.high?.value).toBe(row.high.value);
      expect(quantity.high?.precision).toEqual(row.high.precision);
    } else {
      expect(quantity.high).toBeUndefined();
    }
  });

  test('exact bounds where they matter: no 0.26499999…', () => {
    expect(q('27%').low.precision.low).toBe(0.265);
    expect(q('7.5%').low.precision.high).toBe(0.0755);
    expect(q('a quarter').low.precision).toEqual(closed(0.2375, 0.2625));
  });
});
