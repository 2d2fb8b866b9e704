/**
 * claimcheck's own mathjs instance (src/mathjs) is built from a few
 * factories, and the words an expression may name besides units are listed
 * in src/mathjs/language.ts. These tests hold both to a full `create(all)`
 * instance: the same unit words, the same factors and dimensions, the same
 * parse trees, and functions and constants that mathjs has under those names.
 */

import { all, create, isComplex, type MathJsInstance } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { isMathjsUnit, isUnitWord, sharedMath, unitNamesOf, unitWordTableOf } from '../../src/mathjs/index.js';
import { CALLABLE_FUNCTIONS, MATH_CONSTANTS, PARSER_LITERALS } from '../../src/mathjs/language.js';

const full = create(all!) as MathJsInstance;
const mini = sharedMath();

type UnitTable = Record<string, { prefixes: Record<string, unknown> }>;

/**
 * Whether claimcheck should read `word` as a unit: when a full instance
 * does, unless the unit is worth an imaginary amount. mathjs's only such
 * unit is VAR (volt-ampere reactive, i VA): it has no real size to convert
 * with, so claimcheck calls "500 VAR" an unknown unit (before, making it
 * crashed the minimal instance, which has no complex arithmetic).
 */
function realUnitWord(word: string): boolean {
  if (!full.Unit.isValuelessUnit(word)) return false;
  const unit = full.unit(1, word) as unknown as { units: { unit: { value: unknown } }[] };
  return !isComplex(unit.units[0]?.unit.value);
}

describe('the shared mathjs instance', () => {
  it('knows every unit word a full instance knows, with every prefix, and no others', () => {
    const units = full.Unit.UNITS as unknown as UnitTable;
    const words: string[] = [];
    for (const [name, unit] of Object.entries(units)) {
      for (const prefix of Object.keys(unit.prefixes)) words.push(`${prefix}${name}`);
    }
    // Words that are not units, some ending in a unit name ("troops" ends in
    // "s", "casualties_5" in nothing), and prefixes on units that take none.
    words.push('troops', 'soldier', 'casualties_5', 'nk_gdp', 'kmi', 'Mmiles', 'xs', 'dayss', 'k', 'M', 'per', '');
    expect(words.length).toBeGreaterThan(2000);
    for (const word of words) {
      expect(isMathjsUnit(word), word).toBe(realUnitWord(word));
    }
  });

  it('tells unit words as a full instance does from the name table the build embeds', () => {
    // The bundle carries unitNamesOf's table as JSON (scripts/build.mjs) and asks it instead of building the Unit class.
    const table = unitWordTableOf(JSON.parse(JSON.stringify(unitNamesOf(mini))) as ReturnType<typeof unitNamesOf>);
    const units = full.Unit.UNITS as unknown as UnitTable;
    const words = ['troops', 'soldier', 'casualties_5', 'nk_gdp', 'kmi', 'Mmiles', 'xs', 'dayss', 'k', 'M', 'per', '', 'kmm', 'hectare', 'KB', 'MiB', 'mmHg', 'degC', 'kdegC'];
    // Characters no unit name or prefix has (`_`, `²`, `°`, a space), next to units with digits (cm3, m2).
    words.push('m_s', 'km_2', 'm²', '°C', 'km h', 'cm3', 'm2', 'mm3', 'm3x', 'aid_per_soldier_12');
    for (const [name, unit] of Object.entries(units)) {
      for (const prefix of Object.keys(unit.prefixes)) words.push(`${prefix}${name}`, `x${prefix}${name}`, `${prefix}${name}s`);
    }
    expect(words.length).toBeGreaterThan(8000);
    for (const word of words) expect(isUnitWord(table, word), word).toBe(realUnitWord(word));
  });

  it('parses unit names into the same trees without the Unit class, and makes units when asked', () => {
    // A fresh instance's SymbolNode does not take the Unit class (src/mathjs/index.ts): parsing a unit name builds no unit.
    const tree = mini.parse('3 mi / day');
    expect(tree.toString()).toBe(full.parse('3 mi / day').toString());
    expect(mini.unit(1, 'mi').toString()).toBe('1 mi');
    expect((mini.Unit.UNITS as unknown as UnitTable)['mi']).toBeDefined();
  });

  it('gives each unit the factor and dimension a full instance gives', () => {
    // A prefixed unit (km), a derived one (mi^2 comes from mi), time, a plural, money-free counts.
    for (const word of ['mi', 'km', 'miles', 'day', 'days', 'year', 'hour', 'kg', 'acre', 'hectare', 'L', 'ms', 'Mm', 'inch', 'ft']) {
      const a = full.unit(1, word) as unknown as { value: number; dimensions: number[] };
      const b = mini.unit(1, word) as unknown as { value: number; dimensions: number[] };
      expect(b.value, word).toBe(a.value);
      expect(b.dimensions, word).toEqual(a.dimensions);
    }
    expect(mini.Unit.BASE_DIMENSIONS).toEqual(full.Unit.BASE_DIMENSIONS);
  });

  it('parses expressions into the same trees', () => {
    for (const text of ['nk_casualties / nk_troops_kursk', 'a * b / (c + 2) ^ 2', 'min(a, b) - abs(c)', '-x + 3 mi', 'soldier/mi^2', '1e3 * 2.5']) {
      expect(mini.parse(text).toString(), text).toBe(full.parse(text).toString());
      expect(JSON.stringify(mini.parse(text)), text).toBe(JSON.stringify(full.parse(text)));
    }
  });

  it('lists functions and constants a full instance has under those names', () => {
    const value = (name: string): unknown => (full as unknown as Record<string, unknown>)[name];
    for (const name of CALLABLE_FUNCTIONS.keys()) expect(typeof value(name), name).toBe('function');
    for (const name of MATH_CONSTANTS) expect(typeof value(name) === 'number' || isComplex(value(name)), name).toBe(true);
    // The literals are the parser's own (a constant node), not the instance's names.
    for (const name of PARSER_LITERALS) expect(mini.parse(name).type, name).toBe('ConstantNode');
    for (const name of MATH_CONSTANTS) expect(mini.parse(name).type, name).toBe('SymbolNode');
  });
});
