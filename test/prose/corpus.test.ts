// The prose reader over a corpus of real articles (test/fixtures/articles/,
// eleven texts from eight fields), each with a gold list marked by hand before
// the reader was run on it. A quantity is read correctly when a phrase the
// reader reports overlaps the gold span and has the gold value, unit (compared
// by what it resolves to) and hedge side. Recall and precision must both be at
// least 95%; every gold miss and every wrong report must be listed below with
// its reason (and a listed one that is now read right fails the test, so the
// list never goes stale). Set-aside numerals (years, fiscal years, scores,
// phone numbers, paragraph references) must never be reported as quantities.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { score, type Score } from './score-gold.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'articles');

/**
 * Gold quantities the reader does not read correctly, by article and gold
 * text (the n-th occurrence in gold order when it repeats), with the reason.
 */
const KNOWN_MISSES: { file: string; text: string; nth?: number; reason: string }[] = [];

/** Reports that match no gold quantity and are accepted, with the reason. */
const KNOWN_WRONG: { file: string; text: string; reason: string }[] = [];

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();
const scores = FILES.map((f) => score(DIR, f));

describe('the prose reader on real articles', () => {
  it('has a corpus of at least eight articles from at least five fields', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    const fields = new Set(FILES.map((f) => f.split('-')[0]));
    expect(fields.size).toBeGreaterThanOrEqual(5);
  });

  it.each(FILES)('%s: every gold miss is a listed known miss, and every listed one is still a miss', (file) => {
    const s = scores.find((x) => x.file === file) as Score;
    const listed = KNOWN_MISSES.filter((k) => k.file === file).map((k) => (k.nth && k.nth > 1 ? `${k.text}#${k.nth}` : k.text));
    expect(s.misses.sort()).toEqual(listed.sort());
  });

  it.each(FILES)('%s: every report that is no gold quantity is a listed known one', (file) => {
    const s = scores.find((x) => x.file === file) as Score;
    const listed = KNOWN_WRONG.filter((k) => k.file === file).map((k) => k.text);
    expect(s.wrong.sort()).toEqual(listed.sort());
  });

  it.each(FILES)('%s: no year, date, fiscal year, score, phone number or reference is read as a quantity', (file) => {
    expect((scores.find((x) => x.file === file) as Score).setAsideRead).toEqual([]);
  });

  it('reads at least 95% of the gold quantities correctly (recall) and reports at least 95% correct ones (precision)', () => {
    const gold = scores.reduce((n, s) => n + s.gold, 0);
    const found = scores.reduce((n, s) => n + s.found, 0);
    const correct = scores.reduce((n, s) => n + s.correct, 0);
    // The figures, for the report: recall = correct / gold, precision = correct / found.
    console.log(`corpus: ${FILES.length} articles, ${gold} gold quantities, ${found} reported, ${correct} correct; recall ${((100 * correct) / gold).toFixed(1)}%, precision ${((100 * correct) / found).toFixed(1)}%`);
    expect(gold).toBeGreaterThan(100);
    expect(correct / gold).toBeGreaterThanOrEqual(0.95);
    expect(correct / found).toBeGreaterThanOrEqual(0.95);
  });
});
