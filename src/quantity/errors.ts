/**
 * @file The quantity stage's internal failure type and its conversion into a
 * `parse` Problem at the stage boundary, plus a small "did you mean" helper.
 *
 * Pure: no I/O. `QuantitySyntaxError` is thrown only inside this folder and
 * always caught by the public functions, which return Problems instead.
 */
import { editDistance } from '../text/suggest.js';
import { phrase } from '../findings/interpolate.js';
import type { MessageData, MessageValue, PhraseId, PhraseRef, Problem, Span } from '../types.js';

/**
 * A quantity that does not follow the grammar: what was expected (a phrase of
 * `rules/checks.yaml`, `q-…`, with its data), and where (0-based offset).
 */
export class QuantitySyntaxError extends Error {
  constructor(
    /** What was expected ("expected a number such as …"), as a phrase with its data. */
    readonly reason: MessageValue,
    /** Offset in the text where reading stopped, when known. */
    readonly offset?: number,
  ) {
    super(typeof reason === 'object' ? reason.phrase : String(reason));
    this.name = 'QuantitySyntaxError';
  }
}

/** A QuantitySyntaxError worded by phrase `id` of `rules/checks.yaml` with `data`. */
export function syntaxError(id: PhraseId, data: MessageData = {}, offset?: number): QuantitySyntaxError {
  return new QuantitySyntaxError(phrase(id, data), offset);
}

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

/** Builds the `parse` Problem for `what` (the phrase `what-quantity`: "the quantity \"…\"") with a reason. */
export function parseProblem(what: MessageValue, reason: MessageValue, span: Span): Problem {
  return { kind: 'parse', data: { what, reason }, span };
}

/** Quoted texts longer than this are shortened in messages (a 10,000-digit numeral is not echoed whole). */
const MAX_QUOTED = 60;

/**
 * A text of the writer's in quotes, as a phrase: `"1,200"`, or, when longer
 * than 60 characters, its first and last characters around "…" and its
 * length (`"1000…000" (10000 characters)`).
 */
export function quoted(text: string): PhraseRef {
  if (text.length <= MAX_QUOTED) return phrase('quoted', { text });
  return phrase('quoted-long', { start: text.slice(0, 40), end: text.slice(-12), length: text.length });
}

/** Turns a caught QuantitySyntaxError into a Problem; rethrows anything else (a bug). */
export function problemFromError(error: unknown, what: MessageValue, text: string, span: Span): Problem {
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
