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
 * The token that starts where the text is not white space: a numeral, digits
 * with comma or dot groups ("777,720", "11.5", "1,234.5"), or thousands set
 * apart by a space, the SI and IEA style ("5 660 TWh", "1 234 567"; also a
 * no-break or narrow no-break space): one to three digits, then groups of
 * exactly three, never after another number and a space ("0800 123 456"
 * stays three numerals); a word, a letter, then letters or digits ("M1989",
 * "COVID"; a digit that starts a token is always a numeral, so "21st" is
 * "21" + "st"); or any other one character.
 *
 * Sticky, and asked only whether it matches (`test`): where the token ends
 * is all it tells, and what kind of token it is follows from its first
 * character ({@link tokenize}), so no match array is made per token (an
 * article of 300 KB has some 60,000 tokens).
 */
const TOKEN_AT = /(?:(?<!\d[ \u00a0\u202f])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d,])|\d+(?:[.,]\d+)*)|\p{L}[\p{L}\p{M}]*(?:\p{Nd}[\p{L}\p{M}\p{Nd}]*)?|\S/uy;

/** White space that is not ASCII (a no-break space, an em space, a line separator), at a position. */
const SPACE_AT = /\s+/uy;

/** A letter at a position (a one-character token of a letter outside ASCII is a word). */
const LETTER_AT = /\p{L}/uy;

/** A decimal digit of any script (a word with one inside has a digit, as "G7" has). */
const ANY_DIGIT = /\p{Nd}/u;

/** The tokens of `text`, in order. Linear in the text's length. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  let at = 0;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // White space between tokens: ASCII's (tab, line feed, vertical tab, form feed, carriage return, space) here, the rest by the pattern.
    if (code === 32 || (code >= 9 && code <= 13)) {
      at += 1;
      continue;
    }
    if (code >= 128) {
      SPACE_AT.lastIndex = at;
      if (SPACE_AT.test(text)) {
        at = SPACE_AT.lastIndex;
        continue;
      }
    }
    TOKEN_AT.lastIndex = at;
    // Any character that is not white space starts a token (at least itself).
    const end = TOKEN_AT.test(text) ? TOKEN_AT.lastIndex : at + 1;
    const type = tokenType(text, code, at, end);
    let lineBreak = false;
    for (let c = previousEnd; c < at && !lineBreak; c += 1) {
      const space = text.charCodeAt(c);
      lineBreak = space === 10 || space === 13 || space === 0x2028 || space === 0x2029;
    }
    const written = text.slice(at, end);
    tokens.push({
      type,
      text: written,
      lower: type === 'word' ? written.toLowerCase() : written,
      start: at,
      end,
      joined: at === previousEnd && tokens.length > 0,
      lineBreakBefore: lineBreak,
      hasDigit: type === 'word' && hasDigitIn(text, at, end),
    });
    previousEnd = end;
    at = end;
  }
  return tokens;
}

/**
 * What the token text[start, end) is, from its first character `code`: an
 * ASCII digit starts a numeral; a letter a word; anything else is a symbol
 * of one character. A token longer than its first character is a word when
 * it is no numeral (a symbol is one character); one letter outside ASCII is
 * a word too.
 */
function tokenType(text: string, code: number, start: number, end: number): TokenType {
  if (code >= 48 && code <= 57) return 'num';
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122 ? 'word' : 'sym';
  const first = code >= 0xd800 && code <= 0xdbff && end - start >= 2 ? 2 : 1;
  if (end - start > first) return 'word';
  LETTER_AT.lastIndex = start;
  return LETTER_AT.test(text) ? 'word' : 'sym';
}

/** Whether text[start, end) holds a decimal digit: ASCII's by their codes, any other script's by the pattern. */
function hasDigitIn(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57) return true;
    if (code >= 128) return ANY_DIGIT.test(text.slice(start, end));
  }
  return false;
}

/** True when the word starts with a capital letter ("North", "Article"). */
export function isCapitalised(token: Token): boolean {
  if (token.type !== 'word') return false;
  const code = token.text.charCodeAt(0);
  // ASCII answers without the Unicode class.
  if (code < 128) return code >= 65 && code <= 90;
  return /^\p{Lu}/u.test(token.text);
}
