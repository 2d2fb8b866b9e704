/**
 * @file YAML text → one composed `yaml` Document without ever holding the
 * whole file's token tree (CST): the memory-light route of parse.ts for the
 * plain files nearly everyone writes. A 10,000-claim file's CST is about
 * 40 MB; held together with the composed Document (about 25 MB) it made the
 * run's peak.
 *
 * How: the library's own `Lexer` and `Parser` run lexeme by lexeme. The
 * items of a mapping that is the value of a top-level key (`inputs:`,
 * `claims:`, `units:`) are finished once the parser has started the next
 * one (it only ever changes the last item of a collection). Every
 * {@link BATCH} finished items are cut out of the tree, depth-checked, and
 * composed by the library's `Composer` as the items of a mapping token with
 * the same indentation, starting where the real mapping's composition would
 * be at that point (the end of the previous item); the composed entries are
 * kept and the items' tokens dropped. At the end, what is left of the tree
 * (the top level and the last items of each mapping) is depth-checked and
 * composed as a whole, and the entries composed earlier are put back at the
 * front of their mappings. The composer so runs the same code on the same
 * tokens in the same order as on the whole tree; every node, value and
 * range is the one the whole-file route makes.
 *
 * The route gives up (returns `undefined`, and parse.ts takes the
 * whole-file route, which makes every message) on anything it cannot prove
 * identical or that only the whole-file route reports: a directive, a second
 * document, an error anywhere (parser or composer), a warning, an anchor,
 * alias or tag, an explicit key (`? `) or a comment-only entry in a cut-out
 * mapping, a top-level value that is not a block mapping under a plain key,
 * and nesting deeper than the depth guard allows. YAML work stays the
 * library's: this file only decides when to hand it which tokens.
 *
 * Pure: no I/O. May throw only where the library does (parse.ts catches).
 */

import { Composer, isMap, Lexer, Parser } from 'yaml';
import type { CST, Document, LineCounter, Pair, ParseOptions, DocumentOptions, SchemaOptions } from 'yaml';
import { MAX_DEPTH, tooDeepAt } from './guards.js';

/** Finished entries composed at a time: few enough that their tokens are small, enough that the per-batch set-up is nothing. */
export const BATCH = 64;

/** Depth (as guards.ts counts it) of the items of a mapping that is a top-level key's value. */
const ITEM_DEPTH = 2;

/** Token types that may sit around a node (an item's `start`/`sep`, a scalar's or collection's `end`) in a plain file. */
const PLAIN_AROUND = new Set<string>(['space', 'newline', 'comment', 'map-value-ind', 'seq-item-ind', 'comma', 'flow-map-start', 'flow-map-end', 'flow-seq-start', 'flow-seq-end', 'block-scalar-header']);

/** Node token types of a plain file (no aliases, no errors). */
const PLAIN_NODE = new Set<string>(['scalar', 'single-quoted-scalar', 'double-quoted-scalar', 'block-scalar', 'block-map', 'block-seq', 'flow-collection']);

/** One top-level key's mapping whose items are being composed in batches. */
interface Cut {
  /** The mapping's token (kept on the parser's stack until its last item). */
  map: CST.BlockMap;
  /** Its offset as parsed (the composed mapping's range starts there). */
  offset: number;
  /** Where the composer's walk over the mapping is after the items composed so far. */
  at: number;
  /** The entries composed so far, in order. */
  pairs: Pair[];
}

function plainAround(tokens: readonly CST.SourceToken[] | readonly CST.Token[] | undefined): boolean {
  if (tokens === undefined) return true;
  for (const t of tokens) if (!PLAIN_AROUND.has(t.type)) return false;
  return true;
}

/**
 * True when the token and everything in it is plain (see the file comment)
 * and no list or mapping in it is nested deeper than the depth guard allows
 * (guards.ts; `depth`: how many lists and mappings the token sits in). An
 * explicit key is not plain. One walk answers both, with an explicit stack,
 * so it cannot itself overflow.
 */
