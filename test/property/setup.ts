// Shared by the property tests: one fixed seed, so CI runs the same cases
// every time (a failure prints its seed and path for replay), and modest run
// counts, so the whole folder stays within a few seconds.
import fc from 'fast-check';
import { loadDefaultRules } from '../../src/rules/index.js';
import type { Rules, Span } from '../../src/types.js';
import { createUnitRegistry, type UnitRegistry } from '../../src/units/index.js';

fc.configureGlobal({ seed: 42, numRuns: 200 });

export { fc };

let cached: { rules: Rules; registry: UnitRegistry } | undefined;

/** The default rules and the unit registry over them (built once). */
export function defaults(): { rules: Rules; registry: UnitRegistry } {
  if (!cached) {
    const rules = loadDefaultRules();
    const { registry } = createUnitRegistry([...rules.units.values()]);
    cached = { rules, registry };
  }
  return cached;
}

export const SPAN: Span = { file: 'claims.yaml', line: 1, column: 1, endLine: 1, endColumn: 1 };
