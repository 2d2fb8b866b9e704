/**
 * @file A claim's `tolerance`: relative ("5%", "5 percent") or absolute in a
 * unit ("3 soldiers", "0.5 percentage points", "$2 million").
 *
 * Pure: no I/O. Never throws for bad input; returns a `parse` Problem.
 */
import type { Problem, Span, Tolerance } from '../types.js';
import type { QuantityContext } from './context.js';
import { problemFromError, quoted, syntaxError } from './errors.js';
import { phrase } from '../findings/interpolate.js';
import { tablesFor } from './tables.js';
import { readQuantity } from './text.js';


/** Reads a tolerance: `relative` for a percentage, `absolute` for a number with a unit or in percentage points. */
export function parseTolerance(text: string, ctx: QuantityContext, span: Span): { tolerance?: Tolerance; problems: Problem[] } {
  const what = phrase('what-tolerance', { text: quoted(text) });
  try {
    const q = readQuantity(text, tablesFor(ctx));
    if (q.hedge || q.high) throw syntaxError('q-tolerance-hedge');
    if (q.low.value < 0) throw syntaxError('q-tolerance-negative');
    if (q.display === 'percent') {
      if (q.unit !== '') throw syntaxError('q-tolerance');
      return { tolerance: { kind: 'relative', value: q.low.value }, problems: [] };
    }
    if (q.display === 'points' || q.unit !== '') {
      return { tolerance: { kind: 'absolute', value: q.low.value, unit: q.unit }, problems: [] };
    }
    throw syntaxError('q-tolerance-bare');
  } catch (error) {
    return { problems: [problemFromError(error, what, text, span)] };
  }
}
