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
import { checkGoldCorpus, type KnownMiss, type KnownWrong } from './score-gold.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'articles');

/** Gold quantities the reader does not read correctly, with the reason. */
const KNOWN_MISSES: KnownMiss[] = [];

/** Reports that match no gold quantity and are accepted, with the reason. */
const KNOWN_WRONG: KnownWrong[] = [];

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('the prose reader on real articles', () => {
  it('has a corpus of at least eight articles from at least five fields', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(8);
    const fields = new Set(FILES.map((f) => f.split('-')[0]));
    expect(fields.size).toBeGreaterThanOrEqual(5);
  });

  checkGoldCorpus('corpus', DIR, FILES, { misses: KNOWN_MISSES, wrong: KNOWN_WRONG });
});
