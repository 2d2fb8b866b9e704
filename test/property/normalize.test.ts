// Property: quote matching's normalized text (src/bind/normalize.ts) is the
// text read one character at a time through normalChar — curly quotes and
// primes to straight quotes, dashes to "-", soft hyphens and zero-width
// characters dropped, any run of white space one space — and its map leads
// each character back to its offset in the input. normalizeText skips the
// per-character rules for plain ASCII and copies unchanged runs whole; this
// checks it skips nothing else, and that normalizeQuote (the same pass with
// no map) agrees.
import { describe, expect, it } from 'vitest';
import { normalChar, normalizeQuote, normalizeText } from '../../src/bind/normalize.js';
import { fc } from './setup.js';

/** The rules applied to every character, written out plainly. */
function reference(input: string): { text: string; map: number[] } {
  let text = '';
  const map: number[] = [];
  for (let i = 0; i < input.length; i++) {
    const n = normalChar(input[i]!);
    if (n === '' || (n === ' ' && text.endsWith(' '))) continue;
    text += n;
    map.push(i);
  }
  map.push(input.length);
  return { text, map };
}

// Plain letters and digits, every character a rule changes, and ASCII edge cases (tab, DEL, backtick, control characters).
const CHARS = ['a', 'Z', '5', ' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x7f', '\x00', '\x1f', '!', '~', '`', "'", '"', '-', '\u00a0', '\u2009', '\u2018', '\u2019', '\u201c', '\u201d', '\u2032', '\u2033', '\u00ab', '\u2013', '\u2014', '\u2212', '\u00ad', '\u200b', '\ufeff', 'é', '€'];

describe('normalizeText', () => {
  it('is normalChar applied to every character, with the map back to the input', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), (chars) => {
        const input = chars.join('');
        const { text, map } = normalizeText(input);
        const expected = reference(input);
        expect(text).toBe(expected.text);
        expect([...map]).toEqual(expected.map);
        // A quote is normalized the same way (without the map), then trimmed.
        expect(normalizeQuote(input)).toBe(expected.text.trim());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a sentence worked out by hand', () => {
    // "‘Two’  dozen—`24`": the curly quotes and the backtick become ', the two spaces one, the dash "-".
    const { text, map } = normalizeText('\u2018Two\u2019  dozen\u2014`24`');
    expect(text).toBe("'Two' dozen-'24'");
    // The "d" of "dozen" is the 8th character of the input (offset 7): the second space (offset 6) was dropped.
    expect(map[6]).toBe(7);
    // The map ends at the input's length: 17 characters.
    expect(map[text.length]).toBe(17);
  });
});
