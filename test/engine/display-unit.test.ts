// The unit a computed value is shown in when nothing is stated: one of the
// file's input units, or a product or quotient of two of them. Pairs whose
// dimension cannot match are skipped without being read; the pair that may
// match is still read whole.
import { describe, expect, it } from 'vitest';
import { displayUnitFor } from '../../src/engine/display-unit.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { createUnitRegistry } from '../../src/units/index.js';
import type { UnitRule } from '../../src/types.js';

const rules = loadDefaultRules();
const soldier: UnitRule = { name: 'soldier', aliases: ['soldiers'] };
const { registry } = createUnitRegistry([...rules.units.values(), soldier]);
const plain = (expression: string) => ({ expression, display: 'plain' as const });

describe('displayUnitFor', () => {
  it('shows soldiers per square mile as the quotient of two input units', () => {
    // Inputs in soldier, mi^2 and day; the value is soldier / length².
    const unit = displayUnitFor({ soldier: 1, LENGTH: -2 }, [plain('soldier'), plain('mi^2'), plain('day')], registry);
    expect(unit.expression).toBe('soldier/mi^2');
    // One mile is 1,609.344 m: one soldier per square mile is 1 / 1,609.344² soldiers per m².
    expect(unit.factor).toBeCloseTo(1 / 1609.344 ** 2, 15);
    expect(unit.display).toBe('plain');
  });

  it('shows soldier-days as the product, in the order the inputs come', () => {
    // soldier × time: "(soldier)*(day)" comes before "(day)*(soldier)".
    const unit = displayUnitFor({ soldier: 1, TIME: 1 }, [plain('soldier'), plain('mi^2'), plain('day')], registry);
    expect(unit.expression).toBe('soldier*day');
    expect(unit.factor).toBe(86_400);
  });

  it('does not offer a pair that reads only apart: the whole is read before it is shown', () => {
    // "kg # mass" reads as kg (mathjs drops the comment), but "(kg # mass)/(s)"
    // does not read at all (the comment swallows the closing bracket), so
    // mass / time gets no unit from these inputs and is described instead.
    const dimension = { MASS: 1, TIME: -1 };
    const unit = displayUnitFor(dimension, [plain('kg # mass'), plain('day')], registry);
    expect(unit.expression).not.toContain('#');
    expect(unit.expression).toBe(registry.describe(dimension));
    expect(unit.factor).toBe(1);
  });
});
