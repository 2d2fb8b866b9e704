/**
 * @file The quantity grammar of contract §4 over one string:
 *   quantity := [hedge] ["between"] amount [range-sep amount]
 * with hedges matched longest-first from the rules' table.
 *
 * Pure: no I/O. Throws QuantitySyntaxError (caught by the public functions).
 */
import type { Amount, ChangeDirection, HedgeRule, HedgeSide, MessageValue, PhraseRef, Quantity } from '../types.js';
import type { RawAmount } from './amount.js';
import { buildQuantity, readAmount } from './amount.js';
import { didYouMean, quoted, QuantitySyntaxError, syntaxError } from './errors.js';
import { Scanner } from './scanner.js';
import { tidy } from './precision.js';
import { sharedMath } from '../mathjs/index.js';
import { readUnitPhrase } from './unitPhrase.js';
import { HEDGES_AFTER } from '../text/hedge-after.js';
import type { Tables } from './tables.js';
import { phrase as phraseRef } from '../findings/interpolate.js';
import { hasLetter, isAsciiSpace, letterRunEnd } from '../text/letters.js';

/** Change words that compare rather than name a change: after a multiplier they are ambiguous ("10 times more"). */
const COMPARATIVES = new Set(['more', 'less', 'fewer', 'extra', 'additional']);

/** Range separators other than "and" (which only follows "between"). Dashes need no spaces. */
const DASHES = ['–', '—', '‒', '-'];

/** Reads a range separator; returns how it was written. "3 or 4 per cent" is a range when a numeral follows "or" ("80 per cent or more" is a hedge). */
function readSeparator(s: Scanner): string | undefined {
  if (s.matchPhrase('to')) return 'to';
  if (s.attempt(() => (s.matchPhrase('or') && /\d/u.test(s.peek() ?? '') ? true : undefined))) return 'or';
  for (const dash of DASHES) if (s.matchLiteral(dash)) return dash;
  return undefined;
}

/** "… but found "x"", or "" at the end of the text. */
function found(s: Scanner): PhraseRef {
  const rest = s.rest();
  return rest === '' ? phraseRef('q-found-end') : phraseRef('q-found', { text: quoted(rest) });
}

/**
 * The letters that start the rest of the text, after white space, as
 * `/^[\p{L}]+/u` finds them in `s.rest()`; ASCII text is read from the
 * characters' codes (src/text/letters.ts).
 */
function leadingWord(s: Scanner): string | undefined {
  const { text } = s;
  let i = s.pos;
  while (i < text.length && isAsciiSpace(text.charCodeAt(i))) i += 1;
  const end = letterRunEnd(text, i);
  if (end < 0) return /^[\p{L}]+/u.exec(s.rest())?.[0];
  return end > i ? text.slice(i, end) : undefined;
}

/** Whether a failed reading works out the hints of its reason (off inside {@link withoutHints}). */
let hinting = true;

/**
 * Runs `read` with no hints worked out for a failure, for a caller that only
 * asks whether a text reads and drops the reason (the prose reader tries
 * several phrasings of each number in an article): the "did you mean" of a
 * word before the number compares it with every hedge and number word of
 * the rules. A failure's reason then says only that a number was expected;
 * ask again outside when the reason is shown. A quantity read is the same
 * either way.
 */
export function withoutHints<T>(read: () => T): T {
  const before = hinting;
  hinting = false;
  try {
    return read();
  } finally {
    hinting = before;
  }
}

/** The reason given when no number starts where one must, with a "did you mean" for a misspelt hedge or word. */
function expectedNumber(s: Scanner, t: Tables, after: string | undefined): QuantitySyntaxError {
  const where = after === undefined ? '' : phraseRef('q-after', { text: quoted(after) });
  if (!hinting) return syntaxError('q-expected-number', { after: where, found: '', suggestion: '' }, s.pos);
  const vague = s.attempt(() => {
    s.skipSpace();
    const start = s.pos;
    const word = s.matchLongest([...t.vagueWords.keys()].sort((a, b) => b.length - a.length));
    return word === undefined ? undefined : { word: s.since(start), instead: t.vagueWords.get(word) as string };
  });
  if (vague !== undefined) {
    return syntaxError('q-vague', { word: quoted(vague.word), instead: vague.instead }, s.pos);
  }
  let hint: MessageValue = '';
  const word = leadingWord(s);
  if (after === undefined && word !== undefined) {
    const close = didYouMean(word.toLowerCase(), [...t.hedgePhrases, ...t.wordPhrases].filter((p) => hasLetter(p)));
    if (close !== undefined && close !== word.toLowerCase()) hint = phraseRef('did-you-mean-word', { name: close });
  }
  s.skipSpace();
  return syntaxError('q-expected-number', { after: where, found: found(s), suggestion: hint }, s.pos);
}

