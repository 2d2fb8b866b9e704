/**
 * @file Letter-case tests on a word, answered from the characters' codes
 * when the word is ASCII and by the Unicode classes (`\p{Lu}`, `\p{Ll}`)
 * otherwise. The two answers agree on ASCII: its only capitals are A–Z and
 * its only small letters a–z. A regular expression with a Unicode class
 * costs V8 a compile of that class (about 0.3 ms, once per process, on the
 * cold path of every check) even when every word it meets is plain ASCII,
 * as most words of English news are.
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
