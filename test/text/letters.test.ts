// The letter-case tests of src/text/letters.ts answer as their Unicode
// regular expressions do (they are those expressions, answered from the
// characters' codes when a word is ASCII): hand cases, then every kind of
// character the prose reader meets, drawn at random.
import { describe, expect, it } from 'vitest';
import { hasCapital, hasLetter, isCamelStart, isSpaceLetterOrDigit, isTitleWord, letterRunEnd, spaceRunEnd, wordEnd } from '../../src/text/letters.js';

describe('letter-case tests', () => {
  it('read ASCII words by hand', () => {
    expect(isTitleWord('Miles')).toBe(true);
    // Two letters after the capital at least; all of them small.
    expect(isTitleWord('Mi')).toBe(false);
    expect(isTitleWord('MILES')).toBe(false);
    expect(isTitleWord('miles')).toBe(false);
    expect(isTitleWord('Miles2')).toBe(false);
    expect(hasCapital('eBay')).toBe(true);
    expect(hasCapital('ebay')).toBe(false);
    expect(hasCapital('')).toBe(false);
    expect(isCamelStart('iPhone')).toBe(true);
    expect(isCamelStart('eBay')).toBe(true);
    expect(isCamelStart('iphone')).toBe(false);
    expect(isCamelStart('IPhone')).toBe(false);
    expect(isCamelStart('i')).toBe(false);
  });

  it('read words with other letters by the Unicode classes', () => {
    expect(isTitleWord('Émile')).toBe(true);
    expect(isTitleWord('Zürich')).toBe(true);
    expect(hasCapital('çÉ')).toBe(true);
    expect(isCamelStart('éB')).toBe(true);
    expect(isCamelStart('aÉ')).toBe(true);
    // Greek small letters, then a capital.
    expect(isCamelStart('αβΓ')).toBe(true);
  });

  it('agree with the regular expressions on 30,000 random words', () => {
    // A seeded generator (xorshift32); characters: ASCII capitals, small letters, digits and signs,
    // accented and Greek letters of both cases, a combining mark, a curly apostrophe, an astral capital.
    let seed = 0x1d872b41;
    const next = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x1_0000_0000;
    };
    const pool = ['A', 'M', 'Z', 'a', 'm', 'z', '0', '9', '-', "'", '_', ' ', '@', '[', '`', '{', 'É', 'é', 'Ω', 'ω', 'ß', '\u0301', '\u2019', '\u{1d400}', 'ǅ'];
    const tested = { title: 0, capital: 0, camel: 0 };
    for (let n = 0; n < 30_000; n += 1) {
      let word = '';
      const length = Math.floor(next() * 7);
      // Most words ASCII letters only, as in news; a third of them anything from the pool.
      const letters = next() < 0.66 ? pool.slice(0, 6) : pool;
      for (let k = 0; k < length; k += 1) word += letters[Math.floor(next() * letters.length)];
      const title = /^\p{Lu}\p{Ll}{2,}$/u.test(word);
      const capital = /\p{Lu}/u.test(word);
      const camel = /^\p{Ll}+\p{Lu}/u.test(word);
      expect([word, isTitleWord(word), hasCapital(word), isCamelStart(word)]).toEqual([word, title, capital, camel]);
      if (title) tested.title += 1;
      if (capital) tested.capital += 1;
      if (camel) tested.camel += 1;
    }
    // Each test said yes often enough to have been tried.
    expect(tested.title).toBeGreaterThan(500);
    expect(tested.capital).toBeGreaterThan(5_000);
    expect(tested.camel).toBeGreaterThan(1_000);
  });
});

describe('run finders', () => {
  it('find runs of letters, words and white space by hand', () => {
    // "GBP 5": the letters end at 3; "USDA" runs on; a digit stops letters but not a word.
    expect(letterRunEnd('GBP 5', 0)).toBe(3);
    expect(letterRunEnd('USDA 5', 0)).toBe(4);
    expect(letterRunEnd('m2', 0)).toBe(1);
    expect(letterRunEnd('5 GBP', 0)).toBe(0);
    expect(wordEnd('km_2 per', 0)).toBe(4);
    expect(wordEnd('_x', 0)).toBe(2);
    expect(wordEnd('2km', 0)).toBe(0);
    expect(spaceRunEnd('a \t\nb', 1)).toBe(4);
    expect(spaceRunEnd('ab', 1)).toBe(1);
    // A character outside ASCII where the run might go on: only the Unicode classes can tell.
    expect(letterRunEnd('caf\u00e9', 0)).toBe(-1);
    expect(letterRunEnd('\u00e9t\u00e9', 0)).toBe(-1);
    expect(wordEnd('\u00b0C', 0)).toBe(-1);
    expect(spaceRunEnd(' \u00a0x', 0)).toBe(-1);
    // Past the end: no run, nothing to ask.
    expect(letterRunEnd('ab', 2)).toBe(2);
    expect(wordEnd('ab', 2)).toBe(2);
  });

  it('agree with the regular expressions they stand for wherever they answer, on 30,000 random texts', () => {
    let seed = 0x3c6ef372;
    const next = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x1_0000_0000;
    };
    // The ASCII part holds the neighbours of each range: / and : around the digits, @ [ ` { around the letters.
    const pool = ['a', 'Z', 'q', '_', '0', '9', ' ', '\t', '\n', '\v', '-', '/', ':', '@', '[', '`', '{', '\u00a0', '\u2009', '\u00e9', '\u00b0', '\u00b2', '\u0663', '\u2019', '\u0301', '\ud835', '\u{1d400}'];
    const LETTERS = /[\p{L}]+/uy;
    const WORD = /[\p{L}_][\p{L}\p{Nd}_]*/uy;
    const SPACES = /\s+/uy;
    const sticky = (re: RegExp, text: string, from: number): number => {
      re.lastIndex = from;
      const m = re.exec(text);
      return m ? from + m[0].length : from;
    };
    let answered = 0;
    for (let n = 0; n < 30_000; n += 1) {
      let text = '';
      const length = Math.floor(next() * 8);
      const chars = next() < 0.6 ? pool.slice(0, 17) : pool;
      for (let k = 0; k < length; k += 1) text += chars[Math.floor(next() * chars.length)];
      const from = Math.floor(next() * (text.length + 1));
      for (const [found, re] of [[letterRunEnd(text, from), LETTERS], [wordEnd(text, from), WORD], [spaceRunEnd(text, from), SPACES]] as const) {
        if (found === -1) continue;
        answered += 1;
        expect([text, from, re.source, found]).toEqual([text, from, re.source, sticky(re, text, from)]);
      }
      expect([text, hasLetter(text)]).toEqual([text, /\p{L}/u.test(text)]);
      const char = text[from] ?? 'x';
      expect([char, isSpaceLetterOrDigit(char)]).toEqual([char, /[\s\p{L}\p{Nd}]/u.test(char)]);
    }
    // Most runs were answered without the expressions.
    expect(answered).toBeGreaterThan(50_000);
  });
});
