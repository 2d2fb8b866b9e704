/**
 * @file The quantity stage's internal failure type and its conversion into a
 * `parse` Problem at the stage boundary, plus a small "did you mean" helper.
 *
 * Pure: no I/O. `QuantitySyntaxError` is thrown only inside this folder and
 * always caught by the public functions, which return Problems instead.
 */
import { editDistance } from '../text/suggest.js';
import type { Problem, Span } from '../types.js';

/** A quantity that does not follow the grammar: what was expected, and where (0-based offset). */
export class QuantitySyntaxError extends Error {
  constructor(
    /** Plain words saying what was expected ("expected a number such as …"). */
    readonly reason: string,
    /** Offset in the text where reading stopped, when known. */
    readonly offset?: number,
  ) {
    super(reason);
    this.name = 'QuantitySyntaxError';
  }
}

/** Examples shown whenever a number was expected. */
export const NUMBER_EXAMPLES = 'a number such as "55", "1,200" or "a quarter"';

/**
 * Narrows `span` to one column when it is a single-line scalar whose width is
 * exactly the text's (a plain scalar), so the offset can be mapped safely.
 */
export function narrowSpan(span: Span, text: string, offset: number | undefined): Span {
  if (offset === undefined || span.line !== span.endLine || span.endColumn - span.column !== text.length) return span;
  if (offset < 0 || offset >= text.length) return span;
  const column = span.column + offset;
  return { ...span, column, endColumn: column + 1 };
}

/** Builds the `parse` Problem for `what` ("the quantity \"…\"") with a reason. */
export function parseProblem(what: string, reason: string, span: Span): Problem {
  return { kind: 'parse', data: { what: clipQuoted(what), reason: clipQuoted(reason) }, span };
}

/** Quoted texts longer than this are shortened in messages (a 10,000-digit numeral is not echoed whole). */
const MAX_QUOTED = 60;

/** Shortens every "quoted" text in a message to its first and last characters around "…". */
export function clipQuoted(message: string): string {
  return message.replace(/"([^"]*)"/g, (whole, inner: string) =>
    inner.length <= MAX_QUOTED ? whole : `"${inner.slice(0, 40)}…${inner.slice(-12)}" (${inner.length} characters)`,
  );
}

/** Turns a caught QuantitySyntaxError into a Problem; rethrows anything else (a bug). */
export function problemFromError(error: unknown, what: string, text: string, span: Span): Problem {
  if (error instanceof QuantitySyntaxError) return parseProblem(what, error.reason, narrowSpan(span, text, error.offset));
  throw error;
}

/** The closest candidate within a third of the word's length (at least 1 edit), if any. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate, limit);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
