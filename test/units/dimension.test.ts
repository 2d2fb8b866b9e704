// Dimension algebra, describe() and likelyCause(): pure functions over
// exponent records ({ LENGTH: 2, TIME: -1 } is mi²/day).
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import {
  combinesTo,
  createUnitRegistry,
  divideDimensions,
  isPlainNumber,
  likelyCause,
  multiplyDimensions,
  powerDimension,
  sameDimension,
} from '../../src/units/index.js';
import type { Dimension } from '../../src/types.js';

const { registry } = createUnitRegistry([
  { name: 'USD', aliases: ['dollars'], symbols: ['$'] },
  { name: 'GBP', aliases: [], symbols: ['£'] },
  { name: 'soldier', aliases: ['soldiers', 'troops'] },
  { name: 'household', aliases: ['households'] },
]);
const dim = (expression: string): Dimension => {
  const result = registry.resolve(expression);
  if (!('unit' in result)) throw new Error(`test unit ${expression} did not resolve`);
  return result.unit.dimension;
};

describe('dimension algebra', () => {
  it('adds exponents in products and drops zeros', () => {
    // (soldier / mi²) · mi² = soldier
    expect(multiplyDimensions({ soldier: 1, LENGTH: -2 }, { LENGTH: 2 })).toEqual({ soldier: 1 });
  });
  it('subtracts exponents in quotients', () => {
    // soldier / (mi²/day) = soldier·day/mi²
    expect(divideDimensions({ soldier: 1 }, { LENGTH: 2, TIME: -1 })).toEqual({ soldier: 1, LENGTH: -2, TIME: 1 });
    expect(divideDimensions({ USD: 1 }, { USD: 1 })).toEqual({});
  });
  it('multiplies exponents in powers; sqrt of an area is a length', () => {
    expect(powerDimension({ LENGTH: 2 }, 0.5)).toEqual({ LENGTH: 1 });
    expect(powerDimension({ LENGTH: 1, TIME: -1 }, 2)).toEqual({ LENGTH: 2, TIME: -2 });
    expect(powerDimension({ LENGTH: 1 }, 0)).toEqual({});
    // (x^(1/3))^3 comes back to exactly 1 despite rounding.
    expect(powerDimension(powerDimension({ LENGTH: 1 }, 1 / 3), 3)).toEqual({ LENGTH: 1 });
  });
  it('compares dimensions regardless of key order and zero entries', () => {
    expect(sameDimension({ LENGTH: 2, TIME: -1 }, { TIME: -1, LENGTH: 2 })).toBe(true);
    expect(sameDimension({ LENGTH: 2, TIME: 0 }, { LENGTH: 2 })).toBe(true);
    expect(sameDimension({ LENGTH: 2 }, { LENGTH: 1 })).toBe(false);
    expect(sameDimension({ USD: 1 }, { GBP: 1 })).toBe(false);
  });
  it('knows a plain number', () => {
    expect(isPlainNumber({})).toBe(true);
    expect(isPlainNumber({ TIME: 0 })).toBe(true);
    expect(isPlainNumber({ soldier: 1 })).toBe(false);
  });
  it('tells whether a product or quotient is a dimension without building it', () => {
    // soldier / (mi²) is soldier·LENGTH⁻², not soldier·LENGTH⁻¹; soldier · day is soldier·TIME.
    expect(combinesTo({ soldier: 1 }, '/', { LENGTH: 2 }, { soldier: 1, LENGTH: -2 })).toBe(true);
    expect(combinesTo({ soldier: 1 }, '/', { LENGTH: 2 }, { soldier: 1, LENGTH: -1 })).toBe(false);
    expect(combinesTo({ soldier: 1 }, '*', { TIME: 1 }, { TIME: 1, soldier: 1 })).toBe(true);
    // USD / USD is a plain number; a target with a zero exponent is the same plain number.
    expect(combinesTo({ USD: 1 }, '/', { USD: 1 }, {})).toBe(true);
    expect(combinesTo({ USD: 1 }, '/', { USD: 1 }, { USD: 0 })).toBe(true);
    expect(combinesTo({ USD: 1 }, '/', { USD: 1 }, { GBP: 1 })).toBe(false);
    // An exponent within 1e-13 of 1 rounds to 1, as the built product's does.
    expect(combinesTo({ LENGTH: 1 + 1e-13 }, '*', {}, { LENGTH: 1 })).toBe(true);
    expect(combinesTo({ LENGTH: 1 + 1e-9 }, '*', {}, { LENGTH: 1 })).toBe(false);
    // 1 + 0.9e-12 is rounded to 1 first, which is 1.8e-12 (more than 1e-12) from 1 + 1.8e-12:
    // not the same, though the unrounded exponents are only 0.9e-12 apart.
    expect(sameDimension(multiplyDimensions({ LENGTH: 1 + 0.9e-12 }, {}), { LENGTH: 1 + 1.8e-12 })).toBe(false);
    expect(combinesTo({ LENGTH: 1 + 0.9e-12 }, '*', {}, { LENGTH: 1 + 1.8e-12 })).toBe(false);
  });
  it('agrees with building the product or quotient and comparing it, on random dimensions', () => {
    // A seeded generator (xorshift32): exponents from -3 to 3, thirds, and values within 2e-13 of an integer.
    let seed = 0x2545f491;
    const next = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x1_0000_0000;
    };
    const keys = ['LENGTH', 'TIME', 'MASS', 'soldier', 'USD'];
    const exponent = (): number => {
      const r = next();
      const whole = Math.floor(next() * 7) - 3;
      return r < 0.6 ? whole : r < 0.8 ? whole / 3 : whole + (next() - 0.5) * 4e-13;
    };
    const dimension = (): Dimension => {
      const out: Record<string, number> = {};
      for (const key of keys) if (next() < 0.4) out[key] = exponent();
      return out;
    };
    let matches = 0;
    for (let i = 0; i < 20_000; i += 1) {
      const a = dimension();
      const b = dimension();
      const op = next() < 0.5 ? '*' : '/';
      const built = op === '*' ? multiplyDimensions(a, b) : divideDimensions(a, b);
      // Half the targets are the result itself, some with a key set to zero or nudged by 1e-13.
      const target: Record<string, number> = next() < 0.5 ? { ...built } : dimension();
      if (next() < 0.2) target[keys[Math.floor(next() * keys.length)]!] = next() < 0.5 ? 0 : (target['TIME'] ?? 0) + 1e-13;
      const expected = sameDimension(built, target);
      if (expected) matches += 1;
      expect(combinesTo(a, op, b, target)).toBe(expected);
    }
    // Both answers are well represented.
    expect(matches).toBeGreaterThan(5_000);
    expect(matches).toBeLessThan(15_000);
  });
});

