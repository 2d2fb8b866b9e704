/**
 * @file Finding quotes in an article (contract §8 rule 1). Each article is
 * indexed once — its text normalized (see normalize.ts) and split into word
 * tokens — and every quote is then matched exactly against the normalized
 * text; when it is not there, the closest passage is the window of the
 * article's words that shares the most words with the quote (one linear pass
 * with a sliding window), so the cost is linear in the article per quote.
 * Exact matches in a large article go through an index of its 6-character
 * pieces (see `occurrences`), so many quotes stay near-linear too; the bind
 * stage, which knows all of a file's quotes, finds them in one pass along
 * the text instead (`findQuotes`).
 *
 * Pure: no I/O.
 */

import type { ArticleText } from './article.js';
import { articleSpan } from './article.js';
import { normalizeQuote, normalizeText, type Normalized } from './normalize.js';
import type { Span } from '../types.js';

/** An article prepared for quote search: built once, used for every quote. */
export interface QuoteIndex {
  readonly article: ArticleText;
  readonly normalized: Normalized;
  /** Word tokens of the normalized text (lower case), with their [start, end) in the normalized text. */
  readonly tokens: readonly { word: string; start: number; end: number }[];
}

/** Where a quote stands in an article. */
export interface QuoteMatch {
  readonly article: ArticleText;
  /** [start, end) in the article's reduced text. */
  readonly start: number;
  readonly end: number;
  /** The span in the original article file. */
  readonly span: Span;
}

/** The passage most like a quote that was not found. */
export interface ClosestPassage {
  article: ArticleText;
  /** The passage as it reads (white space collapsed). */
  text: string;
  span: Span;
  /** How many of the quote's words it shares, 0–1. */
  score: number;
  /** The quote's and the passage's numerals when they differ and every other word agrees. */
  numbersDiffer?: { quote: string[]; passage: string[] };
}

