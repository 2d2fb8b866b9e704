/**
 * @file A small character scanner over one quantity's text: skips white space,
 * matches phrases case-insensitively at word boundaries, and remembers where
 * it is so that a parse failure can point at a column.
 *
 * Pure: no I/O, no knowledge of the grammar beyond "words" and "boundaries".
 */

import { isAsciiLetter } from '../text/letters.js';

/** A letter or underscore: what continues a word (a digit may follow a word directly: "about200"). */
const WORD_CHAR = /[\p{L}_]/u;

/** White space, including non-breaking and thin spaces (`\s` covers them). */
const SPACE = /\s/u;

/** Compiled phrase patterns: words separated by white space only, or by white space or hyphens. */
const spacedPatterns = new Map<string, RegExp>();
const hyphenPatterns = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The sticky, case-insensitive pattern for a phrase: its words may be
 * separated by any run of white space (or, with `hyphens`, by a hyphen).
 */
function isAsciiAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function phrasePattern(phrase: string, hyphens: boolean): RegExp {
  // Two maps instead of one key built per call: this runs for every phrase tried at every position.
  const cache = hyphens ? hyphenPatterns : spacedPatterns;
  let re = cache.get(phrase);
  if (!re) {
    const gap = hyphens ? '(?:\\s*-\\s*|\\s+)' : '\\s+';
    const body = phrase
      .trim()
      .split(/\s+/u)
      .map((word) => (hyphens ? word.split('-').map(escapeRegExp).join(gap) : escapeRegExp(word)))
      .join(gap);
    re = new RegExp(body, 'iyu');
    cache.set(phrase, re);
  }
  return re;
}

/**
 * A phrase made of ASCII characters, lower-cased and cut at its gaps (white
 * space, and with `hyphens` hyphens too), for {@link matchAscii}; undefined
 * when the phrase has other characters or an empty part ("a--b"), which the
 * pattern then matches.
 */
const partsCache = { h: new Map<string, readonly string[] | undefined>(), s: new Map<string, readonly string[] | undefined>() };

function asciiParts(phrase: string, hyphens: boolean): readonly string[] | undefined {
  const cache = hyphens ? partsCache.h : partsCache.s;
  const known = cache.get(phrase);
  if (known !== undefined || cache.has(phrase)) return known;
  const simple = simpleParts(phrase, hyphens);
  if (simple !== false) {
    cache.set(phrase, simple);
    return simple;
  }
  const words = phrase.trim().split(/\s+/u);
  const parts = (hyphens ? words.flatMap((word) => word.split('-')) : words).map((part) => part.toLowerCase());
  const usable = /^[\x21-\x7e]+$/u.test(phrase.trim().replace(/\s+/gu, '')) && parts.every((part) => part.length > 0) ? parts : undefined;
  cache.set(phrase, usable);
  return usable;
}

/**
 * {@link asciiParts} for a phrase of printable ASCII words separated by
 * single spaces (every phrase of the rules' tables, which are normalised so):
 * the same parts without the Unicode patterns; false for any other phrase.
 */
function simpleParts(phrase: string, hyphens: boolean): readonly string[] | undefined | false {
  if (phrase.length === 0) return false;
  for (let k = 0; k < phrase.length; k++) {
    const code = phrase.charCodeAt(k);
    if (code > 32 && code < 127) continue;
    // A space between two words; anything else (a space at either end or doubled, other white space) takes the general way.
    if (code !== 32 || k === 0 || k === phrase.length - 1 || phrase.charCodeAt(k - 1) === 32) return false;
  }
  const words = phrase.split(' ');
  const parts = (hyphens ? words.flatMap((word) => word.split('-')) : words).map((part) => part.toLowerCase());
  return parts.every((part) => part.length > 0) ? parts : undefined;
}

