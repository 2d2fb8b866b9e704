// A change stated in per cent whose compute subtracts one percentage from
// another: by the news language (spec news-language §5) a per cent rise is
// relative (new / old - 1) and a difference of percentages is in percentage
// points, so the words and the arithmetic mean different things even where
// the numbers agree. The figures are the Nigerian caption of the third
// newsroom trial (test/fixtures/newsroom3/inflation-nigeria-31-70-percent):
// headline inflation 29.90% → 31.70%, "a 1.80 per cent increase", which is
// 1.80 percentage points and a 6.02% relative rise (31.70 / 29.90 - 1).
// Through the real pipeline: checkClaimsText over a file in memory.
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';

const rules = loadDefaultRules();

const FILE = `
inputs:
  headline_feb: { value: 31.70%, source: NBS }
  headline_jan: { value: 29.90%, source: NBS }
claims:
  as_written: { compute: headline_feb - headline_jan, stated: a 1.80% increase }
  in_points: { compute: headline_feb - headline_jan, stated: up 1.8 percentage points }
  relative: { compute: headline_feb / headline_jan - 1, stated: a 6% increase }
  level: { compute: headline_feb - headline_jan, stated: 1.8% }
  literal: { compute: 31.70% - 29.90%, stated: up 1.8% }
`;

describe('per cent written where percentage points are meant', () => {
  const result = checkClaimsText(FILE, 'claims.yaml', rules);
  const flagged = result.findings.filter((f) => f.kind === 'points-as-percent');

  it('warns on "a 1.80% increase" for 31.70% - 29.90%, and keeps the verdict the arithmetic gives (0.018 = 0.018: pass)', () => {
    expect(result.claims.find((c) => c.name === 'as_written')!.verdict).toBe('pass');
    const warning = flagged.find((f) => f.claim === 'as_written')!;
    expect(warning.severity).toBe('warning');
    expect(warning.message).toBe('as_written: "a 1.80% increase" is a change in per cent (new / old - 1), but headline_feb - headline_jan is a difference of two percentages, a change in percentage points');
    // It points at the stated words: line 6 of the file (after the blank first line), where "a 1.80% increase" starts.
    expect([warning.line, warning.column]).toEqual([6, FILE.split('\n')[5]!.indexOf('a 1.80%') + 1]);
  });

  it('also when the percentages are written in the compute itself', () => {
    expect(flagged.map((f) => f.claim)).toEqual(['as_written', 'literal']);
  });

  it('says nothing of a change in percentage points, a relative change in per cent, or a level with no change word', () => {
    // in_points: 1.8 percentage points = 0.018: the right words. relative: 31.70 / 29.90 - 1 = 6.02%, "a 6% increase".
    // level: "1.8%" states no change, only a number.
    for (const name of ['in_points', 'relative', 'level']) expect(flagged.some((f) => f.claim === name)).toBe(false);
    expect(result.claims.find((c) => c.name === 'relative')!.verdict).toBe('pass');
  });
});
