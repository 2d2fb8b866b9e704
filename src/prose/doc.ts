/**
 * @file The prose reader's working state: the text, its tokens, the quantity
 * tables for the context, and small token helpers shared by the readers.
 *
 * Pure: no I/O.
 */
import type { QuantityContext, Tables } from '../quantity/index.js';
import { tablesFor } from '../quantity/index.js';
import type { ProseKind, Quantity } from './types.js';
import type { MessageValue } from '../types.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';

/** What one reader found: a kind over a run of tokens (inclusive indices). */
export interface Found {
  kind: ProseKind;
  first: number;
  last: number;
  quantity?: Quantity;
  reason?: MessageValue;
  /** For kind 'score': the two counts. */
  counts?: [number, number];
}

/** The text being read, tokenized, with its tables. */
export interface Doc {
  text: string;
  tokens: Token[];
  ctx: QuantityContext;
  t: Tables;
  /** First words of the rules' number words ("a" of "a quarter", "two" of "two-thirds"). */
  numberStarts: ReadonlySet<string>;
  /** Words that may follow "a"/"an" in a number ("quarter", "dozen", "million"). */
  afterArticle: ReadonlySet<string>;
  /** Hedge phrases split into lower-case words, by their last word (each list longest first). */
  hedgesEndingIn: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The grammar's answer per phrase handed to it: an article repeats its phrases ("10%", "$5 million"). */
  readCache: Map<string, { quantity?: Quantity }>;
}

interface Derived {
  numberStarts: Set<string>;
  afterArticle: Set<string>;
  hedgesEndingIn: Map<string, string[][]>;
}

const startsCache = new WeakMap<Tables, Derived>();

function derived(t: Tables): Derived {
  const cached = startsCache.get(t);
  if (cached) return cached;
  const numberStarts = new Set<string>(['a', 'an']);
  // "a million", "a thousand": an article before a scale word stands for one.
  const afterArticle = new Set<string>([...t.scales.keys()].filter((w) => !t.ambiguousScales.has(w)));
  // Multiplier words ("twice", "double") start a number as number words do.
  for (const phrase of t.multiplierPhrases) {
    const [first] = phrase.split(/[\s-]+/u);
    if (first) numberStarts.add(first);
  }
  for (const phrase of t.wordPhrases) {
    const [first, second] = phrase.split(/[\s-]+/u);
    if (first) numberStarts.add(first);
    if ((first === 'a' || first === 'an') && second) afterArticle.add(second);
  }
  const hedgesEndingIn = new Map<string, string[][]>();
  for (const words of t.hedgePhrases.map((p) => p.split(' '))) {
    const last = words[words.length - 1]!;
    const list = hedgesEndingIn.get(last);
    if (list) list.push(words);
    else hedgesEndingIn.set(last, [words]);
  }
  const value = { numberStarts, afterArticle, hedgesEndingIn };
  startsCache.set(t, value);
  return value;
}

/**
 * The tokens of the last text read, held weakly: tokens do not depend on the
 * context, and `init` reads the same article more than once in a row (with
 * and without its count units, then to check the file written). A weak
 * reference keeps them at least until the current job ends and lets the
 * next collection free them after it, so `--watch` and the language server
 * do not hold the last article and its tokens for the life of the process.
 * Never mutated.
 */
let lastTokens: WeakRef<{ text: string; tokens: Token[] }> | undefined;

/** The currency signs made only of letters ("R", "Rs"), per tables. */
const letterSignsOf = new WeakMap<Tables, ReadonlySet<string>>();
function letterSigns(t: Tables): ReadonlySet<string> {
  let signs = letterSignsOf.get(t);
  if (!signs) letterSignsOf.set(t, (signs = new Set([...t.currencies.keys()].filter((sign) => /^\p{L}+$/u.test(sign)))));
  return signs;
}