describe('describe()', () => {
  it('says "a plain number" for {}', () => {
    expect(registry.describe({})).toBe('a plain number');
  });
  it('names a single built-in dimension in words', () => {
    expect(registry.describe(dim('year'))).toBe('time');
    expect(registry.describe(dim('mi^2'))).toBe('area');
  });
  it('uses the units the file used, symbols with / and words with per', () => {
    // The contract's example: computed soldier·day/mi², stated soldier/mi².
    expect(registry.describe(dim('soldier day/mi^2'), ['soldiers', 'mi', 'day'])).toBe('soldier·day/mi²');
    expect(registry.describe(dim('soldier/mi^2'), ['mi'])).toBe('soldier/mi²');
    expect(registry.describe(dim('mi^2'), ['mi'])).toBe('mi²');
    expect(registry.describe(dim('USD/household/year'), ['year'])).toBe('USD per household per year');
  });
  it('falls back to a year for time when the file used no time unit', () => {
    expect(registry.describe(dim('USD/year'))).toBe('USD per year');
    expect(registry.describe(dim('USD/day'), ['day'])).toBe('USD per day');
  });
  it('shows a plural mathjs word as its singular', () => {
    expect(registry.describe(dim('soldier/day'), ['days'])).toBe('soldier per day');
  });
});

