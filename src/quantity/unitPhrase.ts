/**
 * @file The `unit` of the grammar: percent words, and unit phrases as people
 * write them ("soldiers per square mile", "a year", "sq mi", "mi^2/day",
 * "per person per year"), turned into a mathjs unit expression over
 * canonical names ("soldier/mi^2", "1/person/year").
 *
 * Pure: no I/O. Does not check that a unit exists (the units stage does);
 * words are canonicalised through the context's unit words, or kept as written.
 */
import { isMathjsUnit } from '../mathjs/index.js';
import { quoted, syntaxError } from './errors.js';
import { codeAt, type Scanner } from './scanner.js';
import type { Tables } from './tables.js';
import { PERCENT_PHRASES, PERCENT_SIGN, type PercentKind } from '../text/percent.js';
import { spaceRunEnd, wordEnd } from '../text/letters.js';

export type { PercentKind } from '../text/percent.js';

/** One factor of a unit expression: multiplied or divided. */
export interface UnitFactor {
  op: '*' | '/';
  /** A mathjs term: a canonical name with an optional power ("mi^2") or a parenthesised group. */
  term: string;
}

/**
 * Grammar words that end a unit phrase: range separators and the words that
 * join unit terms. They are never read as unit names.
 */
const RESERVED = new Set(['to', 'and', 'or', 'of', 'per', 'a', 'an', 'square', 'sq', 'cubic', 'squared', 'cubed', 'between', 'percent', 'cent', 'each', 'every']);

/** A unit word; a degree sign may open it ("°C", "°F": temperatures, spec news-language §7). */
const WORD = /°?[\p{L}_][\p{L}\p{Nd}_]*/uy;
/** A hyphenated unit word ("acre-feet"): read as one only when the context knows it. */
const HYPHENATED_WORD = /[\p{L}_][\p{L}\p{Nd}_]*(?:-[\p{L}_][\p{L}\p{Nd}_]*)+/uy;
const POWER = /\^\s*([+\-\u2212]?\s*\d+(?:\.\d+)?)/uy;

/** True when mathjs knows `word`, exactly as written, as a unit. */
export function isBuiltInUnit(word: string): boolean {
  try {
    return isMathjsUnit(word);
  } catch {
    return false;
  }
}

/** The percent phrases as {@link readPercent} tries them, their words joined once. */
const PERCENT_READ = PERCENT_PHRASES.map(({ kind, words, per }) => ({ kind, per, sign: words[0] === PERCENT_SIGN, phrase: words.join(' ') }));

/** White space between the words of a unit phrase. */
const GAP = /\s+/uy;

/** Reads a percent word or sign, if one comes next ("pp" is the newsroom's percentage points: "a 5.5 pp swing"). */
export function readPercent(s: Scanner): PercentKind | undefined {
  return readPercentPhrase(s)?.kind;
}

/** Reads a percent word or sign, if one comes next: its kind, and how many make one (100; 10,000 for basis points). */
export function readPercentPhrase(s: Scanner): { kind: PercentKind; per: number } | undefined {
  // "a 1.8-percent fall": a hyphen may join the number to its percent word (never to the sign).
  const save = s.pos;
  const hyphen = codeAt(s.text, s.pos) === 0x2d && s.pos + 1 < s.text.length && /\p{L}/u.test(s.text[s.pos + 1] as string);
  if (hyphen) s.pos += 1;
  for (const { kind, per, sign, phrase } of PERCENT_READ) {
    if (sign && hyphen) continue;
    if (sign ? s.matchLiteral(PERCENT_SIGN) : s.matchPhrase(phrase)) return { kind, per };
  }
  s.pos = save;
  return undefined;
}

/**
 * Where the unit word ({@link WORD}) that starts at `from` ends; undefined
 * when none starts there. ASCII text is read from the characters' codes,
 * without compiling the pattern's Unicode classes (src/text/letters.ts).
 */
function unitWordEnd(text: string, from: number): number | undefined {
  const end = wordEnd(text, from);
  if (end >= 0) return end > from ? end : undefined;
  WORD.lastIndex = from;
  const m = WORD.exec(text);
  return m ? from + m[0].length : undefined;
}

/** Where the white space ({@link GAP}) that starts at `from` ends; undefined when none does. */
function spaceEnd(text: string, from: number): number | undefined {
  const end = spaceRunEnd(text, from);
  if (end >= 0) return end > from ? end : undefined;
  GAP.lastIndex = from;
  const m = GAP.exec(text);
  return m ? from + m[0].length : undefined;
}

