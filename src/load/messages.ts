/**
 * @file Turns the `yaml` library's error and warning messages into plain
 * English for the `yaml-syntax` finding: what is wrong on this line and,
 * where it helps, the usual cause. No library jargon ("YAMLParseError",
 * "implicit key", "flow collection") reaches the user.
 *
 * Pure: no I/O.
 */

import type { YAMLError } from 'yaml';
import type { MessageValue, PhraseRef } from '../types.js';

/** "the YAML is not valid here: …": the phrase yaml-invalid around the specific reason (both in rules/checks.yaml). */
function invalid(what: PhraseRef): MessageValue {
  return { phrase: 'yaml-invalid', data: { what } };
}

/** A short quotation of the text at an offset, for "'x' is not expected here". */
function textAt(text: string, start: number, end: number): string {
  const piece = text.slice(start, Math.max(start + 1, Math.min(end, start + 20))).split(/\r?\n/)[0] ?? '';
  return piece.trim() === '' ? 'this' : `'${piece.trim()}'`;
}

/**
 * The last '{' or '[' before `end` that is not closed, with its 1-based line
 * and column, skipping quoted text and comments; undefined when every
 * bracket is closed. Linear in `end`.
 */
function unclosedBracket(text: string, end: number): { char: string; close: string; line: number; column: number } | undefined {
  const at = openAt(text, end).brackets.at(-1);
  if (at === undefined) return undefined;
  const char = text[at] as string;
  return { char, close: char === '{' ? '}' : ']', ...lineColumn(text, at) };
}

/**
 * The quote still open at `end` (the end of the file, where yaml reports a
 * quote never closed), with its 1-based line and column; undefined when none
 * is open. A quoted value may run over lines, so the place yaml gives says
 * nothing of where the quote was opened.
 */
function unclosedQuote(text: string, end: number): { line: number; column: number } | undefined {
  const at = openAt(text, end).quote;
  return at === undefined ? undefined : lineColumn(text, at);
}

/** The 1-based line and column of an offset. */
function lineColumn(text: string, at: number): { line: number; column: number } {
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - (before.lastIndexOf('\n') + 1) + 1 };
}

/**
 * What is open at `end`: the offsets of the '{' and '[' not closed, and of a
 * quote not closed, skipping quoted text and comments. Linear in `end`.
 */
function openAt(text: string, end: number): { brackets: number[]; quote: number | undefined } {
  const open: number[] = [];
  let quote = '';
  let quoteAt = 0;
  for (let i = 0; i < end && i < text.length; i++) {
    const c = text[i] as string;
    if (quote !== '') {
      if (c === '\\' && quote === '"') i++;
      else if (c === "'" && quote === "'" && text[i + 1] === "'") i++;
      else if (c === quote) quote = '';
      continue;
    }
    // A quote opens a quoted value only where a value starts (after ': ', '- ', '[', '{', ',' or at a line's start):
    // the apostrophe of "Reuters' report" is part of a plain value.
    if ((c === '"' || c === "'") && /(^|[:\-[{,])\s*$/.test(text.slice(text.lastIndexOf('\n', i - 1) + 1, i))) {
      quote = c;
      quoteAt = i;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1] as string))) {
      while (i < end && text[i] !== '\n') i++;
    } else if (c === '{' || c === '[') open.push(i);
    else if ((c === '}' || c === ']') && open.length > 0) open.pop();
  }
  return { brackets: open, quote: quote !== '' ? quoteAt : undefined };
}

/**
 * The reason for a YAML syntax error, from its code, message and the text at
 * its position: a phrase of rules/checks.yaml with its data.
 */
