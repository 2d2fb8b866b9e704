// The third newsroom trial, reader side: nine real articles from fields and
// countries the corpus had not seen (Japan's budget in yen, South African
// matric results, IATA airline load factors, Australian wheat in tonnes per
// hectare, Kenyan re-run turnout, IEA renewables in GW and TWh, the Reserve
// Bank of Australia's cash rate in basis points, BT's quarterly earnings,
// Nigerian inflation), each with a gold list of every number marked by hand
// before the reader was run (test/fixtures/newsroom3/*.gold.yaml). The reader
// must read every gold quantity (value, unit, hedge side) and report nothing
// else but the listed known misses, and never a set-aside numeral.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldCorpus, type KnownMiss, type KnownWrong } from '../prose/score-gold.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'newsroom3');

/** Gold quantities still misread, by article and gold text (n-th occurrence when it repeats), with the reason. */
const KNOWN_MISSES: KnownMiss[] = [];

/** Reports that match no gold quantity and are accepted, with the reason. */
const KNOWN_WRONG: KnownWrong[] = [];

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('the third newsroom trial: the reader on nine new articles', () => {
  it('has nine articles', () => {
    expect(FILES.length).toBe(9);
  });

  checkGoldCorpus('newsroom3', DIR, FILES, { misses: KNOWN_MISSES, wrong: KNOWN_WRONG });
});
