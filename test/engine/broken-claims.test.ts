// A claim the loader could not read a compute for takes the loader's first
// schema problem about it as its verdict, and that problem is then not also
// listed among the file's findings (src/engine/check-file.ts).
import { describe, expect, it } from 'vitest';
import { checkClaimsText, loadDefaultRules } from '../../src/index.js';

describe('claims without a usable compute', () => {
  it('take the first schema problem about them as their verdict, once', () => {
    const text = [
      'inputs:',
      '  a: { value: 4, source: s }',
      'claims:',
      '  one:', //                      line 4: no compute at all (a typo)
      '    computed: a * 2',
      '  two:',
      '    compute: a / 2',
      '    stated: 2',
      '  three:', //                    line 9: a compute that is a list
      '    compute: [a, 2]',
      '    severity: fatal', //         line 11: a second schema problem about three
      '',
    ].join('\n');
    const result = checkClaimsText(text, 'c.claims.yaml', loadDefaultRules());
    const byName = new Map(result.claims.map((c) => [c.name, c]));
    // one: "needs a compute expression" (the loader's schema problem at its key, 4:3).
    expect(byName.get('one')).toMatchObject({ verdict: 'error', line: 4, column: 3 });
    expect(byName.get('one')?.message).toMatch(/claim 'one' needs a compute expression/);
    // two: 4 / 2 = 2, as stated.
    expect(byName.get('two')).toMatchObject({ verdict: 'pass' });
    // three: its first schema problem is the list compute (10:14), not the severity after it.
    expect(byName.get('three')).toMatchObject({ verdict: 'error', line: 10, column: 14 });
    // The problems taken as verdicts are not findings too; the others stay: the unknown key
    // `computed` (5:5) and three's severity (11:15).
    expect(result.findings.map((f) => [f.kind, f.line, f.column])).toEqual([
      ['unknown-key', 5, 5],
      ['schema', 11, 15],
    ]);
  });
});
