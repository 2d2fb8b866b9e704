/**
 * @file Finds the unit words after a number in prose, and only known ones:
 * unit words and aliases from the context (rules/units.yaml and the claims
 * file's `units:`), mathjs unit names that are not everyday words, a few
 * everyday abbreviations ("yr"), "square"/"sq."/"cubic" before them, and
 * rates ("a day", "per day", "/day"). Returns the words to hand to the
 * quantity grammar, which canonicalises them exactly as it does in
 * claims.yaml.
 *
 * The rule for words between a number and its unit (documented in
 * ./index.ts): up to three modifiers ("North Korean", "Russian", "wounded",
 * "Korean-made") may stand before a unit word the context declares, never
 * before a bare mathjs unit; "of" and one or two words ("of territory") may
 * stand between a unit and its rate.
 *
 * Pure: no I/O.
 */
import { isBuiltInUnit, secondsIn } from '../quantity/index.js';
import type { Doc } from './doc.js';
import { at, continues, isJoinedSym, isWord } from './doc.js';
import { FUNCTION_WORDS, MONTHS, NOT_PROSE_UNITS, PROSE_UNIT_ABBREVIATIONS } from './lexicon.js';
import { isTitleWord } from '../text/letters.js';

/** A unit phrase found in the text. */
export interface UnitMatch {
  /** Index of its last token. */
  last: number;
  /** The unit words to hand to the grammar ("square miles a day", "soldiers per square mile"). */
  words: string;
}

/** How the words of a term are separated: by spaces, or by hyphens in a compound ("150-square-mile"). */
type Joining = 'spaced' | 'hyphens';

/** The next word of a term after token `i`: the index of the word, or undefined. */
function nextWord(doc: Doc, i: number, joining: Joining): number | undefined {
  if (joining === 'hyphens') return isJoinedSym(doc, i + 1, '-') && isWord(doc, i + 2) && at(doc, i + 2)?.joined ? i + 2 : undefined;
  return isWord(doc, i + 1) && continues(doc, i + 1) && !at(doc, i + 1)?.joined ? i + 1 : undefined;
}

/** mathjs's answer per word: asking it is slow, and prose repeats its words. */
const builtInCache = new Map<string, boolean>();

/** True when `word` (as written) is a unit name prose may use without declaring it. */
function isProseBuiltIn(word: string, attached: boolean): boolean {
  const lower = word.toLowerCase();
  if (PROSE_UNIT_ABBREVIATIONS.has(lower)) return true;
  if (NOT_PROSE_UNITS.has(lower) || FUNCTION_WORDS.has(lower)) return false;
  if (word.length < 2 && !attached) return false;
  let known = builtInCache.get(word);
  if (known === undefined) {
    known = isBuiltInUnit(word);
    if (builtInCache.size > 10000) builtInCache.clear();
    builtInCache.set(word, known);
  }
  return known;
}

/**
 * Reads one unit term starting at token `i`: ["square" | "sq" ["."] | "cubic"]
 * unit-word, where a unit word is the longest run of words the context knows,
 * or one mathjs unit name. `declaredOnly` accepts only the context's words.
 */
