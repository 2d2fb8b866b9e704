import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/bind/normalize.js';
import { reduceArticle } from '../../src/bind/article.js';
import { closestPassage, findQuote, indexArticle } from '../../src/bind/quotes.js';
import { checkWith, findingsOf, NYSUN, NYSUN_CHANGED } from './helpers.js';

describe('normalization', () => {
  it('folds quotes, dashes, spaces, and drops soft hyphens', () => {
    // ’ → ', “ ” → ", – — − → -, NBSP and a run of spaces → one space, soft hyphen (U+00AD) removed.
    expect(normalizeText('Korea’s “10 – 27 %”\u00a0\u00a0 and\u2212 in\u00adcoming').text).toBe('Korea\'s "10 - 27 %" and- incoming');
  });
  it('keeps a map back to the original offsets', () => {
    const n = normalizeText('a  \u00adb');
    // "a", one space (from offset 1), then "b" at offset 4 (the second space and the soft hyphen are dropped).
    expect(n.text).toBe('a b');
    expect([...n.map]).toEqual([0, 1, 4, 5]);
  });
});

const yaml = (quote: string): string => `
article: nysun.txt
inputs:
  ukraine_area: { value: 233062 mi^2, source: CIA }
  daily_gain: { value: 11.5 mi^2/day, source: Belousov }
claims:
  years_to_conquer:
    compute: ukraine_area / daily_gain
    stated: 55 years
    quote: ${JSON.stringify(quote)}
`;

describe('quotes in the article', () => {
  it('finds a verbatim quote with straight quotes and no finding', () => {
    const result = checkWith(yaml("it would take Russia 55 years to conquer Ukraine"), { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-not-found')).toEqual([]);
    expect(findingsOf(result, 'quote-mismatch')).toEqual([]);
  });

  it('finds a quote typed with straight apostrophes and a hyphen for the dash', () => {
    // The article has "country’s size – slightly smaller than Texas".
    const result = checkWith(yaml("Given the country's size - slightly smaller than Texas - it would take Russia 55 years to conquer Ukraine"), { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-not-found')).toEqual([]);
  });

  it('makes a claim whose quote the editor changed an error, with the closest passage and its line', () => {
    // In the copy line 28 reads "… it would take Russia 50 years to conquer Ukraine."
    const result = checkWith(yaml('it would take Russia 55 years to conquer Ukraine'), { 'nysun.txt': NYSUN_CHANGED });
    // A claim's lost quote is its verdict (spec news-language §10), not a separate finding.
    expect(findingsOf(result, 'quote-not-found')).toEqual([]);
    const [claim] = result.claims;
    expect(claim).toMatchObject({ name: 'years_to_conquer', verdict: 'error', kind: 'quote-not-found', severity: 'error' });
    // It points at the quote in claims.yaml (line 10, after `    quote: `).
    expect(claim).toMatchObject({ file: 'claims.yaml', line: 10, column: 12 });
    expect(claim?.message).toContain('the closest passage, nysun.txt line 28, reads "it would take Russia 50 years to conquer Ukraine"');
    expect(claim?.message).toContain('only the numbers differ: the article has 50 where the quote has 55');
    // The arithmetic is still shown: 233,062 / 11.5 = 20,266 days = 55.49 years, which "55 years" admits.
    expect(claim?.computed?.low).toBeCloseTo(55.486, 3);
    expect(claim?.trace?.result).toBe('55.49 years');
    expect(claim?.trace?.why).toContain('the arithmetic alone gives pass');
  });

  it('says so when no passage is close', () => {
    const result = checkWith(yaml('completely unrelated words about bananas'), { 'nysun.txt': NYSUN });
    expect(result.claims[0]?.verdict).toBe('error');
    expect(result.claims[0]?.message).toContain('no passage of the article is close');
  });

  it('keeps a lost quote of an input a finding (an input has no verdict)', () => {
    const text = yaml('it would take Russia 55 years to conquer Ukraine').replace('source: CIA }', 'source: CIA, quote: "an area of bananas" }');
    const result = checkWith(text, { 'nysun.txt': NYSUN });
    expect(findingsOf(result, 'quote-not-found')).toHaveLength(1);
    expect(result.claims[0]?.verdict).toBe('pass');
  });

  it('is case-sensitive beyond the normalization', () => {
    const article = indexArticle(reduceArticle(NYSUN, 'nysun.txt'));
    expect(findQuote(article, 'IT WOULD TAKE RUSSIA 55 YEARS')).toEqual([]);
    expect(findQuote(article, 'it would take Russia 55 years')).toHaveLength(1);
  });

  it('picks the window sharing the most words as the closest passage', () => {
    const article = indexArticle(reduceArticle('one two three.\nalpha beta gamma delta.\n', 'a.txt'));
    const closest = closestPassage(article, 'alpha beta gamma epsilon');
    // 3 of the quote's 4 words are in "alpha beta gamma delta" (line 2).
    expect(closest?.text).toBe('alpha beta gamma delta');
    expect(closest?.score).toBe(0.75);
    expect(closest?.span.line).toBe(2);
  });
});
