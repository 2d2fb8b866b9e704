/**
 * @file YAML text → the same `yaml` Document the library's composer makes,
 * for the plain files people, `claimcheck init`, the generator and many
 * tools write (comments included), about five times faster and with a
 * fraction of the allocation: js-yaml's event parser
 * (`parseEvents`: a flat list of events with offsets, no token tree) finds
 * the structure and where each scalar is, and this file builds the `yaml`
 * nodes (`YAMLMap`, `YAMLSeq`, `Pair`, `Scalar`) with the ranges the `yaml`
 * composer gives them. Every scalar's value is resolved by the `yaml`
 * library's own code: the core schema's own tags (`test` and `resolve`,
 * first match wins, as the composer picks them) with the options of
 * parse.ts, over the scalar's text as the library's flow-scalar reader
 * gives it. A one-line scalar without an escape is read in place (the
 * reader gives its text, the text between its double quotes, or that of
 * its single quotes with `''` read as `'`); one with an escape goes through
 * the reader (`CST.resolveAsScalar`). So values, `type`, `source` and
 * `format` are the library's; js-yaml only says where things are.
 *
 * The route takes only files it can prove the composer reads the same way,
 * and gives up (returns `undefined`; parse.ts then takes the library's
 * routes, which make every message) on anything else:
 * - any error from js-yaml, or from the library's scalar reader;
 * - a character outside the scalars and comments that is not a space, a
 *   line break (LF or CRLF), `:`, `-`, `,` or a bracket: so no anchor,
 *   alias, tag, directive, explicit key (`?`), block scalar (`|`, `>`), tab,
 *   or document marker (`---` also gives up through js-yaml's event);
 * - a comment the route does not place as below: inside a flow collection,
 *   after a list's dash, around an empty value, in a CRLF line, not after
 *   white space, after a top-level flow collection;
 * - a scalar that spans lines, an empty key or list item, a key that is a
 *   list or a mapping, a plain scalar that starts with an indicator, a key
 *   over 1,000 characters, keys or dashes of one block collection at
 *   different columns, a flow collection over more than one line or with a
 *   trailing comma, an implicit mapping in a flow list, a flow key not
 *   directly followed by `:`, a byte-order mark anywhere, more than one
 *   document, an empty file;
 * - nesting deeper than the depth guard allows (guards.ts; js-yaml's own
 *   depth limit is lower still, and it raises an error rather than recurse
 *   further).
 *
 * Ranges, as the composer sets them in such a file: a key is
 * `[start, end, end]` (a quoted scalar's range includes its quotes); a
 * value in a block collection is `[start, end, end']`, `end'` past the
 * spaces after it and the line break that ends its line; a value in a flow
 * collection is `[start, end, end']`, `end'` past the spaces after it; an
 * empty value (`key:` with nothing after it) is `[p, p, p]`, `p` just past
 * the `:` and the spaces after it; a block collection runs from its first
 * key or dash to its last value's `end'`; a flow collection from its
 * opening bracket to just past its closing one, then on as a value would.
 *
 * Comments (js-yaml drops them; this file finds each `#` that starts one in
 * the text between the events and gives it where the library's parser and
 * composer do, with their joining rules, `resolveProps` and `resolveEnd`):
 * - a comment after a value on its line, and the comment lines after it
 *   indented deeper than the value's collection (blank lines between
 *   allowed), are the value's `comment`; its `end'` (and so its
 *   collection's) runs past the last one's line break;
 * - comment lines before a key (but a mapping's first), before a list's
 *   item (but the first), and those after a key's `:` before a value on a
 *   later line (a nested mapping or list: before its first key or dash) are
 *   that key's or node's `commentBefore`; a blank line before the first of
 *   them sets `spaceBefore`, one after a comment joins the comment;
 * - but comment lines after a collection's last value, before a less
 *   indented node, stay in that collection when one of them is at its
 *   column or deeper (a commented-out last entry): they are its `comment`,
 *   and it and the collections holding it end where the next node starts;
 * - comment lines before the contents are the first key's (or item's)
 *   `commentBefore`, or the document's when a blank line follows them (the
 *   composer's prelude); those after the last value are the document's
 *   `comment`.
 *
 * test/load/fast-route.test.ts compares every node of both routes over
 * every YAML file of the repository, what `init` writes for every article
 * of the repository, and generated awkward files with and without comments.
 *
 * Duplicate keys are composed as the library does with `uniqueKeys: false`
 * (both pairs kept) and reported by scan.ts, as on the other routes.
 *
 * Pure: no I/O. Never throws (everything the parser raises means "give up").
 */