/** Reads one unit word (the longest alias of several words first), canonicalised. */
function readUnitWord(s: Scanner, t: Tables, leading: boolean): string | undefined {
  s.skipSpace();
  const start = s.pos;
  const headEnd = unitWordEnd(s.text, start);
  if (headEnd !== undefined && codeAt(s.text, headEnd) === 0x2d) {
    HYPHENATED_WORD.lastIndex = start;
    const h = HYPHENATED_WORD.exec(s.text);
    const canonical = h ? t.unitWords.get(h[0].toLowerCase()) : undefined;
    if (h && canonical !== undefined) {
      s.pos = start + h[0].length;
      return canonical;
    }
  }
  const words: { word: string; end: number }[] = [];
  let pos = start;
  while (words.length < t.longestUnitWord) {
    if (words.length > 0) {
      const gapEnd = spaceEnd(s.text, pos);
      if (gapEnd === undefined) break;
      pos = gapEnd;
    }
    const end = unitWordEnd(s.text, pos);
    if (end === undefined) break;
    words.push({ word: s.text.slice(pos, end), end });
    pos = end;
  }
  const first = words[0];
  // "cent" ends a phrase only as the second word of "per cent": "117.3 cent per litre" is cents.
  if (!first || (RESERVED.has(first.word.toLowerCase()) && !(leading && first.word.toLowerCase() === 'cent'))) return undefined;
  // The phrase of the first n words, lower case, for each n.
  const phrases: string[] = [];
  for (const w of words) phrases.push(phrases.length === 0 ? w.word.toLowerCase() : `${phrases[phrases.length - 1]!} ${w.word.toLowerCase()}`);
  for (let n = words.length; n >= 1; n -= 1) {
    const phrase = phrases[n - 1]!;
    const canonical = t.unitWords.get(phrase);
    // A word written in a case that mathjs reads differently ("Mm" is not "mm") is kept as written.
    const keepCase = n === 1 && first.word !== phrase && canonical !== first.word && isBuiltInUnit(first.word);
    if (canonical !== undefined && !keepCase) {
      s.pos = (words[n - 1] as { end: number }).end;
      return canonical;
    }
  }
  s.pos = first.end;
  return first.word;
}

/** Reads an explicit power after a term: "^2", "^-1", "²", "³". */
function readPower(s: Scanner): number | undefined {
  // The pattern only runs where a caret comes next: this is asked after every unit word.
  s.skipSpace();
  const m = codeAt(s.text, s.pos) === 0x5e ? s.matchRegExp(POWER) : undefined;
  if (m) return Number((m[1] as string).replace(/\s/gu, '').replace('\u2212', '-'));
  if (codeAt(s.text, s.pos) === 0xb2) {
    s.pos += 1;
    return 2;
  }
  if (codeAt(s.text, s.pos) === 0xb3) {
    s.pos += 1;
    return 3;
  }
  return undefined;
}

/** Reads one term: ["square" | "sq" | "cubic"] (word | "(" phrase ")") [power] ["squared" | "cubed"]. */
function readTerm(s: Scanner, t: Tables, leading = false): string | undefined {
  return s.attempt(() => {
    let power = 1;
    let prefix: string | undefined;
    if (s.matchPhrase('square') || s.matchPhrase('sq')) {
      prefix = 'square';
      s.matchLiteral('.');
      power = 2;
    } else if (s.matchPhrase('cubic')) {
      prefix = 'cubic';
      power = 3;
    }
    let atom: string | undefined;
    if (s.matchLiteral('(')) {
      const inner = readUnitPhrase(s, t);
      if (inner.length === 0 || !s.matchLiteral(')')) {
        throw syntaxError('q-unit-paren', {}, s.pos);
      }
      atom = `(${renderFactors(inner)})`;
    } else {
      atom = readUnitWord(s, t, leading && prefix === undefined);
    }
    if (atom === undefined) {
      if (prefix) throw syntaxError('q-unit-after-prefix', { prefix }, s.pos);
      return undefined;
    }
    const written = readPower(s);
    if (written !== undefined) power *= written;
    if (s.matchPhrase('squared')) power *= 2;
    else if (s.matchPhrase('cubed')) power *= 3;
    return power === 1 ? atom : `${atom}^${power}`;
  });
}

/** The round number a rate is per ("per 100,000 population", "per 1,000"): a power of ten, grouped or not, with nothing numeric after it. */
const PER_BASE = /\s*(1(?:0{0,2}(?:,000)+|0+))(?![\d.,%\p{L}])/uy;

