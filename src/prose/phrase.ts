/**
 * @file Finds the extent of one quantity phrase in prose — [hedge]
 * ["between"] amount [separator amount] [unit] — and reads it with the
 * quantity grammar (src/quantity), so that the article's words and the
 * claims file's `value`/`stated` are read by the same code. When the whole
 * phrase does not read, it is shrunk (the unit dropped, then the range split)
 * before a reason is given.
 *
 * Pure: no I/O. Never throws for odd text.
 */
import type { NumberToken } from '../quantity/index.js';
import { parseQuantityText, QuantitySyntaxError, quantityIfReads, readNumber, Scanner, secondsIn } from '../quantity/index.js';
import type { MessageValue, Span } from '../types.js';
import { phrase as phraseRef } from '../findings/interpolate.js';
import { classifyNumeral, elapsedAt, isYearNumber } from './classify.js';
import type { Doc, Found } from './doc.js';
import { at, continues, isJoinedSym, isWord, sliceTokens, tokenEndingAt } from './doc.js';
import { isCapitalised } from './tokens.js';
import { CHANGE_VERBS, DASHES, FRACTION_CUES, FUNCTION_WORDS, MONTHS, ORDINAL_FRACTIONS, ORDINAL_SUFFIXES, ORDINAL_WORDS } from './lexicon.js';
import type { UnitMatch } from './units.js';
import { unitsAfter, unitTermAt } from './units.js';
import { startOfFile } from '../text/span.js';
import { PERCENT_PHRASES, PERCENT_SIGN } from '../text/percent.js';
import { HEDGES_AFTER } from '../text/hedge-after.js';

/** Where a prose phrase is handed to the grammar; the reader reports offsets, not spans. */
const PROSE_SPAN: Span = startOfFile('');

/** The most characters a written number may take ("one hundred and twenty-five thousand" is 37). */
const NUMBER_WINDOW = 120;

/** One amount as found: currency, number, scale and percent words. */
interface AmountExtent {
  first: number;
  /** The token where the number itself starts (after a currency sign). */
  numberFirst: number;
  last: number;
  number: NumberToken;
  percent: boolean;
  scaled: boolean;
}

/** A number that could not be read at all ("1,00,00"). */
interface Unreadable {
  first: number;
  last: number;
  reason: MessageValue;
}

/**
 * How many tokens the currency sign starting at token `i` takes: 1 for a
 * sign ("$", "£") or a sign the context spells with letters ("Rs"), 2 for
 * letters run into a sign ("NZ$", "A$", "US$") or a sign with its dot
 * ("Rs."); 0 when none starts there.
 */
export function currencyLength(doc: Doc, i: number): number {
  const token = at(doc, i);
  if (token === undefined) return 0;
  if (token.type === 'sym') return doc.t.currencies.has(token.text) ? 1 : 0;
  if (token.type !== 'word') return 0;
  const next = at(doc, i + 1);
  if (next?.type === 'sym' && next.joined && doc.t.currencies.has(token.text + next.text)) return 2;
  return doc.t.currencies.has(token.text) ? 1 : 0;
}

/** The first token of a currency sign that ends just before token `i` ("$5", "NZ$5", "Rs 5"), or undefined. */
export function currencyBefore(doc: Doc, i: number, floor: number): number | undefined {
  for (const n of [2, 1]) {
    const first = i - n;
    if (first >= floor && currencyLength(doc, first) === n) return first;
  }
  return undefined;
}

/**
 * 1 when token `i` is a minus sign written onto the numeral after it and
 * standing on its own before it ("flat (-0.7%)", "a -5% change"), never a
 * hyphen between two numbers or words ("10-20", "COVID-19"); else 0.
 */
export function minusLength(doc: Doc, i: number): number {
  const token = at(doc, i);
  if (signedRow(doc, i)) return 1;
  if (token?.type !== 'sym' || (token.text !== '-' && token.text !== '\u2212') || at(doc, i + 1)?.type !== 'num' || !at(doc, i + 1)?.joined) return 0;
  const before = at(doc, i - 1);
  return before === undefined || !token.joined || (before.type === 'sym' && (before.text === '(' || before.text === '[')) ? 1 : 0;
}

/**
 * True when token `i` is a minus sign standing apart before a percent in a row of signed
 * changes, a table's way of writing them: "Percent change from same month previous year -
 * 0.4% + 1.0%" (BTS) is −0.4% and +1.0%. Only when a spaced "+" or "-" and a number follow the
 * percent: a dash between words ("weak - 0.4% in the quarter") stays punctuation.
 */
function signedRow(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  const num = at(doc, i + 1);
  if (token?.type !== 'sym' || (token.text !== '-' && token.text !== '\u2212') || num?.type !== 'num' || num.joined || at(doc, i - 1)?.type === 'num') return false;
  let k = i + 2;
  while (at(doc, k)?.joined && (at(doc, k)?.type === 'num' || at(doc, k)?.text === '.')) k += 1;
  if (!isJoinedSym(doc, k, PERCENT_SIGN)) return false;
  const sign = at(doc, k + 1);
  return sign?.type === 'sym' && (sign.text === '+' || sign.text === '-' || sign.text === '\u2212') && !sign.joined && at(doc, k + 2)?.type === 'num' && continues(doc, k + 1);
}

/** True when a currency sign starts at token `i`. */
function isCurrency(doc: Doc, i: number): boolean {
  return currencyLength(doc, i) > 0;
}

/** The first words of {@link PERCENT_PHRASES}: most words after a number start none, and are answered at once. */
const PERCENT_FIRST_WORDS: ReadonlySet<string> = new Set(PERCENT_PHRASES.map(({ words }) => words[0]!));

/** Reads a percent word or sign at `i`; returns its last token. */
function percentAt(doc: Doc, i: number): number | undefined {
  const token = at(doc, i);
  if (token === undefined || !continues(doc, i)) return undefined;
  if (token.type === 'sym' && token.text === PERCENT_SIGN) return i;
  if (token.type !== 'word') return undefined;
  // "5.5 pp", "25 bps", "30pc": percentage and basis points, per cent, as the grammar reads them; in prose only in lower case ("PP", "BPS", "PC" are not).
  // These may be written onto the number ("a 5.5pp swing", "cut by 25bps", "up 30pc"); the words never are.
  if (token.lower === 'pp' || token.lower === 'bps' || token.lower === 'pc' || token.lower === 'pct') {
    if (token.text !== token.lower) return undefined;
  } else if (token.joined) return undefined;
  // "4.1 p.c.": per cent with its stops, lower case (never pence).
  if (token.text === 'p' && isJoinedSym(doc, i + 1, '.') && isWord(doc, i + 2, 'c') && at(doc, i + 2)?.text === 'c' && at(doc, i + 2)?.joined && isJoinedSym(doc, i + 3, '.')) return i + 3;
  if (!PERCENT_FIRST_WORDS.has(token.lower)) return undefined;
  for (const { words } of PERCENT_PHRASES) {
    if (token.lower !== words[0]) continue;
    const rest = words.slice(1);
    if (rest.every((word, k) => isWord(doc, i + 1 + k, word) && continues(doc, i + 1 + k))) return i + rest.length;
  }
  return undefined;
}

/** What ends a line for {@link lineWindow}. */
const LINE_END = /[\n\r\u2028\u2029]/;

/** The text from `from` to the end of its line, at most NUMBER_WINDOW characters (cut first, so the search never runs past them). */
function lineWindow(text: string, from: number): string {
  const window = text.slice(from, from + NUMBER_WINDOW);
  const end = LINE_END.exec(window);
  return end === null ? window : window.slice(0, end.index);
}

