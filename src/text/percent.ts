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
 * in order (or the sign alone), tried in this order, and how many of them
 * make one (`per`): "pp" is the newsroom's percentage points ("a 5.5 pp
 * swing"); a basis point is a hundredth of a percentage point, the central
 * banks' and bond markets' unit ("25 basis points" is 0.25 percentage
 * points, 0.0025; "bps" only in lower case, like "pp"). British and
 * South African papers write per cent "pc" ("up 30pc") and "p.c." ("4.1
 * p.c."), wires "pct": all three are per cent, never pence or parsecs.
 */
export const PERCENT_PHRASES: readonly { kind: PercentKind; words: readonly string[]; per: number }[] = [
  { kind: 'points', words: ['percentage', 'points'], per: 100 },
  { kind: 'points', words: ['percentage', 'point'], per: 100 },
  { kind: 'points', words: ['pp'], per: 100 },
  { kind: 'points', words: ['basis', 'points'], per: 10000 },
  { kind: 'points', words: ['basis', 'point'], per: 10000 },
  { kind: 'points', words: ['bps'], per: 10000 },
  { kind: 'percent', words: ['per', 'cent'], per: 100 },
  { kind: 'percent', words: ['percent'], per: 100 },
  { kind: 'percent', words: ['pct'], per: 100 },
  { kind: 'percent', words: ['pc'], per: 100 },
  { kind: 'percent', words: ['p.c.'], per: 100 },
  { kind: 'percent', words: [PERCENT_SIGN], per: 100 },
];
