/**
 * @file Tells a numeral in prose that states no amount from one that does:
 * dates ("January 20", "Aug. 12, 2024", "November 11 and 29", "February
 * 2022", "20 November", "12/25/2024", "2024-12-23"), times ("10:30", "3
 * p.m.", "at 7:30:00", a bare "10:30:15"; "2:00:35" in a sentence about a
 * race or with a hedge is an elapsed time, left to the grammar), ordinals ("21st"), names with digits ("F-16", "COVID-19",
 * "Article 4", "Paras 1.2, 1.2.3 and 1.2.4", "3D", "4K"), decades ("the
 * 1990s"), fiscal and season years ("2014-15", "2010/11", "2020/2021"),
 * scores and records ("3-2 victory", "improved to 14-0": a pair of counts,
 * never a range), phone numbers ("+44 (0)20 7799 6677", "0121 333 6006")
 * and footnote markers ("[1]", "[^2]") — spec news-language §11. Years are
 * decided by the caller, which knows whether a unit follows.
 *
 * Pure: no I/O.
 */
import type { Doc, Found } from './doc.js';
import { at, continues, digitsOnly, isJoinedSym, isWord, plainInteger } from './doc.js';
import { INDEX_NAMES, MONTHS, NAME_HEADS, ORDINAL_SUFFIXES, SCORE_WORDS } from './lexicon.js';
import { isCapitalised } from './tokens.js';
import { hasCapital, isCamelStart } from '../text/letters.js';