function plainToken(token: CST.Token | null | undefined, depth: number): boolean {
  if (token === null || token === undefined) return true;
  // Most tokens are scalars: no stack for them.
  if (token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') return plainAround(token.end);
  const stack: CST.Token[] = [token];
  const depths: number[] = [depth];
  while (stack.length > 0) {
    const t = stack.pop() as CST.Token;
    const d = depths.pop() as number;
    if (!PLAIN_NODE.has(t.type)) return false;
    switch (t.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
        if (!plainAround(t.end)) return false;
        break;
      case 'block-scalar':
        if (!plainAround(t.props)) return false;
        break;
      case 'flow-collection':
      case 'block-map':
      case 'block-seq':
        if (d + 1 > MAX_DEPTH) return false;
        if (t.type === 'flow-collection' && (!plainAround([t.start]) || !plainAround(t.end))) return false;
        for (const item of t.items) {
          if ('explicitKey' in item && item.explicitKey) return false;
          if (!plainAround(item.start) || !plainAround(item.sep)) return false;
          if (item.key) {
            stack.push(item.key);
            depths.push(d + 1);
          }
          if (item.value) {
            stack.push(item.value);
            depths.push(d + 1);
          }
        }
        break;
      default:
        return false;
    }
  }
  return true;
}

/** True when a cut-out item is an ordinary `key: value` entry made only of plain tokens, none nested too deep. */
function plainEntry(item: CST.BlockMap['items'][number]): boolean {
  const sep = item.sep;
  if (('explicitKey' in item && item.explicitKey) || !item.key || !sep || !sep.some((t) => t.type === 'map-value-ind')) return false;
  return plainAround(item.start) && plainAround(sep) && plainToken(item.key, ITEM_DEPTH) && plainToken(item.value, ITEM_DEPTH);
}

/** The document as composed by the library, or `undefined` when it reported anything or made more than one. */
function composeClean(tokens: CST.Token[], options: object, forceDoc: boolean, endOffset: number): Document | undefined {
  const docs = Array.from(new Composer(options).compose(tokens, forceDoc, endOffset));
  const doc = docs[0];
  if (docs.length !== 1 || doc === undefined || doc.errors.length > 0 || doc.warnings.length > 0) return undefined;
  return doc;
}

/** Composes a batch of finished items as the real mapping's composition would; `undefined` when it must give up. */
function composeBatch(cut: Cut, items: CST.BlockMap['items'], options: object): boolean {
  // The depth guard runs in the same walk, before the composer sees the tokens (items sit at depth 2: document → top level → this mapping).
  for (const item of items) if (!plainEntry(item)) return false;
  const map: CST.BlockMap = { type: 'block-map', offset: cut.at, indent: cut.map.indent, items };
  const doc = composeClean([{ type: 'document', offset: cut.at, start: [], value: map }], options, false, -1);
  const composed = doc?.contents;
  if (!isMap(composed) || composed.items.length !== items.length || composed.range === undefined || composed.range === null) return false;
  for (const pair of composed.items) cut.pairs.push(pair as Pair);
  cut.at = composed.range[1];
  return true;
}

/**
 * The mapping on the parser's stack whose finished items may be cut out: the
 * value (not yet attached) of the top-level mapping's last entry, written as
 * a plain `key:`. `undefined` when there is none.
 */
function cuttable(stack: readonly CST.Token[]): CST.BlockMap | undefined {
  const [doc, top, map] = stack;
  if (doc?.type !== 'document' || top?.type !== 'block-map' || map?.type !== 'block-map') return undefined;
  const entry = top.items[top.items.length - 1];
  if (entry === undefined || entry.value || !entry.key || !entry.sep) return undefined;
  if (!entry.sep.some((t) => t.type === 'map-value-ind')) return undefined;
  if (!plainAround(entry.start) || !plainAround(entry.sep) || !plainToken(entry.key, 1) || entry.key.type === 'block-map' || entry.key.type === 'block-seq') return undefined;
  return map;
}

/**
 * Parses and composes `text` in batches (see the file comment), feeding
 * `lineCounter` as the library's `Parser.parse` does. `undefined` when the
 * file needs the whole-file route; otherwise the one document, which the
 * library composed without an error or a warning. `batch`: entries per
 * batch (smaller in tests, to cut small files).
 */
export function parseInBatches(text: string, lineCounter: LineCounter, options: ParseOptions & DocumentOptions & SchemaOptions, batch = BATCH): Document | undefined {
  const parser = new Parser(lineCounter.addNewLine);
  // As Parser.parse does at the start of the input.
  lineCounter.addNewLine(0);
  const tokens: CST.Token[] = [];
  const cuts: Cut[] = [];
  let cut: Cut | undefined;
  let documents = 0;
  const take = (token: CST.Token): boolean => {
    if (token.type === 'document') documents++;
    else if (token.type === 'directive' || token.type === 'error') return false;
    tokens.push(token);
    return documents <= 1;
  };
  for (const lexeme of new Lexer().lex(text)) {
    for (const token of parser.next(lexeme)) if (!take(token)) return undefined;
    const map = parser.stack[2];
    if (map?.type !== 'block-map' || map.items.length <= batch) continue;
    if (cut?.map !== map) {
      if (cuttable(parser.stack) !== map) continue;
      cuts.push((cut = { map, offset: map.offset, at: map.offset, pairs: [] }));
    }
    // Every item but the last is finished; the parser never touches them again.
    if (!composeBatch(cut, map.items.splice(0, map.items.length - 1), options)) return undefined;
  }
  for (const token of parser.end()) if (!take(token)) return undefined;
  if (documents !== 1) return undefined;
  if (tooDeepAt(tokens) !== undefined) return undefined;
  // The rest of each cut mapping starts where the walk over its cut items ended.
  for (const c of cuts) c.map.offset = c.at;
  const doc = composeClean(tokens, options, true, text.length);
  if (doc === undefined) return undefined;
  const top = doc.contents;
  if (cuts.length > 0 && !isMap(top)) return undefined;
  for (const c of cuts) {
    // The mapping the rest composed into: the value whose range starts where the cut ended (no other node starts there).
    const pair = isMap(top) ? top.items.find((p) => isMap(p.value) && p.value.range?.[0] === c.at) : undefined;
    const value = pair?.value;
    if (!isMap(value) || !value.range) return undefined;
    value.range[0] = c.offset;
    value.items = (c.pairs as typeof value.items).concat(value.items);
    c.map.offset = c.offset;
  }
  return doc;
}
