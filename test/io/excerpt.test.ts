// excerpt() (src/io/excerpt.ts): the only way a message quotes a file's text.
import { describe, expect, it } from 'vitest';
import { clipQuotes, excerpt, MAX_EXCERPT } from '../../src/io/excerpt.js';

describe('excerpt', () => {
  it('leaves short plain text as it is', () => {
    expect(excerpt('the text yes')).toBe('the text yes');
  });

  it('shows NUL, newlines, escape sequences and direction marks as escapes', () => {
    expect(excerpt('A=1\u0000B=2\nC\u001b[2J\u202eD\u007f')).toBe('A=1\\0B=2\\nC\\x1b[2J\\u202eD\\x7f');
  });

  it('keeps at most 80 characters, counting escapes at their escaped length, and marks the cut', () => {
    const environ = 'SECRET_TOKEN=abcdef\u0000'.repeat(100);
    const shown = excerpt(environ);
    expect(shown.length).toBeLessThanOrEqual(MAX_EXCERPT);
    expect(shown.endsWith('…')).toBe(true);
    // 'SECRET_TOKEN=abcdef' (19) + '\0' (2) = 21 per entry: three whole entries (63), then 16 characters of the fourth, then '…' = 80.
    expect(shown).toBe(`${'SECRET_TOKEN=abcdef\\0'.repeat(3)}SECRET_TOKEN=abc…`);
  });

  it('never splits an escape', () => {
    // 78 letters then a NUL: the escape would end at 80, one more than fits with the mark.
    const shown = excerpt(`${'a'.repeat(78)}\u0000bc`);
    expect(shown).toBe(`${'a'.repeat(78)}…`);
  });

  it('keeps a text of exactly 80 characters whole', () => {
    expect(excerpt('x'.repeat(80))).toBe('x'.repeat(80));
  });
});

describe('clipQuotes', () => {
  it('shortens a long quoted text to an escaped excerpt and says how long it was', () => {
    const value = `${'SECRET_TOKEN=abc\u0000'.repeat(10)}`;
    // 10 × 17 = 170 characters inside the quotes.
    expect(clipQuotes(`the text "${value}" is not a number`)).toBe(`the text "${excerpt(value)}" (170 characters) is not a number`);
  });

  it('leaves short quotes and apostrophes in sentences alone, but escapes control characters', () => {
    expect(clipQuotes("the claim's input 'rate' isn't \"ok\u001b\"")).toBe("the claim's input 'rate' isn't \"ok\\x1b\"");
  });
});
