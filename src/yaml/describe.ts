/**
 * @file What a YAML node is, in a journalist's words, for messages of the
 * form "should be …, but it is …": "a list", "a set of key: value pairs",
 * "a number (5)", "a piece of text" (or, quoted, `the text "yes"`),
 * "true/false (true)", "empty". Pure.
 */

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { excerpt } from '../io/excerpt.js';

export interface DescribeOptions {
  /** Quote a text value (`the text "yes"`) instead of saying "a piece of text". */
  quoteText?: boolean;
}

export function describeNode(node: Node | null, options: DescribeOptions = {}): string {
  if (node === null) return 'empty';
  if (isMap(node)) return 'a set of key: value pairs';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return 'empty';
    if (typeof v === 'boolean') return `true/false (${String(v)})`;
    if (typeof v === 'number' || typeof v === 'bigint') return `a number (${excerpt(node.source ?? String(v))})`;
    return options.quoteText ? `the text "${excerpt(String(v))}"` : 'a piece of text';
  }
  return 'something else';
}