/** Words that divide only when a unit follows ("£2bn each year"); otherwise they are left unread ("$84 each"). */
const SOFT_JOINERS = new Set(['a', 'an', 'each', 'every']);

const HYPHENATED_JOINER = /-(a|an|per)-(?=\p{L})/iuy;

/** The joiner words that divide, in the order they are tried. */
const DIVIDING_WORDS: readonly string[] = ['per', 'a', 'an', 'each', 'every'];
/** The signs that multiply. */
const MULTIPLYING_SIGNS: readonly string[] = ['*', '·', '⋅', '×'];

/** Reads a joiner between terms: "per", "a", "an", "each", "every", "/" divide; "*", "·" multiply. */
function readJoiner(s: Scanner): { op: '*' | '/'; word: string } | undefined {
  // "$5bn-a-year", "£2.5m-per-season": a rate hyphenated into a compound adjective (the pattern runs only where a hyphen comes next).
  s.skipSpace();
  const hyphenated = codeAt(s.text, s.pos) === 0x2d ? s.matchRegExp(HYPHENATED_JOINER) : undefined;
  if (hyphenated) return { op: '/', word: (hyphenated[1] as string).toLowerCase() };
  for (const word of DIVIDING_WORDS) if (s.matchPhrase(word)) return { op: '/', word };
  if (s.matchLiteral('/')) return { op: '/', word: '/' };
  for (const sign of MULTIPLYING_SIGNS) if (s.matchLiteral(sign)) return { op: '*', word: sign };
  return undefined;
}

/** Reads an adverb of frequency ("weekly", "per annum") and returns the unit it divides by. */
function readRateWord(s: Scanner, t: Tables): string | undefined {
  const phrase = s.matchLongest(t.ratePhrases);
  return phrase === undefined ? undefined : t.rateUnits.get(phrase);
}

/**
 * Reads a unit phrase ("soldiers per square mile", "mi^2/day", "a year") and
 * returns its factors; an empty list when no unit follows. A joiner with no
 * unit after it is an error for "per" and "/", and is left unread for "a",
 * "an", "each" and "every" ("$84 each" is then read as per person by the caller).
 */
export function readUnitPhrase(s: Scanner, t: Tables): UnitFactor[] {
  const factors: UnitFactor[] = [];
  const firstRate = readRateWord(s, t);
  const first = firstRate === undefined ? readTerm(s, t, true) : undefined;
  if (firstRate !== undefined) factors.push({ op: '/', term: firstRate });
  if (first !== undefined) factors.push({ op: '*', term: first });
  for (;;) {
    const rate = readRateWord(s, t);
    if (rate !== undefined) {
      factors.push({ op: '/', term: rate });
      continue;
    }
    const save = s.pos;
    const joiner = readJoiner(s);
    if (!joiner) break;
    // "deaths per 100,000 population", "per 1,000 births": a rate per a round number of something.
    const beforeBase = s.pos;
    // The pattern runs only where its number's "1" comes next (peek skips the same white space it would).
    const base = joiner.op === '/' && (joiner.word === 'per' || joiner.word === '/') && s.peek() === '1' ? s.matchRegExp(PER_BASE) : undefined;
    if (!base) s.pos = beforeBase;
    if (base) {
      const count = (base[1] as string).replace(/,/gu, '');
      const of = readTerm(s, t);
      factors.push({ op: '/', term: of === undefined ? count : `(${count} ${of})` });
      continue;
    }
    const term = readTerm(s, t);
    if (term === undefined) {
      if (SOFT_JOINERS.has(joiner.word)) {
        s.pos = save;
        break;
      }
      throw syntaxError('q-unit-after-joiner', { joiner: quoted(joiner.word) }, s.pos);
    }
    factors.push({ op: joiner.op, term });
  }
  return factors;
}

/** Renders factors as a mathjs expression; a phrase that starts with a division gets a leading "1". */
function renderFactors(factors: readonly UnitFactor[], head?: string): string {
  let out = head ?? '';
  for (const f of factors) {
    if (out === '') out = f.op === '/' ? `1/${f.term}` : f.term;
    else out += `${f.op}${f.term}`;
  }
  return out;
}

/** The unit expression of an amount: its currency (if any) times its unit phrase. */
export function renderUnit(currency: string | undefined, factors: readonly UnitFactor[]): string {
  return renderFactors(factors, currency);
}