const CLOCK = /^\s*(?:[ap]\.?\s?m\.?(?!\p{L})|o['’]clock(?!\p{L}))/iu;

/** True for exactly two ASCII digits ("05", "30"). */
function twoDigits(text: string | undefined): boolean {
  return text !== undefined && text.length === 2 && digitsOnly(text);
}

/**
 * "p.m.", "am", "o'clock" at `from` (after white space), as CLOCK reads it
 * in the next 12 characters. The pattern is tried only when the first two
 * characters after the spaces may start one ("a" or "p" then ".", a space or
 * "m"; "o" then an apostrophe): most numbers are followed by a word or sign
 * that cannot ("percent", "and", "of"), and a check of one small file then
 * never compiles the pattern (case-insensitive letter classes: about 1 ms).
 */
function clockAfter(text: string, from: number): RegExpExecArray | null {
  const limit = Math.min(text.length, from + 12);
  let k = from;
  while (k < limit) {
    const code = text.charCodeAt(k);
    if (code === 32 || (code >= 9 && code <= 13)) k++;
    else break;
  }
  if (k < limit) {
    const code = text.charCodeAt(k);
    if (code < 128 && (code | 32) !== 97 && (code | 32) !== 112 && (code | 32) !== 111) return null;
    // The second character, when it is ASCII, must be one the pattern can take after the first.
    const next = k + 1 < limit ? text.charCodeAt(k + 1) : -1;
    if (code < 128 && next >= 0 && next < 128) {
      const afterAP = next === 0x2e || next === 32 || (next >= 9 && next <= 13) || (next | 32) === 0x6d;
      if ((code | 32) === 0x6f ? next !== 0x27 : !afterAP) return null;
    }
  } else if (k >= text.length) return null;
  return CLOCK.exec(text.slice(from, from + 12));
}

/** True when token `i` is a capitalised month name ("January", "Aug"). */
function isMonth(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  return token !== undefined && isCapitalised(token) && MONTHS.has(token.lower);
}

/** The index of the month word just before numeral `i` ("January 20", "Aug. 12"), if any. */
function monthBefore(doc: Doc, i: number, floor: number): number | undefined {
  if (!continues(doc, i) || at(doc, i)?.joined) return undefined;
  if (isMonth(doc, i - 1) && i - 1 >= floor) return i - 1;
  if (isJoinedSym(doc, i - 1, '.') && isMonth(doc, i - 2) && i - 2 >= floor) return i - 2;
  return undefined;
}

/** True for a plausible year: four digits from 1800 to 2100. */
export function isYearNumber(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  const n = plainInteger(token);
  return n !== undefined && token?.text.length === 4 && n >= 1800 && n <= 2100;
}

/** A day of the month: 1 to 31, written plainly, maybe with an ordinal suffix; returns its last token. */
function dayAt(doc: Doc, i: number): number | undefined {
  const token = at(doc, i);
  const n = plainInteger(token);
  if (n === undefined || n < 1 || n > 31 || (token?.text.length ?? 0) > 2) return undefined;
  const suffix = at(doc, i + 1);
  if (suffix?.type === 'word' && suffix.joined && ORDINAL_SUFFIXES.has(suffix.lower)) return i + 1;
  if (suffix?.type === 'word' && suffix.joined) return undefined;
  return i;
}

/** After a day, ", 2024" extends a date; returns the new last token. */
function yearAfter(doc: Doc, last: number): number {
  if (isJoinedSym(doc, last + 1, ',') && continues(doc, last + 2) && isYearNumber(doc, last + 2) && !at(doc, last + 2)?.joined) return last + 2;
  if (isYearNumber(doc, last + 1) && continues(doc, last + 1) && !at(doc, last + 1)?.joined) return last + 1;
  return last;
}

/** A date that starts with a month before numeral `i`: "January 20", "November 11 and 29", "Aug. 12, 2024", "February 2022". */
function dateAfterMonth(doc: Doc, i: number, floor: number): Found | undefined {
  const month = monthBefore(doc, i, floor);
  if (month === undefined) return undefined;
  if (isYearNumber(doc, i)) return { kind: 'date', first: month, last: i };
  let last = dayAt(doc, i);
  if (last === undefined) return undefined;
  last = yearAfter(doc, last);
  // "November 11 and 29", "May 3 to 5", "June 1–3".
  for (;;) {
    const sep = at(doc, last + 1);
    if (sep === undefined || !continues(doc, last + 1)) break;
    const isSep = (sep.type === 'word' && (sep.lower === 'and' || sep.lower === 'or' || sep.lower === 'to')) || (sep.type === 'sym' && /^[–—-]$/u.test(sep.text));
    if (!isSep || !continues(doc, last + 2)) break;
    const day = dayAt(doc, last + 2);
    if (day === undefined || isMonth(doc, day + 1)) break;
    last = yearAfter(doc, day);
  }
  return { kind: 'date', first: month, last };
}

/**
 * A date that starts with a day: "20 November", "20 November 2024", and the
 * days of a span before one month: "6 to 17 July", "3 and 14 November 2021",
 * "14–25 September".
 */
function dateBeforeMonth(doc: Doc, i: number): Found | undefined {
  let day = dayAt(doc, i);
  if (day === undefined) return undefined;
  if (!isMonth(doc, day + 1)) {
    const sep = at(doc, day + 1);
    const isSep = sep !== undefined && continues(doc, day + 1) && ((sep.type === 'word' && (sep.lower === 'and' || sep.lower === 'to')) || (sep.type === 'sym' && /^[–—-]$/u.test(sep.text)));
    const second = isSep && continues(doc, day + 2) ? dayAt(doc, day + 2) : undefined;
    if (second === undefined || !isMonth(doc, second + 1)) return undefined;
    day = second;
  }
  if (!continues(doc, day + 1) || at(doc, day + 1)?.joined) return undefined;
  return { kind: 'date', first: i, last: yearAfter(doc, day + 1) };
}

/** "12/25/2024", "25.12.2024", "2024-12-23": three numbers joined by the same separator. */
function numericDate(doc: Doc, i: number): Found | undefined {
  const sep = at(doc, i + 1);
  if (sep === undefined || sep.type !== 'sym' || !['/', '-'].includes(sep.text) || !sep.joined) return undefined;
  const second = at(doc, i + 2);
  const sep2 = at(doc, i + 3);
  const third = at(doc, i + 4);
  if (second?.type !== 'num' || !second.joined || sep2?.text !== sep.text || !sep2.joined || third?.type !== 'num' || !third.joined) return undefined;
  return { kind: 'date', first: i, last: i + 4 };
}

/**
 * True when the numeral at `i` is the hours of an elapsed time "h:mm:ss":
 * one to three digits, then ":MM:SS" written on, each two digits below 60,
 * and no more colons, digits or decimals run on after ("2:00:35", not
 * "1:60:00", "12:00:00:00" or "2:00:35.5", which stay as they were read).
 */
export function elapsedAt(doc: Doc, i: number): boolean {
  const hours = at(doc, i);
  // A colon written onto the numeral first: most numerals have none, and are answered without a pattern.
  if (hours?.type !== 'num' || !isJoinedSym(doc, i + 1, ':') || !/^\d{1,3}$/u.test(hours.text)) return false;
  for (let k = i + 1; k <= i + 3; k += 2) {
    const digits = at(doc, k + 1);
    if (!isJoinedSym(doc, k, ':') || digits?.type !== 'num' || !digits.joined || !/^[0-5]\d$/u.test(digits.text)) return false;
  }
  const after = at(doc, i + 5);
  if (!after?.joined) return true;
  if (after.type === 'num' || after.text === ':') return false;
  return !((after.text === '.' || after.text === ',') && at(doc, i + 6)?.type === 'num' && at(doc, i + 6)?.joined);
}

/** Words before "h:mm:ss" that make it a time of day ("at 10:30:15", "until 23:59:59"). */
const TIME_OF_DAY_BEFORE: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'since', 'before', 'after']);

