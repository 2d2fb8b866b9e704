import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFormat, articleSpan, reduceArticle } from '../../src/bind/article.js';
import { findQuote, indexArticle } from '../../src/bind/quotes.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/bind/${name}`, import.meta.url), 'utf8');

/** The span of the first occurrence of `needle` in the reduced text. */
function spanOf(source: string, path: string, needle: string) {
  const article = reduceArticle(source, path);
  const at = article.text.indexOf(needle);
  expect(at, `"${needle}" in the reduced text`).toBeGreaterThanOrEqual(0);
  return articleSpan(article, at, at + needle.length);
}

describe('articleFormat', () => {
  it('follows the extension', () => {
    expect(articleFormat('a/b.md')).toBe('markdown');
    expect(articleFormat('B.MARKDOWN')).toBe('markdown');
    expect(articleFormat('x.html')).toBe('html');
    expect(articleFormat('x.htm')).toBe('html');
    expect(articleFormat('x.txt')).toBe('plain');
    expect(articleFormat('README')).toBe('plain');
  });
});

describe('Markdown', () => {
  const source = fixture('article.md');
  const article = reduceArticle(source, 'article.md');

  it('keeps the text and drops the markup and code blocks', () => {
    expect(article.text).toContain('capturing 11.5 square miles of territory');
    expect(article.text).not.toContain('**');
    expect(article.text).not.toContain('999');
    expect(article.title).toBe("Russia's slow advance");
  });

  it('maps text back to the line and column of the original file', () => {
    // Line 3 is "Russian forces are capturing **11.5 square miles** …": 29 characters,
    // then "**" at columns 30–31, so "11.5" starts at column 32 and ends before 36.
    expect(spanOf(source, 'article.md', '11.5')).toEqual({ file: 'article.md', line: 3, column: 32, endLine: 3, endColumn: 36 });
    // "- Casualties: 2,200 soldiers on Friday" is line 13; "2,200" starts at column 15.
    expect(spanOf(source, 'article.md', '2,200')).toMatchObject({ line: 13, column: 15, endColumn: 20 });
  });

  it('finds a quote across an entity and points at its whole span', () => {
    // Line 6: "At that pace it would take Russia 55&nbsp;years to conquer Ukraine — a":
    // "55" at column 35; "&nbsp;" is 6 characters (37–42); "Ukraine" ends at column 66.
    const [match] = findQuote(indexArticle(article), '55 years to conquer Ukraine');
    expect(match?.span).toEqual({ file: 'article.md', line: 6, column: 35, endLine: 6, endColumn: 67 });
  });
});

describe('HTML', () => {
  const source = fixture('article.html');
  const article = reduceArticle(source, 'article.html');

  it('skips script and style and keeps the title', () => {
    expect(article.text).not.toContain('4000');
    expect(article.text).not.toContain('margin');
    expect(article.title).toBe("Russia's slow advance");
  });

  it('maps text inside tags back to the original file', () => {
    // Line 9: "<p>Russian forces are capturing <b>11.5 …": "<p>" is columns 1–3, the
    // 29 characters of text 4–32, "<b>" 33–35, so "11.5" is columns 36–39.
    expect(spanOf(source, 'article.html', '11.5')).toEqual({ file: 'article.html', line: 9, column: 36, endLine: 9, endColumn: 40 });
  });

  it('finds a quote written with straight quotes against curly entities, across a line break', () => {
    const [match] = findQuote(indexArticle(article), 'Ukraine - a country "slightly smaller than Texas"');
    // Starts at "Ukraine" on line 10 and ends at the &rdquo; on line 11.
    expect(match?.span.line).toBe(10);
    expect(match?.span.endLine).toBe(11);
  });
});

describe('plain text', () => {
  it('maps one to one, with a paragraph per blank-line block or sentence-ending line', () => {
    const source = 'Title line\n\nFirst paragraph ends here.\nSecond paragraph, 12 words.\n';
    const article = reduceArticle(source, 'a.txt');
    expect(article.text.slice(0, 10)).toBe('Title line');
    expect(article.title).toBe('Title line');
    expect(article.blocks.length).toBe(3);
    // "12" is on line 4 at column 19.
    expect(spanOf(source, 'a.txt', '12')).toMatchObject({ line: 4, column: 19, endColumn: 21 });
  });

  it('reads an empty file as no text', () => {
    expect(reduceArticle('', 'e.txt').text.trim()).toBe('');
  });
});
