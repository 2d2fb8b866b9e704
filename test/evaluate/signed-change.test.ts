/**
 * A change substituted into a claim's arithmetic shows as the signed number
 * the arithmetic uses ("60.2 percent - (−2.5 percentage points) = 62.7%"),
 * never as its words ("60.2 percent - decreased by 2.5 percentage points",
 * which reads as a wrong subtraction); the input keeps its own words. The
 * engine writes the line, so text, JSON and html show the same.
 */
import { describe, expect, it } from 'vitest';
import { loadDefaultRules } from '../../src/rules/index.js';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { summarize } from '../../src/engine/check.js';
import { formatters } from '../../src/report/index.js';
import type { CheckReport } from '../../src/types.js';

const ARTICLE = 'The labor force participation rate decreased by 2.5 percentage points to 60.2 percent. In February it was 62.7 percent. Earnings rose by 6 cents to $25.79, from $25.73.\n';

const CLAIMS = `article: a.md
inputs:
  participation_rate_change:
    value: decreased by 2.5 percentage points
    source: BLS
    quote: The labor force participation rate decreased by 2.5 percentage points to 60.2 percent
  participation_rate:
    value: 60.2 percent
    source: BLS
    quote: The labor force participation rate decreased by 2.5 percentage points to 60.2 percent
  earnings_change:
    value: rose by 6 cents
    source: BLS
    quote: Earnings rose by 6 cents to $25.79
  earnings:
    value: $25.79
    source: BLS
    quote: Earnings rose by 6 cents to $25.79
claims:
  february_rate:
    compute: participation_rate - participation_rate_change
    stated: 62.7 percent
    quote: In February it was 62.7 percent
  earlier_earnings:
    compute: earnings - earnings_change
    stated: $25.73
    quote: from $25.73
`;

describe('a change in the arithmetic line', () => {
  const result = checkClaimsText(CLAIMS, 'claims.yaml', loadDefaultRules(), { readArticle: () => ({ text: ARTICLE }) });
  const claim = (name: string) => result.claims.find((c) => c.name === name)!;

  it('shows a decrease as its negative number, in brackets after the minus', () => {
    // 60.2% − (−2.5 points) = 62.7%: the sum is right and now reads right.
    expect(claim('february_rate').verdict).toBe('pass');
    expect(claim('february_rate').trace?.substituted).toBe('60.2 percent - (−2.5 percentage points)');
    expect(claim('february_rate').message).toBe('60.2 percent - (−2.5 percentage points) = 62.7%, stated 62.7 percent');
  });

  it('shows an increase as its plain number', () => {
    // $25.79 − 6 cents = $25.73.
    expect(claim('earlier_earnings').verdict).toBe('pass');
    expect(claim('earlier_earnings').trace?.substituted).toBe('$25.79 - 6 cents');
  });

  it('prints the same line in every format', () => {
    const report: CheckReport = { version: 1, files: [result], summary: summarize([result]) };
    for (const format of ['pretty', 'json', 'html'] as const) {
      const out = (formatters as Record<string, (r: unknown, o: unknown) => string>)[format]!(report, { color: false, cwd: '/' });
      expect(out, format).toContain('(−2.5 percentage points)');
      expect(out, format).not.toContain('- decreased by');
    }
  });
});