import { parseEvents } from 'js-yaml';
import type { Event } from 'js-yaml';
import { CST, Document, LineCounter, Pair, Scalar, YAMLMap, YAMLSeq, isScalar } from 'yaml';
import type { DocumentOptions, ParseOptions, SchemaOptions } from 'yaml';
import { MAX_DEPTH } from './guards.js';

/** js-yaml's event ids and styles (its EVENT_ID, SCALAR_STYLE and COLLECTION_STYLE constants). */
const DOCUMENT = 1;
const SEQUENCE = 2;
const MAPPING = 3;
const SCALAR = 4;
const POP = 6;
const PLAIN = 1;
const SINGLE_QUOTED = 2;
const DOUBLE_QUOTED = 3;
const FLOW = 2;

/** The longest key taken (the library reports an implicit key over 1,024 characters). */
const MAX_KEY = 1000;

/** Thrown inside the builder to give up; never leaves this file. */
class GiveUp extends Error {}

function giveUp(): never {
  throw new GiveUp();
}

/** A tag of the schema, as the composer uses it (the library's `ScalarTag`, narrowed to what is read here). */
interface Tag {
  tag: string;
  default?: boolean | 'key';
  test?: RegExp;
  format?: string;
  resolve(value: string, onError: (message: string) => void, options: object): unknown;
}

/** One open collection while the events are read. */
interface Frame {
  node: YAMLMap | YAMLSeq;
  flow: boolean;
  /** Where the collection starts (first key or dash; the opening bracket). */
  start: number;
  /** Column of the first key or dash (block collections). */
  column: number;
  /** A mapping's key waiting for its value. */
  key: Scalar | null;
  /** Where the last item ended (its `end'`). */
  end: number;
  /** Just past the `:` of the key waiting for its value (block mappings). */
  afterColon: number;
}

/**
 * The document as the library's composer makes it from `text` with
 * `options` (parse.ts's), and its line starts; `undefined` when this route
 * must give up (see the file comment).
 */
export function parseFast(text: string, options: ParseOptions & DocumentOptions & SchemaOptions): { doc: Document; lineCounter: LineCounter } | undefined {
  // A block scalar (the bundled example's notes) gives up before js-yaml is loaded and run.
  if (text.length === 0 || text.includes('\uFEFF') || blockScalarHeader(text)) return undefined;
  let events: Event[];
  try {
    events = parseEvents(text, { maxDepth: MAX_DEPTH });
  } catch {
    return undefined;
  }
  if (!plainEvents(events)) return undefined;
  try {
    return build(text, events, options);
  } catch {
    // A give-up, or a library's error on an input this route accepted: the other routes say what it is.
    return undefined;
  }
}

/**
 * True when the text may hold a block scalar's header: a `|` or `>` first on
 * its line or after white space after `:`, `-` or `?`, followed only by
 * indentation and chomping indicators, white space and a comment. A quick
 * look before parsing (a false alarm only sends a file to the library's
 * routes, as the block scalar would).
 */
function blockScalarHeader(text: string): boolean {
  for (let mark = 0; mark < 2; mark++) {
    const char = mark === 0 ? '|' : '>';
    for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) {
      let before = at - 1;
      while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
      const p = before < 0 ? 10 : text.charCodeAt(before);
      if (!(p === 10 || ((p === 58 || p === 45 || p === 63) && before < at - 1))) continue;
      let after = at + 1;
      for (let c = text.charCodeAt(after); c === 43 || c === 45 || (c >= 49 && c <= 57); c = text.charCodeAt(after)) after++;
      while (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9) after++;
      const c = text.charCodeAt(after);
      if (Number.isNaN(c) || c === 10 || c === 13 || c === 35) return true;
    }
  }
  return false;
}

/**
 * True when no event is of a kind the route gives up on (an alias, an anchor
 * or a tag, a block scalar, a second document): one quick pass, so a large
 * file with an anchor on its last line does not build its whole document
 * first.
 */
function plainEvents(events: readonly Event[]): boolean {
  let documents = 0;
  // An indexed loop: a for-of loop allocates an iterator result per event until V8 optimizes it.
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as Event;
    switch (e.type) {
      case DOCUMENT:
        if (++documents > 1) return false;
        break;
      case SCALAR:
        if (e.anchorStart !== -1 || e.tagStart !== -1 || e.style > DOUBLE_QUOTED) return false;
        break;
      case MAPPING:
      case SEQUENCE:
        if (e.anchorStart !== -1 || e.tagStart !== -1) return false;
        break;
      case POP:
        break;
      default:
        return false;
    }
  }
  return true;
}

