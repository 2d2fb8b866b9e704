/**
 * @file The `amount` of the grammar — [sign] [currency] number [scale] [unit] —
 * read into a RawAmount, and the step that turns one or two raw amounts into
 * a Quantity: a currency, scale, percent or unit written once in a range
 * applies to both ends; values and precision are worked out last.
 *
 * Pure: no I/O. Throws QuantitySyntaxError for text that breaks the grammar.
 */
import type { Amount, HedgeRule, MessageValue, Quantity } from '../types.js';
import { quoted, syntaxError } from './errors.js';
import { phrase } from '../findings/interpolate.js';
import { isAsciiSpace, letterRunEnd } from '../text/letters.js';
import type { NumberToken } from './numbers.js';
import { readNumber } from './numbers.js';
import { digitsValue, roundingInterval, roundingStep, tidy, wordInterval } from './precision.js';
import type { Scanner } from './scanner.js';
import { isWordChar } from './scanner.js';
import type { Tables } from './tables.js';
import { normalisePhrase } from './tables.js';
import type { PercentKind, UnitFactor } from './unitPhrase.js';
import { readPercent, readPercentPhrase, readUnitPhrase, renderUnit } from './unitPhrase.js';

/** One amount as written, before range sharing and arithmetic. */
export interface RawAmount {
  /** Offset of its first character in the text. */
  start: number;
  /** The amount as written ("$5", "6 billion", "27%"). */
  text: string;
  negative: boolean;
  /** Canonical currency unit written before the number ("USD"). */
  currency?: string;
  number: NumberToken;
  /** The scale written after a numeral ("billion" → 1e9). */
  scale?: number;
  percent?: PercentKind;
  /** How many of the percent unit make one: 100, or 10,000 for basis points ("25 basis points" is 0.0025). */
  per?: number;
  units: UnitFactor[];
  /**
   * A ratio or multiplier read as one number: "one in five" (0.2), "3:1" (3),
   * "four times" (4), "twice" (2). Judged with the word tolerance (spec
   * news-language §3).
   */
  ratio?: number;
}

const MINUS = ['-', '\u2212'];
const CODE = /([\p{L}]+)(?![\p{L}])/uy;

function readSign(s: Scanner): boolean {
  // Most amounts start with a digit or a currency sign: no sign, and nothing to try (white space is skipped as the tries below skip it).
  s.skipSpace();
  const head = s.text.charCodeAt(s.pos);
  if (head !== 0x2d && head !== 0x2212 && head !== 0x2b && (head | 32) !== 0x6d) return false;
  for (const sign of MINUS) if (s.matchLiteral(sign)) return true;
  // "minus 5C": a number follows.
  if (s.attempt(() => (s.matchPhrase('minus') && /[\d.]/u.test(s.peek() ?? '') ? true : undefined))) return true;
  s.matchLiteral('+');
  return false;
}

/**
 * {@link CODE} at the scanner, after white space: the run of letters there,
 * consumed. Where the text is ASCII the run is found from the characters'
 * codes, without compiling the pattern's Unicode classes (src/text/letters.ts).
 */
function matchLetters(s: Scanner): string | undefined {
  s.skipSpace();
  const end = letterRunEnd(s.text, s.pos);
  if (end < 0) return s.matchRegExp(CODE)?.[1];
  if (end === s.pos) return undefined;
  const word = s.text.slice(s.pos, end);
  s.pos = end;
  return word;
}

/** A currency sign or code written before the number ("$", "£", "USD 5"). */
function readCurrency(s: Scanner, t: Tables): string | undefined {
  // The character after any white space: a prefix that starts otherwise cannot match, and a code needs a letter.
  const save = s.pos;
  s.skipSpace();
  const head = s.text.charCodeAt(s.pos);
  s.pos = save;
  for (const prefix of t.currencyPrefixes) {
    if (prefix.length > 0 && prefix.charCodeAt(0) !== head) continue;
    const found = s.attempt(() => {
      if (!s.matchLiteral(prefix)) return undefined;
      // An alphabetic code must not run into a following word ("USDA").
      if (isWordChar(prefix[prefix.length - 1]) && /\p{L}/u.test(s.text[s.pos] ?? '')) return undefined;
      return t.currencies.get(prefix);
    });
    if (found !== undefined) return found;
  }
  // A currency code before the number: a declared currency ("GBP 5", "usd 5") or any three capitals ("EUR 5").
  if (head >= 48 && head <= 57) return undefined;
  return s.attempt(() => {
    const word = matchLetters(s);
    if (word === undefined) return undefined;
    const viaWords = t.unitWords.get(word.toLowerCase());
    let code: string | undefined;
    if (t.currencyNames.has(word)) code = word;
    else if (viaWords !== undefined && t.currencyNames.has(viaWords)) code = viaWords;
    else if (/^[A-Z]{3}$/u.test(word)) code = word;
    if (code === undefined) return undefined;
    // Only a currency when a number follows.
    const next = s.peek();
    return next !== undefined && /[\d.\-\u2212]/u.test(next) ? code : undefined;
  });
}

