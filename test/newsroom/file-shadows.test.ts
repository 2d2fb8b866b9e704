// A claims file may take a word mathjs already has for its own unit with
// `shadows:`, as rules/units.yaml does for "mt". The trial's agriculture
// article defines "million tonnes (MT)"; to mathjs MT is a megatesla, and
// before, a claims file could not say otherwise (unknown key 'shadows').
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const rules = loadDefaultRules();

describe('shadows: in a claims file', () => {
  it('reads "117.51 MT" as 117.51 million tonnes when the file says so', () => {
    const text = [
      'units:',
      '  million_tonne: { definition: 1000000 tonne, aliases: [MT], shadows: [MT] }',
      'inputs:',
      '  output_mt: { value: 117.51 MT, source: test }',
      '  output_86: { value: 86.52 million tonnes, source: test }',
      'claims:',
      // 117.51 / 86.52 − 1 = 0.35818 → "36%" admits [35.5%, 36.5%).
      '  rise: { compute: output_mt / output_86 - 1, stated: 36% }',
    ].join('\n');
    const result = checkClaimsText(text, 'c.claims.yaml', rules);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const rise = result.claims.find((c) => c.name === 'rise')!;
    expect(rise.verdict).toBe('pass');
    expect(rise.computed?.low).toBeCloseTo(0.35818, 4);
  });

  it('without shadows, the alias is still refused as a mathjs word, and the message says so', () => {
    const text = [
      'units:',
      '  million_tonne: { definition: 1000000 tonne, aliases: [MT] }',
      'inputs:',
      '  output_mt: { value: 117.51 MT, source: test }',
    ].join('\n');
    const result = checkClaimsText(text, 'c.claims.yaml', rules);
    expect(result.findings.map((f) => f.kind)).toContain('name-collision');
  });
});
