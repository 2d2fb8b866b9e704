/**
 * @file What a YAML node is, in a journalist's words, for messages of the
 * form "should be …, but it is …": "a list", "a set of key: value pairs",
 * "a number (5)", "a piece of text" (or, quoted, `the text "yes"`),
 * "true/false (true)", "empty" — as phrases of `rules/checks.yaml`, so a
 * project can reword them. Pure.
 */

import { isMap, isScalar, isSeq, type Node } from 'yaml';
import { excerpt } from '../io/excerpt.js';
import { phrase } from '../findings/interpolate.js';
import type { PhraseRef } from '../types.js';

export interface DescribeOptions {
  /** Quote a text value (`the text "yes"`) instead of saying "a piece of text". */
  quoteText?: boolean;
}

/** What a node is, as a phrase of `rules/checks.yaml` (`found-…`) with its data. */
export function describeNode(node: Node | null, options: DescribeOptions = {}): PhraseRef {
  if (node === null) return phrase('found-empty');
  if (isMap(node)) return phrase('found-mapping');
  if (isSeq(node)) return phrase('found-list');
  if (isScalar(node)) {
    const v = node.value;
    if (v === null || v === undefined) return phrase('found-empty');
    if (typeof v === 'boolean') return phrase('found-boolean', { value: String(v) });
    if (typeof v === 'number' || typeof v === 'bigint') return phrase('found-number', { value: excerpt(node.source ?? String(v)) });
    return options.quoteText ? phrase('found-text-quoted', { text: excerpt(String(v)) }) : phrase('found-text');
  }
  return phrase('found-other');
}

/** What a plain value (parsed JSON) is, in the same words. */
export function describeValue(data: unknown): PhraseRef {
  if (data === null || data === undefined) return phrase('found-empty');
  if (Array.isArray(data)) return phrase('found-list');
  if (typeof data === 'object') return phrase('found-mapping');
  if (typeof data === 'boolean') return phrase('found-boolean', { value: String(data) });
  if (typeof data === 'number') return phrase('found-number', { value: String(data) });
  return phrase('found-text');
}