/** Reads [currency] number [scale…] [percent] starting at token `i`. */
function amountAt(doc: Doc, i: number, allowAnd: boolean): AmountExtent | Unreadable | undefined {
  const sign = currencyLength(doc, i) || minusLength(doc, i);
  const numberFirst = sign > 0 && at(doc, i + sign)?.type === 'num' && continues(doc, i + sign) ? i + sign : i;
  const start = at(doc, numberFirst);
  if (start === undefined || (numberFirst !== i && start.type !== 'num')) return undefined;
  // The grammar reads a window of the line, so that its messages never copy the rest of a long text.
  const window = lineWindow(doc.text, start.start);
  const s = new Scanner(window);
  let number: NumberToken | undefined;
  try {
    number = readNumber(s, doc.t, allowAnd);
  } catch (error) {
    if (error instanceof QuantitySyntaxError) return { first: i, last: numberFirst, reason: error.reason };
    throw error;
  }
  if (number === undefined) return undefined;
  let last = tokenEndingAt(doc, numberFirst, start.start + s.pos);
  // "2:00:35": an elapsed time the classifier left (src/prose/classify.ts), read whole by the grammar as seconds.
  if (last === numberFirst && number.kind === 'numeral' && elapsedAt(doc, last)) last += 4;
  let scaled = number.kind === 'word' && number.scale !== undefined;
  // A scale written onto the numeral ("$5bn", "5m"): the grammar decides whether "m" is a scale or metres.
  const attached = at(doc, last + 1);
  if (number.kind === 'numeral' && attached?.type === 'word' && attached.joined && doc.t.scales.has(attached.lower)) {
    last += 1;
    scaled = true;
  }
  // A scale word hyphened onto the numeral ("$1.2-billion", "C$850-million"), never an ambiguous one ("5-m").
  const hyphenedScale = at(doc, last + 2);
  if (!scaled && number.kind === 'numeral' && isJoinedSym(doc, last + 1, '-') && hyphenedScale?.type === 'word' && hyphenedScale.joined && doc.t.scales.has(hyphenedScale.lower) && !doc.t.ambiguousScales.has(hyphenedScale.lower)) {
    last += 2;
    scaled = true;
  }
  // Scale words after it ("1.3 million", "5 billion"), never an ambiguous one ("5 m" may be metres).
  for (;;) {
    const next = at(doc, last + 1);
    if (next?.type !== 'word' || next.joined || !continues(doc, last + 1)) break;
    if (!doc.t.scales.has(next.lower) || doc.t.ambiguousScales.has(next.lower)) break;
    last += 1;
    scaled = true;
  }
  // "$89.53 U.S. a barrel", "$40 Cdn": the word after the amount says which currency its sign is.
  if (currencyLength(doc, i) > 0) last = currencyAfter(doc, last) ?? last;
  let percent = percentAt(doc, last + 1);
  // "a 1.8-percent fall": the percent word hyphenated onto the numeral.
  const hyphened = at(doc, last + 2);
  if (percent === undefined && isJoinedSym(doc, last + 1, '-') && hyphened?.type === 'word' && hyphened.joined && (hyphened.lower === 'percent' || hyphened.lower === 'pct')) percent = last + 2;
  return { first: i, numberFirst, last: percent ?? last, number, percent: percent !== undefined, scaled };
}

/**
 * The last token of a word after the amount ending at token `last` that
 * names its currency ("U.S.", "Cdn": `currency_after` in rules/numbers.yaml),
 * matched as written, in the same sentence; undefined when none follows.
 */
function currencyAfter(doc: Doc, last: number): number | undefined {
  const next = at(doc, last + 1);
  if (next?.type !== 'word' || next.joined || !continues(doc, last + 1)) return undefined;
  for (const word of doc.t.currencyAfterPhrases) {
    if (!doc.text.startsWith(word, next.start)) continue;
    const end = next.start + word.length;
    // A whole word: "US" is not the start of "USB" or of "US-made".
    if (/[\p{L}\p{N}-]/u.test(doc.text[end] ?? '')) continue;
    const through = tokenEndingAt(doc, last + 1, end);
    if (at(doc, through)?.end === end) return through;
  }
  return undefined;
}

/** The longest hedge phrase that ends just before token `i` (not before `floor`): its first token and phrase. */
export function hedgeBefore(doc: Doc, i: number, floor: number): { first: number; phrase: string } | undefined {
  if (!continues(doc, i) || at(doc, i)?.joined) return undefined;
  // Only the hedges ending in the word before the number can match (longest first, as in the rules).
  const before = at(doc, i - 1);
  if (before === undefined || before.type !== 'word') return undefined;
  const ending = doc.hedgesEndingIn.get(before.lower);
  if (ending === undefined) return undefined;
  for (const words of ending) {
    const first = i - words.length;
    if (first < floor) continue;
    let ok = true;
    for (let w = 0; w < words.length && ok; w += 1) {
      const token = at(doc, first + w);
      ok = token !== undefined && token.type === 'word' && token.lower === words[w] && (w === 0 || (!token.joined && continues(doc, first + w)));
    }
    // "talk about £15.8 million", "worried about 40 jobs": after a verb that takes "about" for its topic, "about" is a preposition, no hedge.
    if (ok && words.length === 1 && words[0] === 'about' && isWord(doc, first - 1) && continues(doc, first) && ABOUT_VERBS.has(at(doc, first - 1)!.lower)) return undefined;
    if (ok) return { first, phrase: words.join(' ') };
  }
  return undefined;
}

/** Verbs whose "about" names a topic ("talk about £15.8 million"), not a hedge. */
const ABOUT_VERBS: ReadonlySet<string> = new Set([
  'talk', 'talks', 'talked', 'talking', 'speak', 'speaks', 'spoke', 'speaking', 'think', 'thinks', 'thinking',
  'worry', 'worries', 'worried', 'worrying', 'care', 'cares', 'cared', 'complain', 'complains', 'complained', 'complaining',
  'ask', 'asks', 'asked', 'asking', 'argue', 'argues', 'argued', 'arguing', 'learn', 'learned', 'learnt', 'hear', 'heard',
  'write', 'writes', 'wrote', 'written', 'read', 'reads', 'forget', 'forgot', 'joke', 'joked', 'boast', 'boasted', 'bragged',
]);

/** A range separator at `i` ("to", "–", "-" between touching numbers, "and" after "between"); returns how to write it for the grammar. */
function separatorAt(doc: Doc, i: number, between: boolean): string | undefined {
  const token = at(doc, i);
  if (token === undefined || !continues(doc, i) || !continues(doc, i + 1)) return undefined;
  if (token.type === 'word' && !token.joined) {
    if (between) return token.lower === 'and' ? 'and' : undefined;
    // "3 or 4 per cent": a range when a numeral follows "or" ("three or four" too; the grammar reads numerals only).
    if (token.lower === 'or') return at(doc, i + 1)?.type === 'num' && !at(doc, i + 1)?.joined ? 'or' : undefined;
    return token.lower === 'to' ? 'to' : undefined;
  }
  if (between || token.type !== 'sym' || !DASHES.has(token.text)) return undefined;
  // An en dash may have spaces around it; a hyphen or em dash joins two numbers only when touching both.
  if (token.text === '–' || (token.joined && at(doc, i + 1)?.joined)) return 'to';
  return undefined;
}

