// The prose tokenizer (src/prose/tokens.ts): what each token is, its text
// and offsets, and what stands before it. Every reader of src/prose works on
// these tokens, so each field is checked on a line that has every kind.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/prose/tokens.js';

describe('tokenize', () => {
  it('splits numerals, words (digits inside kept: "M1989") and single symbols, with offsets and spacing', () => {
    // Offsets: "The" 0–3, "M1989" 4–9, "rose" 10–14, "1,100.5" 15–22, "%" 22–23, "to" 24–26, "21" 27–29, "st" 29–31, "Élan" 32–36; "G7" starts the next line at 37.
    const tokens = tokenize('The M1989 rose 1,100.5% to 21st Élan\nG7');
    expect(tokens.map((t) => [t.type, t.text, t.lower, t.start, t.end, t.joined, t.lineBreakBefore, t.hasDigit])).toEqual([
      ['word', 'The', 'the', 0, 3, false, false, false],
      ['word', 'M1989', 'm1989', 4, 9, false, false, true],
      ['word', 'rose', 'rose', 10, 14, false, false, false],
      ['num', '1,100.5', '1,100.5', 15, 22, false, false, false],
      ['sym', '%', '%', 22, 23, true, false, false],
      ['word', 'to', 'to', 24, 26, false, false, false],
      // A digit that starts a token is a numeral: "21st" is "21" and "st", touching.
      ['num', '21', '21', 27, 29, false, false, false],
      ['word', 'st', 'st', 29, 31, true, false, false],
      ['word', 'Élan', 'élan', 32, 36, false, false, false],
      ['word', 'G7', 'g7', 37, 39, false, true, true],
    ]);
  });

  it('gives the tokens one global pattern gives, with its match groups, on 20,000 random lines', () => {
    // The tokenizer as it was written with one global pattern whose empty groups said which
    // alternative matched (a numeral, a word, a digit inside the word): the reference.
    const TOKEN = /()(?:(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)*)|()\p{L}[\p{L}\p{M}]*(?:()\p{Nd}[\p{L}\p{M}\p{Nd}]*)?|\S/gu;
    const reference = (text: string): unknown[] => {
      const out: unknown[] = [];
      let previousEnd = 0;
      for (const m of text.matchAll(TOKEN)) {
        const type = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
        const gap = text.slice(previousEnd, m.index);
        out.push([type, m[0], type === 'word' ? m[0].toLowerCase() : m[0], m.index, m.index + m[0].length, m.index === previousEnd && out.length > 0, /[\n\r\u2028\u2029]/u.test(gap), m[3] !== undefined]);
        previousEnd = m.index + m[0].length;
      }
      return out;
    };
    // A seeded generator (xorshift32). Characters: digits, ASCII letters, signs, every ASCII white
    // space, no-break and narrow spaces, an em space, the line and paragraph separators, a
    // byte-order mark, NEL and a control (not white space), accented, Greek and Cyrillic letters,
    // a combining mark, digits of other scripts (Arabic-Indic, Devanagari, astral), an astral
    // letter, an emoji, lone surrogates.
    let seed = 0x2545f491;
    const next = (): number => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return (seed >>> 0) / 0x1_0000_0000;
    };
    const pool = [
      '0', '1', '5', '9', 'a', 'M', 'z', 'G', ',', '.', '-', '%', '$', '_', '(', ' ', ' ', '\t', '\n', '\r', '\v', '\f',
      '\u00a0', '\u202f', '\u2003', '\u2028', '\u2029', '\ufeff', '\u0085', '\u001f', 'É', 'é', 'Ω', 'ж', '\u0301',
      '\u0663', '\u0967', '\u{1d7ce}', '\u{1d400}', '\u{1f600}', '\ud800', '\udc00',
    ];
    let words = 0;
    let digitWords = 0;
    for (let n = 0; n < 20_000; n += 1) {
      let line = '';
      const length = Math.floor(next() * 24);
      for (let k = 0; k < length; k += 1) line += pool[Math.floor(next() * pool.length)];
      const tokens = tokenize(line).map((t) => [t.type, t.text, t.lower, t.start, t.end, t.joined, t.lineBreakBefore, t.hasDigit]);
      expect([line, tokens]).toEqual([line, reference(line)]);
      words += tokens.filter((t) => t[0] === 'word').length;
      digitWords += tokens.filter((t) => t[7] === true).length;
    }
    // Every kind was met often enough to have been tried.
    expect(words).toBeGreaterThan(10_000);
    expect(digitWords).toBeGreaterThan(1_000);
  });
});
