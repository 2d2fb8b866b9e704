// Shared helpers for the load tests.
import type { Problem } from '../../src/types.js';
import { messageText } from '../../src/findings/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';

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

/**
 * The problems with their data as a user reads it: phrase values (`{ phrase,
 * data }`, such as "did you mean") written out from the default rules'
 * `phrases:`, as `createFinding()` does.
 */
export function written<T extends { problems: Problem[] }>(result: T): T {
  const phrases = loadDefaultRules().phrases;
  const problems = result.problems.map((p) => ({
    ...p,
    data: Object.fromEntries(Object.entries(p.data).map(([key, value]) => [key, typeof value === 'object' ? messageText(value, phrases) : value])),
  }));
  return { ...result, problems };
}
