// 200,000 numbers in one sentence: the check neither crashes (it used to
// throw "Maximum call stack size exceeded" spreading 200,000 findings into
// one push) nor takes quadratic time. The timeout is a generous hang guard;
// the speed is measured by `npm run bench` (bench/many-numbers.mjs).
import { describe, expect, it } from 'vitest';
import { checkClaimsText } from '../../src/engine/check-file.js';
import { loadDefaultRules } from '../../src/rules/index.js';

describe('an article with 200,000 numbers in one sentence', () => {
  it('is checked whole: every number counted, every uncovered one reported', () => {
    const numbers = Array.from({ length: 200_000 }, (_, i) => String(i + 1)).join(', ');
    const article = `Intro.\n\nThe counts were ${numbers} in all.\n`;
    const claims = 'article: a.txt\ninputs:\n  x:\n    value: 1\n    source: t\n    quote: "The counts were 1, 2, 3"\n';
    const result = checkClaimsText(claims, 'claims.yaml', loadDefaultRules(), { readArticle: () => ({ text: article }) });
    // 200,000 numbers less the 301 from 1800 to 2100, which are read as years: 199,699; the quote covers 1, 2 and 3.
    expect(result.coverage).toEqual({ covered: 3, total: 199_699 });
    expect(result.findings.filter((f) => f.kind === 'uncovered-number')).toHaveLength(199_696);
  }, 120_000);
});
