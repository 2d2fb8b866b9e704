// Shared helpers for the load tests.
import type { Problem } from '../../src/types.js';
import { messageText } from '../../src/findings/index.js';
import { loadDefaultRules } from '../../src/rules/index.js';
import { parseYaml, wholeFileParsing } from '../../src/load/parse.js';

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

/**
 * A yaml document as plain data, for comparing two routes node for node:
 * every own field of every node (the shared schema object left out), with
 * class names; -0 and NaN written out so they compare as themselves.
 */
export function documentShape(x: unknown): unknown {
  if (x === null || typeof x !== 'object') return Object.is(x, -0) ? '-0' : typeof x === 'number' && Number.isNaN(x) ? 'NaN' : x;
  if (Array.isArray(x)) return x.map(documentShape);
  const out: Record<string, unknown> = { '@': (x as object).constructor?.name };
  for (const [key, value] of Object.entries(x)) if (key !== 'schema' && typeof value !== 'function') out[key] = documentShape(value);
  return out;
}

/** The whole-file route's document (as {@link documentShape}), its line starts, and whether it parsed without a problem. */
export function wholeFileDocument(text: string): { doc: unknown; lines: number[]; clean: boolean } {
  const parsed = wholeFileParsing(() => parseYaml(text));
  const clean = parsed.doc !== undefined && parsed.fatal.length === 0 && parsed.problems.length === 0;
  return { doc: documentShape(parsed.doc), lines: [...parsed.lineCounter.lineStarts], clean };
}
