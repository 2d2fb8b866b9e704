/**
 * In a large article searched for many quotes, exact matches go through an
 * index of 6-character pieces (src/bind/quotes.ts, `occurrences`) instead of
 * a pass over the text per quote. The matches must be exactly those a plain
 * repeated indexOf finds: same places, same order, at most 20 — which these
 * tests compare on an article long enough (> 32,768 characters, searched
 * more than 8 times) for the index to be used. The binding stage looks for
 * all of a file's quotes at once (`findQuotes`: one pass along the text for
 * every quote): it must find the same places as a scan per quote.
 */

import { describe, expect, it } from 'vitest';
import { reduceArticle } from '../../src/bind/article.js';
import { normalizeQuote } from '../../src/bind/normalize.js';
import { findQuote, findQuotes, indexArticle, type QuoteIndex } from '../../src/bind/quotes.js';

/** The matches as a plain scan finds them (the code before the index), every copy. */
function scan(index: QuoteIndex, quote: string): { start: number; end: number }[] {
  const needle = normalizeQuote(quote);
  if (needle === '') return [];
  const out: { start: number; end: number }[] = [];
  const hay = index.normalized.text;
  let at = hay.indexOf(needle);
  while (at !== -1) {
    out.push({ start: index.normalized.map[at]!, end: index.normalized.map[at + needle.length - 1]! + 1 });
    at = hay.indexOf(needle, at + 1);
  }
  return out;
}

// 600 short paragraphs (about 60,000 characters), with curly quotes and dashes
// the normalizer folds, one sentence repeated in every paragraph (more than 20
// matches), and "aaaaaaaa" runs where matches overlap.
const paragraphs: string[] = [];
for (let i = 0; i < 600; i++) {
  paragraphs.push(`Officials said ${1000 + i * 7} soldiers – “about ${i % 50}%” of the force – held sector S${i}. The war goes on. aaaaaaaa${i}`);
}
const text = paragraphs.join('\n\n');

describe('finding quotes in a long article', () => {
  it('is long enough for the piece index', () => {
    expect(text.length).toBeGreaterThan(32_768);
  });

  it('finds exactly what a plain scan finds', () => {
    const index = indexArticle(reduceArticle(text, 'long.txt'));
    const quotes = [
      // Warm-up searches, so the index is built (after 8 searches).
      ...Array.from({ length: 10 }, (_, i) => `${1000 + i * 7} soldiers`),
      '1000 soldiers', // once, at the very start
      `aaaaaaaa599`, // once, at the very end
      'The war goes on.', // in all 600 paragraphs: every one
      'aaaa', // shorter than a piece: a plain scan
      'aaaaaa', // overlapping: "aaaaaaaa" holds it three times
      '"about 7%" of the force', // straight quotes match curly ones
      '- "about 12%"', // a dash folded
      'held sector S123.', // once
      'held sector S9999.', // nowhere
      'soldiers – “about 49%” of', // curly, as written
      'zzzzzzzzzz', // nowhere, and no piece of it either
    ];
    for (const quote of quotes) {
      const found = findQuote(index, quote).map(({ start, end }) => ({ start, end }));
      expect(found, quote).toEqual(scan(index, quote));
    }
    // The cases are not empty by accident: all 600 copies, 3 overlapping ones per paragraph (8 a's hold 6 a's at 3 places), none where there is none.
    expect(findQuote(index, 'The war goes on.')).toHaveLength(600);
    expect(findQuote(index, 'aaaaaa').length).toBe(1800);
    expect(findQuote(index, 'held sector S123.')).toHaveLength(1);
    expect(findQuote(index, 'held sector S9999.')).toHaveLength(0);
  });
});

describe('finding many quotes at once', () => {
  const index = indexArticle(reduceArticle(text, 'long.txt'));
  // Quotes of every kind the one-pass search treats apart: many sharing their first pieces ("Officials said 1…"),
  // overlapping copies, shorter than a piece, empty, only white space, two spellings that normalize alike, at the
  // very start and end, nowhere, and more than 8 of them on a text over 32,768 characters (the pass is used).
  const quotes = [
    ...Array.from({ length: 40 }, (_, i) => `Officials said ${1000 + i * 7 * 13} soldiers`),
    ...Array.from({ length: 20 }, (_, i) => `sector S${i * 31}.`),
    'Officials said 1000 soldiers',
    'aaaaaaaa599',
    'The war goes on.',
    'aaaa',
    'aaaaaa',
    'aaaaaaaa',
    '"about 7%" of the force',
    '“about 7%” of the force',
    '- "about 12%"',
    'held sector S9999.',
    'zzzzzzzzzz',
    '',
    '   ',
    'S1',
    '%',
  ];

  it('finds for every quote exactly what a plain scan finds', () => {
    const found = findQuotes(index, quotes);
    expect([...found.keys()]).toEqual([...new Set(quotes)]);
    for (const quote of quotes) {
      expect(found.get(quote)!.map(({ start, end }) => ({ start, end })), JSON.stringify(quote)).toEqual(scan(index, quote));
    }
    // Not empty by accident: 600 copies of the sentence; "aaaaaa" 3 times in each of the 600 runs of 8 a's, "aaaa" 5 times;
    // the 14th numbered quote says 1000 + 13 × 7 × 13 = 2183 = 1000 + 169 × 7 soldiers (paragraph 169 alone); S1 stands in S1, S10–S19, S100–S199 (111 paragraphs).
    expect(found.get('The war goes on.')).toHaveLength(600);
    expect(found.get('aaaaaa')).toHaveLength(1800);
    expect(found.get('aaaa')).toHaveLength(3000);
    expect(found.get(`Officials said ${1000 + 13 * 7 * 13} soldiers`)).toHaveLength(1);
    expect(found.get('S1')).toHaveLength(111);
    expect(found.get('')).toEqual([]);
    expect(found.get('held sector S9999.')).toEqual([]);
  });

  it('gives each match its span in the article, as findQuote does', () => {
    const quote = 'held sector S123.';
    const [one] = findQuotes(index, [...quotes, quote]).get(quote)!;
    expect(one!.span).toEqual(findQuote(index, quote)[0]!.span);
  });

  it('searches a short article quote by quote, with the same answers', () => {
    const short = indexArticle(reduceArticle(paragraphs.slice(0, 5).join('\n\n'), 'short.txt'));
    const found = findQuotes(short, quotes);
    for (const quote of quotes) expect(found.get(quote)!.map(({ start, end }) => ({ start, end })), quote).toEqual(scan(short, quote));
    expect(found.get('The war goes on.')).toHaveLength(5);
  });
});

