// Property (issue 5, §8): every number written in every grammar form parses
// back to itself — its value, and a precision interval that contains the
// value. Forms: "1234.5", "1,234.5", "12.5%", "12.5 percent", "12.5 per cent",
// "$5.5 billion", "7.5 thousand", "1.5e3", number words ("a quarter").
import { describe, expect, it } from 'vitest';
import { parseQuantityText, type QuantityContext } from '../../src/quantity/index.js';
import { defaults, fc, SPAN } from './setup.js';

const { rules, registry } = defaults();
const ctx: QuantityContext = { rules, unitWords: registry.unitWords, currencySymbols: registry.currencySymbols };

/** "1234567.5" → "1,234,567.5" */
function grouped(written: string): string {
  const [whole, fraction] = written.split('.');
  const withCommas = (whole as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}

/** A non-negative decimal numeral with 0–3 decimals, and its value. */
const numeral = fc
  .tuple(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 3 }))
  .map(([n, decimals]) => {
    const written = (n / 10 ** decimals).toFixed(decimals);
    return { written, value: Number(written) };
  });

/** Parses `text` and checks it reads as `value` (relative 1e-12), unit `unit`, precision containing the value. */
function readsAs(text: string, value: number, unit = ''): void {
  const { quantity, problems } = parseQuantityText(text, ctx, SPAN);
  expect(problems, text).toEqual([]);
  expect(quantity, text).toBeDefined();
  const low = quantity!.low;
  expect(quantity!.high, text).toBeUndefined();
  expect(quantity!.unit, text).toBe(unit);
  expect(Math.abs(low.value - value), `${text}: ${low.value} vs ${value}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(value)));
  // The written precision admits the value itself.
  expect(low.precision.low, text).toBeLessThanOrEqual(low.value);
  expect(low.precision.high, text).toBeGreaterThanOrEqual(low.value);
  if (low.precision.highOpen) expect(low.precision.high, text).toBeGreaterThan(low.value);
}

describe('every number parses back to itself', () => {
  it('plain numerals: "1234.5"', () => {
    fc.assert(fc.property(numeral, ({ written, value }) => readsAs(written, value)));
  });

  it('grouped numerals: "1,234.5"', () => {
    fc.assert(fc.property(numeral, ({ written, value }) => readsAs(grouped(written), value)));
  });

  it('percentages: "12.5%", "12.5 percent", "12.5 per cent" (value / 100)', () => {
    const percent = fc.tuple(fc.integer({ min: 0, max: 99_999 }), fc.integer({ min: 0, max: 2 }), fc.constantFrom('%', ' percent', ' per cent'));
    fc.assert(fc.property(percent, ([n, decimals, sign]) => {
      const written = (n / 10 ** decimals).toFixed(decimals);
      readsAs(`${written}${sign}`, Number(written) / 100);
    }));
  });

  it('scale words and currency: "$5.5 billion", "7.5 thousand"', () => {
    const scaled = fc.tuple(
      fc.integer({ min: 1, max: 9_999 }),
      fc.integer({ min: 0, max: 2 }),
      fc.constantFrom(['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12]),
      fc.boolean(),
    );
    fc.assert(fc.property(scaled, ([n, decimals, [word, factor], dollars]) => {
      const written = (n / 10 ** decimals).toFixed(decimals);
      readsAs(`${dollars ? '$' : ''}${written} ${word}`, Number(written) * (factor as number), dollars ? 'USD' : '');
    }));
  });

  it('scientific notation: "1.5e3"', () => {
    const scientific = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 9 }), fc.integer({ min: -6, max: 12 }));
    fc.assert(fc.property(scientific, ([a, b, exponent]) => {
      const written = `${a}.${b}e${exponent}`;
      readsAs(written, Number(written));
    }));
  });

  it('number words: "a quarter", "two-thirds", "eleven thousand"', () => {
    const words: Array<[string, number]> = [
      ['a quarter', 0.25], ['half', 0.5], ['a third', 1 / 3], ['two-thirds', 2 / 3], ['three quarters', 0.75],
      ['a fifth', 0.2], ['a dozen', 12], ['forty', 40], ['eleven thousand', 11000], ['one and a half', 1.5],
    ];
    fc.assert(fc.property(fc.constantFrom(...words), ([text, value]) => readsAs(text, value)));
  });
});