/** True when token `i` may start a number (a numeral, a currency sign, or the first word of a number word). */
export function startsNumber(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  if (token === undefined) return false;
  if (token.type === 'num') return true;
  if (token.type === 'sym') return isCurrency(doc, i);
  if (currencyLength(doc, i) > 0) return true;
  if (token.lower === 'a' || token.lower === 'an') return doc.afterArticle.has(at(doc, i + 1)?.lower ?? '');
  return doc.numberStarts.has(token.lower);
}

/**
 * Reads the phrase with the grammar; returns the quantity, or nothing when it
 * does not read. The reason is worked out only for a number shown as
 * malformed ({@link reasonFor}): most failed readings are a phrasing tried
 * before a shorter one reads ("lost almost half" before "almost half").
 */
function read(doc: Doc, phrase: string): { quantity?: Found['quantity'] } {
  const cached = doc.readCache.get(phrase);
  if (cached) return cached;
  const quantity = quantityIfReads(phrase, doc.ctx);
  const answer = quantity ? { quantity } : {};
  // Bounded: a text of distinct phrases keeps the last ten thousand.
  if (doc.readCache.size >= 10_000) doc.readCache.clear();
  doc.readCache.set(phrase, answer);
  return answer;
}

/** Why the grammar does not read a phrase (one {@link read} found no quantity in), with its hints. */
function reasonFor(doc: Doc, phrase: string): MessageValue {
  const { problems } = parseQuantityText(phrase, doc.ctx, PROSE_SPAN);
  return problems[0]?.data['reason'] ?? phraseRef('malformed-not-a-quantity', { text: phrase });
}

/** A finding for the tokens first..last, with the quantity's text set to the phrase as written. */
function quantityFound(doc: Doc, first: number, last: number, quantity: NonNullable<Found['quantity']>): Found {
  return { kind: 'quantity', first, last, quantity: { ...quantity, text: sliceTokens(doc, first, last) } };
}

/** True when the written number is a lone "one" or "a"/"an" (a pronoun or article more often than an amount). */
function isLoneOne(doc: Doc, amount: AmountExtent): boolean {
  if (amount.number.kind !== 'word' || amount.number.value !== 1 || amount.scaled || amount.percent) return false;
  const written = sliceTokens(doc, amount.numberFirst, amount.last).toLowerCase();
  return written === 'one' || written === 'a' || written === 'an';
}

/** Words after "half" that keep it a fraction ("half of", "half a million", "half the", "half its"). */
/** Words before "half" that name a part of a period or a match ("the first half", "the second half"). */
const HALF_NAMES: ReadonlySet<string> = new Set(['first', 'second', 'latter', 'former']);

const AFTER_HALF: ReadonlySet<string> = new Set(['of', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);

/**
 * A fraction word used as something else. "a third", "a fifth"… (written
 * with "a"/"an"; the callers have already kept those after a hedge or a word
 * of change) are fractions only before "of", a unit or "as" ("a third as
 * much"), or before punctuation or the end when a word that asks for an
 * amount ({@link FRACTION_CUES}: "by a third.") or a bracket, colon or dash
 * ("(a third)") stands just before; else they
 * are ordinals ("a third country", "then a third, by the insurer"). "one
 * third", "two-thirds" are always fractions. "take direct half within"
 * (machine rewording of "part"): "half" is a fraction only before "of", an
 * article or a determiner, a unit, punctuation or the end.
 */
function fractionMisuse(doc: Doc, amount: AmountExtent): 'ordinal' | 'not-a-number' | undefined {
  const lastWord = at(doc, amount.last);
  if (amount.number.kind !== 'word' || amount.scaled || amount.percent || !lastWord) return undefined;
  const article = at(doc, amount.numberFirst)?.lower;
  const ordinal = ORDINAL_FRACTIONS.has(lastWord.lower) && (article === 'a' || article === 'an');
  if (!ordinal && lastWord.lower !== 'half') return undefined;
  // "In the first half of the year", "the second half": a part of a period named, not the fraction 1/2.
  if (!ordinal && amount.first === amount.last && isWord(doc, amount.first - 1) && HALF_NAMES.has(at(doc, amount.first - 1)!.lower) && continues(doc, amount.first)) return 'not-a-number';
  const next = at(doc, amount.last + 1);
  if (next === undefined || next.type !== 'word' || !continues(doc, amount.last + 1)) {
    if (!ordinal) return undefined;
    const before = at(doc, amount.first - 1);
    // A word that asks for an amount, or a bracket, colon or dash restating one ("200 of the 600 seats (a third)").
    const restates = before?.type === 'sym' && (before.text === '(' || before.text === ':' || DASHES.has(before.text));
    const cue = continues(doc, amount.first) && (restates || (before?.type === 'word' && FRACTION_CUES.has(before.lower)));
    return cue ? undefined : 'ordinal';
  }
  if (unitTermAt(doc, amount.last + 1) !== undefined) return undefined;
  if (ordinal) return next.lower === 'of' || next.lower === 'as' ? undefined : 'ordinal';
  return AFTER_HALF.has(next.lower) ? undefined : 'not-a-number';
}

/**
 * How far back a verb of change may stand before "from" ("fell by 6%, from 654 to 617"; "rose 12
 * percent between 1995 and 2001 from 5.3 million to 5.9 million flights", nine tokens back).
 */
const CHANGE_LOOKBACK = 10;

/**
 * True when "from" stands just before token `first` and a verb of change
 * before it in the same sentence: "rose from 96,000 to 142,000" is a value
 * before and a value after (spec news-language §5), never a range.
 */
function afterChangeFrom(doc: Doc, first: number, floor: number): boolean {
  if (!isWord(doc, first - 1, 'from') || !continues(doc, first)) return false;
  for (let k = first - 2, n = 0; k >= 0 && n < CHANGE_LOOKBACK; k -= 1, n += 1) {
    const token = at(doc, k) as NonNullable<ReturnType<typeof at>>;
    if (token.type === 'sym' && /^[.;:!?]$/u.test(token.text)) return false;
    if (token.type === 'word' && CHANGE_VERBS.has(token.lower)) return true;
    // "taking the wage from $5.15 to $5.85": a verb that moves its object, the object between ("takes from 5 to 10 minutes", "anywhere from" stay ranges).
    if (token.type === 'word' && MOVING_VERBS.has(token.lower) && k < first - 2 && !isWord(doc, first - 2, 'anywhere') && !isWord(doc, first - 2, 'somewhere')) return true;
    // "lifted the cash rate by 25 basis points from 3.6 per cent to 3.85 per cent": the size of a change just before "from".
    if (token.type === 'word' && token.lower === 'by' && k + 1 < first - 1 && startsNumber(doc, k + 1)) return true;
    // An earlier finding may stand between the verb and "from" ("rising five-fold from 4.2 to 21.8").
    if (token.lineBreakBefore) return false;
  }
  return false;
}

/**
 * "one in five", "1 in 10", "two in three": a number, "in" and a larger
 * number (not a year) read together by the grammar (spec §3). Returns the
 * second number's extent, or undefined. The grammar reads most of these
 * within the first number already; this catches the ones it stops short of.
 */
function ratioAfter(doc: Doc, low: AmountExtent): AmountExtent | undefined {
  if (low.percent || low.scaled) return undefined;
  // "in", or "out of" ("seven out of 10"); then "every" or "the" may follow ("six out of every 10").
  let k: number;
  if (isWord(doc, low.last + 1, 'in') && continues(doc, low.last + 1)) k = low.last + 2;
  else if (isWord(doc, low.last + 1, 'out') && isWord(doc, low.last + 2, 'of') && continues(doc, low.last + 1) && continues(doc, low.last + 2)) k = low.last + 3;
  else return undefined;
  if ((isWord(doc, k, 'every') || isWord(doc, k, 'the')) && continues(doc, k)) k++;
  if (!continues(doc, k)) return undefined;
  if (!startsNumber(doc, k) || isYearNumber(doc, k) || at(doc, k)?.type === 'sym') return undefined;
  const other = amountAt(doc, k, true);
  if (other === undefined || 'reason' in other || other.percent || other.scaled || other.number.value < low.number.value) return undefined;
  return other;
}

/** Words after "times" that make it a multiplier ("10 times as likely", "three times the cost", "five times higher"). */
const AFTER_TIMES: ReadonlySet<string> = new Set([
  'as', 'the', 'that', 'than', 'more', 'less', 'fewer', 'over', 'its', 'their', 'his', 'her', 'our', 'what',
  // Comparatives.
  'higher', 'lower', 'larger', 'bigger', 'greater', 'smaller', 'faster', 'slower', 'longer', 'shorter', 'cheaper',
  'dearer', 'richer', 'poorer', 'older', 'younger', 'heavier', 'deadlier', 'likelier', 'worse', 'better', 'wider',
]);

/** True when the amount is a multiplier word of the rules ("twice", "double", "tripled"). */
function isMultiplierWord(doc: Doc, low: AmountExtent): boolean {
  return low.number.kind === 'word' && doc.t.multipliers.has(sliceTokens(doc, low.numberFirst, low.last).toLowerCase());
}

/** After a multiplier word or "times": "as", "the", a comparative ("higher") or the end of a clause. */
function multiplierContext(doc: Doc, last: number): boolean {
  const next = at(doc, last + 1);
  if (next === undefined || !continues(doc, last + 1) || next.type === 'sym') return true;
  // "orbiting the Earth twice in roughly four and a half hours": a count of occasions within a duration.
  if (next.type === 'word' && next.lower === 'in') return durationFollows(doc, last + 2);
  return next.type === 'word' && AFTER_TIMES.has(next.lower);
}

/** How many words after "in" a duration's unit may stand ("in roughly four and a half hours"). */
const DURATION_LOOKAHEAD = 7;

/** True when a duration starts at token `i`: words of one clause, a number (or "a"), then a unit of time. */
function durationFollows(doc: Doc, i: number): boolean {
  let number = false;
  for (let k = i; k < i + DURATION_LOOKAHEAD; k += 1) {
    const token = at(doc, k);
    if (token === undefined || !continues(doc, k) || token.type === 'sym') return false;
    if (number && isTimeWord(doc, k)) return true;
    if (startsNumber(doc, k) || isWord(doc, k, 'a') || isWord(doc, k, 'an')) number = true;
  }
  return false;
}

/**
 * "four times a year", "three times per week": "times" before a rate counts
 * occasions in a period (a frequency, 4 a year), not a multiplier. Returns
 * the rate's words and last token.
 */
function timesPerPeriod(doc: Doc, last: number): UnitMatch | undefined {
  if (!isWord(doc, last + 1, 'times') || !continues(doc, last + 1) || at(doc, last + 1)?.joined) return undefined;
  const rate = unitsAfter(doc, last + 2, false);
  return rate !== undefined && /^(?:a|an|per|every|each) /u.test(rate.words) ? rate : undefined;
}

/** Words after a multiplier verb that keep it the multiplier ("has doubled to Rs 1.72 lakh", "tripled since 1999"). */
const AFTER_MULTIPLIER_VERB: ReadonlySet<string> = new Set(['to', 'from', 'since', 'in', 'between', 'over', 'during', 'within', 'after']);

/** A multiplier verb ("doubled", "tripled", "halved") before a word that keeps it one. */
function multiplierVerbContext(doc: Doc, low: AmountExtent): boolean {
  const word = sliceTokens(doc, low.numberFirst, low.last).toLowerCase();
  if (!word.endsWith('ed')) return false;
  const next = at(doc, low.last + 1);
  return next?.type === 'word' && continues(doc, low.last + 1) && AFTER_MULTIPLIER_VERB.has(next.lower);
}

/**
 * The multiplier word after a number: "10 times as likely", "three-fold";
 * returns its last token. "times" is a multiplier before "as", "the", a
 * comparative ("higher") or the end of a clause, or after a hedge ("more
 * than 10 times"); "two times when…" counts occasions.
 */
function timesAfter(doc: Doc, last: number, hedged: boolean): number | undefined {
  if (isWord(doc, last + 1, 'times') && continues(doc, last + 1) && !at(doc, last + 1)?.joined) {
    return hedged || multiplierContext(doc, last + 1) ? last + 1 : undefined;
  }
  if (isJoinedSym(doc, last + 1, '-') && isWord(doc, last + 2, 'fold') && at(doc, last + 2)?.joined) return last + 2;
  if (isWord(doc, last + 1, 'fold') && continues(doc, last + 1)) return last + 1;
  return undefined;
}

/** Words that make the word after them a noun ("the fall", "a drop"), not a verb of change. */
const NOUN_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'last', 'next', 'its']);

