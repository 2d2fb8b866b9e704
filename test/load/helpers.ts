// Shared helpers for the load tests.
import type { Problem } from '../../src/types.js';

/** Joins lines with '\n' and ends the text with one. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The problems of one kind. */
export function ofKind(problems: Problem[], kind: string): Problem[] {
  return problems.filter((p) => p.kind === kind);
}

/** "line:column" of a problem, for compact position checks. */
export function at(p: Problem | undefined): string {
  return p === undefined ? 'none' : `${p.span.line}:${p.span.column}`;
}
