// The sixth newsroom trial, reader side: real texts from fields the five
// earlier trials had not tried (road deaths, a heatwave in °C and °F, defence
// spending as a share of GDP, streaming subscribers, a trade deficit, new car
// registrations, house prices, life expectancy, a space flight, a cricket
// record), each with a gold list of every number marked by hand before the
// reader was run (test/fixtures/newsroom6/*.gold.yaml). The reader must read
// every gold quantity (value, unit, hedge side) and report nothing else but
// the listed known misses, and never a set-aside numeral.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkGoldCorpus, type KnownMiss, type KnownWrong } from '../prose/score-gold.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'newsroom6');

/** Gold quantities still misread, by article and gold text (n-th occurrence when it repeats), with the reason. */
const KNOWN_MISSES: KnownMiss[] = [];

/** Reports that match no gold quantity and are accepted, with the reason. */
const KNOWN_WRONG: KnownWrong[] = [];

const FILES = readdirSync(DIR).filter((f) => f.endsWith('.txt')).sort();

describe('the sixth newsroom trial: the reader on ten new texts', () => {
  it('has ten articles', () => {
    expect(FILES.length).toBe(10);
  });

  checkGoldCorpus('newsroom6', DIR, FILES, { misses: KNOWN_MISSES, wrong: KNOWN_WRONG });
});
