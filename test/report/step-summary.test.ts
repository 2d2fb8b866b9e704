// The GitHub job summary: Markdown with a row for every claim (GitHub shows
// only 10 annotations of each level per step), findings and the totals.
import { describe, expect, it } from 'vitest';
import { escapeMarkdownCell, formatStepSummary } from '../../src/report/step-summary.js';
import { sampleReport } from './sample-report.js';

describe('formatStepSummary', () => {
  it('writes the totals, every claim and every finding', () => {
    // Every claim has a row, passes and computed-only ones included. In cells, _ $ | < and
    // line breaks are escaped; the finding's CR LF becomes one <br>.
    expect(formatStepSummary(sampleReport())).toBe(`## claimcheck

**6 claims: 1 pass, 1 warn, 1 fail, 1 error, 1 info, 1 allowed · 1 error, 1 warning**

| file | claim | verdict | computed | stated | why |
| --- | --- | --- | --- | --- | --- |
| news/nk.claims.yaml:5 | casualty\\_rate | ✅ pass | 10% to 27.27% | 10% to 27% | within what "10% to 27%" allows |
| news/nk.claims.yaml:12 | years\\_to\\_conquer | ❌ fail | 55.49 years | 50 years | 55.49 years is 9.9% above 50.5 years, the highest value "50 years" allows |
| news/nk.claims.yaml:20 | ratio | ⚠️ warn | 0.8677 | slightly less than 1 | 0.8677 is 3.6% below 0.9: close, but not what the words say |
| news/nk.claims.yaml:30 | gdp\\_share | ❌ error | — | — | gdp\\_share: adds USD to USD per year |
| news/nk.claims.yaml:40 | per\\_year | ℹ️ info | \\$567 million/year | — | nothing is stated for this claim |
| news/nk.claims.yaml:50 | rounded | ☑️ allowed fail | — | — | 4.544, stated 4 — allowed: the article rounds down on purpose |

### Findings

| where | kind | severity | message |
| --- | --- | --- | --- |
| news/nk.claims.yaml:8:3 | missing-source | ⚠️ warning | input 'nk\\_gdp' has no source |
| news/article.md:40:12 | quote-not-found | ❌ error | quote not found in news/article.md: "100% sure, 50:50"<br>second line |

`);
  });

  it('keeps a cell a cell: pipes, tags, links, code and dollar maths are escaped', () => {
    expect(escapeMarkdownCell('a | b')).toBe('a \\| b');
    expect(escapeMarkdownCell('<script>x</script>')).toBe('\\<script\\>x\\</script\\>');
    expect(escapeMarkdownCell('[x](http://e) `c` *e* ~~s~~')).toBe('\\[x\\](http://e) \\`c\\` \\*e\\* \\~\\~s\\~\\~');
    // Two dollar amounts would otherwise render as GitHub maths between them.
    expect(escapeMarkdownCell('$1.7 to $5.5')).toBe('\\$1.7 to \\$5.5');
    expect(escapeMarkdownCell('a\\|b')).toBe('a\\\\\\|b');
    expect(escapeMarkdownCell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
  });

  it('has no tables for an empty run', () => {
    expect(formatStepSummary({ version: 1, files: [], summary: { pass: 0, warn: 0, fail: 0, error: 0, info: 0, allowed: 0, errors: 0, warnings: 0 } }))
      .toBe('## claimcheck\n\n**0 claims in 0 files: 0 pass**\n\n');
  });
});