/**
 * Reads the scale after a numeral. A scale word that is also a unit name
 * ("m" for metres) is a scale only after a currency ("$5m") or when a unit
 * word follows ("5m soldiers"); otherwise it is left to be read as the unit.
 */
function readScale(s: Scanner, t: Tables, hasCurrency: boolean): number | undefined {
  let scale: number | undefined;
  for (;;) {
    const next = s.attempt(() => {
      // Hyphened onto the number ("$1.2-billion", "C$850-million": Canadian press style); a word only, never "5-m".
      const hyphened = scale === undefined && s.text[s.pos] === '-' && /\p{L}/u.test(s.text[s.pos + 1] ?? '');
      if (hyphened) s.pos += 1;
      // Glued to the number ("2m", "£1.2bn"): news usage, spec news-language §2.
      const glued = scale === undefined && !/\s/u.test(s.text[s.pos] ?? ' ');
      const phrase = s.matchLongest(t.scalePhrases);
      if (phrase === undefined) return undefined;
      const value = t.scales.get(phrase) as number;
      if (hyphened && t.ambiguousScales.has(phrase)) return undefined;
      if (scale !== undefined && (value <= scale || t.ambiguousScales.has(phrase))) return undefined;
      if (t.ambiguousScales.has(phrase) && glued) {
        // A glued "m" is million, except before a word a length takes ("100m sprint", "30m-high").
        return lengthWordFollows(s, t) ? undefined : value;
      }
      if (t.ambiguousScales.has(phrase) && !hasCurrency) {
        const save = s.pos;
        const unitFollows = s.attempt(() => {
          if (readPercent(s) !== undefined) return undefined;
          try {
            const f = readUnitPhrase(s, t);
            return f[0]?.op === '*' ? true : undefined;
          } catch {
            return undefined; // a malformed unit is reported when it is read for real
          }
        });
        s.pos = save;
        if (!unitFollows) return undefined;
      }
      return value;
    });
    if (next === undefined) return scale;
    scale = scale === undefined ? next : scale * next;
  }
}

/** True when a word a length takes comes next, maybe after a hyphen ("sprint", "-high"). Consumes nothing. */
function lengthWordFollows(s: Scanner, t: Tables): boolean {
  const word = wordAfterHyphen(s.text.slice(s.pos, s.pos + 40));
  return word !== undefined && t.lengthWords.has(word.toLowerCase());
}

/**
 * The letters of `/^-?\s*([\p{L}]+)/u` in `text`; an ASCII text is read from
 * the characters' codes (src/text/letters.ts).
 */
function wordAfterHyphen(text: string): string | undefined {
  let i = text.charCodeAt(0) === 0x2d ? 1 : 0;
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i += 1;
  const end = letterRunEnd(text, i);
  if (end < 0) return /^-?\s*([\p{L}]+)/u.exec(text)?.[1];
  return end > i ? text.slice(i, end) : undefined;
}

/**
 * After a number: "in five", "out of 10", "in every three", "out of the 10" (a ratio: one in
 * five is 0.2), or ":1" ("3:1" is 3). Returns the denominator.
 */
function readRatioTail(s: Scanner, t: Tables): number | undefined {
  return s.attempt(() => {
    if (s.matchLiteral(':')) {
      const d = readNumber(s, t, false);
      return d !== undefined && d.value > 0 ? d.value : undefined;
    }
    if (!s.matchPhrase('in') && !s.matchPhrase('out of')) return undefined;
    // "six out of every 10", "seven out of the 10 countries".
    if (!s.matchPhrase('every')) s.matchPhrase('the');
    const d = readNumber(s, t, false);
    return d !== undefined && d.value > 0 ? d.value : undefined;
  });
}

