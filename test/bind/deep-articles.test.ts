// Markdown and HTML articles nested deeper than any call stack: read whole by
// the tree walk (no recursion), never dropped to plain text. A hang guard
// (the timeout below) is generous; speed belongs to `npm run bench`.
import { describe, expect, it } from 'vitest';
import { reduceArticle } from '../../src/bind/article.js';
import { readProse } from '../../src/prose/index.js';
import { ctx } from '../prose/helpers.js';

describe('deeply nested articles', () => {
  it('reads 100,000 nested <div>s as HTML, the paragraph inside included', () => {
    const n = 100_000;
    const html = `${'<div>'.repeat(n)}<p>It cost $5 million.</p>${'</div>'.repeat(n)}`;
    const article = reduceArticle(html, 'a.html');
    expect(article.format).toBe('html');
    expect(article.readAsPlain).toBeUndefined();
    // The text is the paragraph alone (no markup), and its number is read with its currency.
    expect(article.text.trim()).toBe('It cost $5 million.');
    expect(readProse(article.text, ctx).map((x) => [x.text, x.quantity?.unit])).toEqual([['$5 million', 'USD']]);
  }, 60_000);

  it('reads 3,000 nested block quotes as Markdown', () => {
    const md = `${'> '.repeat(3_000)}It cost $5 million.\n`;
    const article = reduceArticle(md, 'a.md');
    expect(article.format).toBe('markdown');
    expect(article.readAsPlain).toBeUndefined();
    expect(article.text.trim()).toBe('It cost $5 million.');
  }, 60_000);
});
