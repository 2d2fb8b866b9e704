/**
 * @file A claim's `tolerance`: relative ("5%", "5 percent") or absolute in a
 * unit ("3 soldiers", "0.5 percentage points", "$2 million").
 *
 * Pure: no I/O. Never throws for bad input; returns a `parse` Problem.
 */
import type { Problem, Span, Tolerance } from '../types.js';
import type { QuantityContext } from './context.js';
import { problemFromError, QuantitySyntaxError } from './errors.js';
import { tablesFor } from './tables.js';
import { readQuantity } from './text.js';

const EXAMPLES = 'a percentage such as "5%" for a relative tolerance, or a number with a unit such as "3 soldiers"';

/** Reads a tolerance: `relative` for a percentage, `absolute` for a number with a unit or in percentage points. */
export function parseTolerance(text: string, ctx: QuantityContext, span: Span): { tolerance?: Tolerance; problems: Problem[] } {
  const what = `the tolerance "${text}"`;
  try {
    const q = readQuantity(text, tablesFor(ctx));
    if (q.hedge || q.high) throw new QuantitySyntaxError(`expected ${EXAMPLES}, without a hedge or a range`);
    if (q.low.value < 0) throw new QuantitySyntaxError(`expected a tolerance of zero or more, as in "5%"`);
    if (q.display === 'percent') {
      if (q.unit !== '') throw new QuantitySyntaxError(`expected ${EXAMPLES}`);
      return { tolerance: { kind: 'relative', value: q.low.value }, problems: [] };
    }
    if (q.display === 'points' || q.unit !== '') {
      return { tolerance: { kind: 'absolute', value: q.low.value, unit: q.unit }, problems: [] };
    }
    throw new QuantitySyntaxError(`expected ${EXAMPLES}; a bare number is neither`);
  } catch (error) {
    return { problems: [problemFromError(error, what, text, span)] };
  }
}
