/**
 * @file The `number` of the grammar: numerals ("1,234", "1234.5", ".5",
 * "5.5e9"), fractions ("1/4", "1 1/2") and written numbers ("a quarter",
 * "two-thirds", "forty-five", "eleven thousand"), built from the rules'
 * number words and scale words.
 *
 * Pure: no I/O. Throws QuantitySyntaxError for a malformed numeral; returns
 * undefined when no number starts here.
 */
import { quoted, syntaxError } from './errors.js';
import type { Digits } from './precision.js';
import { tidy } from './precision.js';
import type { Scanner } from './scanner.js';
import { isWordChar } from './scanner.js';
import type { Tables } from './tables.js';
import { isSpaceLetterOrDigit } from '../text/letters.js';
import { isBuiltInUnit } from './unitPhrase.js';

/** The word after "half a": a unit ("century", "hour") when the tables or mathjs know it. */
const UNIT_AFTER_ARTICLE = /^\s+(\p{L}+)(?![\p{L}\p{Nd}])/u;

/** A number as read: a numeral with its digits, or an exact value read from words or a fraction. */
export type NumberToken =
  | { kind: 'numeral'; digits: Digits; value: number }
  | {
      kind: 'word';
      value: number;
      /** A scale word that ended the written number ("eleven thousand"): it may apply to the other end of a range. */
      scale?: number;
      /** What `value` is before that scale (11 for "eleven thousand"). */
      base?: number;
      /**
       * A lone small cardinal word ("eight"), judged like the digits it
       * stands for (spec news-language §3), not with the word tolerance.
       */
      digitLike?: true;
      /** For a digit-like word, what its last digit counts: 1 for "eight", 1e6 for "eight million". */
      step?: number;
      /** A multiplier word ("twice", "triple"): it may take "as many", "as likely" after it. */
      multiplier?: true;
    };

/** Thousands set apart by a space ("5 660", spec news-language: read as the prose reader reads them), or by commas. */
const NUMERAL = /(\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,])|\d+(?:,\d+)*)?(?:\.(\d+))?(?:[eE]([+-]?\d+))?/uy;
/** Digits grouped in threes ("1,234,567"), or in the Indian way: the last three, then twos ("1,72,000", "12,34,567"). */
const GROUPED = /^(?:\d{1,3}(?:,\d{3})+|\d{1,2}(?:,\d{2})+,\d{3})$/u;
const INTEGER = /\d+/uy;
const SLASH = /\s*\/\s*/uy;

/** Reads a numeral, or a fraction "1/4" / "1 1/2", at the scanner's position. */
function readNumeral(s: Scanner, t: Tables): NumberToken | undefined {
  s.skipSpace();
  const start = s.pos;
  NUMERAL.lastIndex = start;
  const m = NUMERAL.exec(s.text);
  if (!m || m[0] === '' || (m[1] === undefined && m[2] === undefined)) return undefined;
  const [text, wholeRaw = '', fraction = '', exponent] = m;
  if (wholeRaw.includes(',') && !GROUPED.test(wholeRaw)) {
    const bad = s.text.slice(start).split(/\s/u)[0];
    throw syntaxError('q-comma-groups', { text: quoted(bad ?? '') }, start);
  }
  s.pos = start + text.length;
  const spaced = /[ \u00a0\u202f]/u.test(wholeRaw);
  const whole = spaced ? wholeRaw.replace(/[ \u00a0\u202f]/gu, '') : wholeRaw.replace(/,/gu, '');
  const plainInteger = !spaced && !wholeRaw.includes(',') && fraction === '' && exponent === undefined && !text.includes('.');

  if (plainInteger) {
    // A vulgar fraction glued on: "2½" (the rules' words hold "½", "¾"…).
    const glued = s.text[s.pos];
    if (glued !== undefined && !isSpaceLetterOrDigit(glued)) {
      const vulgar = s.attempt(() => readWordPhrase(s, t));
      if (vulgar !== undefined && !/\p{L}/u.test(vulgar.phrase) && vulgar.value < 1) {
        return { kind: 'word', value: tidy(Number(whole) + vulgar.value) };
      }
    }
    const fractionValue = s.attempt(() => readFractionTail(s, Number(whole), start));
    if (fractionValue !== undefined) return fractionValue;
    // A mixed number: "1 1/2".
    const mixed = s.attempt(() => {
      if (!s.skipSpace()) return undefined;
      const innerStart = s.pos;
      INTEGER.lastIndex = innerStart;
      const n = INTEGER.exec(s.text);
      if (!n) return undefined;
      s.pos = innerStart + n[0].length;
      const tail = readFractionTail(s, Number(n[0]), innerStart);
      return tail ? { kind: 'word' as const, value: tidy(Number(whole) + tail.value) } : undefined;
    });
    if (mixed !== undefined) return mixed;
  }
  const digits: Digits = { whole, fraction, exponent: exponent === undefined ? 0 : Number(exponent) };
  const value = Number(`${whole || '0'}.${fraction || '0'}e${digits.exponent}`);
  if (!Number.isFinite(value)) throw syntaxError('q-too-large', { text: quoted(text) }, start);
  return { kind: 'numeral', digits, value };
}

