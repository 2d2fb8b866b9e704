/**
 * @file A small character scanner over one quantity's text: skips white space,
 * matches phrases case-insensitively at word boundaries, and remembers where
 * it is so that a parse failure can point at a column.
 *
 * Pure: no I/O, no knowledge of the grammar beyond "words" and "boundaries".
 */

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

/** Each phrase list's phrases by the ASCII character (`| 32`) they can start at, filled as asked. */
const byHead = new WeakMap<readonly string[], (readonly string[] | undefined)[]>();

/**
 * The phrases of `phrases` that {@link Scanner.matchPhrase} does not rule out
 * by their first character when the next character's code is `next`: all of
 * them before a character that is not ASCII (or at the end), else those that
 * start with that character in either case or with anything but an ASCII
 * letter or digit. The hedge, scale and unit lists are long and most
 * positions rule out nearly all of them.
 */
function candidates(phrases: readonly string[], next: number): readonly string[] {
  if (!(next < 128)) return phrases;
  let index = byHead.get(phrases);
  if (!index) byHead.set(phrases, (index = []));
  const key = next | 32;
  let list = index[key];
  if (!list) {
    list = phrases.filter((phrase) => {
      const head = phrase.charCodeAt(0);
      return !isAsciiAlnum(head) || (head | 32) === key;
    });
    index[key] = list;
  }
  return list;
}

/** True when `char` continues a word (so a phrase may not end before it). */
export function isWordChar(char: string | undefined): boolean {
  return char !== undefined && WORD_CHAR.test(char);
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
    return this.text[this.pos];
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
    const head = phrase.charCodeAt(0);
    const next = this.text.charCodeAt(this.pos);
    if (isAsciiAlnum(head) && next < 128 && (next | 32) !== (head | 32)) return false;
    const re = phrasePattern(phrase, hyphens);
    re.lastIndex = this.pos;
    const m = re.exec(this.text);
    if (!m) return false;
    const end = this.pos + m[0].length;
    const last = phrase[phrase.length - 1];
    if (isWordChar(last) && isWordChar(this.text[end])) return false;
    this.pos = end;
    return true;
  }

  /** Consumes the first phrase of `phrases` (sort them longest first) that comes next. */
  matchLongest(phrases: readonly string[], hyphens = false): string | undefined {
    if (phrases.length === 0) return undefined;
    this.skipSpace();
    // Only the phrases matchPhrase would not rule out by their first letter are tried, in the list's order.
    for (const phrase of candidates(phrases, this.text.charCodeAt(this.pos))) if (this.matchPhrase(phrase, hyphens)) return phrase;
    return undefined;
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
