/**
 * @file The prose reader: finds every number in an article's text and says
 * what it is — a quantity read exactly as claims.yaml's `value`/`stated` are
 * read (src/quantity's grammar and tables), or a year, date, time, ordinal,
 * name with digits, or a malformed number left by machine rewording.
 *
 * How it reads, in one left-to-right pass over the tokens (linear in the
 * text; each number looks at a bounded window around it):
 *
 * - A number starts at a numeral ("1,100", "11.5", "1 / 4"), a currency sign
 *   of the context before one ("$5.5 billion"), or a number word from the
 *   rules ("eleven thousand", "a quarter", "half", "two-thirds", "forty").
 *   A lone "one"/"a" is an amount only with a hedge, a range or a unit after
 *   it ("in one day"); "a third", "a fifth"… are fractions only before "of",
 *   punctuation or the end ("a third country" is an ordinal). Vague plurals
 *   ("dozens", "hundreds of") are not numbers: they are not in the rules.
 * - Not quantities: four-digit numbers 1800–2100 with no currency, hedge,
 *   scale, percent or unit ("in 2022", "© 2024") are years, as are decades
 *   ("the 1990s"); a month before or after a day makes a date ("January 20",
 *   "Aug. 12, 2024", "November 11 and 29", "February 2022", "20 November");
 *   "10:30", "3 p.m.", "at 7:30:00" are times ("2:00:35" alone is an
 *   elapsed time, 7,235 seconds); "21st" is an ordinal; digits inside a word
 *   ("M1989", "G7"), after a capitalised word and a hyphen ("F-16",
 *   "COVID-19"), after a name head ("Article 4") or run into other letters
 *   ("3D") are names; a written number before an ordinal word ("Twenty
 *   first-century") is a name (an ordinal when not hyphenated on). Spec
 *   news-language §11 (src/prose/classify.ts): fiscal and season years
 *   ("2014-15", "2010/11") are years; "3-2", "14-0" are scores (a pair of
 *   counts); "+44 (0)20 7799 6677", "0121 333 6006" are phone numbers;
 *   "[1]", "[^2]" footnotes; "4K" a name; "school year six" an ordinal;
 *   "Paras 1.2, 1.2.3" one name.
 * - Pairs and phrases (spec §3, §5): "rose from 96,000 to 142,000" is two
 *   quantities (a verb of change before "from"), never a range; "one in
 *   five", "10 times", "three-fold" are one phrase; words of change ("fell
 *   by", "a 17% rise") are handed to the grammar with the number.
 * - Malformed: a number word run into digits ("seven.6 million") or a
 *   numeral the grammar rejects ("1,00,00") — kind 'malformed' with the
 *   reason; never read as 7 or 6 million.
 * - Around the number: the longest hedge of the rules just before it
 *   ("at the very least"), "between … and …", a range ("to", an en dash, or
 *   a hyphen touching both numbers), scale words, percent words.
 * - Units: only known unit words follow a number — the context's unit words
 *   and aliases (rules/units.yaml and the claims file's `units:`), mathjs
 *   unit names that are not everyday words ("miles", "years", "days"; not
 *   "in" or "link"), "square"/"sq."/"cubic" before them, compound adjectives
 *   ("170-millimeter", "150-square-mile") and rates ("a day", "per day",
 *   "per yr"). Words between: up to three modifiers ("North Korean",
 *   "Russian", "wounded") may stand before a unit word the context declares,
 *   but not before a bare mathjs unit ("2,000 last week" is not 2,000
 *   weeks), and never function words; "of" and one or two words ("of
 *   territory") may stand between a unit and its rate. So "11,000 North
 *   Korean soldiers" is 11000 soldier, "11.5 square miles of territory a
 *   day" is 11.5 mi^2/day, and "3,000 North Koreans" is 3000 with no unit
 *   unless "North Koreans" is declared.
 * - The phrase found (modifiers and "of …" left out) is read by the quantity
 *   grammar; if it does not read, the unit is dropped, then the range split.
 *
 * Pure: no I/O, never throws for odd text.
 */