/** After a whole number: "/ 4" makes it a fraction (an exact value, like a word). */
function readFractionTail(s: Scanner, numerator: number, start: number): (NumberToken & { kind: 'word' }) | undefined {
  SLASH.lastIndex = s.pos;
  const slash = SLASH.exec(s.text);
  if (!slash) return undefined;
  INTEGER.lastIndex = s.pos + slash[0].length;
  const d = INTEGER.exec(s.text);
  if (!d) return undefined;
  s.pos = s.pos + slash[0].length + d[0].length;
  const denominator = Number(d[0]);
  if (denominator === 0) throw syntaxError('q-zero-denominator', {}, start);
  return { kind: 'word', value: tidy(numerator / denominator) };
}

/** The smallest power of ten above n (5 → 10, 50 → 100). */
function nextPowerOfTen(n: number): number {
  return 10 ** (Math.floor(Math.log10(Math.max(1, n))) + 1);
}

/** Consumes a hyphen that joins two words ("forty-five"), if one comes next. */
function skipJoiner(s: Scanner): void {
  const save = s.pos;
  s.skipSpace();
  if (s.text[s.pos] === '-' && isWordChar(s.text[s.pos + 1])) s.pos += 1;
  else s.pos = save;
}

/**
 * Reads a scale word that may sit inside a written number: one that is not
 * also a unit name ("thousand", "million"; not "m").
 */
function readInnerScale(s: Scanner, t: Tables): number | undefined {
  const phrase = s.attempt(() => {
    const p = s.matchLongest(t.scalePhrases);
    return p !== undefined && !t.ambiguousScales.has(p) ? p : undefined;
  });
  return phrase === undefined ? undefined : t.scales.get(phrase);
}

/** Reads a number word or phrase from the rules table ("a quarter", "two-thirds", "forty"), with the phrase matched. */
function readWordPhrase(s: Scanner, t: Tables): { phrase: string; value: number } | undefined {
  const phrase = s.matchLongest(t.wordPhrases, true);
  const value = phrase === undefined ? undefined : t.words.get(phrase);
  return phrase === undefined || value === undefined ? undefined : { phrase, value };
}

/** Reads a number word or phrase from the rules table ("a quarter", "two-thirds", "forty"). */
function readWord(s: Scanner, t: Tables): number | undefined {
  return readWordPhrase(s, t)?.value;
}

/** Reads a multiplier word of the rules ("twice", "triple"). */
function readMultiplier(s: Scanner, t: Tables): number | undefined {
  const phrase = s.matchLongest(t.multiplierPhrases, true);
  return phrase === undefined ? undefined : t.multipliers.get(phrase);
}

/**
 * Reads a written number: a fraction word, optionally scaled ("half a
 * million"), or an integer compound of number words and scale words
 * ("two hundred and fifty", "eleven thousand", "a million"). `allowAnd` is
 * false after "between", where "and" separates the two ends.
 */
