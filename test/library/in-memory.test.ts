// The README's in-memory example, as written there: checkClaimsText with an
// article held in memory, no file read.
import { describe, expect, it } from 'vitest';
import { checkClaimsText, loadDefaultRules } from '../../src/index.js';

describe('checkClaimsText (README, "As a library")', () => {
  it('checks claims and an article held in memory', () => {
    const article = 'The brigade of 12,000 troops would last only 10 days at 1,200 losses a day.';
    const claims = `
article: story.txt
units:
  soldier: { aliases: [soldiers, troops, losses] }
inputs:
  brigade: { value: 12000 soldiers, source: the article, quote: "12,000 troops" }
  daily_losses: { value: 1200 soldiers a day, source: the article, quote: "1,200 losses a day" }
claims:
  days_covered: { compute: brigade / daily_losses, stated: 10 days, quote: "only 10 days" }
`;
    const asked: string[] = [];
    const result = checkClaimsText(claims, 'story.claims.yaml', loadDefaultRules(), {
      readArticle: (path) => {
        asked.push(path);
        return path === 'story.txt' ? { text: article } : { problem: `no article ${path}` };
      },
    });
    // 12,000 / 1,200 a day = 10 days, in [9.5, 10.5); the article's three numbers are all quoted
    expect(result.claims[0]).toMatchObject({ name: 'days_covered', verdict: 'pass' });
    expect(result.coverage).toEqual({ covered: 3, total: 3 });
    expect(asked).toEqual(['story.txt']);
  });

  it('skips the article checks when no reader is given', () => {
    const result = checkClaimsText('article: story.txt\ninputs:\n  base: { value: 2, source: x }\nclaims:\n  twice_base: { compute: base * 2, stated: 4 }\n', 'x.claims.yaml', loadDefaultRules());
    expect(result.claims[0]?.verdict).toBe('pass');
    expect(result.coverage).toBeUndefined();
  });
});
