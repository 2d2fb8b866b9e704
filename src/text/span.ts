/**
 * @file Spans (1-based line and column ranges in a file) built in one way:
 * the start of a file, for a problem that belongs to a whole file (one
 * that cannot be read, a configuration without its key), and a span copied
 * on its own, without the fields of whatever object carried it. Pure.
 */

import type { Span } from '../types.js';

/** The first character of `file`: line 1, column 1, empty. `file` may be '' where no file is meant. */
export function startOfFile(file: string): Span {
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/** Just the five span fields of `span` (a problem, a declaration or a match carries more). */
export function spanOnly(span: Span): Span {
  return { file: span.file, line: span.line, column: span.column, endLine: span.endLine, endColumn: span.endColumn };
}
