// The letter-case tests of src/text/letters.ts answer as their Unicode
// regular expressions do (they are those expressions, answered from the
// characters' codes when a word is ASCII): hand cases, then every kind of
// character the prose reader meets, drawn at random.
import { describe, expect, it } from 'vitest';
import { hasCapital, isCamelStart, isTitleWord } from '../../src/text/letters.js';

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