/** Zones after "h:mm:ss" that make it a time of day ("10:30:15 GMT"). */
const TIME_ZONES: ReadonlySet<string> = new Set(['gmt', 'utc', 'bst', 'cet', 'cest', 'et', 'est', 'edt', 'pt', 'pst', 'pdt']);

/**
 * True when "h:mm:ss" (tokens `i` to `last`, with no "a.m." or "o'clock"
 * after it) is a time of day: a word such as "at" or "until" just before it,
 * or a time zone just after it. Otherwise it is an elapsed time, as race
 * results and records write them ("Kiptum's 2:00:35 finish", "in less than
 * 2:01:00"), and the grammar reads it as seconds (README "Decisions").
 */
function timeOfDay(doc: Doc, i: number, last: number): boolean {
  const before = at(doc, i - 1);
  if (before?.type === 'word' && continues(doc, i) && TIME_OF_DAY_BEFORE.has(before.lower)) return true;
  const after = at(doc, last + 1);
  return after?.type === 'word' && !after.joined && continues(doc, last + 1) && TIME_ZONES.has(after.lower);
}

/**
 * Words that make "h:mm:ss" in their sentence a race or elapsed time: a race,
 * a finish, a record, a run, a win, or units of time ("finished in 2:05:10",
 * "Kiptum's 2:00:35 finish", "a record 2:01:09", "in under 12 hours:
 * 11:58:20").
 */
const ELAPSED_CUES: ReadonlySet<string> = new Set([
  'race', 'races', 'raced', 'racing', 'marathon', 'marathons', 'ultramarathon', 'triathlon', 'ironman', 'run', 'runs', 'ran',
  'runner', 'runners', 'running', 'finish', 'finishes', 'finished', 'finishing', 'finisher', 'finishers', 'record', 'records',
  'clocked', 'clocking', 'won', 'win', 'wins', 'winner', 'winners', 'winning', 'lap', 'laps', 'swim', 'swam',
  'ride', 'rode', 'cycled', 'walked', 'elapsed', 'lasted', 'duration', 'hours', 'minutes', 'seconds', 'hrs', 'mins', 'secs',
]);

/** How many tokens either side of "h:mm:ss" are searched for a cue, within its sentence. */
const CUE_REACH = 30;

/**
 * True when "h:mm:ss" (tokens `i` to `last`) that may be a clock's is an
 * elapsed time: a hedge or range word stands just before it ("less than 2:01:00", "between 2:05:00 and 2:06:00"), or a word
 * of {@link ELAPSED_CUES} stands in its sentence. A bare "10:30:15" with no
 * such word is a time of day (spec news-language §11), as "10:30" is.
 */
function elapsedCue(doc: Doc, i: number, last: number): boolean {
  for (const [from, step] of [[i - 1, -1], [last + 1, 1]] as const) {
    for (let k = from, n = 0; n < CUE_REACH; k += step, n += 1) {
      const token = at(doc, k);
      if (token === undefined || (step === 1 ? token.lineBreakBefore : at(doc, k + 1)?.lineBreakBefore)) break;
      if (token.type === 'sym' && /^[.!?;]$/u.test(token.text) && !(token.text === '.' && isWord(doc, k - 1) && at(doc, k - 1)!.text.length === 1)) break;
      if (token.type === 'word' && (ELAPSED_CUES.has(token.lower) || (step === -1 && n === 0 && ELAPSED_BEFORE.has(token.lower)))) return true;
    }
  }
  return false;
}