/** Words after a sign and a bare numeral that make it a road's name: "the R21 highway", "the R5 road". */
const ROAD_WORDS = new Set(['road', 'roads', 'highway', 'motorway', 'route', 'freeway', 'expressway', 'bypass', 'interchange', 'junction', 'exit', 'off-ramp', 'on-ramp']);

/**
 * The tokens with a currency sign made of letters split off the numeral it
 * is written onto ("R2.1bn" is "R" + "2.1" + "bn"; the tokenizer, which
 * knows no rules, reads "R2" as one word) when the numeral is an amount: it
 * has a decimal or a group ("R2.1bn", "R1,200"), a scale written on
 * ("R500m") or a scale word after it ("R10 billion"). A bare numeral
 * ("R350") is an amount only in a text that writes the same sign onto an
 * amount elsewhere (a South African article's "R6.3 billion" makes its "the
 * R350 grant" rand) and when no road word follows ("the R21 highway"); in
 * any other text "the R5 road" and Ireland's R-roads stay words. The cached
 * tokens are never changed: a copy is made only when a sign is split.
 */
function splitLetterSigns(text: string, tokens: Token[], t: Tables): Token[] {
  const signs = letterSigns(t);
  if (signs.size === 0) return tokens;
  /** Each token's sign and whether its numeral is an amount by its own form; bare numerals wait for the text's signs. */
  const found: { k: number; digit: number; sign: string; decimal: boolean; bare: boolean }[] = [];
  const amountSigns = new Set<string>();
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    const digit = token.hasDigit ? token.text.search(/\p{Nd}/u) : -1;
    if (digit < 0 || !signs.has(token.text.slice(0, digit))) continue;
    const sign = token.text.slice(0, digit);
    const tail = tokens[k + 1];
    const glued = /^\p{Nd}+\p{L}+$/u.test(token.text.slice(digit)) && t.scales.has(token.text.slice(digit).replace(/^\p{Nd}+/u, '').toLowerCase());
    const decimal = tail?.type === 'sym' && tail.joined && (tail.text === '.' || tail.text === ',') && tokens[k + 2]?.type === 'num' && tokens[k + 2]!.joined;
    const scaleWord = tail?.type === 'word' && !tail.joined && t.scales.has(tail.lower) && !t.ambiguousScales.has(tail.lower);
    const digitsOnly = /^\p{Nd}+$/u.test(token.text.slice(digit));
    if (!digitsOnly ? !glued : !(decimal || scaleWord)) {
      // A bare numeral: an amount only where the text writes this sign onto an amount, and no road word follows.
      if (digitsOnly && !(tail?.type === 'word' && !tail.joined && ROAD_WORDS.has(tail.lower))) found.push({ k, digit, sign, decimal: false, bare: true });
      continue;
    }
    amountSigns.add(sign);
    found.push({ k, digit, sign, decimal: decimal === true, bare: false });
  }
  const split = found.filter((f) => !f.bare || amountSigns.has(f.sign));
  if (split.length === 0) return tokens;
  let out: Token[] | undefined;
  let next = 0;
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    const f = split[next];
    if (f === undefined || f.k !== k) {
      out?.push(token);
      continue;
    }
    next += 1;
    const { digit, decimal } = f;
    out ??= tokens.slice(0, k);
    // The sign, then the rest read again ("2.1bn" is a numeral and a word).
    const sign: Token = { ...token, text: token.text.slice(0, digit), lower: token.text.slice(0, digit).toLowerCase(), end: token.start + digit, hasDigit: false };
    let restEnd = token.end;
    let j = k;
    if (decimal) {
      restEnd = tokens[k + 2]!.end;
      j = k + 2;
      // "R2.1bn": the scale written onto the decimal.
      if (tokens[k + 3]?.type === 'word' && tokens[k + 3]!.joined) {
        restEnd = tokens[k + 3]!.end;
        j = k + 3;
      }
    }
    out.push(sign);
    for (const part of tokenize(text.slice(sign.end, restEnd))) {
      out.push({ ...part, start: part.start + sign.end, end: part.end + sign.end, joined: true, lineBreakBefore: false });
    }
    k = j;
  }
  return out ?? tokens;
}

