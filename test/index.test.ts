// The library's public API, pinned: a new export is a decision, not an accident.
import { describe, expect, it } from 'vitest';
import * as claimcheck from '../src/index.js';

describe('public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(claimcheck).sort()).toEqual([
      'CONSTANTS', 'FORMAT_NAMES', 'SAFE_TARGETS', 'SHAPES', 'SetupError', 'check', 'checkClaimsText', 'checkFactsFile', 'createFinding', 'derive', 'deriveClaims', 'discoverClaimsFiles',
      'exitStatus', 'factsListing', 'formatFactsJson', 'formatFactsPretty', 'formatters', 'loadDefaultRules', 'loadRules', 'safeText', 'summarize',
    ]);
  });

  it('checks text without the disk and formats it in every format', async () => {
    const text = [
      'inputs:',
      '  area: { value: 233062 mi^2, source: CIA World Factbook }',
      '  gain: { value: 11.5 mi^2/day, source: Russian defence ministry }',
      'claims:',
      '  years_to_conquer: { compute: area / gain, stated: 55 years }',
      '',
    ].join('\n');
    const result = claimcheck.checkClaimsText(text, 'claims.yaml', claimcheck.loadDefaultRules());
    // 233062 / 11.5 = 20266.26 days = 55.49 years, and "55" admits [54.5, 55.5)
    expect(result.claims[0]).toMatchObject({ name: 'years_to_conquer', verdict: 'pass' });
    const report = { version: 1 as const, files: [result], summary: claimcheck.summarize([result]) };
    expect(claimcheck.exitStatus(report)).toBe(0);
    for (const name of claimcheck.FORMAT_NAMES) expect(claimcheck.formatters[name](report).length).toBeGreaterThan(0);
  });
});