/** Hedge and range words that make the "h:mm:ss" just after them an amount ("less than 2:01:00", "about 2:04:00"). */
const ELAPSED_BEFORE: ReadonlySet<string> = new Set(['than', 'about', 'around', 'under', 'over', 'nearly', 'almost', 'roughly', 'between', 'within', 'inside', 'approximately', 'some']);

/** "10:30", "10:30:15", "3 p.m.", "10:30 a.m.", "9 o'clock"; not an elapsed "2:00:35" ({@link timeOfDay}). */
function timeAt(doc: Doc, i: number): Found | undefined {
  const token = at(doc, i) as NonNullable<ReturnType<typeof at>>;
  let last = i;
  let isTime = false;
  if (isJoinedSym(doc, i + 1, ':') && at(doc, i + 2)?.type === 'num' && at(doc, i + 2)?.joined && twoDigits(at(doc, i + 2)?.text)) {
    last = i + 2;
    isTime = true;
    if (isJoinedSym(doc, i + 3, ':') && twoDigits(at(doc, i + 4)?.text) && at(doc, i + 4)?.joined) last = i + 4;
  }
  const lastToken = at(doc, last) as NonNullable<ReturnType<typeof at>>;
  const clock = clockAfter(doc.text, lastToken.end);
  const hour = plainInteger(token);
  if (clock && !/[\r\n]/u.test(clock[0]) && (isTime || (hour !== undefined && hour <= 12))) {
    const end = lastToken.end + clock[0].length;
    while ((at(doc, last + 1)?.end ?? Infinity) <= end) last += 1;
    isTime = true;
  } else if (last === i + 4 && elapsedAt(doc, i) && ((hour ?? 0) >= 24 || (!timeOfDay(doc, i, last) && elapsedCue(doc, i, last)))) {
    // Hours of 24 or more are no clock's ("after 26:45:10 of effort").
    return undefined;
  }
  return isTime ? { kind: 'time', first: i, last } : undefined;
}

/** "2014-15", "2010/11", "1999-00", "2020/2021": a year joined to the next one by a hyphen, dash or slash. */
function fiscalYearAt(doc: Doc, i: number): Found | undefined {
  if (!isYearNumber(doc, i)) return undefined;
  const sep = at(doc, i + 1);
  const next = at(doc, i + 2);
  if (sep?.type !== 'sym' || !sep.joined || !['-', '/', '–'].includes(sep.text) || next?.type !== 'num' || !next.joined || !digitsOnly(next.text)) return undefined;
  const year = Number(at(doc, i)?.text);
  const n = Number(next.text);
  const follows = next.text.length === 2 ? n === (year + 1) % 100 : next.text.length === 4 && n === year + 1;
  return follows ? { kind: 'year', first: i, last: i + 2 } : undefined;
}

/** A whole number of at most three digits, written plainly. */
function smallCount(doc: Doc, i: number): number | undefined {
  const token = at(doc, i);
  return token?.type === 'num' && token.text.length <= 3 && digitsOnly(token.text) ? Number(token.text) : undefined;
}

/** True when a score word stands within two words before `first` or after `last` ("a 2-3 defeat", "won 4-6"). */
function scoreWordNear(doc: Doc, first: number, last: number): boolean {
  for (const [from, step] of [[first - 1, -1], [last + 1, 1]] as const) {
    for (let k = from, n = 0; n < 2; k += step, n += 1) {
      const token = at(doc, k);
      if (token?.type !== 'word' || !continues(doc, step > 0 ? k : k + 1)) break;
      if (SCORE_WORDS.has(token.lower)) return true;
    }
  }
  return false;
}

/**
 * A score or a record: two whole numbers joined by a hyphen or en dash with
 * nothing around them ("3-2 victory", "144-126", "improved to 14-0"), read
 * as a pair of counts. The first at least the second is always a pair (a
 * range never runs downwards); a smaller first one only beside a score word
 * ("a 2-3 defeat").
 */
