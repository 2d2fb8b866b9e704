/**
 * @file The state shared while one claims file is read: its text, the line
 * counter that turns offsets into lines and columns, the alias targets, and
 * the problems found so far. Also the small helpers every reader uses (spans,
 * "what kind of thing is this", scalar text).
 *
 * Pure: no I/O. Never throws for anything in the user's input.
 */

import { isAlias, isMap, isScalar, isSeq } from 'yaml';
import type { Alias, LineCounter, Node } from 'yaml';
import type { FindingKind, MessageData, MessageValue, PhraseRef, Problem, Span } from '../types.js';
import { spanFromOffsets as yamlSpan, spanOfNode } from '../yaml/span.js';
import { describeNode } from '../yaml/describe.js';

/** What the readers share while reading one file. */
export interface LoadContext {
  /** The text being read (BOM already removed). */
  readonly text: string;
  /** The file name spans carry. */
  readonly path: string;
  readonly lineCounter: LineCounter;
  /** Each alias node and the node its anchor names (filled by the document scan). */
  readonly aliasTargets: ReadonlyMap<Alias, Node>;
  /** Keys that repeat an earlier key of their mapping (already reported; the first one wins). */
  readonly duplicateKeys: ReadonlySet<Node>;
  /** Problems found so far, in the order found. */
  readonly problems: Problem[];
}

/** A span from two offsets into the text, clamped to it; trailing white space is left out. */
export function spanFromOffsets(ctx: Pick<LoadContext, 'text' | 'path' | 'lineCounter'>, start: number, end: number): Span {
  return yamlSpan(ctx, start, end);
}

/** The span of a node as written: from its first character to just after its last. */
export function spanOf(ctx: LoadContext, node: Node | null | undefined): Span {
  return spanOfNode(ctx, node);
}

/** Records a problem. */
export function report(ctx: LoadContext, kind: FindingKind, data: MessageData, span: Span, claim?: string): void {
  const problem: Problem = { kind, data, span };
  if (claim !== undefined) problem.claim = claim;
  ctx.problems.push(problem);
}

/** Records a `schema` problem with its reason: a phrase of rules/checks.yaml (or, where not yet one, plain text). */
export function schemaProblem(ctx: LoadContext, reason: MessageValue, span: Span, claim?: string): void {
  report(ctx, 'schema', { reason }, span, claim);
}

/** The node an alias stands for (or the node itself when it is not an alias). */
export function deref(ctx: LoadContext, node: unknown): Node | null {
  if (isAlias(node)) return ctx.aliasTargets.get(node) ?? null;
  return isScalar(node) || isMap(node) || isSeq(node) ? node : null;
}

/** True for a missing value or a YAML null (`key:` with nothing after it, `~`, `null`). */
export function isEmpty(node: Node | null): boolean {
  return node === null || (isScalar(node) && node.value === null);
}

/** What a node is, for "should be …, but it is …" ("a list", "a piece of text", …). */
export function describe(node: Node | null): PhraseRef {
  return describeNode(node);
}

/**
 * A scalar's text as written: the source text for plain scalars ("1,100"
 * stays "1,100", 1100 becomes "1100", 1.50 stays "1.50"), the unquoted value
 * for quoted and block scalars.
 */
export function scalarText(node: Node): string {
  if (isScalar(node)) {
    if (typeof node.source === 'string') return node.source;
    return String(node.value);
  }
  return '';
}

/** The string a scalar key stands for, or `undefined` for a missing, null or non-scalar key. */
export function keyText(node: Node | null): string | undefined {
  if (node === null || !isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return scalarText(node);
}