export function unitTermAt(
  doc: Doc,
  i: number,
  options: { joining?: Joining; attached?: boolean; declaredOnly?: boolean } = {},
): UnitMatch | undefined {
  const joining = options.joining ?? 'spaced';
  const first = at(doc, i);
  if (first === undefined || first.type !== 'word') return undefined;
  let prefix = '';
  let k = i;
  if (first.lower === 'square' || first.lower === 'sq' || first.lower === 'cubic') {
    prefix = first.lower === 'cubic' ? 'cubic' : 'square';
    let dot = k;
    if (first.lower === 'sq' && isJoinedSym(doc, k + 1, '.') && joining === 'spaced') dot = k + 1;
    const after = dot === k ? nextWord(doc, k, joining) : isWord(doc, dot + 1) && continues(doc, dot + 1) ? dot + 1 : undefined;
    if (after === undefined) return undefined;
    k = after;
  }
  // The longest run of words the context declares ("metric tons"): the phrase grows a word at a time, the last one declared wins.
  const word = at(doc, k);
  // A hyphenated unit word the context declares ("4.9 million acre-feet").
  const tail = word !== undefined && isJoinedSym(doc, k + 1, '-') && isWord(doc, k + 2) && at(doc, k + 2)?.joined ? at(doc, k + 2) : undefined;
  if (word !== undefined && tail !== undefined && doc.t.unitWords.has(`${word.lower}-${tail.lower}`)) {
    const compound = `${word.text}-${tail.text}`;
    return withPower(doc, k + 2, prefix === '' ? compound : `${prefix} ${compound}`);
  }
  if (word !== undefined) {
    let lower = word.lower;
    let written = word.text;
    let declared: string | undefined = doc.t.unitWords.has(lower) ? written : undefined;
    let declaredLast = k;
    for (let j = k, n = 1; n < doc.t.longestUnitWord; n += 1) {
      const next = nextWord(doc, j, joining);
      if (next === undefined) break;
      j = next;
      const token = at(doc, j) as NonNullable<ReturnType<typeof at>>;
      lower = `${lower} ${token.lower}`;
      written = `${written} ${token.text}`;
      if (doc.t.unitWords.has(lower)) {
        declared = written;
        declaredLast = j;
      }
    }
    if (declared !== undefined) return withPower(doc, declaredLast, prefix === '' ? declared : `${prefix} ${declared}`);
  }
  if (options.declaredOnly || word === undefined) return undefined;
  // A headline capitalises its words ("£250m A Week"): a capitalised word that is no unit as written is tried in lower case.
  const written = isProseBuiltIn(word.text, options.attached === true && k === i) ? word.text : isTitleWord(word.text) && isProseBuiltIn(word.lower, false) ? word.lower : undefined;
  if (written === undefined) return undefined;
  return withPower(doc, k, prefix === '' ? written : `${prefix} ${written}`);
}

/** A power sign written onto a unit ("km²", "m³") belongs to it. */
function withPower(doc: Doc, last: number, words: string): UnitMatch {
  const next = at(doc, last + 1);
  if (next !== undefined && next.joined && (next.text === '²' || next.text === '³')) return { last: last + 1, words: `${words}${next.text}` };
  return { last, words };
}

/** Words after "a year", "a week"… that make it a time ago, not a rate ("20 soldiers a year ago"). */
const NOT_A_RATE_AFTER: ReadonlySet<string> = new Set(['ago', 'earlier', 'later', 'before', 'after', 'since', 'back']);

/** A modifier between a number and its unit: a word that is not a function word, month or unit; hyphenated compounds count once. */
function modifierAt(doc: Doc, i: number): number | undefined {
  const token = at(doc, i);
  if (token === undefined || token.type !== 'word' || token.joined || !continues(doc, i)) return undefined;
  if (FUNCTION_WORDS.has(token.lower) || MONTHS.has(token.lower) || /\d/u.test(token.text)) return undefined;
  if (doc.numberStarts.has(token.lower) || doc.t.scales.has(token.lower) || doc.t.hedges.has(token.lower)) return undefined;
  let last = i;
  while (isJoinedSym(doc, last + 1, '-') && isWord(doc, last + 2) && at(doc, last + 2)?.joined) last += 2;
  return last;
}

/** A rate joiner at `i`: "per", "a", "an", "each", "every" or "/" (the grammar's joiners). */
function isJoiner(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  if (token === undefined || !continues(doc, i)) return false;
  if (token.type === 'sym') return token.text === '/';
  return !token.joined && (token.lower === 'per' || token.lower === 'a' || token.lower === 'an' || token.lower === 'each' || token.lower === 'every');
}

/** An adverb of frequency of the rules at `i` ("weekly", "annually"): a rate on its own. */
function isRateWord(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  return token !== undefined && token.type === 'word' && !token.joined && continues(doc, i) && doc.t.rateUnits.has(token.lower);
}

/** Reads rates after position `i` ("a day", "per square mile", "of territory a day"); returns the last token and words. */
function readRates(doc: Doc, i: number): { last: number; words: string[] } {
  const words: string[] = [];
  let last = i - 1;
  for (;;) {
    let j = last + 1;
    // "of territory" may sit between a unit and its rate.
    if (words.length === 0 && last >= i - 1 && isWord(doc, j, 'of') && continues(doc, j)) {
      let k = j + 1;
      let skipped = 0;
      while (skipped < 2 && isWord(doc, k) && continues(doc, k) && !FUNCTION_WORDS.has(at(doc, k)?.lower ?? '') && !isJoiner(doc, k)) {
        k += 1;
        skipped += 1;
      }
      if (skipped > 0 && isJoiner(doc, k)) j = k;
    }
    if (isRateWord(doc, j)) {
      words.push(at(doc, j)?.text as string);
      last = j;
      continue;
    }
    if (!isJoiner(doc, j)) break;
    const joiner = at(doc, j)?.lower as string;
    // After "/" a one-letter unit is a unit ("80 km/h"), as it is glued to a number.
    const term = unitTermAt(doc, j + 1, { attached: joiner === '/' && at(doc, j + 1)?.joined === true });
    if (term === undefined) break;
    const after = at(doc, term.last + 1);
    if (after?.type === 'word' && continues(doc, term.last + 1) && NOT_A_RATE_AFTER.has(after.lower)) break;
    words.push(joiner === '/' ? '/' : joiner, term.words);
    last = term.last;
  }
  return { last, words };
}

