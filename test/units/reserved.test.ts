// reservedMeaning(): names that would silently change meaning inside an
// expression (units, the functions it may call, mathematical constants,
// keywords) and names that are free.
import { worded } from '../worded.js';
import { describe, expect, it } from 'vitest';
import { createUnitRegistry, reservedMeaning } from '../../src/units/index.js';

const { registry } = createUnitRegistry([
  { name: 'USD', aliases: ['dollars'], symbols: ['$'] },
  { name: 'soldier', aliases: ['soldiers', 'troops'] },
]);

describe('reservedMeaning()', () => {
  it.each([
    ['day', 'the unit day'],
    ['mi', 'the unit mile (mi)'],
    ['m', 'the unit meter (m)'],
    ['km', 'the unit kilometer (km)'],
    ['min', 'the unit minute (min) and the function min'],
    ['in', "the unit inch (in) and the conversion operator 'in'"],
    ['sqrt', 'the function sqrt'],
    ['round', 'the function round'],
    ['log', 'the function log'],
    ['tau', 'the constant tau'],
    ['pi', 'the constant pi'],
    ['e', 'the constant e'],
    ['i', 'the constant i'],
    ['true', 'the constant true'],
    ['Infinity', 'the constant Infinity'],
    ['NaN', 'the constant NaN'],
    ['mod', "the operator 'mod'"],
    ['troops', 'the unit soldier'],
    ['USD', 'the unit USD'],
  ])('%s is reserved: %s', (name, meaning) => {
    expect(worded(reservedMeaning(name, registry))).toBe(meaning);
  });

  it.each(['nk_troops', 'rate', 'total', 'casualty_rate', 'ukraine_area', 'constructor', 'toString'])('%s is free', (name) => {
    expect(reservedMeaning(name, registry)).toBeUndefined();
  });

  // Functions of a full mathjs instance that a compute expression cannot call,
  // its physical constants and its types: an expression cannot use them, so
  // they change no expression's meaning (contract "Names").
  it.each(['distance', 'count', 'median', 'import', 'evaluate', 'range', 'gravity', 'speedOfLight', 'version', 'Unit', 'Matrix'])(
    '%s, a mathjs word no expression can use, is free',
    (name) => {
      expect(reservedMeaning(name, registry)).toBeUndefined();
    },
  );
});
