/**
 * In a large article searched for many quotes, exact matches go through an
 * index of 6-character pieces (src/bind/quotes.ts, `occurrences`) instead of
 * a pass over the text per quote. The matches must be exactly those a plain
 * repeated indexOf finds: same places, same order, at most 20 — which these
 * tests compare on an article long enough (> 32,768 characters, searched
 * more than 8 times) for the index to be used.
 */

import { describe, expect, it } from 'vitest';
import { reduceArticle } from '../../src/bind/article.js';
import { normalizeQuote } from '../../src/bind/normalize.js';
import { findQuote, indexArticle, type QuoteIndex } from '../../src/bind/quotes.js';

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
