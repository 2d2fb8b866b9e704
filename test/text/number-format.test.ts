// The one number-formatting module: hand-worked examples of each function,
// and formatGrouped (no Intl) against Intl.NumberFormat('en-US') — the
// formatter it replaces — on many numbers, so reports keep every byte.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAmount, formatGrouped, formatInterval, formatPercent, formatPresented, formatRange, formatSignificant } from '../../src/text/number-format.js';

describe('formatGrouped', () => {
  it('groups thousands and drops trailing zeros', () => {
    expect(formatGrouped(1234567.891, 2)).toBe('1,234,567.89');
    // 10.00 → "10"; 999.5 with 0 decimals rounds half away from zero → "1,000".
    expect(formatGrouped(10, 2)).toBe('10');
    expect(formatGrouped(999.5, 0)).toBe('1,000');
    expect(formatGrouped(0.125, 2)).toBe('0.13');
    // 1.005 rounds on its written digits, as Intl does: "1.01" (toFixed says "1.00").
    expect(formatGrouped(1.005, 2)).toBe('1.01');
    expect(formatGrouped(0.0004, 3)).toBe('0');
    expect(formatGrouped(0.0005, 3)).toBe('0.001');
    expect(formatGrouped(-1234.5, 1)).toBe('-1,234.5');
    expect(formatGrouped(123, 0)).toBe('123');
    // 2^70 is written 1.1805916207174113e+21: Intl shows those digits, then zeros.
    expect(formatGrouped(2 ** 70, 0)).toBe('1,180,591,620,717,411,300,000');
  });

  it('writes what Intl.NumberFormat en-US writes, for any number and decimals 0–12', () => {
    const intl = (x: number, d: number): string => {
      const text = new Intl.NumberFormat('en-US', { minimumFractionDigits: d, maximumFractionDigits: d, useGrouping: true }).format(x);
      return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
    };
    fc.assert(
      fc.property(fc.oneof(fc.double({ min: -1e25, max: 1e25, noNaN: true }), fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 1000)), fc.integer({ min: 0, max: 12 }), (x, d) => {
        expect(formatGrouped(x, d)).toBe(intl(x, d));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the formatters built on it', () => {
  it('formatSignificant keeps 4 significant digits', () => {
    // 20266.26 → 2.027e4 → "20270"; 0.272727… → "0.2727".
    expect(formatSignificant(20266.26)).toBe('20270');
    expect(formatSignificant(3 / 11)).toBe('0.2727');
    expect(formatSignificant(0)).toBe('0');
  });

  it('formatAmount writes large amounts in words with a true minus', () => {
    // 5.5e9 → "5.5 billion"; −1200 → "−1,200".
    expect(formatAmount(5.5e9, 0)).toBe('5.5 billion');
    expect(formatAmount(-1200, 0)).toBe('−1,200');
    expect(formatAmount(1234.5678, 2)).toBe('1,234.57');
  });

  it('formatPresented, formatRange, formatPercent and formatInterval write values with their units', () => {
    expect(formatPresented(5.5e9, { unit: 'USD', display: 'plain', currencySign: '$' }, 0)).toBe('$5.5 billion');
    // 0.1 as a percent with 1 decimal: "10%" (trailing zero dropped).
    expect(formatPresented(0.1, { unit: '', display: 'percent' }, 1)).toBe('10%');
    expect(formatPresented(191.25, { unit: 'soldier/mi^2', pluralUnit: 'soldiers/mi^2', display: 'plain' }, 1)).toBe('191.3 soldiers/mi²');
    expect(formatRange(0.1, 0.273, { unit: '', display: 'percent' }, 1)).toBe('10% to 27.3%');
    expect(formatPercent(0.081)).toBe('8.1%');
    expect(formatInterval({ low: 1100, high: 3000 }, 'soldier')).toBe('1100 to 3000 soldier');
  });
});