/** {@link changeBefore}'s answer when no words of change stand before the phrase (shared, never changed). */
const NO_CHANGE: readonly { first: number; words: string }[] = Object.freeze([]);

/**
 * The words of a change before the phrase starting at token `first` ("fell
 * by", "rose by", "up", "down", "dropped"): the first token and the words,
 * longest first. Only a verb of change (or "by" after one) starts them; the
 * grammar decides whether the words make a signed change.
 */
function changeBefore(doc: Doc, first: number, floor: number): readonly { first: number; words: string }[] {
  if (!continues(doc, first) || at(doc, first)?.joined) return NO_CHANGE;
  const one = at(doc, first - 1);
  // Most numbers have no word before them that may start a change: the shared empty answer, no list made.
  if (one?.type !== 'word' || first - 1 < floor || (one.lower !== 'by' && one.lower !== 'of' && one.lower !== 'at' && one.lower !== 'another' && !CHANGE_VERBS.has(one.lower))) return NO_CHANGE;
  const out: { first: number; words: string }[] = [];
  if (one.lower === 'by' && continues(doc, first - 1)) {
    const verb = at(doc, first - 2);
    if (verb?.type === 'word' && CHANGE_VERBS.has(verb.lower) && first - 2 >= floor) out.push({ first: first - 2, words: `${verb.lower} by` });
    // "decreased slightly by 0.2%": an adverb of the rules between the verb and "by".
    const adverb = verb;
    const before = at(doc, first - 3);
    if (adverb?.type === 'word' && doc.t.changeAdverbs.has(adverb.lower) && continues(doc, first - 2)
      && before?.type === 'word' && CHANGE_VERBS.has(before.lower) && first - 3 >= floor) {
      out.push({ first: first - 3, words: `${before.lower} ${adverb.lower} by` });
    }
  } else if (one.lower === 'of' && continues(doc, first - 1)) {
    // "a fall of 5%", "an increase of 16.4%": a change phrase of the rules ending in "of".
    // The article may start a line ("members.\n  A decrease of $23 billion"): only the words after it must run on.
    const noun = at(doc, first - 2);
    const article = at(doc, first - 3);
    if (noun?.type === 'word' && article?.type === 'word' && first - 3 >= floor && continues(doc, first - 2)) {
      const words = `${article.lower} ${noun.lower} of`;
      if (doc.t.changesBefore.has(words)) out.push({ first: first - 3, words });
    }
  } else if (one.lower === 'at' && continues(doc, first - 1)) {
    // "the biggest drop at 6.3 per cent": a change noun of the rules before "at" gives the size of the change.
    const noun = at(doc, first - 2);
    if (noun?.type === 'word' && first - 2 >= floor && doc.t.changesBefore.has(`${noun.lower} at`)) out.push({ first: first - 2, words: `${noun.lower} at` });
  } else if (one.lower === 'another' && continues(doc, first - 1)) {
    // "fell another 17%", "shed another $20 billion": the verb's change, one more of the same kind (read as "fell 17%").
    const verb = at(doc, first - 2);
    if (verb?.type === 'word' && CHANGE_VERBS.has(verb.lower) && first - 2 >= floor) out.push({ first: first - 2, words: verb.lower });
  } else if (CHANGE_VERBS.has(one.lower) && !(isWord(doc, first - 2) && NOUN_DETERMINERS.has(at(doc, first - 2)!.lower))) {
    // "House prices fall £14,500" is a change; "in the fall 2,000 students" is a season (a determiner makes "fall" a noun).
    out.push({ first: first - 1, words: one.lower });
  }
  return out;
}

