/**
 * @file Where a YAML node stands: offsets from the `yaml` library's nodes and
 * errors turned into 1-based spans, one way for every YAML file claimcheck
 * reads (claims files, rule tables, configuration). Pure.
 */

import type { LineCounter, Node } from 'yaml';
import type { Span } from '../types.js';

/** A YAML text being read: its contents, the name spans carry, and its line starts. */
export interface YamlSource {
  text: string;
  path: string;
  lineCounter: LineCounter;
}

/** A span from two offsets into the text, clamped to it; trailing white space is left out. */
export function spanFromOffsets(source: YamlSource, start: number, end: number): Span {
  const length = source.text.length;
  let to = Math.max(0, Math.min(end, length));
  const from = Math.max(0, Math.min(start, to));
  while (to > from && /\s/.test(source.text[to - 1] ?? '')) to--;
  const a = linePos(source, from);
  const b = linePos(source, to);
  return { file: source.path, line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
}

/** The span of a node as written: from its first character to just after its last. */
export function spanOfNode(source: YamlSource, node: Node | null | undefined): Span {
  const range = node?.range;
  return range ? spanFromOffsets(source, range[0], range[1]) : spanFromOffsets(source, 0, 0);
}

/** 1-based line and column of an offset (line 1, column offset+1 before the first newline). */
function linePos(source: Pick<YamlSource, 'lineCounter'>, offset: number): { line: number; col: number } {
  const pos = source.lineCounter.linePos(offset);
  // The line counter reports line 0 when it has seen no line start before `offset`.
  return pos.line === 0 ? { line: 1, col: offset + 1 } : pos;
}
