// Names a journalist writes (people, year, hour, sum, max, e…) are accepted:
// the file's name wins over a unit, function or constant of the same spelling
// in that file's expressions, units still work in values and beside other
// names, and a warning is given only where the name stands where a unit
// would go. Before, every one of these names was an error ("the name 'people'
// is also the unit person in expressions").
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const rules = loadDefaultRules();

describe('common names in a claims file', () => {
  const text = [
    'inputs:',
    '  people: { value: 1200 people, source: census }',
    '  us: { value: 300, source: census }',
    '  cost: { value: 6000 USD, source: budget }',
    '  year: { value: 4, source: x }',
    '  hour: { value: 3, source: x }',
    '  e: { value: 2, source: x }',
    '  pi: { value: 4, source: x }',
    '  distance: { value: 120 km, source: x }',
    'claims:',
    // 1200 people / 4 = 300 people.
    '  sum: { compute: people / year, stated: 300 people }',
    // 6000 USD / 1200 people = $5 per person.
    '  mean: { compute: cost / people, stated: $5 per person }',
    // 2 * 4 * 300 = 2,400.
    '  max: { compute: e * pi * us, stated: 2400 }',
    // 'min' is also the unit minute and the function min: min(sum, people / 6) = min(300, 200) = 200 people.
    "  min: { compute: 'min(sum, people / 6)', stated: 200 people }",
    // The unit h beside the input hour: 120 km / (2 h) = 60 km/h, and 120 km / 3 = 40 km.
    '  speed: { compute: distance / (2 h), stated: 60 km/h }',
    '  leg: { compute: distance / hour, stated: 40 km }',
    // Where a unit would go: 2 hour is 2 × the input (3) = 6, so 120 km / 6 = 20 km, with a warning at 'hour'.
    '  daily: { compute: distance / (2 hour), stated: 20 km }',
  ].join('\n');
  const result = checkClaimsText(text, 'c.claims.yaml', rules);

  it('judges every claim with the file\'s names', () => {
    expect(result.claims.map((c) => [c.name, c.verdict])).toEqual([
      ['sum', 'pass'], ['mean', 'pass'], ['max', 'pass'], ['min', 'pass'], ['speed', 'pass'], ['leg', 'pass'], ['daily', 'pass'],
    ]);
  });

  it('warns only where a name stands where a unit would go, at that place', () => {
    // Line 17 (comments are not lines of the file): "  daily: { compute: distance / (2 hour), stated: 20 km }": 'hour' at columns 35 to 39.
    expect(result.findings.map((f) => [f.kind, f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      ['name-shadows-unit', 'warning', 17, 35, 39,
        "'hour' here is your input 'hour', not the unit hour; in this file the name wins. If you meant the unit, rename the input (for example 'hour_value')"],
    ]);
  });

  it('still refuses a keyword as a name, saying why', () => {
    const refused = checkClaimsText(['inputs:', '  to: { value: 3, source: x }', 'claims:', '  x: { compute: to * 2, stated: 6 }'].join('\n'), 'k.claims.yaml', rules);
    expect(refused.findings.map((f) => [f.kind, f.line, f.column, f.message])).toEqual([
      ['name-collision', 2, 3, "the name 'to' cannot be used: in expressions it is the conversion operator 'to', so it would never be read as your name; rename it (for example 'to_value')"],
    ]);
    expect(refused.claims[0]?.verdict).toBe('error');
  });
});
