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
});
