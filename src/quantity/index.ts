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
import { problemFromError, quoted } from './errors.js';
import { parseStructured } from './structured.js';
import { tablesFor, type Tables } from './tables.js';
import { readQuantity } from './text.js';

export type { QuantityContext } from './context.js';
export { parseTolerance } from './tolerance.js';
// Building blocks for the prose reader (src/prose), which finds quantities in an article's text.
export { Scanner } from './scanner.js';
export { readNumber, type NumberToken } from './numbers.js';
export { tablesFor, type Tables } from './tables.js';
export { isBuiltInUnit } from './unitPhrase.js';
export { QuantitySyntaxError } from './errors.js';

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

/** Quantities already read, by the tables they were read with and their text. */
const remembered = new WeakMap<Tables, Map<string, Quantity>>();
/** Texts remembered per tables at most; past this the memory starts again. */
const MAX_REMEMBERED = 4096;

/**
 * {@link readQuantity}, once per text and tables: the same words ("about
 * 10%", "more than 1,000") recur across the claims and files that share
 * rules and units. The result depends on nothing else. It is frozen, so a
 * reader that tried to change the one copy every such claim shares would
 * fail loudly rather than change the others.
 */
function readRemembered(text: string, t: Tables): Quantity {
  let known = remembered.get(t);
  if (!known) remembered.set(t, (known = new Map()));
  const hit = known.get(text);
  if (hit) return hit;
  const quantity = freezeQuantity(readQuantity(text, t));
  if (known.size >= MAX_REMEMBERED) known.clear();
  known.set(text, quantity);
  return quantity;
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
