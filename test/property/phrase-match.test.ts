// Property: the quantity scanner's phrase matching (src/quantity/scanner.ts)
// reads ASCII phrases without compiling a pattern per phrase, and must match
// exactly what the phrase's pattern matches: its words case-insensitively
// (Unicode case folding, so the Kelvin sign "K" is a "k" and the long "ſ" an
// "s"), separated by any run of white space (non-breaking and thin spaces
// too), or with `hyphens` also by a hyphen with optional spaces around it,
// and not followed by a letter when the phrase ends in one. The reference
// below is that pattern, written out here independently.
import { describe, expect, it } from 'vitest';
import { Scanner } from '../../src/quantity/scanner.js';
import { fc } from './setup.js';

function reference(text: string, pos: number, phrase: string, hyphens: boolean): number | undefined {
  const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const gap = hyphens ? '(?:\\s*-\\s*|\\s+)' : '\\s+';
  const body = phrase.trim().split(/\s+/u).map((w) => (hyphens ? w.split('-').map(escape).join(gap) : escape(w))).join(gap);
  const re = new RegExp(body, 'iyu');
  re.lastIndex = pos;
  const m = re.exec(text);
  if (!m) return undefined;
  const end = pos + m[0].length;
  const letter = /[\p{L}_]/u;
  if (letter.test(phrase[phrase.length - 1] ?? '') && letter.test(text[end] ?? '')) return undefined;
  return end;
}

/** What the scanner does at `pos`: where it ends, or undefined when the phrase is not there. */
function scanned(text: string, pos: number, phrase: string, hyphens: boolean): number | undefined {
  const s = new Scanner(text);
  s.pos = pos;
  s.skipSpace();
  const start = s.pos;
  const matched = s.matchPhrase(phrase, hyphens);
  if (!matched) expect(s.pos).toBe(start);
  return matched ? s.pos : undefined;
}

// Phrases of the kinds the rules hold: words, hyphenated number words, symbols.
// Also phrases as a claims file may write them (capitals, doubled or non-breaking spaces, spaces around), which take the general way.
const PHRASES = ['per cent', 'forty-five', 'two-thirds', 'a quarter', 'US$', 'km/h', 'sq. mi', 'out of', 'skip', 'kilo', 'a--b', 'x', 'Per Cent', ' per  cent ', 'per\u00a0cent', '-fold', '~', '5 x'];
// Text characters chosen to meet every branch: case, gaps of every kind, hyphens, letters that fold to ASCII.
const CHARS = ['p', 'P', 'e', 'r', 'c', 'n', 't', 'f', 'o', 'y', 'i', 'v', 'w', 'h', 'a', 'q', 'u', 's', 'k', 'K', 'm', 'l', 'U', 'S', '$', '/', '.', 'x', 'b', ' ', '  ', '\t', '\u00a0', '\u2009', '-', ' - ', '\u212a', '\u017f', 'é', '_', '1'];

describe('phrase matching in the quantity scanner', () => {
  it('matches what the phrase pattern matches, on texts made near the phrase', () => {
    // Each case starts from the phrase itself and mutates it, so matches are common.
    const nearPhrase = fc
      .tuple(fc.constantFrom(...PHRASES), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...CHARS), fc.boolean()), { maxLength: 3 }), fc.constantFrom(...CHARS, ''))
      .map(([phrase, edits, tail]) => {
        let text = phrase;
        for (const [at, c, replace] of edits) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + c + text.slice(replace ? i + 1 : i);
        }
        return { phrase, text: text + tail };
      });
    fc.assert(
      fc.property(nearPhrase, fc.boolean(), ({ phrase, text }, hyphens) => {
        // The scanner skips white space before a phrase; the pattern starts where the phrase does.
        const start = /^\s*/u.exec(text)![0].length;
        expect(scanned(text, 0, phrase, hyphens)).toBe(reference(text, start, phrase, hyphens));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads the cases worked out by hand', () => {
    // "Per  Cent" (two spaces, capitals): the whole 9 characters.
    expect(scanned('Per  Cent rise', 0, 'per cent', false)).toBe(9);
    // A non-breaking space is white space: "per\u00a0cent" is 8 characters.
    expect(scanned('per\u00a0cent', 0, 'per cent', false)).toBe(8);
    // "forty - five" with hyphens: 12 characters; without, "forty-five" is one literal word.
    expect(scanned('forty - five', 0, 'forty-five', true)).toBe(12);
    expect(scanned('forty - five', 0, 'forty-five', false)).toBeUndefined();
    expect(scanned('forty five', 0, 'forty-five', true)).toBe(10);
    // The Kelvin sign folds to "k": "\u212ailo" is "kilo".
    expect(scanned('\u212ailo', 0, 'kilo', false)).toBe(4);
    // "percentage" does not end at a word boundary after "per cent"... nor does "percent" match "per cent".
    expect(scanned('percent', 0, 'per cent', false)).toBeUndefined();
    expect(scanned('skipper', 0, 'skip', false)).toBeUndefined();
    // A symbol phrase may be followed by a letter: "US$5" and "US$x" both start with "US$".
    expect(scanned('us$x', 0, 'US$', false)).toBe(3);
  });

  it('takes the first phrase of a list that comes next, as trying each in turn does', () => {
    // matchLongest keeps, per list and next character, only the phrases whose first letter can match; the answer must be the first of the list matchPhrase accepts.
    const list = fc.uniqueArray(fc.constantFrom(...PHRASES), { minLength: 1, maxLength: PHRASES.length });
    const text = fc.array(fc.constantFrom(...CHARS, ...PHRASES), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(list, text, fc.boolean(), (phrases, t, hyphens) => {
        const expected = phrases.find((phrase) => scanned(t, 0, phrase, hyphens) !== undefined);
        const s = new Scanner(t);
        const got = s.matchLongest(phrases, hyphens);
        expect(got).toBe(expected);
        if (expected !== undefined) expect(s.pos).toBe(scanned(t, 0, expected, hyphens));
      }),
      { numRuns: 3000 },
    );
  });
});
