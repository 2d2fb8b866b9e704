/**
 * @file The quantity grammar of contract §4 over one string:
 *   quantity := [hedge] ["between"] amount [range-sep amount]
 * with hedges matched longest-first from the rules' table.
 *
 * Pure: no I/O. Throws QuantitySyntaxError (caught by the public functions).
 */
import type { HedgeRule, Quantity } from '../types.js';
import type { RawAmount } from './amount.js';
import { buildQuantity, readAmount } from './amount.js';
import { didYouMean, NUMBER_EXAMPLES, QuantitySyntaxError } from './errors.js';
import { Scanner } from './scanner.js';
import type { Tables } from './tables.js';

/** Range separators other than "and" (which only follows "between"). Dashes need no spaces. */
const DASHES = ['–', '—', '‒', '-'];

/** Reads a range separator; returns how it was written. */
function readSeparator(s: Scanner): string | undefined {
  if (s.matchPhrase('to')) return 'to';
  for (const dash of DASHES) if (s.matchLiteral(dash)) return dash;
  return undefined;
}

/** "… but found "x"", or "" at the end of the text. */
function found(s: Scanner): string {
  const rest = s.rest();
  return rest === '' ? ', but the text ends there' : `, but found "${rest}"`;
}

/** The reason given when no number starts where one must, with a "did you mean" for a misspelt hedge or word. */
function expectedNumber(s: Scanner, t: Tables, after: string | undefined): QuantitySyntaxError {
  const where = after === undefined ? '' : ` after "${after}"`;
  let hint = '';
  const word = /^[\p{L}]+/u.exec(s.rest())?.[0];
  if (after === undefined && word !== undefined) {
    const close = didYouMean(word.toLowerCase(), [...t.hedgePhrases, ...t.wordPhrases]);
    if (close !== undefined && close !== word.toLowerCase()) hint = ` (did you mean "${close}"?)`;
  }
  s.skipSpace();
  return new QuantitySyntaxError(`expected ${NUMBER_EXAMPLES}${where}${found(s)}${hint}`, s.pos);
}

/** Reads the whole text as one quantity: [hedge] ["between"] amount [separator amount]. */
export function readQuantity(text: string, t: Tables): Quantity {
  const s = new Scanner(text);
  const phrase = s.matchLongest(t.hedgePhrases);
  const hedge: HedgeRule | undefined = phrase === undefined ? undefined : t.hedges.get(phrase);
  const between = s.matchPhrase('between');

  const low = readAmount(s, t, !between);
  if (!low) throw expectedNumber(s, t, between ? (phrase ? `${phrase} between` : 'between') : phrase);

  let high: RawAmount | undefined;
  if (between) {
    if (!s.matchPhrase('and')) {
      s.skipSpace();
      throw new QuantitySyntaxError(`expected "and" and a second number after "${s.since(0)}"${found(s)}`, s.pos);
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

  if (!s.atEnd()) {
    const reading = s.since(0);
    const what = high
      ? 'nothing more after the range'
      : `a unit, a range such as "${low.text} to …", or nothing more`;
    throw new QuantitySyntaxError(`expected ${what} after "${reading}"${found(s)}`, s.pos);
  }
  return buildQuantity(text.trim(), hedge, low, high, t);
}

/** Reads the whole text as one amount (no hedge, no range): the ends of the structured form. */
export function readSingleAmount(text: string, t: Tables): RawAmount {
  const s = new Scanner(text);
  const amount = readAmount(s, t, true);
  if (!amount) throw expectedNumber(s, t, undefined);
  if (!s.atEnd()) throw new QuantitySyntaxError(`expected a unit or nothing more after "${s.since(0)}"${found(s)}`, s.pos);
  return amount;
}