/** Column of `offset` (characters since the line start). */
function columnOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** True when only spaces stand between the line start and `offset`. */
function firstOnLine(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32) return false;
  }
  return true;
}

/** Past the spaces at `at`. */
function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === 32) at++;
  return at;
}

/** Past the spaces at `at` and the line break after them, if one follows. */
function toLineEnd(text: string, at: number): number {
  at = skipSpaces(text, at);
  const c = text.charCodeAt(at);
  if (c === 10) return at + 1;
  if (c === 13 && text.charCodeAt(at + 1) === 10) return at + 2;
  return at;
}

/** Characters allowed between scalars: space, LF, CR, `,`, `-`, `:`, `[`, `]`, `{`, `}`. */
function gapChar(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 44 || c === 45 || c === 58 || c === 91 || c === 93 || c === 123 || c === 125;
}

/** Plain scalars may not start with these indicators (`-`, `?` and `:` only when a space or the end follows; here they give up whatever follows but `-`). */
function badPlainStart(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c === 45) {
    const n = text.charCodeAt(at + 1);
    return Number.isNaN(n) || n === 32 || n === 10 || n === 13 || n === 45;
  }
  // ? : , [ ] { } # & * ! | > ' " % @ `
  return c === 63 || c === 58 || c === 44 || c === 91 || c === 93 || c === 123 || c === 125 || c === 35 || c === 38 || c === 42 || c === 33 || c === 124 || c === 62 || c === 39 || c === 34 || c === 37 || c === 64 || c === 96;
}

/**
 * Where the comment whose `#` is at `hash` ends: its line's LF, or the end of
 * the text. Gives up on a comment in a CRLF line (the library's lexer keeps
 * the CR in the comment) and on one holding a character some reader may take
 * for a line break.
 */
function commentEnd(text: string, hash: number): number {
  let end = text.indexOf('\n', hash);
  if (end === -1) end = text.length;
  for (let i = hash + 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 0x85 || c === 0x2028 || c === 0x2029) giveUp();
  }
  return end;
}

/** A comment's text as the composer keeps it: what follows the `#` (a lone space for an empty comment). */
function commentText(text: string, hash: number): string {
  return text.slice(hash + 1, commentEnd(text, hash)) || ' ';
}

/** Past the LF at `at`, if one is there. */
function pastBreak(text: string, at: number): number {
  return text.charCodeAt(at) === 10 ? at + 1 : at;
}

