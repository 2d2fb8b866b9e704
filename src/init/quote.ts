/**
 * @file Where an input `init` writes comes from in the article: the sentence
 * around the number (written as a comment), the clause to quote (found again
 * by the quote check), and a name suggested from the words around it.
 *
 * Pure: no I/O.
 */
import { blockIndexAt, type ArticleText } from '../bind/index.js';
import { numberContext, type ProseNumber } from '../prose/index.js';
import { reservedMeaning, type UnitRegistry } from '../units/index.js';

/**
 * Abbreviations after which a full stop ends no sentence (titles, "No.",
 * "approx.", "Jan.", "Sept."). A month's full name is no abbreviation: "…in
 * April. The sharp increases…" is two sentences.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'no', 'vs', 'etc', 'gen', 'col', 'sgt', 'lt', 'gov', 'sen', 'rep', 'prof',
  'inc', 'corp', 'co', 'ltd', 'sq', 'approx', 'est', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** The sentence around a number and the clause to quote (white space collapsed; found again by the quote check). */
export function quoteFor(article: ArticleText, n: ProseNumber): { sentence: string; quote: string } {
  const text = article.text;
  const block = article.blocks[blockIndexAt(article, n.start)] ?? { start: 0, end: text.length };
  const [s, e] = sentenceAround(text, block.start, block.end, n.start, n.end);
  const sentence = text.slice(s, e).replace(/\s+/gu, ' ').trim();
  let from = n.start;
  while (from > s && !isClauseBreak(text, from - 1)) from--;
  let to = n.end;
  while (to < e && !isClauseBreak(text, to)) to++;
  let quote = trimQuote(text.slice(from, to));
  if (quote.split(' ').length < 4) quote = trimQuote(text.slice(s, e));
  if (quote.split(' ').length > 24) {
    // A long clause: eight words either side of the number, cut at word boundaries of the text itself.
    let left = n.start;
    for (let words = 0; left > s && words < 8; ) {
      left--;
      if (/\s/u.test(text[left] as string) && !/\s/u.test(text[left + 1] ?? '')) words++;
    }
    let right = n.end;
    for (let words = 0; right < e && words < 9; ) {
      if (/\s/u.test(text[right] as string) && !/\s/u.test(text[right - 1] ?? ' ')) words++;
      if (words < 9) right++;
    }
    quote = trimQuote(text.slice(left, right));
  }
  return { sentence, quote };
}

/** Clause punctuation: a comma, semicolon or colon before white space, a dash, a bracket or a quotation mark. */
function isClauseBreak(text: string, i: number): boolean {
  const c = text[i] as string;
  if ('“”"()[]—–'.includes(c)) return true;
  return ';:,'.includes(c) && /\s/u.test(text[i + 1] ?? ' ');
}

function trimQuote(s: string): string {
  return s.replace(/\s+/gu, ' ').replace(/^[\s,;:.—–"“”'‘’()-]+/u, '').replace(/[\s,;:.—–"“”‘(-]+$/u, '').trim();
}

/** [start, end) of the sentence holding [a, b) within a paragraph. */
function sentenceAround(text: string, blockStart: number, blockEnd: number, a: number, b: number): [number, number] {
  let start = blockStart;
  for (let i = a - 1; i > blockStart; i--) {
    if (endsSentence(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = blockEnd;
  for (let i = b; i < blockEnd; i++) {
    if (endsSentence(text, i)) {
      end = i + 1;
      break;
    }
  }
  return [start, end];
}

/** A sentence ends at . ! ? (and a closing quote) before white space and a capital, unless it ends an abbreviation or initial. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i] as string;
  if (!'.!?'.includes(c)) return false;
  let j = i + 1;
  while (j < text.length && '"”’)'.includes(text[j] as string)) j++;
  if (!/\s/u.test(text[j] ?? ' ')) return false;
  while (j < text.length && /\s/u.test(text[j] as string)) j++;
  if (j < text.length && !/[\p{Lu}\p{N}"“‘(]/u.test(text[j] as string)) return false;
  if (c === '.') {
    const word = (/([\p{L}.]+)$/u.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '').toLowerCase();
    if (word.length === 1 || ABBREVIATIONS.has(word) || /\.\p{L}$/u.test(word)) return false;
  }
  return true;
}

/** Content words as identifier parts (ASCII, lower case), leaving out `notName` words. */
function contentWords(text: string, notName: ReadonlySet<string>): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[’']s\b/gu, '')
    .split(/[^A-Za-z0-9]+/u)
    .map((w) => w.toLowerCase())
    .filter((w) => w !== '' && !notName.has(w) && !/^\d/u.test(w));
}

/**
 * A name from the words around the number: the last two content words before
 * it, then its unit (the first word of the unit the reader found), or the
 * first content word after it, topped up with words after it when that gives
 * fewer than two.
 */
export function suggestName(article: ArticleText, n: ProseNumber, notName: ReadonlySet<string>): string {
  const text = article.text;
  let to = n.end;
  while (to < text.length && to < n.end + 60 && !isClauseBreak(text, to) && !'.!?\n'.includes(text[to] as string)) to++;
  const after: string[] = [];
  for (const w of text.slice(n.end, to).split(/\s+/u).filter((x) => x !== '')) {
    const clean = contentWords(w, notName);
    if (clean.length === 0 && notName.has(w.toLowerCase()) && after.length > 0) break;
    after.push(...clean);
    if (after.length >= 3) break;
  }
  const before = contentWords(numberContext(text, n) ?? '', notName).slice(-2);
  const unitWord = contentWords((n.quantity?.unit ?? '').split('/')[0] ?? '', notName).slice(0, 1);
  const words = [...before, ...(unitWord.length > 0 ? unitWord : after.slice(0, 1))];
  for (const w of after.slice(unitWord.length > 0 ? 0 : 1)) {
    if (words.length >= 2) break;
    words.push(w);
  }
  const name = words.join('_').slice(0, 40).replace(/_+$/u, '');
  return name === '' ? 'number' : name;
}

/** A name not used before and not a unit, function or constant of the expression language. */
export function uniqueName(base: string, taken: ReadonlySet<string>, registry: UnitRegistry): string {
  let name = /^[a-z]/u.test(base) ? base : `n_${base}`;
  if (reservedMeaning(name, registry) !== undefined) name = `${name}_count`;
  if (!taken.has(name)) return name;
  for (let i = 2; ; i++) {
    const candidate = `${name}_${i}`;
    if (!taken.has(candidate) && reservedMeaning(candidate, registry) === undefined) return candidate;
  }
}

/** Words of `text` in lines of at most `width` characters (src/text/wrap.ts, shared with the help text). */
export { wrap } from '../text/wrap.js';
