// The unit registry: mathjs built-ins, the default rules/units.yaml rows and
// custom units from a claims file. Factors are SI: 1 mi = 1609.344 m exactly.
import { worded, wordedData } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import type { UnitRule } from '../../src/types.js';

const span = { file: 'claims.yaml', line: 3, column: 3, endLine: 3, endColumn: 10 };
const defaults = (): UnitRule[] => [...loadDefaultRules().units.values()];
const fileUnits: UnitRule[] = [
  { name: 'soldier', aliases: ['soldiers', 'troops', 'troopers'], span },
  { name: 'KRW', aliases: ['won'], definition: '0.00075 USD', symbols: ['₩'], span },
  { name: 'GBP', aliases: ['pound', 'pounds'], symbols: ['£'], span },
  { name: 'household', aliases: ['households'], span },
];
const { registry, problems } = createUnitRegistry([...defaults(), ...fileUnits]);

describe('lookup of mathjs units', () => {
  it('has no problems with the default rules plus valid custom units', () => {
    expect(problems).toEqual([]);
  });
  it('reads mi, its plural and prefixed km', () => {
    // 1 mi = 1609.344 m (international mile); km = 1000 m.
    expect(registry.lookup('mi')).toEqual({ expression: 'mi', factor: 1609.344, dimension: { LENGTH: 1 } });
    expect(registry.lookup('miles')?.factor).toBe(1609.344);
    expect(registry.lookup('km')).toEqual({ expression: 'km', factor: 1000, dimension: { LENGTH: 1 } });
  });
  it('takes year as 365.25 days and month as a twelfth of it', () => {
    // 365.25 × 86400 s = 31,557,600 s; / 12 = 2,629,800 s.
    expect(registry.lookup('year')?.factor).toBe(31557600);
    expect(registry.lookup('years')?.factor).toBe(31557600);
    expect(registry.lookup('month')?.factor).toBe(2629800);
    expect(registry.lookup('day')).toEqual({ expression: 'day', factor: 86400, dimension: { TIME: 1 } });
  });
  it('adds British spellings from rules/units.yaml to mathjs units', () => {
    expect(registry.lookup('metres')).toEqual({ expression: 'm', factor: 1, dimension: { LENGTH: 1 } });
    expect(registry.lookup('kilometres')?.factor).toBe(1000);
    expect(registry.unitWords.get('metres')).toBe('m');
  });
  it('returns undefined for a word nobody declared', () => {
    expect(registry.lookup('zorb')).toBeUndefined();
    expect(registry.lookup('')).toBeUndefined();
    expect(registry.lookup('constructor')).toBeUndefined();
    expect(registry.lookup('__proto__')).toBeUndefined();
  });
});

describe('custom units', () => {
  it('gives an undefined custom unit its own dimension, reachable by every alias', () => {
    const soldier = { expression: 'soldier', factor: 1, dimension: { soldier: 1 } };
    expect(registry.lookup('soldier')).toEqual(soldier);
    expect(registry.lookup('troops')).toEqual(soldier);
    // Case-insensitive through the alias table: "Troops" at the start of a sentence.
    expect(registry.lookup('Troops')).toEqual(soldier);
    expect(registry.unitWords.get('soldiers')).toBe('soldier');
  });
  it('matches declared words in any case, but not mathjs symbols', () => {
    expect(registry.lookup('Metres')?.expression).toBe('m');
    expect(registry.lookup('Dollars')?.expression).toBe('USD');
    // "M" is not a metre and "KM" not a kilometre: mathjs symbols are case-sensitive.
    expect(registry.lookup('M')).toBeUndefined();
    expect(registry.lookup('KM')).toBeUndefined();
    // …and "Mm" is a megametre, not a millimetre.
    expect(registry.lookup('Mm')?.factor).toBe(1e6);
  });
  it('resolves a definition through the registry: 1 KRW = 0.00075 USD', () => {
    expect(registry.lookup('KRW')).toEqual({ expression: 'KRW', factor: 0.00075, dimension: { USD: 1 } });
    expect(registry.lookup('won')?.factor).toBe(0.00075);
  });
  it('knows currency symbols: $ from the defaults, £ and ₩ from the file', () => {
    expect(registry.currencySymbols.get('$')).toBe('USD');
    expect(registry.currencySymbols.get('£')).toBe('GBP');
    expect(registry.currencySymbols.get('₩')).toBe('KRW');
    expect(registry.unitWords.get('dollars')).toBe('USD');
    expect(registry.unitWords.get('pounds')).toBe('GBP');
    expect(registry.lookup('GBP')?.dimension).toEqual({ GBP: 1 });
  });
  it('lets a later row override an earlier one by name', () => {
    const { registry: r } = createUnitRegistry([
      { name: 'KRW', aliases: [], definition: '0.001 USD' },
      { name: 'USD', aliases: [] },
      { name: 'KRW', aliases: [], definition: '0.00075 USD' },
    ]);
    expect(r.lookup('KRW')?.factor).toBe(0.00075);
  });
  it('chains definitions: 1 JPY = 10 KRW = 0.0075 USD', () => {
    const { registry: r, problems: p } = createUnitRegistry([
      { name: 'USD', aliases: [] },
      { name: 'JPY', aliases: [], definition: '10 KRW' },
      { name: 'KRW', aliases: [], definition: '0.00075 USD' },
    ]);
    expect(p).toEqual([]);
    expect(r.lookup('JPY')?.factor).toBeCloseTo(0.0075, 15);
    expect(r.lookup('JPY')?.dimension).toEqual({ USD: 1 });
  });
});

