// When the Markdown parser fails, the article is still read (as plain text)
// and the check says so with an `article-format` finding — never silently.
// The parser is replaced by one that throws, as no known input makes it fail.
import { describe, expect, it, vi } from 'vitest';

vi.mock('mdast-util-from-markdown', () => ({
  fromMarkdown: () => {
    throw new Error('parser gave up');
  },
}));

const { reduceArticle } = await import('../../src/bind/article.js');
const { checkClaimsText } = await import('../../src/engine/check-file.js');
const { loadDefaultRules } = await import('../../src/rules/index.js');

describe('a Markdown article the parser cannot read', () => {
  it('is read as plain text, and the reduced article says why', () => {
    const article = reduceArticle('# Title\n\nIt cost $5 million.\n', 'a.md');
    expect(article.format).toBe('plain');
    expect(article.readAsPlain).toEqual({ format: 'markdown', reason: 'parser gave up' });
    expect(article.text).toContain('It cost $5 million.');
  });

  it('gives an article-format finding at the article: line of the claims file', () => {
    const claims = 'article: a.md\ninputs:\n  cost:\n    value: $5 million\n    source: test\n    quote: "It cost $5 million"\n';
    const result = checkClaimsText(claims, 'claims.yaml', loadDefaultRules(), { readArticle: () => ({ text: '# Title\n\nIt cost $5 million.\n' }) });
    const found = result.findings.filter((f) => f.kind === 'article-format');
    expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([[1, 'warning', 'a.md could not be read as markdown (parser gave up); it was read as plain text']]);
  });
});