function scoreAt(doc: Doc, i: number, floor: number): Found | undefined {
  const a = smallCount(doc, i);
  const sep = at(doc, i + 1);
  if (a === undefined || sep?.type !== 'sym' || !sep.joined || (sep.text !== '-' && sep.text !== '–')) return undefined;
  const b = smallCount(doc, i + 2);
  if (b === undefined || !at(doc, i + 2)?.joined) return undefined;
  // Not part of a longer chain ("1-2-3") or glued to a word or sign before it.
  const before = at(doc, i - 1);
  if (at(doc, i)?.joined && before !== undefined && i - 1 >= floor && before.type !== 'sym') return undefined;
  if (before?.type === 'sym' && at(doc, i)?.joined && (doc.t.currencies.has(before.text) || before.text === '-')) return undefined;
  const after = at(doc, i + 3);
  if (after?.joined && (after.type === 'num' || after.text === '-' || after.text === '%' || after.type === 'word')) return undefined;
  if (a < b && !scoreWordNear(doc, i, i + 2)) return undefined;
  return { kind: 'score', first: i, last: i + 2, counts: [a, b] };
}

/** The digits of a phone number's groups: plain digit runs, with "(0)" and hyphens between them. */
function phoneGroupsFrom(doc: Doc, i: number): { last: number; digits: number; groups: number } {
  let last = i;
  let digits = at(doc, i)?.text.length ?? 0;
  let groups = 1;
  for (let k = i + 1; groups < 6; ) {
    const token = at(doc, k);
    if (token === undefined || !continues(doc, k)) break;
    if (token.type === 'sym' && token.text === '(' && at(doc, k + 1)?.text === '0' && at(doc, k + 2)?.text === ')' && at(doc, k + 3)?.type === 'num') {
      k += 3; // "(0)20": the trunk zero
      continue;
    }
    if (token.type === 'sym' && token.text === '-' && at(doc, k + 1)?.type === 'num') {
      k += 1;
      continue;
    }
    if (token.type !== 'num' || !/^\d{2,4}$/u.test(token.text)) break;
    digits += token.text.length;
    groups += 1;
    last = k;
    k += 1;
  }
  return { last, digits, groups };
}

/**
 * A phone number: a "+" country code, or a numeral with a leading zero
 * ("0121", "0800", "020"), followed by more digit groups on the same line,
 * nine digits or more in all.
 */
function phoneAt(doc: Doc, i: number, floor: number): Found | undefined {
  const token = at(doc, i);
  if (token?.type !== 'num' || !digitsOnly(token.text)) return undefined;
  const plus = at(doc, i - 1)?.text === '+' && token.joined && i - 1 >= floor ? i - 1 : undefined;
  // A leading zero and three to five digits ("0121", "020").
  if (plus === undefined && !(token.text.charCodeAt(0) === 48 && token.text.length >= 3 && token.text.length <= 5)) return undefined;
  const { last, digits, groups } = phoneGroupsFrom(doc, i);
  if (groups < 2 || digits < 9) return undefined;
  return { kind: 'phone', first: plus ?? i, last };
}

/** Emergency telephone numbers written alone ("911", "999", "112", "000", "111"). */
const EMERGENCY_NUMBERS: ReadonlySet<string> = new Set(['911', '999', '112', '000', '111']);

/** Words after an emergency number that make it the number to call ("the 911 dispatch center", "999 calls"). */
const EMERGENCY_AFTER: ReadonlySet<string> = new Set([
  'call', 'calls', 'caller', 'callers', 'dispatch', 'dispatcher', 'dispatchers', 'operator', 'operators', 'center', 'centers',
  'centre', 'centres', 'emergency', 'line', 'lines', 'service', 'services', 'system', 'hotline',
]);

/** Verbs before an emergency number that dial it ("called 999", "dial 911"). */
const EMERGENCY_BEFORE: ReadonlySet<string> = new Set(['call', 'calls', 'called', 'calling', 'dial', 'dials', 'dialled', 'dialed', 'dialling', 'dialing', 'ring', 'rang']);