/**
 * The tokens with a hedge run into its number by a missing space split apart: "at least1
 * percent" (BTS) is "at least" + "1 percent" when the words before and the letters make one of
 * the rules' hedges ("at least", "more than", "about"); any other word with digits ("F16",
 * "COVID19") stays one token. A copy is made only when a token is split.
 */
function splitGluedHedges(text: string, tokens: Token[], hedgesEndingIn: ReadonlyMap<string, readonly (readonly string[])[]>): Token[] {
  let out: Token[] | undefined;
  for (let k = 0; k < tokens.length; k += 1) {
    const token = tokens[k]!;
    const m = token.type === 'word' && token.hasDigit ? /^(\p{Ll}+)(\p{Nd}+)$/u.exec(token.text) : null;
    const hedges = m ? hedgesEndingIn.get(m[1]!) : undefined;
    const isHedge = hedges?.some((words) => words.every((w, j) => (j === words.length - 1 ? true : tokens[k - (words.length - 1) + j]?.lower === w)));
    if (!m || !isHedge) {
      out?.push(token);
      continue;
    }
    out ??= tokens.slice(0, k);
    const cut = token.start + m[1]!.length;
    out.push({ ...token, text: m[1]!, lower: m[1]!, end: cut, hasDigit: false });
    for (const part of tokenize(text.slice(cut, token.end))) out.push({ ...part, start: part.start + cut, end: part.end + cut, joined: false, lineBreakBefore: false });
  }
  return out ?? tokens;
}

/** Tokenizes `text` and compiles what the readers look up. */
export function makeDoc(text: string, ctx: QuantityContext): Doc {
  let last = lastTokens?.deref();
  if (last?.text !== text) lastTokens = new WeakRef((last = { text, tokens: tokenize(text) }));
  const t = tablesFor(ctx);
  const d = derived(t);
  const tokens = splitGluedHedges(text, splitLetterSigns(text, last.tokens, t), d.hedgesEndingIn);
  return { text, tokens, ctx, t, ...d, readCache: new Map() };
}

/** The token at `i`, if any. */
export function at(doc: Doc, i: number): Token | undefined {
  return i >= 0 ? doc.tokens[i] : undefined;
}

/** True when token `i` is a word with lower-case text `lower`. */
export function isWord(doc: Doc, i: number, lower?: string): boolean {
  const token = at(doc, i);
  return token !== undefined && token.type === 'word' && (lower === undefined || token.lower === lower);
}

/** True when token `i` exists and follows the token before it on the same line (a phrase may continue through it). */
export function continues(doc: Doc, i: number): boolean {
  const token = at(doc, i);
  return token !== undefined && !token.lineBreakBefore;
}

/** True when token `i` is a symbol with text `text` touching the token before it. */
export function isJoinedSym(doc: Doc, i: number, text: string): boolean {
  const token = at(doc, i);
  return token !== undefined && token.type === 'sym' && token.text === text && token.joined;
}

/** The index of the last token (from `from` on) that ends at or before `offset`. */
export function tokenEndingAt(doc: Doc, from: number, offset: number): number {
  let i = from;
  while ((at(doc, i + 1)?.end ?? Infinity) <= offset) i += 1;
  return i;
}

/** The text from token `first` to token `last` (inclusive), as written. */
export function sliceTokens(doc: Doc, first: number, last: number): string {
  return doc.text.slice((doc.tokens[first] as Token).start, (doc.tokens[last] as Token).end);
}

/** True when `text` is one or more ASCII digits and nothing else (`/^\d+$/`, without a regex: it is asked of every numeral several times). */
export function digitsOnly(text: string): boolean {
  if (text.length === 0) return false;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/** The integer value of a plain numeral token ("2024", "11"), or undefined for "1,100" or "11.5". */
export function plainInteger(token: Token | undefined): number | undefined {
  return token !== undefined && token.type === 'num' && digitsOnly(token.text) ? Number(token.text) : undefined;
}
