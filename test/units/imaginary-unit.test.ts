// mathjs knows one unit worth an imaginary amount: VAR (volt-ampere
// reactive, i VA). claimcheck's numbers are real and its mathjs instance has
// no complex arithmetic, so "500 VAR" once ended the run in an internal
// error. It is now an unknown unit, said at its place like any other, and a
// file may declare VAR itself.
import { describe, expect, it } from 'vitest';
import { checkClaimsText, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

describe('a unit mathjs makes imaginary (VAR)', () => {
  it('is an unknown unit at its place, not a crash', () => {
    const text = [
      'inputs:',
      '  reactive:',
      '    value: 500 VAR', //   line 3, the value starts at column 12
      '    source: grid operator',
      'claims:',
      '  doubled:',
      '    compute: reactive * 2',
      '    stated: 1000 VAR',
      '',
    ].join('\n');
    const result = checkClaimsText(text, 'grid.claims.yaml', rules);
    expect(result.findings.filter((f) => f.kind === 'unknown-unit').map((f) => [f.line, f.column])).toContainEqual([3, 12]);
    expect(result.findings.find((f) => f.kind === 'unknown-unit')?.message).toMatch(/'VAR' is not a known unit/);
  });

  it('can be declared by the file and then checks', () => {
    const text = [
      'units:',
      '  VAR: { aliases: [var] }',
      'inputs:',
      '  reactive: { value: 500 VAR, source: grid operator }',
      'claims:',
      '  doubled:',
      '    compute: reactive * 2',
      '    stated: 1000 VAR', //    500 VAR × 2 = 1,000 VAR, as stated
      '',
    ].join('\n');
    const result = checkClaimsText(text, 'grid.claims.yaml', rules);
    expect(result.claims.map((c) => [c.name, c.verdict])).toEqual([['doubled', 'pass']]);
  });
});