/**
 * A change noun after an amount ("a 17% rise", "a 5% fall") or a change word
 * of the rules ("£135 more", "2,000 fewer"): its token, or undefined.
 */
function changeNounAfter(doc: Doc, last: number, first: number): number | undefined {
  const compound = compoundChangeNoun(doc, last, first);
  if (compound !== undefined) return compound;
  // "a 3% year-over-year decrease", "a 2% annual rise": the period of the change may stand before its noun.
  const period = periodAfter(doc, last);
  if (period !== undefined) last = period;
  const next = at(doc, last + 1);
  if (next?.type !== 'word' || next.joined || !continues(doc, last + 1)) return undefined;
  // "4% down on the 2008 total", "16% down on the previous year": "up" and "down" after an amount are a change
  // only before a word that says against what, or the end of the clause ("a 10% down payment" is none).
  if (next.lower === 'up' || next.lower === 'down') return directionEnds(doc, last + 2) ? last + 1 : undefined;
  if (CHANGE_VERBS.has(next.lower)) return last + 1;
  // "£100m less than the £350m" compares two figures: the number is the size of the gap, not a signed change;
  // "6% fewer than in 2008", "45% fewer than a decade earlier" compare with an earlier time: a signed change.
  return doc.t.changesAfter.has(next.lower) && (!isWord(doc, last + 2, 'than') || timeAfterThan(doc, last + 3)) ? last + 1 : undefined;
}

/** The change nouns a compound may end in ("a 5% pay rise", "the 10 percent stock price drop"); not the comparatives. */
const COMPOUND_CHANGE_NOUNS: ReadonlySet<string> = new Set(['rise', 'increase', 'jump', 'gain', 'hike', 'fall', 'drop', 'cut', 'decline', 'decrease', 'reduction']);

/**
 * "a 5% pay rise", "The 10 percent stock price drop": after "a", "an" or
 * "the" before the number, one or two lower-case nouns then a change noun
 * make the number the size of that change. Returns the change noun's token.
 */
function compoundChangeNoun(doc: Doc, last: number, first: number): number | undefined {
  const article = at(doc, first - 1)?.lower;
  if (article !== 'a' && article !== 'an' && article !== 'the') return undefined;
  for (let k = last + 1; k <= last + 2; k += 1) {
    const word = at(doc, k);
    if (word?.type !== 'word' || word.joined || !continues(doc, k) || word.text !== word.lower || FUNCTION_WORDS.has(word.lower)
      || CHANGE_VERBS.has(word.lower) || doc.t.changesAfter.has(word.lower) || unitTermAt(doc, k) !== undefined) return undefined;
    const noun = at(doc, k + 1);
    if (noun?.type === 'word' && !noun.joined && continues(doc, k + 1) && COMPOUND_CHANGE_NOUNS.has(noun.lower)) {
      const after = at(doc, k + 2);
      // "a 5% pay rise of …" would be another change's size.
      return after?.type === 'word' && after.lower === 'of' ? undefined : k + 1;
    }
  }
  return undefined;
}

/** The words after "4% down" or "5% up" that make them a change: against what, or since when. */
const DIRECTION_FOLLOWERS: ReadonlySet<string> = new Set(['on', 'from', 'at', 'to', 'against', 'compared', 'versus', 'vs', 'year-on-year', 'since', 'in', 'over', 'than']);

/** True when token `i` ends the clause after "up"/"down", or is a word of {@link DIRECTION_FOLLOWERS}. */
function directionEnds(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  if (token === undefined || token.lineBreakBefore) return true;
  if (token.type === 'sym') return /^[.,;:!?)\]–—-]$/u.test(token.text);
  return token.type === 'word' && DIRECTION_FOLLOWERS.has(token.lower);
}

/** Words that may stand between "than" and the time it compares with ("than in 2008", "than a decade earlier"). */
const THAN_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'in', 'at', 'on', 'for', 'during']);

/** Words after "than" that name an earlier time ("than the previous year", "than last year", "than a decade earlier"). */
const EARLIER_TIMES: ReadonlySet<string> = new Set(['last', 'previous', 'prior', 'same', 'year', 'decade', 'month', 'quarter', 'week', 'day', 'earlier', 'before', 'ago', 'yesterday']);

/**
 * True when a time follows "than" (from token `i`, past a few small words):
 * a year, a month, or words of an earlier time ("than in 2008", "than a
 * decade earlier", "than the previous year", "than 10 years ago"). "6%
 * fewer than in 2008" is a change over time; "7,000 less than previously
 * reported" and "£100m less than the £350m" compare two figures and stay
 * the size of the gap.
 */
function timeAfterThan(doc: Doc, i: number): boolean {
  let k = i;
  while (isWord(doc, k) && THAN_FILLERS.has(at(doc, k)!.lower) && k < i + 2) k += 1;
  const token = at(doc, k);
  if (token === undefined || !continues(doc, k)) return false;
  if (token.type === 'num') return isYearNumber(doc, k) || (isTimeWord(doc, k + 1) && ['ago', 'earlier', 'before'].includes(at(doc, k + 2)?.lower ?? ''));
  return token.type === 'word' && (EARLIER_TIMES.has(token.lower) || MONTHS.has(token.lower));
}

/** Words that say over what period a change is measured. */
const PERIOD_ADJECTIVES: ReadonlySet<string> = new Set(['annual', 'yearly', 'monthly', 'quarterly', 'weekly', 'daily']);
const PERIOD_NOUNS: ReadonlySet<string> = new Set(['year', 'month', 'quarter', 'week', 'day']);

/** The last token of a period phrase after token `last` ("year-over-year", "year-on-year", "annual"), or undefined. */
function periodAfter(doc: Doc, last: number): number | undefined {
  const next = at(doc, last + 1);
  if (next?.type !== 'word' || next.joined || !continues(doc, last + 1)) return undefined;
  if (PERIOD_ADJECTIVES.has(next.lower)) return last + 1;
  if (!PERIOD_NOUNS.has(next.lower)) return undefined;
  const joiner = at(doc, last + 3);
  const again = at(doc, last + 5);
  const hyphened = isJoinedSym(doc, last + 2, '-') && isJoinedSym(doc, last + 4, '-') && joiner?.joined && again?.joined;
  return hyphened && (joiner?.lower === 'over' || joiner?.lower === 'on') && again?.lower === next.lower ? last + 5 : undefined;
}

/** Two readings agree on everything the reader reports (value, range, unit, hedge, display). */
function sameReading(a: NonNullable<Found['quantity']>, b: NonNullable<Found['quantity']>): boolean {
  return a.low.value === b.low.value && a.high?.value === b.high?.value && a.unit === b.unit && a.hedge?.side === b.hedge?.side && a.display === b.display;
}

