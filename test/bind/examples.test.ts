// The bundled examples are bound to their articles: every quote is found and agrees.
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.js';

const root = new URL('../..', import.meta.url).pathname;
const QUOTE_KINDS = ['quote-not-found', 'quote-mismatch', 'article', 'stated-from-quote'];

describe('the bundled claims files', () => {
  it('claims.yaml: every quote is found in its three articles and agrees', async () => {
    const report = await check(['claims.yaml'], { cwd: root });
    const file = report.files[0]!;
    expect(file.articles).toHaveLength(3);
    expect(file.findings.filter((f) => QUOTE_KINDS.includes(f.kind)).map((f) => f.message)).toEqual([]);
    expect(file.coverage!.covered).toBeGreaterThan(30);
  });

  it('examples/nysun-reworded.claims.yaml: the same claims pass the quote checks against the reworded copy', async () => {
    const report = await check(['examples/nysun-reworded.claims.yaml'], { cwd: root });
    const file = report.files[0]!;
    expect(file.article).toBe('examples/articles/nysun-north-korea-reworded.txt');
    expect(file.findings.filter((f) => QUOTE_KINDS.includes(f.kind)).map((f) => f.message)).toEqual([]);
    // Same verdicts as the original's New York Sun claims (7 pass, 2 warn, 2 fail, 1 error, 3 info).
    const verdicts = Object.fromEntries(file.claims.map((c) => [c.name, c.verdict]));
    expect(verdicts).toMatchObject({ casualty_rate: 'pass', years_to_conquer: 'pass', cost_per_square_mile: 'pass', gdp_share_annualised: 'fail', ukraine_casualty_ratio: 'fail' });
  });
});