/**
 * After a number: "times", "-fold", "x" ("four times", "4-fold", "4x"),
 * then optionally "as many", "as likely"…, and after a multiplier word
 * ("twice") the same "as …" tail. Returns whether a multiplier was read.
 */
function readTimesTail(s: Scanner, t: Tables, multiplierWord: boolean): boolean {
  let read = multiplierWord;
  if (!read) {
    read = s.attempt(() => {
      s.matchLiteral('-');
      return s.matchLongest(t.timesPhrases) !== undefined ? true : undefined;
    }) ?? false;
  }
  if (read) {
    // "as many", "as likely", "as much as" (the comparison's words say nothing about the number).
    s.attempt(() => (s.matchPhrase('as') && s.matchRegExp(/[\p{L}]+/uy) ? true : undefined));
    s.matchPhrase('as');
  }
  return read;
}

/** ":00:35" after whole hours: two groups of two digits below 60, nothing run on after them. */
const ELAPSED_TAIL = /:([0-5]\d):([0-5]\d)(?![\d:])/uy;

/**
 * After a whole number of hours, ":MM:SS" ("2:00:35", "less than 2:01:00"):
 * an elapsed time, the hours, minutes and seconds as seconds (7,235),
 * judged like the digits of its last place: 2:00:35 admits [7,234.5,
 * 7,235.5) seconds. Only three parts: "2:01" may be a clock time or a
 * ratio ("3:1"). Consumes nothing when none follows.
 */
function readElapsedTail(s: Scanner, number: NumberToken): (NumberToken & { kind: 'word' }) | undefined {
  if (number.kind !== 'numeral' || number.digits.fraction !== '' || number.digits.exponent !== 0 || !/^\d{1,3}$/u.test(number.digits.whole)) return undefined;
  if (s.text.charCodeAt(s.pos) !== 0x3a) return undefined;
  ELAPSED_TAIL.lastIndex = s.pos;
  const m = ELAPSED_TAIL.exec(s.text);
  if (!m) return undefined;
  s.pos += m[0].length;
  return { kind: 'word', value: number.value * 3600 + Number(m[1]) * 60 + Number(m[2]), digitLike: true, step: 1 };
}