function build(text: string, events: Event[], options: ParseOptions & DocumentOptions & SchemaOptions): { doc: Document; lineCounter: LineCounter } | undefined {
  const first = events[0];
  if (first === undefined || first.type !== DOCUMENT || first.explicitStart || first.explicitEnd || first.directives.length > 0) return undefined;
  // As the composer makes it: with fresh directives (a new document's), passed in as `_directives`.
  const directives = new Document(undefined, options).directives;
  const doc = new Document(undefined, { _directives: directives, ...options } as typeof options);
  const schema = doc.schema;
  const tags = schema.tags as unknown as Tag[];
  // Options under which the composer reads keys or scalars another way (merge keys, `stringKeys`, YAML 1.1 compatibility warnings): not parse.ts's; give up rather than follow them.
  if (tags.some((t) => t.default === 'key') || schema.compat || doc.options.stringKeys) return undefined;
  const byTest = tags.filter((t) => t.default === true && t.test !== undefined);
  const strTag = tags.find((t) => t.tag === 'tag:yaml.org,2002:str');
  if (strTag === undefined) return undefined;
  const docOptions = doc.options;
  const onError = (): never => giveUp();

  /**
   * Comments found in the gaps and not yet given to a node: the offsets of
   * their `#`. Each is given to a node (or to the document) where the
   * composer puts it, or the route gives up.
   */
  const pending: number[] = [];

  /** Where the text has been checked up to: every character before it is in a scalar, an allowed gap or a comment. */
  let checked = 0;
  const checkGap = (to: number): void => {
    for (let i = checked; i < to; i++) {
      const c = text.charCodeAt(i);
      if (c === 35) {
        // A comment: after white space (or at the very start), to the end of its line.
        if (i > 0 && text.charCodeAt(i - 1) !== 32 && text.charCodeAt(i - 1) !== 10) giveUp();
        pending.push(i);
        i = commentEnd(text, i) - 1;
        continue;
      }
      if (!gapChar(c) || (c === 13 && text.charCodeAt(i + 1) !== 10)) giveUp();
    }
    if (to > checked) checked = to;
  };

  /** A scalar of the event, its range `[start, end, end]` (the caller sets `end'`). */
  const scalarOf = (e: Extract<Event, { type: 4 }>): Scalar => {
    if (e.anchorStart !== -1 || e.tagStart !== -1) giveUp();
    const style = e.style;
    let start = e.valueStart;
    let end = e.valueEnd;
    let type: 'scalar' | 'single-quoted-scalar' | 'double-quoted-scalar';
    if (style === PLAIN) {
      type = 'scalar';
      if (start < 0 || end <= start || badPlainStart(text, start)) giveUp();
    } else if (style === SINGLE_QUOTED || style === DOUBLE_QUOTED) {
      type = style === SINGLE_QUOTED ? 'single-quoted-scalar' : 'double-quoted-scalar';
      const quote = style === SINGLE_QUOTED ? 39 : 34;
      start--;
      end++;
      if (start < 0 || text.charCodeAt(start) !== quote || text.charCodeAt(end - 1) !== quote || end - start < 2) giveUp();
    } else return giveUp();
    if (start < checked) giveUp();
    checkGap(start);
    // The value as the library's flow-scalar reader gives it. One line, no escape: the text itself (plain), the text
    // between the quotes (double), with '' read as ' (single); read so here, without the reader's token, closures and
    // result objects (a third of the route's allocation). An escape, or a plain scalar starting with a tab (which the
    // reader reports), goes through the reader itself.
    let value: string;
    let scalarType: Scalar.Type;
    const source = style === PLAIN ? text.slice(start, end) : text.slice(start + 1, end - 1);
    if (source.includes('\n') || source.includes('\r')) giveUp();
    checked = end;
    if (style === PLAIN && text.charCodeAt(start) !== 9) {
      value = source;
      scalarType = 'PLAIN';
    } else if (style === SINGLE_QUOTED) {
      value = source.includes("'") ? source.replace(/''/g, "'") : source;
      scalarType = 'QUOTE_SINGLE';
    } else if (style === DOUBLE_QUOTED && !source.includes('\\')) {
      value = source;
      scalarType = 'QUOTE_DOUBLE';
    } else {
      const read = CST.resolveAsScalar({ type, offset: start, indent: 0, source: text.slice(start, end) }, true, onError);
      if (read === null || read.type === null) return giveUp();
      value = read.value;
      scalarType = read.type;
    }
    let tag = strTag;
    if (style === PLAIN) {
      for (let t = 0; t < byTest.length; t++) {
        const candidate = byTest[t] as Tag;
        if ((candidate.test as RegExp).test(value)) {
          tag = candidate;
          break;
        }
      }
    }
    const resolved = tag.resolve(value, onError, docOptions);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = [start, end, end];
    scalar.source = value;
    scalar.type = scalarType;
    if (tag.format) scalar.format = tag.format;
    return scalar;
  };

  /** The empty value after the key ending at `keyEnd`: `[p, p, p]` just past its `:` and the spaces after it. */
  const emptyValue = (keyEnd: number): Scalar => {
    const colon = skipSpaces(text, keyEnd);
    if (text.charCodeAt(colon) !== 58) giveUp();
    const p = skipSpaces(text, colon + 1);
    const c = text.charCodeAt(p);
    if (!(c === 10 || (c === 13 && text.charCodeAt(p + 1) === 10) || p === text.length)) giveUp();
    // A blank line after an empty value goes to the value or to the next key depending on what follows (the composer's rule for empty nodes): give up.
    const nextLine = toLineEnd(text, p);
    const d = text.charCodeAt(skipSpaces(text, nextLine));
    if (nextLine > p && (d === 10 || d === 13)) giveUp();
    // Nor one that ends the file (the line breaks after it are in no node's range, nor in the document's).
    let rest = p;
    while (rest < text.length && (text.charCodeAt(rest) === 10 || text.charCodeAt(rest) === 13 || text.charCodeAt(rest) === 32)) rest++;
    if (rest === text.length) giveUp();
    // Nor a comment after it (the composer's rule for empty nodes again).
    if (text.charCodeAt(rest) === 35) giveUp();
    const tag = byTest.find((t) => (t.test as RegExp).test('')) ?? strTag;
    const resolved = tag.resolve('', onError, docOptions);
    const scalar = isScalar(resolved) ? resolved : new Scalar(resolved);
    scalar.range = [p, p, p];
    scalar.source = '';
    scalar.type = 'PLAIN';
    if (tag.format) scalar.format = tag.format;
    return scalar;
  };

  /** Where the last thing read ended (a scalar, a closing bracket, a key's `:`): blank lines after it mark the next node `spaceBefore`, as the composer does. */
  let lastContent = 0;
  /** True when a blank line stands between {@link lastContent} and `at` (two line breaks or more). */
  const blankBefore = (at: number): boolean => {
    const nl = text.indexOf('\n', lastContent);
    return nl !== -1 && nl < at && text.indexOf('\n', nl + 1) !== -1 && text.indexOf('\n', nl + 1) < at;
  };

  const stack: Frame[] = [];
  let contents: YAMLMap | YAMLSeq | Scalar | null = null;

  /** Places a finished node (its `end'` set) in the open collection, or as the document's contents. */
  const place = (node: YAMLMap | YAMLSeq | Scalar): void => {
    const top = stack[stack.length - 1];
    if (top === undefined) {
      if (contents !== null) giveUp();
      contents = node;
      return;
    }
    const end = (node.range as [number, number, number])[2];
    if (top.node instanceof YAMLMap) {
      if (top.key === null) giveUp();
      top.node.items.push(new Pair(top.key, node));
      top.key = null;
    } else {
      top.node.items.push(node);
    }
    top.end = end;
  };

  /** True when the next node read is a mapping's key. */
  const atKey = (): boolean => {
    const top = stack[stack.length - 1];
    return top !== undefined && top.node instanceof YAMLMap && top.key === null;
  };

  /** Checks a block collection's item starts on its own line at the collection's column (the first may follow a parent's dash). */
  const blockItemAt = (frame: Frame, at: number): void => {
    if (columnOf(text, at) !== frame.column) giveUp();
    if (frame.node.items.length > 0 || frame.key !== null) {
      if (!firstOnLine(text, at)) giveUp();
    }
  };

  /** The dash before a block list's item that starts at `at`. */
  const dashBefore = (frame: Frame, at: number): number => {
    let i = at - 1;
    while (i >= 0 && text.charCodeAt(i) === 32) i--;
    if (i < 0 || text.charCodeAt(i) !== 45 || i === at - 1) giveUp();
    blockItemAt(frame, i);
    return i;
  };

  /**
   * Whether the node about to be placed in `frame` (a block collection)
   * starts after a blank line: a value after its key's `:`, an item (but the
   * first) after the one before it. `at`: where the node (or its dash) starts.
   */
  const spaced = (frame: Frame | undefined, at: number): boolean => {
    if (frame === undefined || frame.flow) return false;
    if (!(frame.node instanceof YAMLMap) && frame.node.items.length === 0) return false;
    return blankBefore(at);
  };

  /**
   * The block collections closed since the last node was read, innermost
   * first: comments after a collection's last value leave it for the next
   * node only when they are all less indented than it (the top level at
   * column 0 lets them go whatever their columns); otherwise the library's
   * parser keeps them in it, as its comment ({@link keptComments}).
   */
  const closed: Frame[] = [];

  /**
   * Gives the comments after a value (a scalar or a flow collection just
   * placed in block collection `frame`; `contentEnd`: where its text ends)
   * to it, as the library's parser and composer do: the comment on its line,
   * then each comment line indented deeper than `frame` that follows (blank
   * lines between allowed, none shallower), joined with the line breaks
   * between them. The value's `end'` (and so its collection's) then runs past
   * the last one's line break.
   */
  const commentsAfter = (node: YAMLMap | YAMLSeq | Scalar, frame: Frame, contentEnd: number): void => {
    const range = node.range as [number, number, number];
    let comment = '';
    let sep = '';
    let end = range[2];
    const p = skipSpaces(text, contentEnd);
    if (text.charCodeAt(p) === 35) {
      if (p === contentEnd) giveUp();
      const e = commentEnd(text, p);
      comment = commentText(text, p);
      end = pastBreak(text, e);
      sep = text.slice(e, end);
      lastContent = e;
    }
    while (end > 0 && text.charCodeAt(end - 1) === 10) {
      let line = end;
      let breaks = '';
      let s = skipSpaces(text, line);
      while (text.charCodeAt(s) === 10) {
        breaks += '\n';
        line = s + 1;
        s = skipSpaces(text, line);
      }
      if (text.charCodeAt(s) !== 35 || s - line <= frame.column) break;
      const e = commentEnd(text, s);
      comment = comment === '' ? commentText(text, s) : comment + sep + breaks + commentText(text, s);
      end = pastBreak(text, e);
      sep = text.slice(e, end);
      lastContent = e;
    }
    if (comment === '') return;
    node.comment = comment;
    range[2] = end;
    frame.end = end;
    if (end > checked) checked = end;
  };

  /**
   * Gives the comments waiting before a node to it as its `commentBefore`,
   * with its `spaceBefore`, as the library's `resolveProps` reads the tokens
   * between `from` and `to` (where the node, or its dash, starts);
   * `atNewline`: whether `from` starts a line. Comments that the library's
   * parser would keep in a collection closed since the last value (see
   * {@link closedColumn}) give up. False when no comment waits: the caller
   * reads `spaceBefore` as before.
   */
  const commentsBefore = (node: YAMLMap | YAMLSeq | Scalar, from: number, to: number, atNewline: boolean): boolean => {
    if (pending.length === 0) return false;
    if ((pending[0] as number) < from || (pending[pending.length - 1] as number) >= to) giveUp();
    if (keptComments(to)) return true;
    const { comment, space } = propsOver(from, to, atNewline);
    pending.length = 0;
    node.commentBefore = comment;
    if (space) node.spaceBefore = true;
    return true;
  };

  /**
   * Whether the waiting comments stay in a collection closed since the last
   * value (see {@link closed}); if so they are given to it as its `comment`
   * (read as `resolveProps` reads an item that is only comments), and it,
   * and the collections that hold it, end at `to`, where the next node (or
   * its dash, or the end of the text) starts, as the library's composer
   * ends them. The next node then gets neither comments nor `spaceBefore`.
   */
  const keptComments = (to: number): boolean => {
    let keeper = -1;
    for (let k = 0; k < closed.length && keeper < 0; k++) {
      const frame = closed[k] as Frame;
      if (k === closed.length - 1 && stack.length === 0 && frame.column === 0) break;
      for (let c = 0; c < pending.length; c++) {
        if (columnOf(text, pending[c] as number) >= frame.column) {
          keeper = k;
          break;
        }
      }
    }
    if (keeper < 0) return false;
    const frame = closed[keeper] as Frame;
    frame.node.comment = propsOver(frame.end, to, true).comment;
    (frame.node.range as [number, number, number])[2] = to;
    for (let k = keeper + 1; k < closed.length; k++) {
      const range = (closed[k] as Frame).node.range as [number, number, number];
      range[1] = to;
      range[2] = to;
    }
    const top = stack[stack.length - 1];
    if (top !== undefined) top.end = to;
    pending.length = 0;
    return true;
  };

  /** The comment and `spaceBefore` the library's `resolveProps` reads from the spaces, line breaks and comments between `from` and `to`; `atNewline`: whether `from` starts a line. */
  const propsOver = (from: number, to: number, atNewline: boolean): { comment: string; space: boolean } => {
    let comment = '';
    let sep = '';
    let space = false;
    for (let at = from; at < to; ) {
      const c = text.charCodeAt(at);
      if (c === 32) at++;
      else if (c === 10 || (c === 13 && text.charCodeAt(at + 1) === 10)) {
        const nl = c === 10 ? '\n' : '\r\n';
        if (!atNewline) sep += nl;
        else if (comment !== '') comment += nl;
        else space = true;
        atNewline = true;
        at += nl.length;
      } else if (c === 35) {
        const t = commentText(text, at);
        comment = comment === '' ? t : comment + sep + t;
        sep = '';
        atNewline = false;
        at = commentEnd(text, at);
      } else giveUp();
    }
    return { comment, space };
  };

  /** The comments before the document's contents (the composer's prelude), and whether a blank line follows the last. */
  let prelude = '';
  let preludeSpaced = false;
  /** Reads the prelude: the comments before `to`, where the contents start, as the composer's `parsePrelude` does. */
  const commentsFirst = (to: number): void => {
    if (pending.length === 0) return;
    if ((pending[pending.length - 1] as number) >= to) giveUp();
    let atComment = false;
    for (let at = 0; at < to; ) {
      const c = text.charCodeAt(at);
      if (c === 32) at++;
      else if (c === 10) {
        if (!atComment) preludeSpaced = true;
        atComment = false;
        at++;
      } else if (c === 35) {
        prelude += (prelude === '' ? '' : preludeSpaced ? '\n\n' : '\n') + commentText(text, at);
        atComment = true;
        preludeSpaced = false;
        at = commentEnd(text, at);
      } else giveUp();
    }
    pending.length = 0;
  };

  let i = 1;
  for (; i < events.length; i++) {
    const e = events[i] as Event;
    // Each event is read once: dropped as it is read, so the list does not outlive the nodes it becomes (it is about as large as the document).
    events[i] = undefined as unknown as Event;
    const top = stack[stack.length - 1];
    if (e.type === SCALAR) {
      let space = false;
      let dash = -1;
      if (top !== undefined && !(top.node instanceof YAMLMap) && !top.flow && e.valueStart !== -1) {
        const at = e.style === PLAIN ? e.valueStart : e.valueStart - 1;
        dash = dashBefore(top, at);
        space = spaced(top, dash);
      } else if (top !== undefined && top.node instanceof YAMLMap && top.key !== null && e.valueStart !== -1) {
        space = spaced(top, e.style === PLAIN ? e.valueStart : e.valueStart - 1);
      }
      if (atKey()) {
        const frame = top as Frame;
        if (e.valueStart === -1) giveUp();
        const key = scalarOf(e);
        const range = key.range as [number, number, number];
        const start = range[0];
        const end = range[1];
        if (frame.flow) {
          if (text.charCodeAt(end) !== 58) giveUp();
        } else {
          blockItemAt(frame, start);
          const colon = skipSpaces(text, end);
          if (text.charCodeAt(colon) !== 58 || colon - start > MAX_KEY) giveUp();
          // Comments before a mapping's first key went to the mapping (or the document) when it started.
          if (frame.node.items.length > 0 && !commentsBefore(key, frame.end, start, true) && blankBefore(start)) key.spaceBefore = true;
          lastContent = colon + 1;
          frame.afterColon = colon + 1;
        }
        if (pending.length > 0) giveUp();
        closed.length = 0;
        frame.key = key;
        continue;
      }
      let scalar: Scalar;
      if (e.valueStart === -1) {
        // Only `key:` with nothing after it, in a block mapping.
        if (top === undefined || top.flow || !(top.node instanceof YAMLMap) || top.key === null) return giveUp();
        scalar = emptyValue((top.key.range as [number, number, number])[1]);
      } else {
        scalar = scalarOf(e);
        const range = scalar.range as [number, number, number];
        range[2] = top !== undefined && top.flow ? skipSpaces(text, range[1]) : toLineEnd(text, range[1]);
        lastContent = range[1];
        let commented = false;
        if (pending.length > 0 && top !== undefined && !top.flow) {
          // Comments before a value on the lines after its key, or before a list's item (not its first: those went to the list).
          if (top.node instanceof YAMLMap) commented = commentsBefore(scalar, top.afterColon, range[0], false);
          else if (top.node.items.length > 0) commented = commentsBefore(scalar, top.end, dash, true);
        }
        if (space && !commented) scalar.spaceBefore = true;
      }
      if (pending.length > 0) giveUp();
      place(scalar);
      if (top !== undefined && !top.flow && e.valueStart !== -1) commentsAfter(scalar, top, (scalar.range as [number, number, number])[1]);
      closed.length = 0;
    } else if (e.type === MAPPING || e.type === SEQUENCE) {
      if (e.anchorStart !== -1 || e.tagStart !== -1) giveUp();
      if (atKey()) giveUp();
      if (stack.length + 1 > MAX_DEPTH) giveUp();
      const flow = e.style === FLOW;
      const start = e.start;
      if (start < checked) giveUp();
      if (top !== undefined && top.flow && !flow) giveUp();
      let space = false;
      let dash = -1;
      if (top !== undefined && !top.flow && !(top.node instanceof YAMLMap)) {
        dash = dashBefore(top, start);
        space = spaced(top, dash);
      } else if (top !== undefined && !top.flow) {
        // A block collection as a mapping's value starts on a line of its own.
        if (!flow && !firstOnLine(text, start)) giveUp();
        space = spaced(top, start);
      }
      if (flow && text.charCodeAt(start) !== (e.type === MAPPING ? 123 : 91)) giveUp();
      const node = e.type === MAPPING ? new YAMLMap(schema) : new YAMLSeq(schema);
      // The comments before it: the document's prelude, or the node's own (after its key's `:`, or before its dash but the list's first).
      checkGap(start);
      let commented = false;
      if (pending.length > 0) {
        if (top === undefined) commentsFirst(start);
        else if (top.flow) giveUp();
        else if (top.node instanceof YAMLMap) commented = commentsBefore(node, top.afterColon, start, false);
        else if (top.node.items.length > 0) commented = commentsBefore(node, top.end, dash, true);
        else giveUp();
      }
      closed.length = 0;
      if (space && !commented) node.spaceBefore = true;
      if (flow) {
        node.flow = true;
        checkGap(start + 1);
        if (pending.length > 0) giveUp();
      }
      stack.push({ node, flow, start, column: columnOf(text, start), key: null, end: flow ? skipSpaces(text, start + 1) : start, afterColon: -1 });
    } else if (e.type === POP) {
      const frame = stack.pop();
      if (frame === undefined) break;
      if (frame.key !== null) giveUp();
      const node = frame.node;
      if (frame.flow) {
        const close = frame.end;
        if (text.charCodeAt(close) !== (node instanceof YAMLMap ? 125 : 93)) giveUp();
        checkGap(close + 1);
        if (pending.length > 0) giveUp();
        const parent = stack[stack.length - 1];
        node.range = [frame.start, close + 1, parent !== undefined && parent.flow ? skipSpaces(text, close + 1) : toLineEnd(text, close + 1)];
        lastContent = close + 1;
        // One line only.
        if (text.slice(frame.start, close).includes('\n')) giveUp();
        place(node);
        if (parent !== undefined && !parent.flow) commentsAfter(node, parent, close + 1);
        closed.length = 0;
      } else {
        if (node.items.length === 0) giveUp();
        node.range = [frame.start, frame.end, frame.end];
        closed.push(frame);
        place(node);
      }
    } else {
      // A second document, an alias, anything else.
      giveUp();
    }
    // Inside a flow collection an item is followed by `,` or the closing bracket.
    const now = stack[stack.length - 1];
    if (now !== undefined && now.flow && now.key === null && now.node.items.length > 0 && e.type !== MAPPING && e.type !== SEQUENCE) {
      const c = text.charCodeAt(now.end);
      if (c === 44) {
        const next = skipSpaces(text, now.end + 1);
        const n = text.charCodeAt(next);
        if (n === 93 || n === 125 || n === 44) giveUp();
      } else if (c !== 93 && c !== 125) giveUp();
    }
  }
  if (i !== events.length - 1 || stack.length > 0 || contents === null) return undefined;
  checkGap(text.length);
  const root = contents as YAMLMap | YAMLSeq | Scalar;
  // A scalar document would need the document's own end rules: not a claims file anyway.
  if (isScalar(root)) return undefined;
  // Comments after the last value: the document's (`resolveEnd` over the rest of the text), unless they stay in a collection.
  if (pending.length > 0 && root.flow) return undefined;
  if (pending.length > 0 && !keptComments(text.length)) {
    let comment = '';
    let sep = '';
    for (let k = 0; k < pending.length; k++) {
      const hash = pending[k] as number;
      if (k > 0) sep = text.slice(commentEnd(text, pending[k - 1] as number), text.lastIndexOf('\n', hash) + 1).replace(/ /g, '');
      comment = comment === '' ? commentText(text, hash) : comment + sep + commentText(text, hash);
    }
    doc.comment = comment;
  }
  const rootRange = root.range as [number, number, number];
  doc.contents = root;
  // The document starts at the line its contents start on (blank lines before it are not in it).
  doc.range = [text.lastIndexOf('\n', rootRange[0] - 1) + 1, rootRange[2], text.length];
  if (prelude !== '') {
    // The composer's `decorate`: after a blank line the document's, else the first item's (its key's), else the contents'.
    if (preludeSpaced) doc.commentBefore = prelude;
    else {
      const first = root.flow ? undefined : root.items[0];
      const target = first === undefined ? root : first instanceof Pair ? (first.key as Scalar) : (first as YAMLMap | YAMLSeq | Scalar);
      target.commentBefore = target.commentBefore ? `${prelude}\n${target.commentBefore}` : prelude;
    }
  }
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineCounter.addNewLine(at + 1);
  return { doc, lineCounter };
}