/**
 * Reads the unit phrase after a number, starting at token `i` (the first
 * token after the number, its scale and percent). With `percentOnly`, only a
 * rate may follow ("5 percent a year").
 */
export function unitsAfter(doc: Doc, i: number, percentOnly: boolean): UnitMatch | undefined {
  const first = at(doc, i);
  if (first === undefined || !continues(doc, i)) return undefined;
  // "26.9 million year over year", "5% year on year": a comparison of periods, not a unit.
  if (isPeriodComparison(doc, i)) return undefined;
  // A rate hyphenated into a compound adjective: "a $5bn-a-year deal", "£2.5m-per-season".
  const joiner = at(doc, i + 1);
  if (first.type === 'sym' && first.text === '-' && first.joined && joiner?.type === 'word' && joiner.joined && ['a', 'an', 'per'].includes(joiner.lower) && isJoinedSym(doc, i + 2, '-')) {
    const rate = at(doc, i + 3)?.joined ? unitTermAt(doc, i + 3, { joining: 'hyphens' }) : undefined;
    if (rate !== undefined) return { last: rate.last, words: `-${joiner.lower}-${rate.words}` };
  }
  // A compound adjective: "170-millimeter", "150-square-mile".
  if (!percentOnly && first.type === 'sym' && first.text === '-' && first.joined && at(doc, i + 1)?.joined) {
    return unitTermAt(doc, i + 1, { joining: 'hyphens' });
  }
  let head: UnitMatch | undefined;
  // A degree sign run into a scale letter: "1.5°C", "104°F" (the grammar reads the words).
  if (!percentOnly && first.type === 'sym' && first.text === '°' && first.joined && isWord(doc, i + 1) && at(doc, i + 1)?.joined) {
    head = { last: i + 1, words: `°${at(doc, i + 1)?.text}` };
  }
  if (!percentOnly && head === undefined) {
    head = unitTermAt(doc, i, { attached: first.joined });
    if (head === undefined && !first.joined) {
      // Up to three modifiers before a declared unit word: "11,000 North Korean soldiers".
      let k = i;
      for (let n = 0; n < 3 && head === undefined; n += 1) {
        const last = modifierAt(doc, k);
        if (last === undefined) break;
        k = last + 1;
        head = unitTermAt(doc, k, { declaredOnly: true });
      }
      // "seven consecutive months", "three straight years": a word of a run before a unit of time.
      if (head === undefined && first.type === 'word' && RUN_WORDS.has(first.lower) && continues(doc, i + 1)) {
        const time = unitTermAt(doc, i + 1);
        if (time !== undefined && secondsIn(time.words) !== undefined) head = time;
      }
    }
  }
  const rates = readRates(doc, head === undefined ? i : head.last + 1);
  if (head === undefined && rates.words.length === 0) return undefined;
  const words = [...(head === undefined ? [] : [head.words]), ...rates.words].join(' ');
  return { last: rates.words.length > 0 ? rates.last : (head as UnitMatch).last, words };
}

/** Words of a run that may stand between a number and its unit of time ("seven consecutive months"). */
const RUN_WORDS: ReadonlySet<string> = new Set(['consecutive', 'straight', 'successive', 'running']);

/** Whether token `i` starts "year over year", "month on month", "year-on-year" (the same period word twice). */
function isPeriodComparison(doc: Doc, i: number): boolean {
  const period = at(doc, i);
  if (period?.type !== 'word') return false;
  let k = i + 1;
  if (isJoinedSym(doc, k, '-')) k++;
  if (!isWord(doc, k, 'over') && !isWord(doc, k, 'on')) return false;
  k++;
  if (isJoinedSym(doc, k, '-')) k++;
  return isWord(doc, k, period.lower);
}