/** Reads an amount, or returns undefined when no number starts here. */
export function readAmount(s: Scanner, t: Tables, allowAnd: boolean): RawAmount | undefined {
  s.skipSpace();
  const start = s.pos;
  let negative = readSign(s);
  let currency = readCurrency(s, t);
  if (!negative && currency !== undefined) negative = readSign(s);
  const number = readNumber(s, t, allowAnd);
  if (number === undefined) {
    s.pos = start;
    return undefined;
  }
  // "2:00:35": a race or elapsed time in hours, minutes and seconds is a number of seconds.
  const elapsed = currency === undefined && !negative ? readElapsedTail(s, number) : undefined;
  if (elapsed !== undefined) return { start, text: s.since(start), negative, number: elapsed, units: [{ op: '*', term: 'seconds' }] };
  const multiplierWord = number.kind === 'word' && number.multiplier === true;
  if (currency === undefined && !negative) {
    // Ratios and multipliers are plain numbers: "one in five", "3:1", "four times", "twice as likely".
    const denominator = multiplierWord ? undefined : readRatioTail(s, t);
    if (denominator !== undefined) {
      // "1 in 3 adults", "eight in 10 voters": the word after says who is counted.
      s.attempt(() => (!/^(?:to|and|of)$/iu.test(s.rest().split(/\s+/u)[0] ?? '') && s.matchRegExp(/[\p{L}][\p{L}'-]*(?=\s|$)/uy) ? true : undefined));
      return { start, text: s.since(start), negative, number, units: [], ratio: tidy(number.value / denominator) };
    }
    const save = s.pos;
    const scaleBeforeTimes = number.kind === 'word' ? undefined : readScale(s, t, false);
    if (readTimesTail(s, t, multiplierWord)) {
      // "twice a year", "three times per week": a multiplier may be a rate.
      const beforeRate = s.pos;
      let rate = readUnitPhrase(s, t);
      if (rate[0]?.op !== '/') {
        s.pos = beforeRate;
        rate = [];
      }
      return { start, text: s.since(start), negative, number, units: rate, ratio: tidy(number.value * (scaleBeforeTimes ?? 1)) };
    }
    s.pos = save;
    // "half as much", "a third as likely": a fraction word with a comparison is a multiplier too.
    if (number.kind === 'word' && number.scale === undefined && s.attempt(() => (s.matchPhrase('as') && s.matchRegExp(/[\p{L}]+(?=\s|$)/uy) ? true : undefined))) {
      return { start, text: s.since(start), negative, number, units: [], ratio: tidy(number.value) };
    }
  }
  const scale = number.kind === 'word' && number.scale !== undefined ? undefined : readScale(s, t, currency !== undefined);
  // "$89.53 U.S. a barrel", "$40 Cdn": the word after says which currency the shared sign is.
  if (currency !== undefined) {
    const named = s.attempt(() => {
      const word = s.matchLongest(t.currencyAfterPhrases);
      return word === undefined ? undefined : t.currencyAfter.get(normalisePhrase(word));
    });
    if (named !== undefined) currency = named;
  }
  const percentPhrase = readPercentPhrase(s);
  const percent = percentPhrase?.kind;
  if (percent !== undefined && currency !== undefined) {
    throw syntaxError('q-currency-and-percent', { text: quoted(s.since(start)) }, start);
  }
  // "a 17% rise", "a £5m cut": the change word is not a unit.
  const beforeUnits = s.pos;
  const changeNoun = s.matchLongest(t.changeAfterPhrases) !== undefined;
  s.pos = beforeUnits;
  const units = changeNoun ? [] : readUnitPhrase(s, t);
  // "£1 billion sterling", "$5 dollars": the currency's own word after its sign says it again, it does not multiply it.
  if (currency !== undefined && units[0]?.op === '*' && units[0].term === currency) units.shift();
  // "a 100m sprint", "a 30m-high wall": the length word says what the metres measure.
  if (units.length > 0 && lengthWordFollows(s, t)) s.matchRegExp(/-?\s*[\p{L}]+/uy);
  // "$84 each" is per person (spec news-language §4).
  if (s.matchPhrase('each')) units.push({ op: '/', term: t.unitWords.get('person') ?? 'person' });
  if (percent !== undefined && units[0]?.op === '*') {
    throw syntaxError('q-after-percent', { text: quoted(s.since(start)) }, start);
  }
  const raw: RawAmount = { start, text: s.since(start), negative, number, units };
  if (currency !== undefined) raw.currency = currency;
  if (scale !== undefined) raw.scale = scale;
  if (percent !== undefined) raw.percent = percent;
  if (percentPhrase !== undefined && percentPhrase.per !== 100) raw.per = percentPhrase.per;
  return raw;
}

/** The scale that written words ended with ("eleven thousand"), or the scale word after a numeral. */
function ownScale(raw: RawAmount): number | undefined {
  return raw.number.kind === 'word' ? raw.number.scale : raw.scale;
}

/** Works out an amount's value and precision, with a scale borrowed from the other end of a range. */
function finishAmount(raw: RawAmount, borrowedScale: number, percent: PercentKind | undefined, t: Tables): Amount {
  const factor = (raw.scale ?? 1) * borrowedScale;
  const sign = raw.negative ? -1 : 1;
  const perCent = percent === undefined ? 1 : (raw.per ?? 100);
  const n = raw.number;
  if (raw.ratio !== undefined) {
    const value = tidy(sign * raw.ratio);
    return { value, text: raw.text, precision: wordInterval(value, t.wordTolerance), isWord: true };
  }
  if (n.kind === 'word' && n.digitLike) {
    // "eight" is judged like "8": [7.5, 8.5).
    const value = tidy((sign * n.value * factor) / perCent);
    return { value, text: raw.text, precision: roundingInterval(value, ((n.step ?? 1) * factor) / perCent), isWord: false };
  }
  if (n.kind === 'numeral') {
    const value = tidy((sign * digitsValue(n.digits) * factor) / perCent);
    const step = (roundingStep(n.digits, t.significantFigures) * factor) / perCent;
    return { value, text: raw.text, precision: roundingInterval(value, step), isWord: false };
  }
  const value = factor === 1 && perCent === 1 ? sign * n.value : tidy((sign * n.value * factor) / perCent);
  return { value, text: raw.text, precision: wordInterval(value, t.wordTolerance), isWord: true };
}

/** The value of an end before any borrowed scale, for ordering checks. */
function rough(raw: RawAmount): number {
  if (raw.ratio !== undefined) return raw.ratio;
  const n = raw.number;
  const base = n.kind === 'numeral' ? digitsValue(n.digits) * (raw.scale ?? 1) : n.value;
  return raw.negative ? -base : base;
}

function unitKey(raw: RawAmount): string {
  return `${raw.percent ?? ''}|${raw.per ?? ''}|${renderUnit(raw.currency, raw.units)}`;
}

function describeUnit(raw: RawAmount): MessageValue {
  if (raw.percent === 'percent') return phrase('unit-percent');
  if (raw.percent === 'points' && raw.per !== undefined) return phrase('unit-basis-points');
  if (raw.percent === 'points') return phrase('unit-points');
  const unit = renderUnit(raw.currency, raw.units);
  return unit === '' ? phrase('unit-none') : unit;
}

/**
 * Builds the Quantity from one amount or the two ends of a range, sharing a
 * currency, scale, percent or unit written at one end only.
 */
export function buildQuantity(text: string, hedge: HedgeRule | undefined, low: RawAmount, high: RawAmount | undefined, t: Tables): Quantity {
  if (high) {
    // "2 to 3 times", "one in four to one in five": a ratio at one end makes both ends ratios.
    if (low.ratio === undefined && high.ratio !== undefined) low.ratio = rough(low);
    if (high.ratio === undefined && low.ratio !== undefined) high.ratio = rough(high);
    // A currency written once applies to both ends.
    if (low.currency === undefined && high.currency !== undefined) low.currency = high.currency;
    if (high.currency === undefined && low.currency !== undefined) high.currency = low.currency;
    // A percent or unit written once applies to both ends.
    const lowBare = low.percent === undefined && low.units.length === 0;
    const highBare = high.percent === undefined && high.units.length === 0;
    if (lowBare && !highBare) {
      if (high.percent !== undefined) low.percent = high.percent;
      if (high.per !== undefined) low.per = high.per;
      low.units = high.units;
    } else if (highBare && !lowBare) {
      // "10 percent to 7.1 million": a percent never carries onto an end with its own scale word (7.1 million
      // percent is no one's meaning); the two are separate numbers, not a range.
      if (low.percent !== undefined && ownScale(high) !== undefined && ownScale(low) === undefined) {
        throw syntaxError('q-range-units', { lowUnit: describeUnit(low), low: quoted(low.text), highUnit: describeUnit(high), high: quoted(high.text) }, high.start);
      }
      if (low.percent !== undefined) high.percent = low.percent;
      if (low.per !== undefined) high.per = low.per;
      high.units = low.units;
    }
    if (unitKey(low) !== unitKey(high)) {
      throw syntaxError('q-range-units', { lowUnit: describeUnit(low), low: quoted(low.text), highUnit: describeUnit(high), high: quoted(high.text) }, high.start);
    }
  }

  // A scale written once applies to both ends, unless that would put the low end above the high end
  // ("5 to 6 billion" is 5e9 to 6e9; "600,000 to 1 million" stays as written).
  let lowBorrow = 1;
  let highBorrow = 1;
  if (high) {
    const lowScale = ownScale(low);
    const highScale = ownScale(high);
    if (lowScale === undefined && highScale !== undefined && rough(low) * highScale <= rough(high)) lowBorrow = highScale;
    if (highScale === undefined && lowScale !== undefined && rough(low) <= rough(high) * lowScale) highBorrow = lowScale;
  }

  const percent = low.percent;
  const lowAmount = finishAmount(low, lowBorrow, percent, t);
  const quantity: Quantity = {
    text,
    low: lowAmount,
    unit: renderUnit(low.currency, low.units),
    display: percent === undefined ? 'plain' : percent,
  };
  if (hedge) quantity.hedge = hedge;
  if (high) {
    const highAmount = finishAmount(high, highBorrow, percent, t);
    if (highAmount.value < lowAmount.value) {
      throw syntaxError('q-range-order', { low: quoted(low.text), high: quoted(high.text) }, low.start);
    }
    quantity.high = highAmount;
  }
  return quantity;
}
