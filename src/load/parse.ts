/**
 * @file YAML text → one composed `yaml` Document, safely. Runs the library's
 * own parser and composer (what `parseDocument` does) with a depth check in
 * between, so a deeply nested file is refused before the recursive composer
 * sees it. Syntax errors and unknown tags come back as plain-English reasons
 * with offsets.
 *
 * Options: YAML 1.2 core schema whatever `%YAML` says, no merge keys, no
 * tags beyond the core ones (`!!binary`, `!!set`, `!!js/function`, any
 * `!custom` are reported, never resolved or run). Duplicate keys are found by
 * scan.ts, because the library's check is quadratic.
 *
 * Three routes, one result: a plain file, with or without comments (what
 * people, `init`, the bench generator and other tools write), is built from
 * js-yaml's events (fast.ts: same Document, about a fifth of the CPU and
 * allocation); a file it gives up on (anchors, block scalars, comments in
 * places it does not follow, errors…) is parsed
 * and composed in batches of entries (stream.ts), so the whole file's token
 * tree is never held at once; anything else, and any file with an error or
 * a warning, takes the whole-file route below, which makes every message.
 *
 * Pure: no I/O. Never throws. (The two pieces of state, `sharingParses` and
 * `wholeFileParsing`, live only while their callbacks run.)
 */

import { Composer, LineCounter, Parser } from 'yaml';
import type { CST, Document, DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import type { MessageValue } from '../types.js';
import { MAX_DEPTH, tooDeepAt } from './guards.js';
import { plainReason } from './messages.js';
import { parseFast } from './fast.js';
import { parseInBatches } from './stream.js';

/** A problem found while parsing: a reason and the offsets it covers. */
export interface ParseProblem {
  kind: 'yaml-syntax' | 'schema';
  reason: MessageValue;
  range: [number, number];
}

/** The composed document (absent when the file cannot be used) and what went wrong. */
export interface ParseResult {
  doc?: Document;
  lineCounter: LineCounter;
  /** Errors that make the document unusable. */
  fatal: ParseProblem[];
  /** Problems that do not (unknown tags). */
  problems: ParseProblem[];
}

/** The `yaml` options every parse uses (exported for the test that compares the two routes). */
export const OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  prettyErrors: false,
  uniqueKeys: false,
  schema: 'core',
  merge: false,
  resolveKnownTags: false,
};

/** How a tag is written in the file ("!!js/function"), from its offsets, for messages. */
function tagText(text: string, range: [number, number]): string {
  const raw = text.slice(range[0], Math.min(range[1], range[0] + 80)).trim();
  return raw === '' ? 'here' : raw;
}

/** The last parse while {@link sharingParses} runs (`null`: not sharing). */
let shared: { text: string; result: ParseResult } | undefined | null = null;

/**
 * Runs `run` with parses shared: the next `parseYaml` of the same text takes
 * the last result instead of parsing again (once: the result is then
 * dropped, so a large document is not kept alive longer than its readers
 * need it). The schema check and the loader read the same file one after
 * the other; neither changes the document. Nothing is kept once `run` returns.
 */
export function sharingParses<T>(run: () => T): T {
  const outer = shared;
  shared = undefined;
  try {
    return run();
  } finally {
    shared = outer;
  }
}

/** True while {@link wholeFileParsing} runs. */
let wholeOnly = false;

/**
 * Runs `run` with every parse taking the whole-file route (the fast and
 * batch routes off): for the tests that check the routes give the same result.
 */
export function wholeFileParsing<T>(run: () => T): T {
  const outer = wholeOnly;
  wholeOnly = true;
  try {
    return run();
  } finally {
    wholeOnly = outer;
  }
}

/** Parses and composes `text`; see the file comment. */
export function parseYaml(text: string): ParseResult {
  if (shared && shared.text === text) {
    const { result } = shared;
    shared = undefined;
    return result;
  }
  const result = parseYamlOnce(text);
  if (shared !== null) shared = { text, result };
  return result;
}

function parseYamlOnce(text: string): ParseResult {
  if (!wholeOnly) {
    const fast = parseFast(text, OPTIONS);
    if (fast !== undefined) return { doc: fast.doc, lineCounter: fast.lineCounter, fatal: [], problems: [] };
    try {
      const lineCounter = new LineCounter();
      const doc = parseInBatches(text, lineCounter, OPTIONS);
      // Composed without an error or a warning: nothing to report.
      if (doc !== undefined) return { doc, lineCounter, fatal: [], problems: [] };
    } catch {
      // The whole-file route below says what went wrong.
    }
  }
  return parseWholeFile(text);
}

/** The whole-file route: the file's whole token tree, the depth check, then the composer; every message is made here. */
function parseWholeFile(text: string): ParseResult {
  const lineCounter = new LineCounter();
  const result: ParseResult = { lineCounter, fatal: [], problems: [] };
  try {
    const tokens: CST.Token[] = Array.from(new Parser(lineCounter.addNewLine).parse(text));
    const deep = tooDeepAt(tokens);
    if (deep !== undefined) {
      result.fatal.push({
        kind: 'schema',
        reason: { phrase: 'yaml-too-deep', data: { max: MAX_DEPTH } },
        range: [deep, deep + 1],
      });
      return result;
    }
    const docs = Array.from(new Composer(OPTIONS).compose(tokens, true, text.length));
    const doc = docs[0];
    if (doc === undefined) return result;
    // A tab indenting a line makes yaml misread the rest of that line too ("a mapping value is not
    // allowed", "a key must be on one line"): the tab is the one thing to fix there, so it is said alone.
    let tabLineEnd = -1;
    for (const error of doc.errors) {
      if (error.pos[0] <= tabLineEnd) continue;
      if (error.code === 'TAB_AS_INDENT') tabLineEnd = lineEndAfter(text, error.pos[0]);
      result.fatal.push({ kind: 'yaml-syntax', reason: plainReason(error, text), range: [error.pos[0], error.pos[1]] });
    }
    const second = docs[1];
    if (second !== undefined) {
      const start = second.range[0];
      result.fatal.push({
        kind: 'yaml-syntax',
        reason: plainReason({ code: 'MULTIPLE_DOCS', message: '', pos: [start, start + 1] }, text),
        range: [start, start + 1],
      });
    }
    for (const warning of doc.warnings) {
      const range: [number, number] = [warning.pos[0], warning.pos[1]];
      if (warning.code === 'TAG_RESOLVE_FAILED' || warning.code === 'BAD_COLLECTION_TYPE') {
        result.problems.push({
          kind: 'schema',
          reason: { phrase: 'yaml-tag', data: { tag: tagText(text, range) } },
          range,
        });
      } else {
        result.problems.push({ kind: 'yaml-syntax', reason: plainReason(warning, text), range });
      }
    }
    result.doc = doc;
    return result;
  } catch (error) {
    // The guards should make this unreachable; a stack overflow or a library
    // bug still becomes a finding at line 1, never a crash.
    const why: MessageValue = { phrase: error instanceof RangeError ? 'yaml-too-complex' : 'yaml-unreadable', data: {} };
    result.fatal.push({ kind: 'yaml-syntax', reason: why, range: [0, 0] });
    delete result.doc;
    return result;
  }
}

/** The offset of the end of the line `at` is on (its newline, or the end of the text). */
function lineEndAfter(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}