/**
 * Reads the whole text as one quantity:
 *   [hedge] [change] [hedge] ["a"] ["between"] amount [separator amount] [change-noun]
 * where a change is "up", "rose by"… before the number or "rise", "fall"…
 * after it ("up 17%", "rose by more than 5%", "a 5% fall").
 */
export function readQuantity(text: string, t: Tables): Quantity {
  const s = new Scanner(text);
  // "just 13p", "only about 10": emphasis says nothing of the size and is set aside ("just under" stays a hedge).
  let phrase = s.matchLongest(t.hedgePhrases);
  if (phrase === undefined && s.matchLongest(t.emphasisPhrases) !== undefined) phrase = s.matchLongest(t.hedgePhrases);
  const changeWord = s.matchLongest(t.changeBeforePhrases);
  let change: ChangeDirection | undefined = changeWord === undefined ? undefined : t.changesBefore.get(changeWord);
  if (phrase === undefined && change !== undefined) phrase = s.matchLongest(t.hedgePhrases);
  let hedge: HedgeRule | undefined = phrase === undefined ? undefined : t.hedges.get(phrase);
  // "a 17% rise", "a £5m cut": the article before a numeral.
  // A space must follow it: "A$5bn" is Australian dollars, not "a $5bn".
  const article = s.attempt(() => ((s.matchPhrase('a') || s.matchPhrase('an')) && /\s/u.test(s.text[s.pos] ?? '') && /[\d.$£€¥]/u.test(s.peek() ?? '') ? true : undefined));
  // "a threefold increase", "a fourfold rise": a multiplier (new ÷ old), not a change.
  const afterArticle = article ? undefined : s.attempt(() => {
    if (!s.matchPhrase('a') && !s.matchPhrase('an')) return undefined;
    const after = s.pos;
    return s.matchLongest(t.multiplierPhrases) !== undefined ? after : undefined;
  });
  const multiplierArticle = afterArticle !== undefined;
  if (afterArticle !== undefined) s.pos = afterArticle;
  const between = s.matchPhrase('between');

  const low = article ? readAfterArticle(s, t) : readAmount(s, t, !between);
  if (!low) throw expectedNumber(s, t, between ? (phrase ? `${phrase} between` : 'between') : phrase);

  // "1 hour 20 minutes", "2 years and 3 months": one duration, in the smaller unit.
  const compound = between || article ? undefined : readCompoundDuration(s, t, low);

  let high: RawAmount | undefined;
  if (compound) {
    // Nothing more: a compound duration is never a range ("1 hour 20 to 30 minutes" stops at the error below).
  } else if (between) {
    if (!s.matchPhrase('and')) {
      s.skipSpace();
      throw syntaxError('q-expected-and', { text: quoted(s.since(0)), found: found(s) }, s.pos);
    }
    high = readAmount(s, t, true);
    if (!high) throw expectedNumber(s, t, 'and');
  } else {
    const separator = readSeparator(s);
    if (separator !== undefined) {
      high = readAmount(s, t, true);
      if (!high) throw expectedNumber(s, t, separator);
    }
  }

  // "40% of voters", "a third of the budget": what the share is of is words, not a unit.
  if (!high && (low.percent !== undefined || low.ratio !== undefined || low.number.kind === 'word') && low.units.length === 0) {
    s.attempt(() => (s.matchPhrase('of') && s.matchRegExp(/(?:[\p{L}][\p{L}'-]*\s*){1,4}$/uy) ? true : undefined));
  }
  const beforeNoun = s.pos;
  let noun = s.matchLongest(t.changeAfterPhrases);
  // "10 times more" could mean 10 or 11 times: left unread, so the message below asks for "as many".
  if (noun !== undefined && !high && low.ratio !== undefined && !multiplierArticle && COMPARATIVES.has(noun)) {
    s.pos = beforeNoun;
    noun = undefined;
  }
  // "a 4x increase", "a 2.5-fold rise" are multipliers (new ÷ old), as "a threefold increase" is.
  if (noun !== undefined && (multiplierArticle || (!high && low.ratio !== undefined))) {
    if (t.changesAfter.get(noun) === 'decrease') {
      throw syntaxError('q-multiplier-fall', { noun: quoted(noun) }, s.pos);
    }
  } else if (noun !== undefined) {
    if (change !== undefined) {
      throw syntaxError('q-two-changes', { first: quoted(changeWord ?? ''), second: quoted(noun) }, s.pos);
    }
    change = t.changesAfter.get(noun);
    // "400 more people", "£135 more each year": the unit may follow the change word.
    if (low.units.length === 0 && (high === undefined || high.units.length === 0)) {
      const after = readUnitPhrase(s, t);
      low.units.push(...after);
      high?.units.push(...after);
    }
  } else if (article && low.ratio === undefined) {
    s.skipSpace();
    throw syntaxError('q-expected-change', { text: quoted(s.since(0)), found: found(s) }, s.pos);
  }

  // "80 per cent or more", "5 tonnes or less": a hedge written after the amount (never with one before it, or a range).
  if (hedge === undefined && !high && !s.atEnd()) {
    const after = s.attempt(() => {
      s.skipSpace();
      const m = s.matchRegExp(/(or|and)\s+([\p{L}]+)\s*$/iuy);
      return m === undefined ? undefined : HEDGES_AFTER.get(`${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()}`);
    });
    if (after !== undefined) hedge = t.hedges.get(after);
  }
  if (!s.atEnd()) {
    const reading = s.since(0);
    if (!high && low.ratio !== undefined && low.units.length === 0) {
      // "10 times more": a multiplier with a comparison that could mean 10 or 11 times.
      throw syntaxError('q-comparative', { text: quoted(reading), found: found(s), number: low.text }, s.pos);
    }
    throw syntaxError(high ? 'q-after-range' : 'q-after-amount', { text: quoted(reading), found: found(s), number: low.text }, s.pos);
  }
  if (change !== undefined && (low.negative || high?.negative)) {
    throw syntaxError('q-sign', { word: quoted(changeWord ?? noun ?? '') }, low.start);
  }
  const quantity = compound ? compoundQuantity(text.trim(), hedge, compound, t) : buildQuantity(text.trim(), hedge, low, high, t);
  return change === undefined ? quantity : signedChange(quantity, change);
}

/** A duration written in two units ("1 hour 20 minutes"): the larger part in whole units, and the smaller part. */
interface CompoundDuration {
  /** The larger part in the smaller unit (1 hour → 60 minutes). */
  offset: number;
  small: RawAmount;
}

/** How many seconds one `term` is ("hours": 3600), when mathjs reads it as a time; undefined otherwise. */
export function secondsIn(term: string): number | undefined {
  try {
    const unit = sharedMath().unit(1, term);
    return unit.equalBase(sharedMath().unit(1, 's')) ? unit.toNumber('s') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads the smaller part of a duration written in two units after `big`
 * ("1 hour" then "20 minutes", "and 20 minutes"): both plain numerals, each
 * with one time unit, the first a whole number of a larger unit. Leaves the
 * scanner where it was when none follows.
 */
function readCompoundDuration(s: Scanner, t: Tables, big: RawAmount): CompoundDuration | undefined {
  const bigTerm = big.units.length === 1 && big.units[0]!.op === '*' ? big.units[0]!.term : undefined;
  if (bigTerm === undefined || big.currency !== undefined || big.percent !== undefined || big.ratio !== undefined || big.scale !== undefined) return undefined;
  // A whole number of the larger unit, in digits or a small cardinal word ("three hours and 53 minutes").
  const n = big.number;
  const whole = n.kind === 'numeral' ? (n.digits.fraction === '' && n.digits.exponent === 0 ? n.value : undefined) : n.digitLike && n.scale === undefined && Number.isInteger(n.value) ? n.value : undefined;
  if (whole === undefined || big.negative) return undefined;
  return s.attempt(() => {
    s.matchPhrase('and');
    if (!/\d/u.test(s.peek() ?? '')) return undefined;
    let small: RawAmount | undefined;
    try {
      small = readAmount(s, t, false);
    } catch {
      return undefined;
    }
    const smallTerm = small && small.units.length === 1 && small.units[0]!.op === '*' ? small.units[0]!.term : undefined;
    if (!small || smallTerm === undefined || small.currency !== undefined || small.percent !== undefined || small.ratio !== undefined || small.scale !== undefined || small.negative) return undefined;
    const bigSeconds = secondsIn(bigTerm);
    const smallSeconds = secondsIn(smallTerm);
    if (bigSeconds === undefined || smallSeconds === undefined || bigSeconds <= smallSeconds) return undefined;
    return { offset: (whole * bigSeconds) / smallSeconds, small };
  });
}

/** The quantity of a compound duration: the smaller part's, moved up by the larger part (its precision too: "1 hour 20 minutes" admits [79.5, 80.5) minutes). */
function compoundQuantity(text: string, hedge: HedgeRule | undefined, compound: CompoundDuration, t: Tables): Quantity {
  const part = buildQuantity(text, hedge, compound.small, undefined, t);
  const { low } = part;
  const shift = (n: number): number => tidy(n + compound.offset);
  const precision = { ...low.precision, low: shift(low.precision.low), high: shift(low.precision.high) };
  return { ...part, low: { ...low, value: shift(low.value), text, precision } };
}

/**
 * After "a"/"an" before a numeral only a change may follow the amount ("a 17%
 * rise", "a £5m cut") unless the amount is a ratio ("a 3:1 ratio", "a 1 in 5
 * chance"): anything else is refused with that example.
 */
function readAfterArticle(s: Scanner, t: Tables): RawAmount | undefined {
  const start = s.pos;
  let amount: RawAmount | undefined;
  try {
    amount = readAmount(s, t, true);
  } catch (error) {
    if (!(error instanceof QuantitySyntaxError)) throw error;
  }
  const save = s.pos;
  const follows = amount === undefined ? undefined : (s.matchLongest(t.changeAfterPhrases) ?? readSeparator(s));
  s.pos = save;
  // "a 3:1 ratio", "a 1 in 5 chance": a ratio needs no change after it.
  if (amount === undefined || (follows === undefined && amount.ratio === undefined)) {
    s.pos = start;
    const numberOnly = /^[^\s\p{L}]*[\d.,]+[\p{L}%]*/u.exec(s.text.slice(start).trimStart())?.[0] ?? '';
    s.skipSpace();
    s.pos += numberOnly.length;
    throw syntaxError('q-expected-change', { text: quoted(s.since(0)), found: found(s) }, s.pos);
  }
  return amount;
}

/** The amount turned the other way: −x, with its precision mirrored. */
function negated(a: Amount): Amount {
  const p = a.precision;
  return { ...a, value: -a.value, precision: { low: -p.high, high: -p.low, lowOpen: p.highOpen, highOpen: p.lowOpen } };
}

/** Which side a hedge bounds once the number is negated ("a fall of more than 5%" is below −5%). */
const MIRRORED: Record<HedgeSide, HedgeSide> = {
  below: 'above',
  above: 'below',
  'at-least': 'at-most',
  'at-most': 'at-least',
  'just-below': 'just-above',
  'just-above': 'just-below',
  around: 'around',
};

/**
 * A change as a signed quantity: a decrease is negative ("down 5%" is −5%),
 * a range keeps its order, and a hedge keeps its meaning for the size of the
 * change ("down almost 5%" admits [−5%, −4.5%]).
 */
function signedChange(q: Quantity, change: ChangeDirection): Quantity {
  if (change === 'increase') return { ...q, change };
  const { high, hedge, ...rest } = q;
  const mirrored: Quantity = high === undefined ? { ...rest, low: negated(q.low), change } : { ...rest, low: negated(high), high: negated(q.low), change };
  if (hedge) mirrored.hedge = { ...hedge, side: MIRRORED[hedge.side] };
  return mirrored;
}

/** Reads the whole text as one amount (no hedge, no range): the ends of the structured form. */
export function readSingleAmount(text: string, t: Tables): RawAmount {
  const s = new Scanner(text);
  const amount = readAmount(s, t, true);
  if (!amount) throw expectedNumber(s, t, undefined);
  if (!s.atEnd()) throw syntaxError('q-unit-or-end', { text: quoted(s.since(0)), found: found(s) }, s.pos);
  return amount;
}