/** One-word hedges that place a level, not a change's size, after a bare verb of change ("fell below 70%"). */
const LEVEL_HEDGES: ReadonlySet<string> = new Set(['below', 'under', 'above', 'over', 'beneath']);

/**
 * A phrase read as a signed change when the grammar reads it so: the words
 * of change before it ("fell by 6%", "down 5%") or a change noun after it
 * ("a 17% rise"). Kept only when the reading differs from the plain one.
 */
function withChange(doc: Doc, found: Found, floor: number): Found {
  if (found.kind !== 'quantity' || !found.quantity) return found;
  const noun = changeNounAfter(doc, found.last, found.first);
  const before = changeBefore(doc, found.first, floor);
  // Most numbers have no word of change around them: nothing to try.
  if (noun === undefined && before.length === 0) return found;
  const plain = found.quantity;
  const phrase = sliceTokens(doc, found.first, found.last);
  const article = noun !== undefined && (isWord(doc, found.first - 1, 'a') || isWord(doc, found.first - 1, 'an')) && found.first - 1 >= floor ? found.first - 1 : undefined;
  const tries: { first: number; last: number; words: string }[] = [];
  // "fell below 70%", "rose above 4%": the level the value crossed, not the size of a change ("fell by more than 12%" is one).
  const level = LEVEL_HEDGES.has(at(doc, found.first)?.lower ?? '');
  for (const c of before) if (!level || c.words.endsWith(' by')) tries.push({ first: c.first, last: found.last, words: `${c.words} ${phrase}` });
  if (noun !== undefined) {
    const nounWord = at(doc, noun)?.lower as string;
    if (article !== undefined) tries.push({ first: article, last: noun, words: `${at(doc, article)?.lower} ${phrase} ${nounWord}` });
    tries.push({ first: found.first, last: noun, words: `${phrase} ${nounWord}` });
    // "400 more people", "£135 more each year": the unit follows the change word.
    const unit = unitsAfter(doc, noun + 1, false);
    if (unit !== undefined) tries.unshift({ first: found.first, last: unit.last, words: `${phrase} ${nounWord} ${unit.words}` });
  }
  for (const t of tries) {
    const { quantity } = read(doc, t.words);
    // A change word the grammar took for a unit ("a £49m move", "£44m up front": "move" and "up" are no units) is no change.
    if (quantity && !sameReading(quantity, plain) && (quantity.change !== undefined || quantity.unit === plain.unit || t.last > noun!)) return quantityFound(doc, t.first, t.last, quantity);
  }
  return found;
}

/**
 * Reads the quantity phrase whose number starts at token `i` (a numeral, a
 * currency sign or a number word). `floor` is the first token an earlier
 * finding has not taken. Returns undefined when no quantity starts here.
 */
export function readPhrase(doc: Doc, i: number, floor: number): Found | undefined {
  const found = readBarePhrase(doc, i, floor);
  return found === undefined ? undefined : withChange(doc, found, floor);
}

/** The words that join two durations rather than bound the second ("35 seconds over 2 hours"). */
const DURATION_JOINERS = new Set(['over', 'under']);

/** True when the word at `i` is a unit of time ("seconds", "hours", "min"). */
function isTimeWord(doc: Doc, i: number): boolean {
  const unit = unitTermAt(doc, i);
  return unit !== undefined && unit.last === i && secondsIn(unit.words) !== undefined;
}

/**
 * "35 seconds over 2 hours", "a minute under four hours": a hedge word that
 * stands between a duration just read (the finding before ends on its unit
 * of time) and a second duration adds the one to the other or takes it
 * away; it does not say the second is more or less than written. Only the
 * bare "over" and "under" (not "just over", "more than").
 */
function joinsDurations(doc: Doc, hedgeFirst: number, low: AmountExtent | Unreadable, floor: number): boolean {
  if (hedgeFirst !== floor || hedgeFirst === 0 || 'reason' in low) return false;
  if (!DURATION_JOINERS.has(at(doc, hedgeFirst)?.lower ?? '') || !continues(doc, hedgeFirst)) return false;
  return isTimeWord(doc, hedgeFirst - 1) && continues(doc, low.last + 1) && isTimeWord(doc, low.last + 1);
}

/** How far back from "over" a word of change may stand ("rose by 5.2 percentage points over 2 years"). */
const PERIOD_LOOKBACK = 6;

/**
 * "rose 5% over 2 years", "a 5% rise over five years": a bare "over" just
 * after the size of a change, before a duration, gives the period the change
 * took; it does not say the period is more than written ("for over 2 years"
 * and "over 2 million" stay bounds).
 */
function periodOfChange(doc: Doc, hedgeFirst: number, low: AmountExtent | Unreadable, floor: number): boolean {
  // The change noun may stand between ("a 5% rise over five years": the finding before ends on "5%").
  const nounBetween = hedgeFirst === floor + 1 && isWord(doc, floor) && doc.t.changesAfter.has(at(doc, floor)!.lower) && continues(doc, floor);
  if ((hedgeFirst !== floor && !nounBetween) || hedgeFirst === 0 || 'reason' in low) return false;
  if (!isWord(doc, hedgeFirst, 'over') || !continues(doc, hedgeFirst) || low.first !== hedgeFirst + 1 || !continues(doc, low.last + 1) || !isTimeWord(doc, low.last + 1)) return false;
  for (let k = hedgeFirst - 1; k >= 0 && k >= hedgeFirst - PERIOD_LOOKBACK; k -= 1) {
    const token = at(doc, k) as NonNullable<ReturnType<typeof at>>;
    if (token.type === 'sym' && /^[.;:!?,]$/u.test(token.text)) return false;
    if (token.type === 'word' && (CHANGE_VERBS.has(token.lower) || doc.t.changesAfter.has(token.lower))) return true;
    if (token.lineBreakBefore) return false;
  }
  return false;
}