const WORD = /[\p{L}\p{N}]+(?:[.,'][\p{N}]+)*/gu;

/** Indexes an article for quote search. */
export function indexArticle(article: ArticleText): QuoteIndex {
  return new ArticleIndex(article, normalizeText(article.text));
}

/**
 * A {@link QuoteIndex} whose word tokens are split out when first asked for:
 * only the search for the passage closest to a quote that is not found reads
 * them, and most checks find every quote.
 */
class ArticleIndex implements QuoteIndex {
  private words: { word: string; start: number; end: number }[] | undefined;

  constructor(
    readonly article: ArticleText,
    readonly normalized: Normalized,
  ) {}

  get tokens(): readonly { word: string; start: number; end: number }[] {
    if (this.words === undefined) {
      const tokens: { word: string; start: number; end: number }[] = [];
      for (const m of this.normalized.text.matchAll(WORD)) tokens.push({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
      this.words = tokens;
    }
    return this.words;
  }
}

/**
 * Every place a quote occurs, or [] (an empty quote occurs nowhere). Every
 * copy counts: a passage repeated word for word is covered wherever it stands,
 * as `init` says when it writes the passage once.
 */
export function findQuote(index: QuoteIndex, quote: string): QuoteMatch[] {
  const needle = normalizeQuote(quote);
  if (needle === '') return [];
  const out: QuoteMatch[] = [];
  for (const at of occurrences(index, needle, Infinity)) {
    const start = index.normalized.map[at]!;
    const end = index.normalized.map[at + needle.length - 1]! + 1;
    out.push(new Match(index.article, start, end));
  }
  return out;
}

/** A {@link QuoteMatch} whose span (two line searches) is worked out when asked for: most copies of a repeated quote only count as covered. */
class Match implements QuoteMatch {
  private known: Span | undefined;

  constructor(
    readonly article: ArticleText,
    readonly start: number,
    readonly end: number,
  ) {}

  get span(): Span {
    return (this.known ??= articleSpan(this.article, this.start, this.end));
  }
}

// A large article searched for many quotes gets an index of its 6-character
// pieces, so each quote costs a look-up per piece instead of a pass over the
// whole text (thousands of quotes in a long article were quadratic).

/** Characters per indexed piece. */
const GRAM = 6;
/** Articles shorter than this are searched directly. */
const INDEX_FROM_CHARS = 32_768;
/** Searches of one article before it is indexed. */
const INDEX_AFTER_SEARCHES = 8;

/**
 * Where each piece of the text starts, grouped by the piece's hash bucket:
 * the offsets of bucket b are `offsets[first[b]]` up to `offsets[first[b + 1]]`,
 * in rising order. Built in two linear passes (count, then place).
 */
interface PieceIndex {
  mask: number;
  first: Int32Array;
  offsets: Int32Array;
}

const pieceIndexes = new WeakMap<QuoteIndex, { searches: number; pieces?: PieceIndex }>();

function pieceHash(text: string, at: number): number {
  let h = 0;
  for (let k = 0; k < GRAM; k++) h = (Math.imul(h, 31) + text.charCodeAt(at + k)) | 0;
  return h;
}

/** 31^(GRAM-1), to take a piece's first character out of its hash. */
const DROP = 31 ** (GRAM - 1);

/** The piece index of a text: about one bucket per piece; the hashes roll along the text (each is {@link pieceHash}). */
function indexPieces(text: string): PieceIndex {
  const count = Math.max(0, text.length - GRAM + 1);
  let buckets = 1024;
  while (buckets < count && buckets < 1 << 22) buckets *= 2;
  const mask = buckets - 1;
  const bucketOf = new Int32Array(count);
  const first = new Int32Array(buckets + 1);
  let h = count > 0 ? pieceHash(text, 0) : 0;
  for (let i = 0; i < count; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(text.charCodeAt(i - 1), DROP), 31) + text.charCodeAt(i + GRAM - 1)) | 0;
    const b = h & mask;
    bucketOf[i] = b;
    first[b + 1]!++;
  }
  for (let b = 0; b < buckets; b++) first[b + 1]! += first[b]!;
  const next = first.slice(0, buckets);
  const offsets = new Int32Array(count);
  for (let i = 0; i < count; i++) offsets[next[bucketOf[i]!]!++] = i;
  return { mask, first, offsets };
}

/** The offsets where `needle` occurs in the normalized text, in order, at most `limit` (as repeated indexOf finds them). */
function occurrences(index: QuoteIndex, needle: string, limit: number): number[] {
  const hay = index.normalized.text;
  let state = pieceIndexes.get(index);
  if (!state) pieceIndexes.set(index, (state = { searches: 0 }));
  state.searches++;
  if (!state.pieces && hay.length >= INDEX_FROM_CHARS && state.searches > INDEX_AFTER_SEARCHES) state.pieces = indexPieces(hay);
  const out: number[] = [];
  const pieces = state.pieces;
  if (!pieces || needle.length < GRAM) {
    let at = hay.indexOf(needle);
    while (at !== -1 && out.length < limit) {
      out.push(at);
      at = hay.indexOf(needle, at + 1);
    }
    return out;
  }
  // Every occurrence contains each piece of the needle: follow the one whose bucket is smallest.
  const { mask, first, offsets } = pieces;
  let from = 0;
  let to = 0;
  let shift = 0;
  for (let j = 0; j + GRAM <= needle.length; j++) {
    const b = pieceHash(needle, j) & mask;
    const a = first[b]!;
    const z = first[b + 1]!;
    if (j === 0 || z - a < to - from) [from, to, shift] = [a, z, j];
    if (to === from) return out;
  }
  for (let k = from; k < to && out.length < limit; k++) {
    const at = offsets[k]! - shift;
    if (at >= 0 && hay.startsWith(needle, at)) out.push(at);
  }
  return out;
}

/**
 * Whether {@link findQuotes} reads the article once for all quotes: only a
 * long one pays for it. A short article (most are, and a check may read
 * hundreds) is searched quote by quote, as {@link findQuote} does.
 */
export function searchedTogether(index: QuoteIndex): boolean {
  return index.normalized.text.length >= INDEX_FROM_CHARS;
}

/**
 * Every place each of many quotes stands: for each quote, what
 * {@link findQuote} gives (the same places, in the same order). A large
 * article searched for many quotes is read once for all of them: each quote
 * is known by one of its 6-character pieces (the piece fewest other quotes
 * share), and one pass along the text, hashing its pieces as they roll by,
 * tries the quotes whose piece stands at each place. Short articles and
 * quotes shorter than a piece are searched one by one, as findQuote does.
 */
export function findQuotes(index: QuoteIndex, quotes: Iterable<string>): Map<string, QuoteMatch[]> {
  const out = new Map<string, QuoteMatch[]>();
  const hay = index.normalized.text;
  if (!searchedTogether(index)) {
    for (const quote of quotes) if (!out.has(quote)) out.set(quote, findQuote(index, quote));
    return out;
  }
  const needles = new Map<string, number>();
  const texts: string[] = [];
  const ofQuote: { quote: string; needle: number }[] = [];
  for (const quote of quotes) {
    if (out.has(quote)) continue;
    out.set(quote, []);
    const needle = normalizeQuote(quote);
    let id = needles.get(needle);
    if (id === undefined) needles.set(needle, (id = texts.push(needle) - 1));
    ofQuote.push({ quote, needle: id });
  }
  const many = texts.length > INDEX_AFTER_SEARCHES;
  const places = many ? placesInOnePass(hay, texts) : texts.map((needle) => (needle === '' ? [] : occurrences(index, needle, Infinity)));
  const matches = places.map((found, id) => found.map((at) => new Match(index.article, index.normalized.map[at]!, index.normalized.map[at + texts[id]!.length - 1]! + 1)));
  // Quotes that normalize alike share their places, as each would find them alone (a match is never changed).
  for (const { quote, needle } of ofQuote) out.set(quote, matches[needle]!);
  return out;
}

/**
 * Where each needle occurs in `hay` (every offset, rising), by one rolling
 * pass: a needle of at least {@link GRAM} characters is looked for at its
 * rarest piece (among the needles), the others with indexOf.
 */
function placesInOnePass(hay: string, needles: readonly string[]): number[][] {
  const found: number[][] = needles.map(() => []);
  // Each long needle's piece: the one the fewest needles hold, then the first.
  const holders = new Map<number, number>();
  const hashes = needles.map((needle) => {
    const own: number[] = [];
    for (let j = 0; j + GRAM <= needle.length; j++) own.push(pieceHash(needle, j));
    for (const h of new Set(own)) holders.set(h, (holders.get(h) ?? 0) + 1);
    return own;
  });
  const byPiece = new Map<number, { needle: number; shift: number }[]>();
  needles.forEach((needle, id) => {
    const own = hashes[id]!;
    if (own.length === 0) {
      for (let at = hay.indexOf(needle); needle !== '' && at !== -1; at = hay.indexOf(needle, at + 1)) found[id]!.push(at);
      return;
    }
    let shift = 0;
    for (let j = 1; j < own.length; j++) if (holders.get(own[j]!)! < holders.get(own[shift]!)!) shift = j;
    const list = byPiece.get(own[shift]!);
    if (list) list.push({ needle: id, shift });
    else byPiece.set(own[shift]!, [{ needle: id, shift }]);
  });
  if (byPiece.size === 0 || hay.length < GRAM) return found;
  // An open-addressed table of the pieces looked for, mostly empty: most places of the text find an empty slot at once.
  let size = 1024;
  while (size < byPiece.size * 64 && size < 1 << 20) size *= 2;
  const mask = size - 1;
  const slotHash = new Int32Array(size);
  const slotList = new Int32Array(size).fill(-1);
  const lists: { needle: number; shift: number }[][] = [];
  for (const [h, list] of byPiece) {
    let slot = h & mask;
    while (slotList[slot] !== -1) slot = (slot + 1) & mask;
    slotHash[slot] = h;
    slotList[slot] = lists.push(list) - 1;
  }
  const count = hay.length - GRAM + 1;
  let h = pieceHash(hay, 0);
  for (let i = 0; i < count; i++) {
    if (i > 0) h = (Math.imul(h - Math.imul(hay.charCodeAt(i - 1), DROP), 31) + hay.charCodeAt(i + GRAM - 1)) | 0;
    for (let slot = h & mask; slotList[slot] !== -1; slot = (slot + 1) & mask) {
      if (slotHash[slot] !== h) continue;
      for (const { needle, shift } of lists[slotList[slot]!]!) {
        const at = i - shift;
        if (at >= 0 && hay.startsWith(needles[needle]!, at)) found[needle]!.push(at);
      }
      break;
    }
  }
  return found;
}

/**
 * The passage of the article that shares the most words with the quote (a
 * window of as many words as the quote has), or undefined when none shares
 * even a third of them.
 */
export function closestPassage(index: QuoteIndex, quote: string): ClosestPassage | undefined {
  const words = [...normalizeQuote(quote).matchAll(WORD)].map((m) => m[0].toLowerCase());
  const k = words.length;
  const tokens = index.tokens;
  if (k === 0 || tokens.length === 0) return undefined;
  const need = new Map<string, number>();
  for (const w of words) need.set(w, (need.get(w) ?? 0) + 1);
  const have = new Map<string, number>();
  let matched = 0;
  let best = -1;
  let bestStart = 0;
  const width = Math.min(k, tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const add = tokens[i]!.word;
    const wanted = need.get(add);
    if (wanted !== undefined) {
      const n = (have.get(add) ?? 0) + 1;
      have.set(add, n);
      if (n <= wanted) matched++;
    }
    if (i >= width) {
      const drop = tokens[i - width]!.word;
      const dropWanted = need.get(drop);
      if (dropWanted !== undefined) {
        const n = have.get(drop)! - 1;
        have.set(drop, n);
        if (n < dropWanted) matched--;
      }
    }
    // Ties go to a window that starts on one of the quote's words (it lines up with the quote).
    const rank = i >= width - 1 ? matched * 2 + (need.has(tokens[i - width + 1]!.word) ? 1 : 0) : -1;
    if (rank > best) {
      best = rank;
      bestStart = i - width + 1;
    }
  }
  const score = Math.floor(best / 2) / k;
  if (score < 1 / 3) return undefined;
  const first = tokens[bestStart]!;
  const last = tokens[bestStart + width - 1]!;
  const map = index.normalized.map;
  const start = map[first.start]!;
  const end = map[last.end - 1]! + 1;
  const text = index.normalized.text.slice(first.start, last.end);
  const passageWords = tokens.slice(bestStart, bestStart + width).map((t) => t.word);
  return {
    article: index.article,
    text,
    span: articleSpan(index.article, start, end),
    score,
    ...numbersOnly(words, passageWords),
  };
}

/** The differing numerals, when two word lists differ only in words with digits. */
function numbersOnly(quote: string[], passage: string[]): { numbersDiffer?: { quote: string[]; passage: string[] } } {
  if (quote.length !== passage.length) return {};
  const q: string[] = [];
  const p: string[] = [];
  for (let i = 0; i < quote.length; i++) {
    if (quote[i] === passage[i]) continue;
    if (!/\d/.test(quote[i]!) || !/\d/.test(passage[i]!)) return {};
    q.push(quote[i]!);
    p.push(passage[i]!);
  }
  return q.length > 0 ? { numbersDiffer: { quote: q, passage: p } } : {};
}
