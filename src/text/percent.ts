/**
 * @file How a percentage is written, in one table for every reader: the
 * claims-file grammar (src/quantity/unitPhrase.ts) and the article's prose
 * reader (src/prose/phrase.ts) both recognise a percent from it. Pure data.
 */

/** How a percentage was written: `percent` ("27%", "27 percent") or `points` ("2.5 percentage points"). */
export type PercentKind = 'percent' | 'points';

/** The sign, written straight after the number or after a space. */
export const PERCENT_SIGN = '%';

/**
 * The words after a number that make it a percentage, as lower-case words
 * in order (or the sign alone), tried in this order: "pp" is the newsroom's
 * percentage points ("a 5.5 pp swing").
 */
export const PERCENT_PHRASES: readonly { kind: PercentKind; words: readonly string[] }[] = [
  { kind: 'points', words: ['percentage', 'points'] },
  { kind: 'points', words: ['percentage', 'point'] },
  { kind: 'points', words: ['pp'] },
  { kind: 'percent', words: ['per', 'cent'] },
  { kind: 'percent', words: ['percent'] },
  { kind: 'percent', words: [PERCENT_SIGN] },
];