/** readPhrase without the words of change around it. */
function readBarePhrase(doc: Doc, i: number, floor: number): Found | undefined {
  let start = i;
  const between = isWord(doc, i - 1, 'between') && i - 1 >= floor && continues(doc, i) && !at(doc, i)?.joined;
  if (between) start = i - 1;
  let hedge = hedgeBefore(doc, start, floor);
  // "pushing the 2024 total up to 227,697": after a verb that moves its object, "up to" is where it arrived, not "at most".
  if (hedge?.phrase === 'up to' && movedUpTo(doc, hedge.first)) hedge = undefined;
  if (hedge) start = hedge.first;

  const low = amountAt(doc, i, !between);
  if (low === undefined) return undefined;
  if (hedge && (joinsDurations(doc, hedge.first, low, floor) || periodOfChange(doc, hedge.first, low, floor))) {
    hedge = undefined;
    start = between ? i - 1 : i;
  }
  if ('reason' in low) return { kind: 'malformed', first: start, last: low.last, reason: low.reason };
  // After a hedge, "between" or a word of change ("dropped by a fifth") a fraction word is a fraction.
  const misuse = hedge || between || changeBefore(doc, start, floor).length > 0 ? undefined : fractionMisuse(doc, low);
  if (misuse === 'ordinal') return { kind: 'ordinal', first: low.first, last: low.last };
  if (misuse === 'not-a-number') return undefined;
  // A multiplier word ("twice", "double") is a number before "as", "the", a comparative or the end of a clause, or after a hedge; "a double murder" is not.
  if (!hedge && isMultiplierWord(doc, low) && !multiplierContext(doc, low.last) && !multiplierVerbContext(doc, low)) return undefined;

  // A numeral run into letters that are neither a scale nor a unit: a name ("3D", "5G").
  const touching = at(doc, low.last + 1);
  if (low.number.kind === 'numeral' && touching?.type === 'word' && touching.joined && unitTermAt(doc, low.last + 1, { attached: true }) === undefined) {
    return { kind: 'name', first: low.first, last: low.last + 1 };
  }
  // A capitalised number word hyphened onto a capitalised word that is no unit and no number: a name ("The Two-Way", NPR's blog).
  const named = at(doc, low.last + 2);
  if (low.number.kind === 'word' && low.first === low.last && isCapitalised(at(doc, low.first)!) && isJoinedSym(doc, low.last + 1, '-') && named?.type === 'word' && named.joined && isCapitalised(named)
    && !doc.numberStarts.has(named.lower) && unitTermAt(doc, low.last + 2, { attached: true }) === undefined) {
    return { kind: 'name', first: low.first, last: low.last + 2 };
  }
  // A written number before an ordinal word: "Twenty first-century", "twenty first".
  if (low.number.kind === 'word' && isWord(doc, low.last + 1) && ORDINAL_WORDS.has(at(doc, low.last + 1)?.lower ?? '') && continues(doc, low.last + 1)) {
    let last = low.last + 1;
    const compound = isJoinedSym(doc, last + 1, '-') && isWord(doc, last + 2) && at(doc, last + 2)?.joined;
    if (compound) last += 2;
    return { kind: compound ? 'name' : 'ordinal', first: low.first, last };
  }

  // A range: "10 percent to 27 percent", "1,100 to 3,000", "forty to fifty", "between 5 and 6 billion".
  let high: AmountExtent | undefined;
  let separator: string | undefined;
  // "one in five", "1 in 10": one number for the grammar; if it cannot read it, say so rather than read 1 and 10.
  // A hedge before it belongs to it: "roughly one in eight", "more than one in five".
  const ratio = between ? undefined : ratioAfter(doc, low);
  if (ratio) {
    const words = `${hedge ? `${hedge.phrase} ` : ''}${sliceTokens(doc, low.first, low.last)} in ${sliceTokens(doc, ratio.first, ratio.last)}`;
    const { quantity } = read(doc, words);
    if (quantity) return quantityFound(doc, start, ratio.last, quantity);
    return { kind: 'malformed', first: start, last: ratio.last, reason: reasonFor(doc, words) };
  }
  const frequency = low.percent ? undefined : timesPerPeriod(doc, low.last);
  if (frequency !== undefined) {
    const { quantity } = read(doc, `${hedge ? `${hedge.phrase} ` : ''}${sliceTokens(doc, low.first, low.last)} ${frequency.words}`);
    if (quantity) return quantityFound(doc, start, frequency.last, quantity);
  }
  // "10 times", "three-fold": the multiplier's word belongs to the phrase (never a count word "times").
  const times = timesAfter(doc, low.last, hedge !== undefined);
  if (times !== undefined && !low.percent) {
    const head = hedge ? `${hedge.phrase} ` : '';
    // The grammar's reading of "10 times" when it knows the multiplier; never "times" taken for a unit.
    const bare = read(doc, `${head}${sliceTokens(doc, low.first, low.last)}`).quantity;
    const withWord = read(doc, `${head}${sliceTokens(doc, low.first, times)}`).quantity;
    const quantity = withWord && bare && withWord.unit === bare.unit ? withWord : bare;
    if (quantity) return quantityFound(doc, start, times, quantity);
  }

  // "rose from 96,000 to 142,000", "fell by 6% to 617": a value before and a value after (or a change and the value after), never a range.
  // "has doubled to Rs 1.72 lakh": the multiplier and the level it reached, never a range from 2.
  const changed = afterChangeFrom(doc, start, floor) || changeBefore(doc, start, floor).length > 0 || (isMultiplierWord(doc, low) && multiplierVerbContext(doc, low));
  // "rose 3 or 4 per cent": "or" is never a before and an after.
  const sep = changed ? (isWord(doc, low.last + 1, 'or') ? separatorAt(doc, low.last + 1, between) : undefined) : separatorAt(doc, low.last + 1, between);
  if (sep !== undefined && startsNumber(doc, low.last + 2)) {
    const k = low.last + 2;
    const other = at(doc, k)?.type === 'num' ? classifyNumeral(doc, k, k) : undefined;
    const candidate = other === undefined ? amountAt(doc, k, true) : undefined;
    if (candidate !== undefined && !('reason' in candidate) && !isLoneOne(doc, candidate)) {
      high = candidate;
      separator = sep;
    }
  }
  // "split between 4 parties": "between" with no "and" after the number is no range; the number stands alone.
  if (between && !high && !isWord(doc, low.last + 1, 'and')) return readBarePhrase(doc, i, i);
  if (!high && isLoneOne(doc, low) && !hedge && !between && unitsAfter(doc, low.last + 1, false) === undefined) return undefined;

  // "Drops 430+", "50+ people": a plus sign after a number says more than it.
  const plus = !high && !hedge && !between && isJoinedSym(doc, low.last + 1, '+') && !(at(doc, low.last + 2)?.joined && at(doc, low.last + 2)?.type === 'num');
  const numbersLast = high ? high.last : plus ? low.last + 1 : low.last;
  const unit: UnitMatch | undefined = unitsAfter(doc, numbersLast + 1, low.percent || (high?.percent ?? false));

  // The words for the grammar, separated by single spaces: [hedge] ["between"] numbers [unit].
  const hedgeHead = hedge ? `${hedge.phrase} ` : plus ? 'more than ' : '';
  const head = between ? `${hedgeHead}between ` : hedgeHead;
  const lowText = sliceTokens(doc, low.first, low.last);
  const numbers = high ? `${lowText} ${separator as string} ${sliceTokens(doc, high.first, high.last)}` : lowText;

  const attempts: { words: string; last: number }[] = [];
  // "80 per cent or more", "5 tonnes or less": a hedge after the amount, which the grammar reads.
  const after = !high && !hedge && !between && !plus ? hedgeAfter(doc, (unit?.last ?? numbersLast) + 1) : undefined;
  // "a million or more residents": the unit may follow the hedge.
  const unitAfterHedge = after && !unit ? unitsAfter(doc, after.last + 1, low.percent) : undefined;
  if (after && unitAfterHedge) attempts.push({ words: `${head}${numbers} ${unitAfterHedge.words} ${after.words}`, last: unitAfterHedge.last });
  if (after) attempts.push({ words: `${head}${numbers}${unit ? ` ${unit.words}` : ''} ${after.words}`, last: after.last });
  // "1 hour 20 minutes", "2 years and 3 months": a duration in two units is one quantity when the grammar reads it so.
  const smaller = unit && !high && !after ? compoundPart(doc, unit.last + 1) : undefined;
  if (unit && smaller) attempts.push({ words: `${head}${numbers} ${unit.words} ${smaller.words}`, last: smaller.last });
  if (unit) attempts.push({ words: `${head}${numbers} ${unit.words}`, last: unit.last });
  attempts.push({ words: `${head}${numbers}`, last: numbersLast });
  if (high) attempts.push({ words: `${hedgeHead}${lowText}`, last: low.last });
  for (const attempt of attempts) {
    const { quantity } = read(doc, attempt.words);
    if (quantity) {
      // A split range keeps "between" out of the phrase.
      const first = attempt.last === low.last && high && between ? (hedge?.first ?? low.first) : start;
      return quantityFound(doc, first, attempt.last, quantity);
    }
  }
  // None reads: the first phrasing's reason.
  return { kind: 'malformed', first: start, last: numbersLast, reason: attempts.length > 0 ? reasonFor(doc, attempts[0]!.words) : phraseRef('malformed-no-quantity') };
}

