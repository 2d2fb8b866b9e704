// The fifth newsroom trial, reader side: real texts from fields and places the
// corpus had not seen (a vaccine trial's efficacy, US airline punctuality and
// flight counts, a US table of on-time rates, Argentina's inflation, CO2 in
// parts per million at Mauna Loa, a marathon world record, a Dutch election's
// seats and turnout), each with a gold list of every number marked by hand
// before the reader was run (test/fixtures/newsroom5/*.gold.yaml). The reader
// must read every gold quantity (value, unit, hedge side) and report nothing
// else but the listed known misses, and never a set-aside numeral.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldCorpus, type KnownMiss, type KnownWrong } from '../prose/score-gold.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'newsroom5');

/** Gold quantities still misread, by article and gold text (n-th occurrence when it repeats), with the reason. */
const KNOWN_MISSES: KnownMiss[] = [];

/** Reports that match no gold quantity and are accepted, with the reason. */
const KNOWN_WRONG: KnownWrong[] = [];

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('the fifth newsroom trial: the reader on eight new texts', () => {
  it('has eight articles', () => {
    expect(FILES.length).toBe(8);
  });

  checkGoldCorpus('newsroom5', DIR, FILES, { misses: KNOWN_MISSES, wrong: KNOWN_WRONG });
});