/**
 * An emergency telephone number: "the 911 dispatch center", "999 calls",
 * "called 911" (spec news-language §11: phone numbers are no quantities).
 */
function emergencyNumberAt(doc: Doc, i: number, floor: number): Found | undefined {
  const token = at(doc, i);
  if (token?.type !== 'num' || !EMERGENCY_NUMBERS.has(token.text) || at(doc, i)?.joined) return undefined;
  const next = at(doc, i + 1);
  const before = at(doc, i - 1);
  const after = next?.type === 'word' && !next.joined && continues(doc, i + 1) && EMERGENCY_AFTER.has(next.lower);
  const dialled = before?.type === 'word' && i - 1 >= floor && continues(doc, i) && EMERGENCY_BEFORE.has(before.lower);
  return after || dialled ? { kind: 'phone', first: i, last: i } : undefined;
}

/**
 * A footnote marker: a bracketed whole number, "[1]", "[^2]"; or one or two digits written
 * onto a sentence's full stop after a word and followed by a new sentence ("data on the cause
 * of delays, as well.1 A flight has", BTS): a decimal needs a digit before its point.
 */
function footnoteAt(doc: Doc, i: number, floor: number): Found | undefined {
  const token = at(doc, i);
  const word = at(doc, i - 2);
  const next = at(doc, i + 1);
  if (token?.joined && /^\d{1,2}$/u.test(token.text) && isJoinedSym(doc, i - 1, '.') && word?.type === 'word' && !word.hasDigit && i - 1 >= floor
    && next?.type === 'word' && !next.joined && isCapitalised(next) && !MONTHS.has(word.lower)) {
    return { kind: 'footnote', first: i - 1, last: i };
  }
  if (smallCount(doc, i) === undefined || !isJoinedSym(doc, i + 1, ']')) return undefined;
  const open = at(doc, i - 1)?.text === '^' && at(doc, i - 2)?.text === '[' ? i - 2 : at(doc, i - 1)?.text === '[' ? i - 1 : undefined;
  if (open === undefined || open < floor || !at(doc, i)?.joined) return undefined;
  return { kind: 'footnote', first: open, last: i + 1 };
}

/** A format or product name: a small whole number run into a capital "K" ("4K", "8K"); a lower-case "k" is thousand. */
function formatNameAt(doc: Doc, i: number): Found | undefined {
  const n = smallCount(doc, i);
  const suffix = at(doc, i + 1);
  if (n === undefined || n > 16 || suffix?.type !== 'word' || !suffix.joined || suffix.text !== 'K') return undefined;
  const before = at(doc, i - 1);
  if (before?.type === 'sym' && doc.t.currencies.has(before.text)) return undefined;
  return { kind: 'name', first: i, last: i + 1 };
}

/** A section number: "1.2.3", "4.1.2" (two dots or more between short groups). */
function sectionNumberAt(doc: Doc, i: number): Found | undefined {
  return /^\d{1,2}(?:\.\d{1,3}){2,}$/u.test(at(doc, i)?.text ?? '') ? { kind: 'name', first: i, last: i } : undefined;
}

/** The marks written after a list or section number at the start of a line: "1. Main points", "1- Brendon McCullum", "2) Viv Richards". */
const LIST_MARKS: ReadonlySet<string> = new Set(['.', ')', '-']);

/** The marks that may end the line before a numbered "1." line: a sentence's end, a colon, a bracket or quote. */
const LINE_ENDS: ReadonlySet<string> = new Set(['.', ':', '!', '?', ')', '"', '”', '’']);

/**
 * A list or section number: one or two digits that start a line, with a
 * full stop, a bracket or a hyphen written on, then a space and a capital
 * ("1. Main points", "1- Brendon McCullum (New Zealand) - 54 balls"). After
 * "." the line before must end a sentence or a heading's colon (or be blank,
 * or be none), since a wrapped line may start with a sentence's last number
 * ("inflation was\n3. The bank…").
 */