describe('problems in unit rules', () => {
  it('reports a definition that does not parse, at the rule', () => {
    const { problems: p } = createUnitRegistry([{ name: 'KRW', aliases: [], definition: '0.00075 *', span }]);
    expect(p).toHaveLength(1);
    expect({ ...p[0]!, data: wordedData(p[0]!.data) }).toMatchObject({ kind: 'parse', span, data: { what: "the definition of unit 'KRW'" } });
  });
  it('reports a definition that uses an unknown unit', () => {
    const { problems: p } = createUnitRegistry([{ name: 'KRW', aliases: [], definition: '0.00075 USDD', span }]);
    expect(p).toEqual([{ kind: 'unknown-unit', data: { unit: 'USDD', name: 'USDD', aliases: '...' }, span }]);
  });
  it('reports a circle of definitions once and does not loop', () => {
    const { registry: r, problems: p } = createUnitRegistry([
      { name: 'AAA', aliases: [], definition: '2 BBB', span },
      { name: 'BBB', aliases: [], definition: '3 AAA', span },
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]?.kind).toBe('parse');
    expect(worded(p[0]?.data['reason'])).toContain('AAA → BBB → AAA');
    // Both still resolve to something, so later stages do not crash.
    expect(r.lookup('AAA')).toBeDefined();
  });
  it('reports a unit defined as itself', () => {
    const { problems: p } = createUnitRegistry([{ name: 'AAA', aliases: [], definition: '2 AAA', span }]);
    expect(p).toHaveLength(1);
    expect(worded(p[0]?.data['reason'])).toContain('AAA → AAA');
  });
  it('refuses custom names and aliases that the expression language reserves', () => {
    const { registry: r, problems: p } = createUnitRegistry([
      { name: 'sqrt', aliases: [], span },
      { name: 'shell', aliases: ['shells', 'min'], span },
    ]);
    expect(p.map((x) => [x.kind, x.data['name']])).toEqual([['name-collision', 'sqrt'], ['name-collision', 'min']]);
    // min keeps meaning minute.
    expect(r.lookup('min')?.factor).toBe(60);
    expect(r.lookup('shells')?.dimension).toEqual({ shell: 1 });
  });
  it('refuses a definition on a mathjs unit', () => {
    const { problems: p } = createUnitRegistry([{ name: 'mi', aliases: [], definition: '2 km', span }]);
    expect(p[0]).toMatchObject({ kind: 'name-collision', data: { name: 'mi' } });
  });
  it('refuses an alias given to two units', () => {
    const { problems: p } = createUnitRegistry([
      { name: 'soldier', aliases: ['men'] },
      { name: 'sailor', aliases: ['men'] },
    ]);
    expect(p).toHaveLength(1);
    expect(p[0]?.data['name']).toBe('men');
  });
});

describe('resolve(expression)', () => {
  it('reads soldier/mi^2: 1 soldier per square mile = 1/2,589,988.110336 per m²', () => {
    const result = registry.resolve('soldier/mi^2');
    expect(result).toEqual({
      unit: { expression: 'soldier/mi^2', factor: 1 / 1609.344 ** 2, dimension: { soldier: 1, LENGTH: -2 } },
    });
  });
  it('reads mi^2/day: 1609.344² / 86400 = 29.97671424', () => {
    const result = registry.resolve('mi^2/day');
    expect('unit' in result && result.unit.factor).toBeCloseTo(29.97671424, 10);
    expect('unit' in result && result.unit.dimension).toEqual({ LENGTH: 2, TIME: -1 });
  });
  it('reads USD/household and aliases inside expressions', () => {
    expect(registry.resolve('USD/household')).toMatchObject({ unit: { factor: 1, dimension: { USD: 1, household: -1 } } });
    expect(registry.resolve('troops/km^2')).toMatchObject({ unit: { factor: 1e-6, dimension: { soldier: 1, LENGTH: -2 } } });
  });
  it('reads an empty expression as a plain number', () => {
    expect(registry.resolve('')).toEqual({ unit: { expression: '', factor: 1, dimension: {} } });
  });
  it('reads negative powers and implicit products', () => {
    // year^-1 = 1/31,557,600 s⁻¹; "soldier day" = 86,400 soldier·s.
    expect(registry.resolve('year^-1')).toMatchObject({ unit: { factor: 1 / 31557600, dimension: { TIME: -1 } } });
    expect(registry.resolve('soldier day')).toMatchObject({ unit: { factor: 86400, dimension: { soldier: 1, TIME: 1 } } });
  });
  it('lists every unknown word', () => {
    expect(registry.resolve('zorbs/flurb')).toEqual({ unknown: ['zorbs', 'flurb'] });
  });
  it('refuses what is not a unit expression', () => {
    expect(registry.resolve('mi +')).toHaveProperty('invalid');
    expect(registry.resolve('mi + km')).toHaveProperty('invalid');
    expect(registry.resolve('mi^x')).toHaveProperty('invalid');
    expect(registry.resolve('sqrt(mi)')).toHaveProperty('invalid');
    expect(registry.resolve('"mi"')).toHaveProperty('invalid');
  });
});
