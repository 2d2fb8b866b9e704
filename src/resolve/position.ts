/**
 * @file Places inside a YAML scalar: turns an offset in an expression's text
 * (a mathjs "(char N)", the place of a name) into a span in the claims file.
 *
 * Pure: reads the file's source text, never the disk.
 */

import type { Located, Span } from '../types.js';

/**
 * The span of `length` characters at `offset` (0-based) in a scalar's value.
 * Exact for a scalar on one line (plain or quoted without escapes); for a
 * block scalar, finds the value's line among the scalar's source lines; falls
 * back to the whole scalar's span.
 */
export function spanInScalar(scalar: Located<string>, offset: number, length: number, source: string): Span {
  const { value, span } = scalar;
  const at = Math.max(0, Math.min(offset, value.length));
  const width = Math.max(1, length);
  if (span.line === span.endLine && !value.includes('\n')) {
    const written = span.endColumn - span.column;
    const start = written === value.length ? span.column : written === value.length + 2 ? span.column + 1 : undefined;
    if (start !== undefined) {
      return { ...span, column: start + at, endLine: span.line, endColumn: start + at + width };
    }
    return span;
  }
  // Block scalar: locate the value's lines among the source lines of the span.
  const before = value.slice(0, at);
  const lineIndex = before.split('\n').length - 1;
  const columnInLine = at - (before.lastIndexOf('\n') + 1);
  const valueLines = value.split('\n');
  const sourceLines = source.split('\n');
  let searchFrom = span.line - 1;
  for (let k = 0; k <= lineIndex; k++) {
    const wanted = valueLines[k] ?? '';
    let found = -1;
    for (let l = searchFrom; l < Math.min(sourceLines.length, span.endLine); l++) {
      const text = sourceLines[l] ?? '';
      if (wanted.trim() === '' || text.includes(wanted)) {
        found = l;
        break;
      }
    }
    if (found < 0) return span;
    if (k === lineIndex) {
      const text = sourceLines[found] ?? '';
      const column = text.indexOf(wanted) + 1 + columnInLine;
      return { file: span.file, line: found + 1, column, endLine: found + 1, endColumn: column + width };
    }
    searchFrom = found + 1;
  }
  return span;
}

/** The 0-based offset of `name` as a whole identifier in `text`, or -1. */
export function findIdentifier(text: string, name: string): number {
  let from = 0;
  while (from <= text.length) {
    const at = text.indexOf(name, from);
    if (at < 0) return -1;
    const before = at > 0 ? (text[at - 1] as string) : '';
    const after = text[at + name.length] ?? '';
    if (!/[A-Za-z0-9_.]/.test(before) && !/[A-Za-z0-9_]/.test(after)) return at;
    from = at + 1;
  }
  return -1;
}