function listNumberAt(doc: Doc, i: number): Found | undefined {
  const token = at(doc, i);
  const mark = at(doc, i + 1);
  const word = at(doc, i + 2);
  if (token === undefined || (i > 0 && !token.lineBreakBefore) || smallCount(doc, i) === undefined || token.text.length > 2) return undefined;
  if (mark?.type !== 'sym' || !mark.joined || !LIST_MARKS.has(mark.text) || word?.type !== 'word' || word.joined || !continues(doc, i + 2) || !isCapitalised(word)) return undefined;
  if (mark.text === '.' && i > 0) {
    const before = at(doc, i - 1) as NonNullable<ReturnType<typeof at>>;
    const blank = /\n[ \t]*\r?\n/u.test(doc.text.slice(before.end, token.start));
    if (!blank && !(before.type === 'sym' && LINE_ENDS.has(before.text))) return undefined;
  }
  return { kind: 'name', first: i, last: i + 1 };
}

/** Quotation marks that may wrap a numeral used as a name, with their closing marks. */
const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([['‘', '’'], ['“', '”'], ["'", "'"], ['"', '"']]);

/**
 * A whole number in quotation marks with nothing else inside: a label or a
 * name, not an amount ("the new ‘73’ registration plate").
 */
function quotedNumeralAt(doc: Doc, i: number): Found | undefined {
  const open = at(doc, i - 1);
  const close = at(doc, i + 1);
  const token = at(doc, i);
  if (open?.type !== 'sym' || close?.type !== 'sym' || !token?.joined || !close.joined || !digitsOnly(token.text)) return undefined;
  if (QUOTE_PAIRS.get(open.text) !== close.text) return undefined;
  // The opening mark stands apart from a word before it ("the ‘73’"), so it opens a quotation.
  if (open.joined && at(doc, i - 2)?.type === 'word') return undefined;
  return { kind: 'name', first: i - 1, last: i + 1 };
}

/** The reference words a lower-case head names a number with inside brackets or after "see": "(figure 5-6)", "(see table 2)". */
const REFERENCE_HEADS: ReadonlySet<string> = new Set(['figure', 'figures', 'fig', 'table', 'tables', 'chart', 'page', 'pages', 'appendix', 'annex', 'section', 'chapter']);

/** True when the word at `head` is a reference word written lower case just after "(" or "see": "(figure 5-6)", "see table 2". */
function referenceInBrackets(doc: Doc, head: number): boolean {
  const word = at(doc, head);
  if (word === undefined || !REFERENCE_HEADS.has(word.lower)) return false;
  const before = at(doc, head - 1);
  return before !== undefined && ((before.type === 'sym' && before.text === '(') || (before.type === 'word' && before.lower === 'see'));
}

/** After a name's number, a list of more: "Paras 1.2, 1.2.3 and 1.2.4", "Articles 3 to 5". Returns the new last token. */
function nameListAfter(doc: Doc, last: number): number {
  for (;;) {
    const sep = at(doc, last + 1);
    const next = at(doc, last + 2);
    if (sep === undefined || next?.type !== 'num' || !continues(doc, last + 1) || !continues(doc, last + 2)) return last;
    const isSep = (sep.type === 'sym' && (sep.text === ',' || sep.text === '–' || sep.text === '-')) || (sep.type === 'word' && ['and', 'or', 'to'].includes(sep.lower));
    if (!isSep) return last;
    last += 2;
  }
}

/**
 * A name with digits: "F-16", "COVID-19", "Su-34s" (a capitalised word
 * hyphen-joined to the number), "Article 4", "No. 10", "Galaxy Note 3" (a
 * name head before it), "iPhone 5C" (a camel-case product word before it).
 */
/** The first token of a stock index's name before numeral `i` ("S&P 500", "FTSE 100"), or undefined. */
function indexNameBefore(doc: Doc, i: number, floor: number): number | undefined {
  const numeral = at(doc, i)?.text ?? '';
  const word = at(doc, i - 1);
  if (word?.type !== 'word' || !isCapitalised(word) || i - 1 < floor) return undefined;
  // "S&P" is three tokens: S, &, P.
  if (word.text === 'P' && word.joined && isJoinedSym(doc, i - 2, '&') && at(doc, i - 3)?.text === 'S' && i - 3 >= floor) {
    return INDEX_NAMES.get('s&p')?.has(numeral) ? i - 3 : undefined;
  }
  return INDEX_NAMES.get(word.lower)?.has(numeral) ? i - 1 : undefined;
}