import type { QuantityContext } from '../quantity/index.js';
import { classifyNumeral, isYearNumber } from './classify.js';
import type { Doc, Found } from './doc.js';
import { at, continues, isWord, makeDoc } from './doc.js';
import { currencyBefore, hedgeBefore, minusLength, isYear, ordinalFraction, readPhrase, sharedRate, startsNumber } from './phrase.js';
import type { ProseNumber } from './types.js';
import { phrase } from '../findings/interpolate.js';

export type { ProseKind, ProseNumber } from './types.js';
export { CHANGE_VERBS, FUNCTION_WORDS, MONTHS } from './lexicon.js';

/** How many words before a number make its context. */
const CONTEXT_WORDS = 6;

/** How far back the context may look, in characters. */
const CONTEXT_LOOKBACK = 160;

/** What ends a sentence, clause or line for the context: ". " and the like, quotes, brackets, line breaks. */
const CONTEXT_STOP = /[.!?;:](?=\s)|[“”"()[\]{}\n\r]/u;

/** A number word run into digits ("seven.6", "six,5", "2.five"): returns the last token of the numeral part. */
function mixedAt(doc: Doc, i: number): number | undefined {
  const token = at(doc, i);
  const sep = at(doc, i + 1);
  const other = at(doc, i + 2);
  if (!token || !sep || !other || sep.type !== 'sym' || !/^[.,]$/u.test(sep.text) || !sep.joined || !other.joined) return undefined;
  const isNumberWord = (w: typeof token): boolean => w.type === 'word' && (doc.t.words.has(w.lower) || doc.t.scales.has(w.lower));
  if (token.type === 'word' && isNumberWord(token) && other.type === 'num') return i + 2;
  // "2.One" is more likely a missing space after a full stop than a number.
  if (token.type === 'num' && isNumberWord(other) && !doc.t.scales.has(other.lower) && other.text === other.lower) return i + 2;
  return undefined;
}

/** A malformed mix of a number word and digits, with the hedge before it and the scale and unit after it. */
function malformed(doc: Doc, i: number, mixedLast: number, floor: number): Found {
  // Read the digits part as if it were the whole number, only to find where the phrase ends.
  const digits = at(doc, i)?.type === 'num' ? i : mixedLast;
  const around = readPhrase(doc, digits, digits);
  const last = Math.max(mixedLast, around?.last ?? mixedLast);
  const first = hedgeBefore(doc, i, floor)?.first ?? i;
  const written = doc.text.slice(at(doc, i)?.start, at(doc, last)?.end);
  return { kind: 'malformed', first, last, reason: phrase('malformed-word-and-digits', { text: written }) };
}

/** What starts at token `i`, if anything. */
function readAt(doc: Doc, i: number, floor: number): Found | undefined {
  const token = at(doc, i) as NonNullable<ReturnType<typeof at>>;
  // Most tokens are words that start nothing, and every reader below needs one that does: a digit in the
  // word, a number start ("a", "an", the first word of a number or multiplier word) or a scale word.
  if (token.type === 'word' && !token.hasDigit && !doc.numberStarts.has(token.lower) && !doc.t.scales.has(token.lower)) return undefined;
  const mixed = mixedAt(doc, i);
  if (mixed !== undefined) return malformed(doc, i, mixed, floor);
  // "school year six", "year 10": a school year or a year of a plan counts nothing (an ordinal).
  if (isWord(doc, i - 1, 'year') && i - 1 >= floor && continues(doc, i) && !token.joined && startsNumber(doc, i) && token.type !== 'sym' && !isYearNumber(doc, i)) {
    return { kind: 'ordinal', first: i - 1, last: i };
  }
  if (token.type === 'word') {
    if (token.hasDigit) return { kind: 'name', first: i, last: i };
    return startsNumber(doc, i) ? readPhrase(doc, i, floor) : undefined;
  }
  if (token.type !== 'num') return undefined;
  const fraction = ordinalFraction(doc, i, floor);
  if (fraction) return fraction;
  const other = classifyNumeral(doc, i, floor);
  if (other) return other;
  if (isYear(doc, i, floor)) return { kind: 'year', first: i, last: i };
  // A currency sign before the numeral starts the phrase.
  const sign = continues(doc, i) ? currencyBefore(doc, i, floor) : undefined;
  // A minus sign written onto the numeral ("flat (-0.7%)") belongs to it.
  const first = sign ?? (i - 1 >= floor && minusLength(doc, i - 1) === 1 ? i - 1 : i);
  return readPhrase(doc, first, floor);
}

/**
 * The words just before a number within its sentence and line (at most six),
 * for naming it (`init`) and for the message about an uncovered one. Worked
 * out on demand: most numbers never need it. `text` is the text the number
 * was read from.
 */
export function numberContext(text: string, n: { start: number }): string | undefined {
  return contextBefore(text, n.start);
}

/** The words before `offset` within its sentence and line, at most CONTEXT_WORDS of them. */
function contextBefore(text: string, offset: number): string | undefined {
  // A bounded look back keeps the pass linear.
  const before = text.slice(Math.max(0, offset - CONTEXT_LOOKBACK), offset);
  const clauses = before.split(CONTEXT_STOP);
  const words = (clauses[clauses.length - 1] ?? '').split(/\s+/u).filter((w) => w !== '');
  // With no sentence stop in the window, its first word may be cut.
  if (clauses.length === 1 && offset > CONTEXT_LOOKBACK && words.length <= CONTEXT_WORDS) words.shift();
  const context = trimContext(words.slice(-CONTEXT_WORDS).join(' '));
  return context === '' ? undefined : context;
}

/** A letter or decimal digit, as one code point. */
const LETTER_OR_DIGIT = /^[\p{L}\p{Nd}]$/u;

/** True when code point `cp` is a letter or a decimal digit (`[\p{L}\p{Nd}]`); ASCII answers without the Unicode classes. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || ((cp | 32) >= 97 && (cp | 32) <= 122);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
}

/**
 * The context without what does not start or end one: from its start,
 * everything before the first letter, digit or currency sign ($ £ €); from
 * its end, everything after the last letter, digit or "%". A walk in from
 * each end: the one pattern that did this tried a match at every position
 * of every context, with two negated Unicode classes compiled on first use.
 */
function trimContext(context: string): string {
  let from = 0;
  let to = context.length;
  while (from < to) {
    const cp = context.codePointAt(from) as number;
    if (isLetterOrDigit(cp) || cp === 0x24 || cp === 0xa3 || cp === 0x20ac) break;
    from += cp > 0xffff ? 2 : 1;
  }
  while (to > from) {
    // The code point that ends at `to`: a surrogate pair counts as one.
    const low = context.charCodeAt(to - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && to - 2 >= from && (context.charCodeAt(to - 2) & 0xfc00) === 0xd800;
    const cp = pair ? (context.codePointAt(to - 2) as number) : low;
    if (isLetterOrDigit(cp) || cp === 0x25) break;
    to -= pair ? 2 : 1;
  }
  return context.slice(from, to);
}

/**
 * Reads every number in `text` (an article reduced to plain text), in order.
 * Quantities carry the Quantity the grammar reads from the phrase; the other
 * kinds are reported so that coverage can leave them out.
 */
export function readProse(text: string, ctx: QuantityContext): ProseNumber[] {
  const doc = makeDoc(text, ctx);
  const found: ProseNumber[] = [];
  let floor = 0;
  let previous: Found | undefined;
  for (let i = 0; i < doc.tokens.length; ) {
    const item = readAt(doc, i, floor);
    if (item === undefined || item.last < i) {
      i += 1;
      continue;
    }
    // "from £2,074 per year to £1,923": the rate written once belongs to both figures of a before and an after.
    const shared = previous?.quantity && item.quantity ? sharedRate(doc, previous, item) : undefined;
    if (shared?.side === 'after') item.quantity = shared.quantity;
    if (shared?.side === 'before') (found[found.length - 1] as ProseNumber).quantity = shared.quantity;
    previous = item;
    const start = at(doc, item.first)?.start as number;
    const end = at(doc, item.last)?.end as number;
    const number: ProseNumber = { start, end, text: text.slice(start, end), kind: item.kind };
    if (item.quantity) number.quantity = item.quantity;
    if (item.reason !== undefined) number.reason = item.reason;
    if (item.counts !== undefined) number.counts = item.counts;
    found.push(number);
    floor = item.last + 1;
    i = item.last + 1;
  }
  return found;
}
