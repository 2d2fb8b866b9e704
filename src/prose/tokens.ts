/**
 * @file Splits prose into tokens in one linear pass: numerals ("1,100",
 * "11.5", "2024"), words (letters, possibly with digits inside: "M1989",
 * "G7") and single symbols ("$", "%", "-", "/", "."), each with its offsets
 * and whether white space comes before it.
 *
 * Pure: no I/O; knows nothing about what the tokens mean.
 */

/** What a token is made of. */
export type TokenType = 'num' | 'word' | 'sym';

/** One token of the text. */
export interface Token {
  type: TokenType;
  text: string;
  /** Lower-cased text, for table lookups. */
  lower: string;
  /** UTF-16 offsets into the text: [start, end). */
  start: number;
  end: number;
  /** True when the token touches the one before it (no white space between). */
  joined: boolean;
  /** True when the white space before it holds a line break (a paragraph or line boundary). */
  lineBreakBefore: boolean;
  /** True for a word with digits inside ("M1989", "G7"). */
  hasDigit: boolean;
}

/**
 * A numeral: digits with comma or dot groups ("777,720", "11.5", "1,234.5"),
 * or thousands set apart by a space, the SI and IEA style ("5 660 TWh",
 * "1 234 567"; also a no-break or narrow no-break space): one to three
 * digits, then groups of exactly three, never after another number and a
 * space ("0800 123 456" stays three numerals).
 * A word: a letter, then letters or digits ("M1989", "COVID"); a digit that
 * starts a token is always a numeral, so "21st" is "21" + "st".
 *
 * The groups are empty markers (a numeral, a word, a digit inside the word):
 * only the token's own text is a new string, not a copy of it per group
 * (an article of 300 KB has some 60,000 tokens).
 */
const TOKEN = /()(?:(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)*)|()\p{L}[\p{L}\p{M}]*(?:()\p{Nd}[\p{L}\p{M}\p{Nd}]*)?|\S/gu;

/** The tokens of `text`, in order. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const type: TokenType = m[1] !== undefined ? 'num' : m[2] !== undefined ? 'word' : 'sym';
    let lineBreak = false;
    for (let c = previousEnd; c < m.index && !lineBreak; c += 1) {
      const code = text.charCodeAt(c);
      lineBreak = code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
    }
    tokens.push({
      type,
      text: m[0],
      lower: type === 'word' ? m[0].toLowerCase() : m[0],
      start: m.index,
      end: m.index + m[0].length,
      joined: m.index === previousEnd && tokens.length > 0,
      lineBreakBefore: lineBreak,
      hasDigit: m[3] !== undefined,
    });
    previousEnd = m.index + m[0].length;
  }
  return tokens;
}

/** True when the word starts with a capital letter ("North", "Article"). */
export function isCapitalised(token: Token): boolean {
  if (token.type !== 'word') return false;
  const code = token.text.charCodeAt(0);
  // ASCII answers without the Unicode class.
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token.text);
}