function nameAt(doc: Doc, i: number, floor: number): Found | undefined {
  // The decimals of a name with digits ("C3.5", "v2.0", "R2.1 billion"): never a number of their own ("1 billion").
  const named = at(doc, i - 2);
  // (The word itself is usually read as a name already: then the floor is past it.)
  if (isJoinedSym(doc, i - 1, '.') && at(doc, i)?.joined && at(doc, i - 1)?.joined && named?.type === 'word' && named.hasDigit && i - 1 >= floor) {
    return { kind: 'name', first: Math.max(i - 2, floor), last: i };
  }
  // Affiliation or footnote markers run on after a name with digits: the "2" of "PhD1,2".
  const marked = at(doc, i - 2);
  if (isJoinedSym(doc, i - 1, ',') && at(doc, i)?.joined && marked?.type === 'word' && marked.hasDigit && at(doc, i - 1)?.joined && i - 1 >= floor) {
    return { kind: 'name', first: i - 1, last: i };
  }
  let last = i;
  while (isWord(doc, last + 1) && at(doc, last + 1)?.joined) last += 1; // "F-16s"
  if (isJoinedSym(doc, i - 1, '-') && isWord(doc, i - 2) && at(doc, i)?.joined && i - 2 >= floor) {
    const word = at(doc, i - 2);
    if (word && (isCapitalised(word) || hasCapital(word.text))) return { kind: 'name', first: i - 2, last };
  }
  if (!at(doc, i)?.joined && continues(doc, i)) {
    const head = isJoinedSym(doc, i - 1, '.') ? i - 2 : i - 1;
    const word = at(doc, head);
    if (head >= floor && word !== undefined && (isCapitalised(word) || referenceInBrackets(doc, head)) && NAME_HEADS.has(word.lower)) return { kind: 'name', first: head, last: nameListAfter(doc, last) };
    const index = indexNameBefore(doc, i, floor);
    if (index !== undefined) return { kind: 'name', first: index, last: i };
    // A product written in camel case: "iPhone 5C", "iOS 17", "eBay 2" (a lower-case letter, then a capital).
    // Only a model number: one or two digits, not an amount ("eBay 2 million listings").
    const next = at(doc, last + 1);
    const amount = next?.type === 'word' && continues(doc, last + 1) && doc.t.scales.has(next.lower);
    if (head === i - 1 && head >= floor && word?.type === 'word' && isCamelStart(word.text) && /^\d{1,2}$/u.test(at(doc, i)?.text ?? '') && !amount) {
      return { kind: 'name', first: head, last };
    }
  }
  return undefined;
}

/**
 * What numeral `i` is when it states no amount, or undefined when it may be
 * a quantity (or a year: see isYearNumber). `floor` is the first token not
 * already taken by an earlier finding.
 */
export function classifyNumeral(doc: Doc, i: number, floor: number): Found | undefined {
  const token = at(doc, i);
  if (token === undefined || token.type !== 'num') return undefined;
  const setAside = phoneAt(doc, i, floor) ?? emergencyNumberAt(doc, i, floor) ?? footnoteAt(doc, i, floor) ?? sectionNumberAt(doc, i) ?? listNumberAt(doc, i) ?? quotedNumeralAt(doc, i) ?? formatNameAt(doc, i);
  if (setAside) return setAside;
  const name = nameAt(doc, i, floor);
  if (name) return name;
  const date = numericDate(doc, i) ?? dateAfterMonth(doc, i, floor) ?? dateBeforeMonth(doc, i);
  if (date) return date;
  const paired = fiscalYearAt(doc, i) ?? scoreAt(doc, i, floor);
  if (paired) return paired;
  const time = timeAt(doc, i);
  if (time) return time;
  const suffix = at(doc, i + 1);
  if (suffix?.type === 'word' && suffix.joined) {
    if (ORDINAL_SUFFIXES.has(suffix.lower) && digitsOnly(token.text)) return { kind: 'ordinal', first: i, last: i + 1 };
    // "the 1990s", "the '90s".
    if (suffix.lower === 's' && /^(?:\d\d)?\d0$/u.test(token.text)) return { kind: 'year', first: i, last: i + 1 };
  }
  return undefined;
}
