/**
 * A change in percentage points (or basis points) is the difference of two
 * percents: `init --derive` refused it because the stated points and the
 * percents it follows from are written differently (the RBA's cash rate,
 * test/fixtures/newsroom3/rates-australia-rba-3-85-percent.txt).
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { deriveClaims, loadDefaultRules } from '../../src/index.js';

const rules = loadDefaultRules();

function derived(text: string): { compute: string; stated: string }[] {
  const result = deriveClaims({ source: text, articleRef: 'article.txt', rules, schemaRef: 'claims.schema.json' });
  const doc = parse(result.text) as { claims?: Record<string, { compute: string; stated: string }> };
  return Object.values(doc.claims ?? {}).map(({ compute, stated }) => ({ compute, stated }));
}

describe('changes in points', () => {
  it.each([
    // 3.85% − 3.6% = 0.25 percentage points = 25 basis points.
    ['The rate rose from 3.6 per cent to 3.85 per cent, a rise of 25 basis points.', 'a rise of 25 basis points'],
    ['The rate rose from 3.6 per cent to 3.85 per cent, a rise of 0.25 percentage points.', 'a rise of 0.25 percentage points'],
    // 55% − 62% = −7 points.
    ['Turnout fell from 62% to 55%, down 7 percentage points.', 'down 7 percentage points'],
  ])('%s → the later percent minus the earlier', (text, stated) => {
    const claims = derived(text);
    expect(claims.length).toBe(1);
    expect(claims[0]!.stated).toBe(stated);
    expect(claims[0]!.compute).toMatch(/^\w+ - \w+$/u);
  });
});