describe('likelyCause()', () => {
  it('spots an extra time factor: a per-day rate against a total', () => {
    // friday_losses [soldier] / daily_gain [mi²/day] = soldier·day/mi², stated soldier/mi².
    expect(worded(likelyCause(dim('soldier day/mi^2'), dim('soldier/mi^2')))).toMatch(/rate .* total/);
  });
  it('spots a yearly rate against a total', () => {
    expect(worded(likelyCause(dim('USD/year'), {}))).toMatch(/yearly or daily rate/);
  });
  it('says a plain number computed against a unit lost its unit, not that a rate met a total', () => {
    // (2009-12-31 − 1926-01-01) / (1 year) = 83.997, a plain number, against "84 years".
    expect(worded(likelyCause({}, dim('year')))).toBe('is the unit divided away in compute (as by / (1 year)) or missing from an input? If not, state the value without a unit');
    expect(worded(likelyCause({}, dim('USD')))).toMatch(/state the value without a unit/);
  });
  it('says a duration against a plain number needs its unit written', () => {
    // 2009-12-31 − 1926-01-01 = 30,680 days, against a bare "84".
    expect(worded(likelyCause(dim('day'), {}))).toBe('write the unit after the stated number, or divide compute by one (as in (end - start) / (1 year))');
    // A rate against a plain number keeps its own question.
    expect(worded(likelyCause(dim('USD/year'), {}))).toMatch(/yearly or daily rate/);
  });
  it('spots two currencies without an exchange rate', () => {
    expect(worded(likelyCause(dim('GBP'), dim('USD')))).toMatch(/GBP and USD have no conversion/);
  });
  it('spots a length against an area', () => {
    expect(worded(likelyCause(dim('soldier/mi'), dim('soldier/mi^2')))).toMatch(/length .* area/);
  });
  it('spots a count left over', () => {
    expect(worded(likelyCause(dim('soldier'), {}))).toMatch(/count of soldier/);
  });
  it('shows two declared counts as one unit first, with the file\'s own words, then the definition', () => {
    // troop per soldier: troop over, soldier under; soldier keeps its line and gains troop and its plural.
    const { registry: counts } = createUnitRegistry([
      { name: 'soldier', aliases: ['soldiers'] },
      { name: 'troop', aliases: ['troops'] },
    ]);
    const d = (e: string): Dimension => (counts.resolve(e) as { unit: { dimension: Dimension } }).unit.dimension;
    expect(worded(likelyCause(d('troop/soldier'), {}, counts))).toBe(
      'troop and soldier have no conversion between them. If they are one thing, make troop a word for soldier: under units:, '
        + 'replace the lines of troop and soldier with soldier: { aliases: [soldiers, troop, troops] }. '
        + 'If not, define one in terms of the other (troop: { definition: … soldier })',
    );
    // Stated per troop, computed per soldier: the other way round.
    expect(worded(likelyCause(d('soldier'), d('troop'), counts))).toMatch(/make soldier a word for troop: .* troop: \{ aliases: \[troops, soldier, soldiers\] \}/);
  });
  it('keeps the definition advice for two currencies, which are never one thing', () => {
    expect(worded(likelyCause(dim('GBP'), dim('USD'), registry))).toBe(
      'GBP and USD have no conversion between them: define one in terms of the other (for example GBP: { definition: … USD })',
    );
  });
  it('gives nothing when the dimensions agree or no common mistake fits', () => {
    expect(likelyCause(dim('mi'), dim('km'))).toBeUndefined();
    expect(likelyCause(dim('USD'), dim('mi^3'))).toBeUndefined();
  });
});
