/**
 * @file The quantity stage: turns the writer's words in a claims file's
 * `value` and `stated` ("almost 200 soldiers per square mile", "£2,400 a
 * year", "between 5 and 6 billion", or the structured form) into a Quantity —
 * hedge, one amount or a range with the precision each number admits, and a
 * mathjs unit expression over canonical names (contract §4 and §6 rule 1).
 *
 * Pure: no I/O, never throws for a problem in the user's input (it returns
 * `parse` Problems), and does not check that units exist (src/units does).
 */
import type { Problem, Quantity, QuantitySource, Span } from '../types.js';
import type { QuantityContext } from './context.js';
import { phrase } from '../findings/interpolate.js';
import { readDate } from './date.js';
import { problemFromError, QuantitySyntaxError, quoted } from './errors.js';
import { parseStructured } from './structured.js';
import { tablesFor, type Tables } from './tables.js';
import { readQuantity, withoutHints } from './text.js';

export type { QuantityContext } from './context.js';
export { parseTolerance } from './tolerance.js';
// Building blocks for the prose reader (src/prose), which finds quantities in an article's text.
export { Scanner } from './scanner.js';
export { readNumber, type NumberToken } from './numbers.js';
export { tablesFor, type Tables } from './tables.js';
export { isBuiltInUnit } from './unitPhrase.js';
export { QuantitySyntaxError } from './errors.js';
export { secondsIn } from './text.js';

/**
 * Reads a quantity written in the grammar of contract §4 ("almost 200
 * soldiers per square mile", "10% to 27%", "$5 to 6 billion").
 *
 * @param text The scalar as written (a YAML number arrives as its text).
 * @param span Where the scalar stands; a `parse` problem points there (or at
 *   the offending column when the scalar is plain and on one line).
 */
export function parseQuantityText(text: string, ctx: QuantityContext, span: Span): { quantity?: Quantity; problems: Problem[] } {
  const date = readDate(text);
  if (date === 'invalid') {
    return { problems: [{ kind: 'parse', data: { what: phrase('what-date', { text: phrase('quoted', { text: text.trim() }) }), reason: phrase('parse-not-a-date') }, span }] };
  }
  if (date) return { quantity: date, problems: [] };
  try {
    return { quantity: readRemembered(text, tablesFor(ctx)), problems: [] };
  } catch (error) {
    return { problems: [problemFromError(error, phrase('what-quantity', { text: quoted(text.trim()) }), text, span)] };
  }
}

/**
 * {@link parseQuantityText}'s quantity, or undefined where it gives a
 * problem, for a reader that tries several phrasings of a number and keeps
 * the first that reads (the prose reader): the failures' reasons are not
 * worked out (see `withoutHints`: the "did you mean" of a word before the
 * number compares it with every hedge and number word). Ask
 * parseQuantityText for the reason when one is shown.
 */
export function quantityIfReads(text: string, ctx: QuantityContext): Quantity | undefined {
  const date = readDate(text);
  if (date === 'invalid') return undefined;
  if (date) return date;
  try {
    return withoutHints(() => readRemembered(text, tablesFor(ctx)));
  } catch (error) {
    if (error instanceof QuantitySyntaxError) return undefined;
    throw error;
  }
}

/**
 * Quantities already read, by the tables they were read with and their text:
 * the texts of this generation and of the one before it. A full generation
 * becomes the previous one (the one before is dropped), so the texts of the
 * last 4,096 to 8,192 readings are always at hand: a file of 10,000
 * different texts no longer empties the memory, and the texts it repeats
 * near each other, before a clearing came, are still found.
 */
const remembered = new WeakMap<Tables, { current: Map<string, Quantity>; previous: Map<string, Quantity> }>();
/** Texts per generation. */
const GENERATION = 4096;

/**
 * {@link readQuantity}, once per text and tables: the same words ("about
 * 10%", "more than 1,000") recur across the claims and files that share
 * rules and units. The result depends on nothing else. It is frozen, so a
 * reader that tried to change the one copy every such claim shares would
 * fail loudly rather than change the others.
 */
function readRemembered(text: string, t: Tables): Quantity {
  let memory = remembered.get(t);
  if (!memory) remembered.set(t, (memory = { current: new Map(), previous: new Map() }));
  const hit = memory.current.get(text);
  if (hit) return hit;
  // The text is usually a slice of its whole claims file: remembered as it
  // is, it would keep that file's text alive after the file is done. Read
  // and kept as a copy of its own, it holds only its own characters.
  const key = ownCopy(text);
  const quantity = memory.previous.get(text) ?? freezeQuantity(readQuantity(key, t));
  if (memory.current.size >= GENERATION) {
    memory.previous = memory.current;
    memory.current = new Map();
  }
  memory.current.set(key, quantity);
  return quantity;
}

/**
 * The same characters in a string of their own, not a view into a larger
 * one: joining makes a new string and slicing it flattens that into one
 * copy (a string cut from a large one is otherwise a pointer into it).
 */
function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Freezes a quantity and its own parts; the hedge rule belongs to the rules and is left alone. */
function freezeQuantity(q: Quantity): Quantity {
  for (const amount of [q.low, q.high]) {
    if (amount === undefined) continue;
    Object.freeze(amount.precision);
    Object.freeze(amount);
  }
  if (q.tolerance) Object.freeze(q.tolerance);
  return Object.freeze(q);
}

/** Reads a `value` or `stated` in either form: text in the grammar, or the structured mapping. */
export function parseQuantity(source: QuantitySource, ctx: QuantityContext): { quantity?: Quantity; problems: Problem[] } {
  return source.form === 'text' ? parseQuantityText(source.text, ctx, source.span) : parseStructured(source.fields, ctx, source.span);
}