/**
 * `text.charCodeAt(i)` (NaN past the end) for `i` ≥ 0, without reading past
 * the end: V8's optimized code for a `charCodeAt` or `text[i]` that has only
 * read inside the string throws itself away the first time it reads past the
 * end (an "out of bounds" deoptimisation), and the function runs slow until
 * it is compiled again. Every scanner meets the end of its text sooner or
 * later, so every function that looked there without a test was compiled
 * twice in a run of many files.
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : NaN;
}

/** White space at `i`, as the patterns' `\s` reads it (non-breaking and thin spaces included). */
function isSpaceAt(text: string, i: number): boolean {
  const c = codeAt(text, i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === c && SPACE.test(text[i] as string);
}

/**
 * The two characters outside ASCII that case-fold to an ASCII letter under
 * the patterns' Unicode case-insensitive matching (checked over every code
 * point): the Kelvin sign (K, to "k") and the long s (ſ, to "s").
 */
const KELVIN = 0x212a;
const LONG_S = 0x17f;

/**
 * Where `parts` end when they come at `pos`, separated as the phrase's
 * pattern separates them (`\s+`, or with `hyphens` `\s*-\s*|\s+`); -1
 * when they do not come there. Matches
 * exactly what {@link phrasePattern} matches, without compiling a
 * case-insensitive Unicode pattern per phrase (a cost every run paid again
 * for each of the 200-odd phrases a small check tries).
 */
function matchAscii(text: string, pos: number, parts: readonly string[], hyphens: boolean): number {
  let p = pos;
  for (let k = 0; k < parts.length; k += 1) {
    if (k > 0) {
      let q = p;
      while (isSpaceAt(text, q)) q += 1;
      if (hyphens && codeAt(text, q) === 45) {
        q += 1;
        while (isSpaceAt(text, q)) q += 1;
      } else if (q === p) {
        return -1;
      }
      p = q;
    }
    const part = parts[k] as string;
    for (let i = 0; i < part.length; i += 1) {
      let c = codeAt(text, p + i);
      if (c !== c) return -1; // past the end
      if (c >= 128) c = c === KELVIN ? 107 : c === LONG_S ? 115 : -1;
      else if (c >= 65 && c <= 90) c += 32;
      if (c !== part.charCodeAt(i)) return -1;
    }
    p += part.length;
  }
  return p;
}

/** True when `char` continues a word (so a phrase may not end before it). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined) return false;
  // One ASCII character answers without the Unicode class (src/text/letters.ts).
  const code = char.charCodeAt(0);
  if (char.length === 1 && code <= 0x7f) return isAsciiLetter(code) || code === 0x5f;
  return WORD_CHAR.test(char);
}

/**
 * A phrase prepared for matching: its ASCII parts (see {@link asciiParts})
 * and whether it ends in a word character, worked out the first time the
 * phrase is tried (a list's first-letter test rules most of its phrases out
 * for good in a short check).
 */
interface PhraseEntry {
  phrase: string;
  ready: boolean;
  parts: readonly string[] | undefined;
  wordEnd: boolean;
}

function entryOf(phrase: string): PhraseEntry {
  return { phrase, ready: false, parts: undefined, wordEnd: false };
}

/** Fills in what {@link entryOf} left for the first match. */
function ready(entry: PhraseEntry, hyphens: boolean): PhraseEntry {
  if (!entry.ready) {
    entry.parts = asciiParts(entry.phrase, hyphens);
    entry.wordEnd = isWordChar(entry.phrase[entry.phrase.length - 1]);
    entry.ready = true;
  }
  return entry;
}

/** Phrases matched one at a time ("a", "between", "per"), prepared once each. */
const entries = { h: new Map<string, PhraseEntry>(), s: new Map<string, PhraseEntry>() };

function entryFor(phrase: string, hyphens: boolean): PhraseEntry {
  const cache = hyphens ? entries.h : entries.s;
  let entry = cache.get(phrase);
  if (!entry) {
    entry = entryOf(phrase);
    cache.set(phrase, entry);
  }
  return entry;
}

/**
 * Per list of phrases (and per way of joining their words), every phrase
 * prepared, and per ASCII character (folded to lower case: the first-letter
 * test reads `next | 32`) the ones, in their order, that
 * {@link Scanner.matchPhrase}'s first-letter test lets through when that
 * character comes next: the rules' lists hold up to 80 phrases, and a small
 * check tried them one by one about 35,000 times.
 */
interface PreparedList {
  all: readonly PhraseEntry[];
  /** Per folded ASCII letter or digit (`| 32`), the indices of the phrases that start with it, in order. */
  byHead: (number[] | undefined)[];
  /** The indices of the phrases that do not start with an ASCII letter or digit (they may start anywhere), in order. */
  anywhere: number[];
  byKey: (readonly PhraseEntry[] | undefined)[];
}

const preparedCache = { h: new WeakMap<readonly string[], PreparedList>(), s: new WeakMap<readonly string[], PreparedList>() };

function prepared(phrases: readonly string[], hyphens: boolean): PreparedList {
  const cache = hyphens ? preparedCache.h : preparedCache.s;
  let list = cache.get(phrases);
  if (!list) {
    const byHead: (number[] | undefined)[] = [];
    const anywhere: number[] = [];
    for (let k = 0; k < phrases.length; k++) {
      const head = phrases[k]!.charCodeAt(0);
      if (isAsciiAlnum(head)) (byHead[head | 32] ??= []).push(k);
      else anywhere.push(k);
    }
    list = { all: phrases.map(entryOf), byHead, anywhere, byKey: [] };
    cache.set(phrases, list);
  }
  return list;
}

const NONE: readonly number[] = [];

/**
 * The phrases of `list` that may start where the next character is `next`
 * (ASCII): {@link mayStartWith} for each, in order — the phrases starting
 * with that letter merged with the ones that may start anywhere, by index.
 */
function candidates(list: PreparedList, next: number): readonly PhraseEntry[] {
  const key = next | 32;
  let found = list.byKey[key];
  if (!found) {
    const own = list.byHead[key] ?? NONE;
    const { anywhere, all } = list;
    const kept: PhraseEntry[] = [];
    let i = 0;
    let j = 0;
    while (i < own.length || j < anywhere.length) {
      if (j >= anywhere.length || (i < own.length && own[i]! < anywhere[j]!)) kept.push(all[own[i++]!]!);
      else kept.push(all[anywhere[j++]!]!);
    }
    list.byKey[key] = found = kept;
  }
  return found;
}

/** False when `phrase` cannot come where the next character is `next` (ASCII), by the first-letter test alone. */
function mayStartWith(phrase: string, next: number): boolean {
  const head = phrase.charCodeAt(0);
  return !(isAsciiAlnum(head) && next < 128 && (next | 32) !== (head | 32));
}

/** Reads one string from left to right. */
export class Scanner {
  /** The offset of the next character to read (0-based, in UTF-16 code units). */
  pos = 0;

  constructor(readonly text: string) {}

  /** Skips white space; returns whether any was skipped. */
  skipSpace(): boolean {
    const start = this.pos;
    const { text } = this;
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos);
      // Printable ASCII is never white space; anything else asks the Unicode class.
      if ((code > 32 && code < 127) || !SPACE.test(text[this.pos] as string)) break;
      this.pos += 1;
    }
    return this.pos > start;
  }

  /** True when only white space is left. */
  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  /** The next character (after white space), without consuming it. */
  peek(): string | undefined {
    this.skipSpace();
    return this.pos < this.text.length ? this.text[this.pos] : undefined;
  }

  /** What is left, trimmed (for messages). */
  rest(): string {
    return this.text.slice(this.pos).trim();
  }

  /** The text from `start` to the current position, trimmed. */
  since(start: number): string {
    return this.text.slice(start, this.pos).trim();
  }

  /**
   * Consumes `phrase` (case-insensitive, words separated by any white space)
   * when it comes next and ends at a word boundary. With `hyphens`, a hyphen
   * may also separate its words ("forty-five", "two-thirds").
   */
  matchPhrase(phrase: string, hyphens = false): boolean {
    this.skipSpace();
    // Most phrases are ruled out by their first letter: skip the pattern then
    // (only when both characters are ASCII, where case-folding is plain).
    if (!mayStartWith(phrase, codeAt(this.text, this.pos))) return false;
    return this.matchEntry(entryFor(phrase, hyphens), hyphens);
  }

  /** Consumes the first phrase of `phrases` (sort them longest first) that comes next. */
  matchLongest(phrases: readonly string[], hyphens = false): string | undefined {
    this.skipSpace();
    const next = codeAt(this.text, this.pos);
    const list = prepared(phrases, hyphens);
    for (const entry of next < 128 ? candidates(list, next) : list.all) if (this.matchEntry(entry, hyphens)) return entry.phrase;
    return undefined;
  }

  /** {@link matchPhrase} for a prepared phrase, white space already skipped and its first letter already tested. */
  private matchEntry(entry: PhraseEntry, hyphens: boolean): boolean {
    ready(entry, hyphens);
    let end: number;
    if (entry.parts !== undefined) end = matchAscii(this.text, this.pos, entry.parts, hyphens);
    else {
      const re = phrasePattern(entry.phrase, hyphens);
      re.lastIndex = this.pos;
      const m = re.exec(this.text);
      end = m ? this.pos + m[0].length : -1;
    }
    if (end < 0) return false;
    if (entry.wordEnd && end < this.text.length && isWordChar(this.text[end])) return false;
    this.pos = end;
    return true;
  }

  /** Consumes `literal` exactly (case-sensitive, no boundary check). */
  matchLiteral(literal: string): boolean {
    this.skipSpace();
    if (!this.text.startsWith(literal, this.pos)) return false;
    this.pos += literal.length;
    return true;
  }

  /** Consumes a match of a sticky regular expression (flag `y`) at the current position. */
  matchRegExp(re: RegExp): RegExpExecArray | undefined {
    this.skipSpace();
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return undefined;
    this.pos += m[0].length;
    return m;
  }

  /** Runs `attempt`; if it returns undefined, puts the position back. */
  attempt<T>(attempt: () => T | undefined): T | undefined {
    const start = this.pos;
    const result = attempt();
    if (result === undefined) this.pos = start;
    return result;
  }
}