/** A numeral and its unit at token `i`, perhaps after "and" ("1 hour 20 minutes", "2 years and 3 months"): their words and last token. */
function compoundPart(doc: Doc, i: number): { words: string; last: number } | undefined {
  const and = isWord(doc, i, 'and') && continues(doc, i) ? 1 : 0;
  const k = i + and;
  const numeral = at(doc, k);
  if (numeral?.type !== 'num' || numeral.joined || !continues(doc, k) || classifyNumeral(doc, k, k) !== undefined) return undefined;
  const unit = unitsAfter(doc, k + 1, false);
  if (unit === undefined) return undefined;
  return { words: `${and ? 'and ' : ''}${numeral.text} ${unit.words}`, last: unit.last };
}

/** "or more", "and over"… at token `i` (two words of {@link HEDGES_AFTER}): their words and last token. */
function hedgeAfter(doc: Doc, i: number): { words: string; last: number } | undefined {
  const first = at(doc, i);
  const second = at(doc, i + 1);
  if (first?.type !== 'word' || second?.type !== 'word' || first.joined || second.joined || !continues(doc, i) || !continues(doc, i + 1)) return undefined;
  const words = `${first.lower} ${second.lower}`;
  return HEDGES_AFTER.has(words) ? { words, last: i + 1 } : undefined;
}

/** Words between "from" and the figure before ("from the current £2,074"). */
const PAIR_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'a', 'an', 'current', 'present', 'old', 'previous']);

/** How many tokens may stand between a before with its rate and "to" ("from 6.9p per kilowatt hour (kWh) today to 6.89p"). */
const PAIR_GAP = 5;

/**
 * "from £2,074 per year to £1,923", "from $5.15 to $5.85 per hour": in a
 * before and an after (spec news-language §5) a rate written with one figure
 * belongs to the other as well. `before` and `after` are two quantities read
 * one after the other, the first after "from" and a verb of change, the
 * second just after "to". Returns which of the two gains the rate and its
 * quantity read with it, or undefined when neither does.
 */
export function sharedRate(doc: Doc, before: Found, after: Found): { side: 'before' | 'after'; quantity: NonNullable<Found['quantity']> } | undefined {
  const a = before.quantity;
  const b = after.quantity;
  if (!a || !b || a.high || b.high || !isWord(doc, after.first - 1, 'to') || !continues(doc, after.first)) return undefined;
  // "from the current £2,074 per year": a determiner and "current" may stand between "from" and the figure.
  let head = before.first;
  while (head > before.first - 2 && isWord(doc, head - 1) && PAIR_DETERMINERS.has(at(doc, head - 1)!.lower) && continues(doc, head)) head -= 1;
  if (after.first - 1 - (before.last + 1) > PAIR_GAP || !afterChangeFrom(doc, head, 0)) return undefined;
  for (let k = before.last + 1; k < after.first - 1; k += 1) {
    const token = at(doc, k) as NonNullable<ReturnType<typeof at>>;
    if (token.type === 'num' || token.lineBreakBefore || (token.type === 'sym' && /^[.;:!?,]$/u.test(token.text))) return undefined;
  }
  const rateOf = (unit: string, base: string): string | undefined => (base !== '' && unit.startsWith(`${base}/`) ? unit.slice(base.length + 1) : undefined);
  const forward = rateOf(a.unit, b.unit);
  const backward = forward === undefined ? rateOf(b.unit, a.unit) : undefined;
  const rate = forward ?? backward;
  if (rate === undefined || !/^[\p{L}]+$/u.test(rate)) return undefined;
  const side = forward !== undefined ? 'after' : 'before';
  const target = side === 'after' ? after : before;
  const { quantity } = read(doc, `${sliceTokens(doc, target.first, target.last)} per ${rate}`);
  const wanted = side === 'after' ? a.unit : b.unit;
  return quantity && quantity.unit === wanted ? { side, quantity } : undefined;
}

/** Verbs that move their object somewhere ("pushing the total up to 227,697", "took the tally up to 40"). */
const MOVING_VERBS: ReadonlySet<string> = new Set([
  'push', 'pushes', 'pushed', 'pushing', 'bring', 'brings', 'brought', 'bringing', 'take', 'takes', 'took', 'taking',
  'lift', 'lifts', 'lifted', 'lifting', 'drive', 'drives', 'drove', 'driving', 'send', 'sends', 'sent', 'sending',
  'bump', 'bumps', 'bumped', 'bumping', 'ramp', 'ramps', 'ramped', 'ramping',
]);

/**
 * True when "up" at token `up` follows a moving verb and its object ("pushing
 * the 2024 total up to"): the verb at least two words back, in the same
 * clause. Right after the verb ("bring up to 500 refugees") it stays a hedge.
 */
function movedUpTo(doc: Doc, up: number): boolean {
  for (let k = up - 2, n = 0; k >= 0 && n < 5; k -= 1, n += 1) {
    const token = at(doc, k);
    if (token === undefined || token.type === 'sym' || !continues(doc, k + 1)) return false;
    if (token.type === 'word' && MOVING_VERBS.has(token.lower)) return true;
  }
  return false;
}

/**
 * "a 3rd of": a written article and an ordinal numeral read as a fraction
 * (the machine-reworded form of "a third"). `i` is the numeral; returns
 * undefined unless "a"/"one" stands before it and "of", punctuation or the
 * end comes after.
 */
export function ordinalFraction(doc: Doc, i: number, floor: number): Found | undefined {
  const token = at(doc, i);
  const suffix = at(doc, i + 1);
  if (token?.type !== 'num' || !/^\d+$/u.test(token.text) || suffix?.type !== 'word' || !suffix.joined || !ORDINAL_SUFFIXES.has(suffix.lower)) return undefined;
  const n = Number(token.text);
  if (n < 3 || i - 1 < floor || !continues(doc, i) || token.joined) return undefined;
  if (!(isWord(doc, i - 1, 'a') || isWord(doc, i - 1, 'one'))) return undefined;
  const next = at(doc, i + 2);
  if (next !== undefined && continues(doc, i + 2) && next.type === 'word' && next.lower !== 'of') return undefined;
  const hedge = hedgeBefore(doc, i - 1, floor);
  const { quantity } = read(doc, [hedge?.phrase, `1/${n}`].filter((w) => w !== undefined).join(' '));
  if (!quantity) return undefined;
  return quantityFound(doc, hedge?.first ?? i - 1, i + 1, quantity);
}

/**
 * A four-digit number from 1800 to 2100 is a year unless it is written as an
 * amount: a currency sign before it, or a scale, percent or unit after it
 * ("2000 soldiers"), or a hedge before it ("some 2000").
 */
export function isYear(doc: Doc, i: number, floor: number): boolean {
  if (!isYearNumber(doc, i)) return false;
  if (currencyBefore(doc, i, 0) !== undefined || hedgeBefore(doc, i, floor)) return false;
  const next = at(doc, i + 1);
  if (next && continues(doc, i + 1) && next.type === 'word' && doc.t.scales.has(next.lower) && !doc.t.ambiguousScales.has(next.lower)) return false;
  if (isJoinedSym(doc, i + 1, ',') || isJoinedSym(doc, i + 1, '.')) return percentAt(doc, i + 1) === undefined;
  return percentAt(doc, i + 1) === undefined && unitsAfter(doc, i + 1, false) === undefined;
}
