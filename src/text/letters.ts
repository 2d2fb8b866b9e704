/**
 * @file Letter tests on words and runs of text, answered from the
 * characters' codes where the text is ASCII and by the Unicode classes
 * (`\p{L}`, `\p{Lu}`, `\p{Ll}`, `\p{Nd}`, `\s`) otherwise. The two answers
 * agree on ASCII: its only letters are A–Z and a–z, its only decimal digits
 * 0–9, its only white space tab, line feed, vertical tab, form feed,
 * carriage return and space. A regular expression costs V8 a compile at its
 * first use, then one more for its machine code, once for one-byte and once
 * for two-byte strings (articles with curly quotes are two-byte); with a
 * Unicode class that is the most expensive compile there is, paid on the
 * cold path of every check even when every word it meets is plain ASCII, as
 * most words of English news are.
 *
 * The run finders return -1 where ASCII cannot tell (a character outside
 * ASCII where the run might go on): the caller then asks its regular
 * expression, which gives the same answer for every text.
 *
 * Pure.
 */

/** Whether every character of `text` is ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

const isCapital = (code: number): boolean => code >= 65 && code <= 90;
const isSmall = (code: number): boolean => code >= 97 && code <= 122;

/** `/^\p{Lu}\p{Ll}{2,}$/u`: a capital, then two or more small letters and nothing else ("Miles", not "MILES" or "Mi"). */
export function isTitleWord(text: string): boolean {
  if (!isAscii(text)) return /^\p{Lu}\p{Ll}{2,}$/u.test(text);
  if (text.length < 3 || !isCapital(text.charCodeAt(0))) return false;
  for (let i = 1; i < text.length; i += 1) if (!isSmall(text.charCodeAt(i))) return false;
  return true;
}

/** `/\p{Lu}/u`: the text holds a capital letter somewhere. */
export function hasCapital(text: string): boolean {
  if (!isAscii(text)) return /\p{Lu}/u.test(text);
  for (let i = 0; i < text.length; i += 1) if (isCapital(text.charCodeAt(i))) return true;
  return false;
}

/** `/^\p{Ll}+\p{Lu}/u`: small letters, then a capital, at the start ("iPhone", "eBay"). */
export function isCamelStart(text: string): boolean {
  if (!isAscii(text)) return /^\p{Ll}+\p{Lu}/u.test(text);
  let i = 0;
  while (i < text.length && isSmall(text.charCodeAt(i))) i += 1;
  return i > 0 && i < text.length && isCapital(text.charCodeAt(i));
}

/** A–Z or a–z. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** `\s` within ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
export function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/**
 * Where the run of letters (`[\p{L}]+`) that starts at `from` ends: `from`
 * when no letter starts there, -1 when a character outside ASCII stands at
 * `from` or just after the run.
 */
export function letterRunEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return -1;
    if (!isAsciiLetter(code)) break;
  }
  return i;
}

/**
 * Where the word `[\p{L}_][\p{L}\p{Nd}_]*` that starts at `from` ends: `from`
 * when none starts there, -1 when a character outside ASCII stands at `from`
 * or just after the word.
 */
export function wordEnd(text: string, from: number): number {
  if (from >= text.length) return from;
  const first = text.charCodeAt(from);
  if (first > 0x7f) return -1;
  if (!isAsciiLetter(first) && first !== 0x5f) return from;
  let i = from + 1;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return -1;
    if (!isAsciiLetter(code) && code !== 0x5f && !(code >= 48 && code <= 57)) break;
  }
  return i;
}

/** Where the run of white space (`\s+`) that starts at `from` ends: `from` when none does, -1 where ASCII cannot tell. */
export function spaceRunEnd(text: string, from: number): number {
  let i = from;
  for (; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code > 0x7f) return -1;
    if (!isAsciiSpace(code)) break;
  }
  return i;
}

/** `/\p{L}/u.test(text)`: the text holds a letter. */
export function hasLetter(text: string): boolean {
  if (!isAscii(text)) return /\p{L}/u.test(text);
  for (let i = 0; i < text.length; i += 1) if (isAsciiLetter(text.charCodeAt(i))) return true;
  return false;
}

/** `/[\s\p{L}\p{Nd}]/u.test(char)` for one character: white space, a letter or a decimal digit. */
export function isSpaceLetterOrDigit(char: string): boolean {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code <= 0x7f) return isAsciiSpace(code) || isAsciiLetter(code) || (code >= 48 && code <= 57);
  return /[\s\p{L}\p{Nd}]/u.test(char);
}
