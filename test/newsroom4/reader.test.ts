// The fourth newsroom trial, reader side: real articles from fields and places
// the corpus had not seen (Singapore's and Hong Kong's container ports in TEU,
// Philippine remittances in dollars, Canadian and US wildfires in hectares and
// acres, football sell-on clauses in £m, Maltese rainfall in mm, South Africa's
// budget in rand), each with
// a gold list of every number marked by hand before the reader was run
// (test/fixtures/newsroom4/*.gold.yaml). The reader must read every gold
// quantity (value, unit, hedge side) and report nothing else but the listed
// known misses, and never a set-aside numeral.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldCorpus, type KnownMiss, type KnownWrong } from '../prose/score-gold.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'newsroom4');

/** Gold quantities still misread, by article and gold text (n-th occurrence when it repeats), with the reason. */
const KNOWN_MISSES: KnownMiss[] = [];

/** Reports that match no gold quantity and are accepted, with the reason. */
const KNOWN_WRONG: KnownWrong[] = [];

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('the fourth newsroom trial: the reader on eight new articles', () => {
  it('has eight articles', () => {
    expect(FILES.length).toBe(8);
  });

  checkGoldCorpus('newsroom4', DIR, FILES, { misses: KNOWN_MISSES, wrong: KNOWN_WRONG });
});