export function plainReason(error: Pick<YAMLError, 'code' | 'message' | 'pos'>, text: string): MessageValue {
  const [start, end] = error.pos;
  const m = error.message;
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return m.startsWith('Nested mappings')
        ? invalid({ phrase: 'yaml-mapping-value', data: {} })
        : invalid({ phrase: 'yaml-list-as-key', data: {} });
    case 'MULTILINE_IMPLICIT_KEY':
      return invalid({ phrase: 'yaml-multiline-key', data: {} });
    case 'BAD_INDENT':
      if (m.includes('sequence items')) return invalid({ phrase: 'yaml-list-indent', data: {} });
      if (m.includes('mapping items')) return invalid({ phrase: 'yaml-keys-indent', data: {} });
      // yaml 2 says "Flow map in block collection…" (earlier versions "Flow mapping").
      if (m.includes('Flow sequence') || m.includes('Flow map')) {
        // yaml reports it where the block goes on (the next key); the bracket left open is earlier.
        const open = unclosedBracket(text, start);
        if (open !== undefined) return invalid({ phrase: 'yaml-flow-unclosed', data: open });
        return invalid({ phrase: 'yaml-flow-indent', data: {} });
      }
      return invalid({ phrase: 'yaml-indent', data: {} });
    case 'TAB_AS_INDENT':
      return invalid({ phrase: 'yaml-tab-indent', data: {} });
    case 'MISSING_CHAR':
      if (m.includes('closing "quote') || m.includes("closing 'quote")) {
        // yaml reports it where the file ends; say where the quote was opened.
        const open = unclosedQuote(text, text.length);
        const double = m.includes('closing "quote');
        if (open !== undefined) return invalid({ phrase: double ? 'yaml-open-double-quote-at' : 'yaml-open-single-quote-at', data: open });
        return invalid({ phrase: double ? 'yaml-open-double-quote' : 'yaml-open-single-quote', data: {} });
      }
      if (m.includes('Implicit map keys')) return invalid({ phrase: 'yaml-missing-colon', data: {} });
      if (m.includes('Missing , or :')) return invalid({ phrase: 'yaml-missing-comma-or-colon', data: {} });
      if (m.includes('Missing ,')) return invalid({ phrase: 'yaml-missing-comma', data: {} });
      if (m.includes('space after :')) return invalid({ phrase: 'yaml-missing-space-after-colon', data: {} });
      if (m.includes('Comments')) return invalid({ phrase: 'yaml-comment-space', data: {} });
      if (m.includes('Sequence item')) return invalid({ phrase: 'yaml-missing-dash', data: {} });
      if (m.includes('Tags and anchors')) return invalid({ phrase: 'yaml-anchor-space', data: {} });
      return invalid({ phrase: 'yaml-missing-char', data: {} });
    case 'BLOCK_IN_FLOW':
      return invalid({ phrase: 'yaml-block-in-flow', data: {} });
    case 'BAD_SCALAR_START': {
      const ch = /character (.)\s*$/u.exec(m)?.[1];
      return ch === undefined
        ? invalid({ phrase: 'yaml-bad-start', data: {} })
        : invalid({ phrase: 'yaml-bad-start-char', data: { char: ch } });
    }
    case 'BAD_DQ_ESCAPE': {
      const seq = /sequence (.+)$/u.exec(m)?.[1] ?? 'here';
      return invalid({ phrase: 'yaml-bad-escape', data: { sequence: seq } });
    }
    case 'MULTIPLE_DOCS':
      return invalid({ phrase: 'yaml-multiple-documents', data: {} });
    case 'DUPLICATE_KEY':
      return invalid({ phrase: 'yaml-key-twice', data: {} });
    case 'KEY_OVER_1024_CHARS':
      return invalid({ phrase: 'yaml-long-key', data: {} });
    case 'MULTIPLE_ANCHORS':
      return invalid({ phrase: 'yaml-two-anchors', data: {} });
    case 'MULTIPLE_TAGS':
      return invalid({ phrase: 'yaml-two-tags', data: {} });
    case 'ALIAS_PROPS':
      return invalid({ phrase: 'yaml-alias-props', data: {} });
    case 'BAD_ALIAS':
      return invalid({ phrase: 'yaml-bad-alias', data: {} });
    case 'BAD_PROP_ORDER':
      return invalid({ phrase: 'yaml-prop-order', data: {} });
    case 'BAD_DIRECTIVE':
      return invalid({ phrase: 'yaml-directive', data: {} });
    case 'NON_STRING_KEY':
      return invalid({ phrase: 'yaml-non-string-key', data: {} });
    case 'RESOURCE_EXHAUSTION':
      return invalid({ phrase: 'yaml-too-complex', data: {} });
    case 'TAG_RESOLVE_FAILED':
    case 'BAD_COLLECTION_TYPE':
      return invalid({ phrase: 'yaml-tag-here', data: { text: textAt(text, start, end) } });
    case 'UNEXPECTED_TOKEN':
      return invalid({ phrase: 'yaml-unexpected', data: { text: textAt(text, start, end) } });
    case 'IMPOSSIBLE':
    default:
      return invalid({ phrase: 'yaml-impossible', data: {} });
  }
}