function readWritten(s: Scanner, t: Tables, allowAnd: boolean): NumberToken | undefined {
  const multiplier = s.attempt(() => readMultiplier(s, t));
  if (multiplier !== undefined) return { kind: 'word', value: multiplier, multiplier: true };
  const firstWord = s.attempt(() => readWordPhrase(s, t));
  let first = firstWord?.value;
  if (first === undefined) {
    // "a million", "a thousand": the article stands for one.
    const scale = s.attempt(() => (s.matchPhrase('a') || s.matchPhrase('an') ? readInnerScale(s, t) : undefined));
    if (scale === undefined) return undefined;
    return { kind: 'word', value: scale, scale, base: 1 };
  }
  if (!Number.isInteger(first)) {
    // A fraction word, maybe of a scale: "half a million", "a quarter of a million".
    const scale = s.attempt(() => {
      s.matchPhrase('of');
      if (!s.matchPhrase('a')) s.matchPhrase('an');
      return readInnerScale(s, t);
    });
    if (scale === undefined) {
      // "half a century", "a quarter of an hour": the article joins the unit to the fraction
      // (0.5 century), where after any other amount "a century" would be a rate (per century).
      s.attempt(() => {
        s.matchPhrase('of');
        if (!s.matchPhrase('a') && !s.matchPhrase('an')) return undefined;
        const word = UNIT_AFTER_ARTICLE.exec(s.text.slice(s.pos, s.pos + 40))?.[1];
        return word !== undefined && (t.unitWords.has(word.toLowerCase()) || isBuiltInUnit(word)) ? true : undefined;
      });
      return { kind: 'word', value: first };
    }
    return { kind: 'word', value: tidy(first * scale), scale, base: first };
  }

  const afterFirst = s.pos;
  let total = 0;
  let current = first;
  let lastScale: number | undefined;
  let lastBase: number | undefined;
  for (;;) {
    const save = s.pos;
    skipJoiner(s);
    const scale = readInnerScale(s, t);
    if (scale !== undefined && (current > 0 || total > 0)) {
      // Only a scale that multiplies the whole number so far can be shared with the other end of a range.
      lastBase = total === 0 ? current : undefined;
      if (scale >= 1000) {
        total += (current || 1) * scale;
        current = 0;
      } else {
        current = (current || 1) * scale;
      }
      lastScale = lastBase === undefined ? undefined : scale;
      continue;
    }
    s.pos = save;
    const next = s.attempt(() => {
      skipJoiner(s);
      if (allowAnd) s.matchPhrase('and');
      const w = readWord(s, t);
      if (w === undefined) return undefined;
      if (!Number.isInteger(w)) return allowAnd && w < 1 ? w : undefined; // "two and a half"
      const fits = w > 0 && current % nextPowerOfTen(w) === 0 && total % nextPowerOfTen(w) === 0;
      return fits ? w : undefined;
    });
    if (next === undefined) break;
    current += next;
    lastScale = undefined;
    if (!Number.isInteger(next)) break;
  }
  first = tidy(total + current);
  if (firstWord !== undefined && t.digitWords.has(firstWord.phrase)) {
    // "eight" is judged like "8", "eight million" like "8 million" (spec news-language §3).
    if (s.pos === afterFirst) return { kind: 'word', value: first, digitLike: true, step: 1 };
    if (lastScale !== undefined && lastScale >= 1000 && lastBase === firstWord.value) return { kind: 'word', value: first, scale: lastScale, base: lastBase, digitLike: true, step: lastScale };
  }
  return lastScale === undefined || lastBase === undefined
    ? { kind: 'word', value: first }
    : { kind: 'word', value: first, scale: lastScale, base: lastBase };
}

/** Reads a `number` of the grammar, or returns undefined when none starts here. */
export function readNumber(s: Scanner, t: Tables, allowAnd: boolean): NumberToken | undefined {
  return s.attempt(() => readNumeral(s, t)) ?? s.attempt(() => readWritten(s, t, allowAnd));
}
